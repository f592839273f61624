// The renderers the JS benchmarks compare, each created on demand: Galley
// through the package's public entry points, and the JavaScript pipelines it
// is measured against. A pipeline has an `input` ('json': article JSON text,
// 'bytes': the same as UTF-8 bytes, 'markdown': the body alone) and a
// `render(input)` returning the HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { packageDir } from './paths.mjs';

// The package's own exports decide which file each environment loads.
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const entryFile = (condition) => join(packageDir, packageJson.exports['.'][condition]);

// The module the browser entry runs unless a page asks for the fast build,
// and the one Node's createGalley() moves to once the process has rendered enough.
const browserWasm = join(packageDir, 'dist/galley.wasm');
const nodeWasm = join(packageDir, 'dist/galley-fast.wasm');

/** Whether a browser's default Galley runs other WebAssembly code than a warm Node one. */
export function browserBuildDiffers() {
  return !readFileSync(browserWasm).equals(readFileSync(nodeWasm));
}

/** A Galley instance from the package entry point of `entry` (node or browser). */
export async function createGalley(entry) {
  const { createGalley: create } = await import(entryFile(entry));
  if (entry === 'node') return create();
  // The browser entry fetches its .wasm, which Node cannot do from a file:
  // URL; it is given the bytes of its default build instead.
  return create({ wasm: readFileSync(browserWasm) });
}

export const NO_ANALYSIS = { entities: false, key_sentences: 0, keywords: 0 };
const LEAN = { key_sentences: 0, keywords: 0 };

const galley = (entry, input, options) => ({
  input,
  async create() {
    const instance = await createGalley(entry);
    return (article) => instance.render(article, options).html;
  },
});

export const PIPELINES = {
  galley: { label: 'Galley WASM, fragment, default options (full summary)', ...galley('node', 'json') },
  'galley-bytes': { label: 'Galley WASM, default options, UTF-8 bytes in', ...galley('node', 'bytes') },
  'galley-lean': { label: 'Galley WASM, key_sentences and keywords off', ...galley('node', 'json', LEAN) },
  'galley-plain': { label: 'Galley WASM, fragment, no text analysis', ...galley('node', 'json', NO_ANALYSIS) },
  'galley-plain-bytes': { label: 'Galley WASM, no text analysis, UTF-8 bytes in', ...galley('node', 'bytes', NO_ANALYSIS) },
  'galley-browser': { label: 'Galley WASM, browser build, default options', ...galley('browser', 'json') },
  'galley-browser-plain': { label: 'Galley WASM, browser build, no text analysis', ...galley('browser', 'json', NO_ANALYSIS) },
  'galley-commonmark': {
    label: 'galley.commonmarkReference (md4c only, not sanitized)',
    input: 'markdown',
    async create() {
      const instance = await createGalley('node');
      return (markdown) => instance.commonmarkReference(markdown);
    },
  },
  'markdown-it+sanitize-html': {
    label: 'markdown-it + sanitize-html',
    input: 'markdown',
    async create() {
      const { default: MarkdownIt } = await import('markdown-it');
      const { default: sanitizeHtml } = await import('sanitize-html');
      const markdownIt = new MarkdownIt({ html: true, linkify: false });
      const options = {
        allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2'],
        allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, img: ['src', 'alt', 'title'] },
      };
      return (markdown) => sanitizeHtml(markdownIt.render(markdown), options);
    },
  },
  'marked+dompurify': {
    label: 'marked + DOMPurify on jsdom',
    input: 'markdown',
    async create() {
      const { marked } = await import('marked');
      const { default: createDOMPurify } = await import('dompurify');
      const { JSDOM } = await import('jsdom');
      const purify = createDOMPurify(new JSDOM('').window);
      return (markdown) => purify.sanitize(marked.parse(markdown));
    },
  },
  'md4w+xss': {
    label: 'md4w (md4c in WebAssembly) + xss',
    input: 'markdown',
    async create() {
      const { init, mdToHtml } = await import('md4w');
      const { default: filterXSS } = await import('xss');
      await init('fast');
      return (markdown) => filterXSS(mdToHtml(markdown));
    },
  },
  md4w: {
    label: 'md4w alone (no sanitizing, no summary)',
    input: 'markdown',
    async create() {
      const { init, mdToHtml } = await import('md4w');
      await init('fast');
      return (markdown) => mdToHtml(markdown);
    },
  },
};

/** The inputs of every kind for a list of articles. */
export function pipelineInputs(articles) {
  const json = articles.map((a) => JSON.stringify(a));
  const encoder = new TextEncoder();
  return { json, bytes: json.map((text) => encoder.encode(text)), markdown: articles.map((a) => a.body) };
}
