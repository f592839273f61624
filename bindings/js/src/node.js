// Node entry point: the fast build of the module (galley-fast.wasm, -O3), read
// from disk next to the package's glue (Node's fetch cannot load file: URLs).
// A module the caller passes in is the browser build (galley/galley.wasm),
// which comes with glue of its own.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import createFastModule from '../dist/galley-fast.mjs';
import { instantiateGalley } from './core.js';

export { GalleyError } from './core.js';

const fastWasm = new URL('../dist/galley-fast.wasm', import.meta.url);

// The fast build is read and compiled once per process: every later
// createGalley() instantiates the same compiled code (and whatever V8 has
// compiled of it since) instead of reading and validating 600 KB again.
let compiledFast;
function fastModule() {
  if (compiledFast === undefined) {
    compiledFast = readFile(fastWasm).then((bytes) => WebAssembly.compile(bytes));
    // A failed read or compile is reported to its callers and tried again by the next one.
    compiledFast.catch(() => { compiledFast = undefined; });
  }
  return compiledFast;
}

// A scheme of two letters or more makes a string a URL ("C:\…" stays a path).
const urlScheme = /^[a-z][a-z0-9+.-]+:/i;

// file: URLs and paths are read from disk; other URLs (https:, data:) are fetched.
async function resolveLocation(location) {
  const url = location instanceof URL ? location : urlScheme.test(location) ? new URL(location) : null;
  if (url === null) return readFile(location);
  if (url.protocol === 'file:') return readFile(fileURLToPath(url));
  return fetch(url);
}

export async function createGalley({ wasm } = {}) {
  if (wasm === undefined) return instantiateGalley(createFastModule, fastModule(), resolveLocation);
  const { default: createSmallModule } = await import('../dist/galley.mjs');
  return instantiateGalley(createSmallModule, wasm, resolveLocation);
}
