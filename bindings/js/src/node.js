// Node entry point: the .wasm is read from disk next to the package's glue
// (Node's fetch cannot load file: URLs).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import createGalleyModule from '../dist/galley.mjs';
import { instantiateGalley } from './core.js';

export { GalleyError } from './core.js';

const bundledWasm = new URL('../dist/galley.wasm', import.meta.url);

// A scheme of two letters or more makes a string a URL ("C:\…" stays a path).
const urlScheme = /^[a-z][a-z0-9+.-]+:/i;

// file: URLs and paths are read from disk; other URLs (https:, data:) are fetched.
async function resolveLocation(location) {
  const url = location instanceof URL ? location : urlScheme.test(location) ? new URL(location) : null;
  if (url === null) return readFile(location);
  if (url.protocol === 'file:') return readFile(fileURLToPath(url));
  return fetch(url);
}

export async function createGalley({ wasm = bundledWasm } = {}) {
  return instantiateGalley(createGalleyModule, wasm, resolveLocation);
}
