// Paths and small utilities shared by the JS test files.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const packageDir = join(rootDir, 'bindings/js');
export const sharedDir = resolve(rootDir, '../shared');
export const demoArticlesDir = join(rootDir, 'demo/articles');

export function demoArticles() {
  return readdirSync(demoArticlesDir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => ({ name, path: join(demoArticlesDir, name), text: readFileSync(join(demoArticlesDir, name), 'utf8') }));
}

/** The DOMPurify payload corpus beside the checkout, or null when absent. */
export function hostilePayloads() {
  const path = join(sharedDir, 'corpora/dompurify-payloads.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

export const MODES = ['fragment', 'article', 'document'];
