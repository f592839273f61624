// Node entry point. createGalley() starts on the small build (galley.wasm,
// -Oz), which V8 gets ready about twice as fast, and moves to the fast build
// (galley-fast.wasm, -O3, about 2.6 times as fast per article once warm),
// compiled in the background meanwhile, once the process has rendered enough
// for the faster code to pay for compiling it. Both are read from disk next to
// the package's glue (Node's fetch cannot load file: URLs). A module the
// caller passes in is the small build, which the Galley keeps.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import createFastModule from '../dist/galley-fast.mjs';
import createSmallModule from '../dist/galley.mjs';
import { checkBuildChoice, instantiateGalley, MOVE_UP_AFTER, restarter } from './core.js';

export { GalleyError } from './core.js';

const fastWasm = new URL('../dist/galley-fast.wasm', import.meta.url);
const smallWasm = new URL('../dist/galley.wasm', import.meta.url);

// Each build is read and compiled once per process: every later Galley
// instantiates the same compiled code (and whatever V8 has compiled of it
// since) instead of reading and validating it again.
function compiledOnce(url) {
  let compiled;
  const cache = {
    // The compiled module, or undefined while it is not compiled (yet).
    module: undefined,
    compile() {
      if (compiled === undefined) {
        compiled = readFile(url).then((bytes) => WebAssembly.compile(bytes));
        // A failed read or compile is reported to the callers waiting for it
        // (or, in the background, when the module is needed at once and
        // compiled again) and tried again by the next one.
        compiled.then((module) => { cache.module ??= module; }, () => { compiled = undefined; });
      }
      return compiled;
    },
    // The compiled module at once, compiled synchronously if need be.
    now() {
      cache.module ??= new WebAssembly.Module(readFileSync(url));
      return cache.module;
    },
  };
  return cache;
}

const fast = compiledOnce(fastWasm);
const small = compiledOnce(smallWasm);

// Input (UTF-16 code units or bytes) rendered on the small build in this
// process; past MOVE_UP_AFTER (core.js) a Galley moves to the fast build.
let smallWork = 0;

const upgradeToFast = {
  due(inputLength) {
    smallWork += inputLength;
    if (smallWork >= MOVE_UP_AFTER) return true;
    // The fast build compiles in the background from the end of the first
    // call on: started by createGalley(), it took about 10 ms from the small
    // build's start on two cores.
    fast.compile();
    return false;
  },
  // Compiles synchronously when the background compile has not delivered:
  // it cannot while the caller renders in a loop that never yields.
  restart: () => restarter(createFastModule, fast.now())(),
};

// A scheme of two letters or more makes a string a URL ("C:\…" stays a path).
const urlScheme = /^[a-z][a-z0-9+.-]+:/i;

// file: URLs and paths are read from disk; other URLs (https:, data:) are fetched.
async function resolveLocation(location) {
  const url = location instanceof URL ? location : urlScheme.test(location) ? new URL(location) : null;
  if (url === null) return readFile(location);
  if (url.protocol === 'file:') return readFile(fileURLToPath(url));
  return fetch(url);
}

/**
 * `start`: 'small' (default) starts on the small build, 'fast' on the fast
 * build, for a process that will render a lot. `moveUp` (default true without
 * `wasm`): whether a Galley on the small build moves to the fast one once the
 * process has rendered enough. `wasm`: the small build from elsewhere, kept
 * for good.
 */
export async function createGalley({ wasm, start = 'small', moveUp = wasm === undefined } = {}) {
  checkBuildChoice({ wasm, start, moveUp });
  if (wasm !== undefined) return instantiateGalley(createSmallModule, wasm, resolveLocation);
  if (start === 'fast' || (moveUp && smallWork >= MOVE_UP_AFTER)) return instantiateGalley(createFastModule, fast.compile(), resolveLocation);
  return instantiateGalley(createSmallModule, small.compile(), resolveLocation, moveUp ? upgradeToFast : null);
}
