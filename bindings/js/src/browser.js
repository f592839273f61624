// Browser (and worker, Deno, bundler) entry point: the .wasm is fetched from
// beside the glue and compiled while it downloads. `new URL(…, import.meta.url)`
// is the form bundlers recognise and copy as an asset. A Galley runs the small
// build (galley.wasm, -Oz: the download the page pays for at once) unless the
// page asks for the fast one (galley-fast.wasm, -O3 with SIMD: 1.7 to 2 times
// as fast per article in Chromium once warm, and 233 KB gzip more to download),
// from the start or once it has rendered enough; its glue is imported only then.
import createSmallModule from '../dist/galley.mjs';
import { checkBuildChoice, compileResponse, GalleyError, instantiateGalley, MOVE_UP_AFTER, restarter } from './core.js';

export { GalleyError } from './core.js';

const bundledWasm = new URL('../dist/galley.wasm', import.meta.url);
const fastWasm = new URL('../dist/galley-fast.wasm', import.meta.url);

const resolveLocation = (location) => fetch(location, { credentials: 'same-origin' });

// The fast build's glue and compiled code, fetched and compiled once per page
// or worker, the first time a Galley wants it: {factory, module} once ready.
let fastLoading;
let fastReady;
function loadFast() {
  if (fastLoading === undefined) {
    fastLoading = Promise.all([import('../dist/galley-fast.mjs'), resolveLocation(fastWasm).then(compileResponse)])
      .then(([glue, module]) => (fastReady = { factory: glue.default, module }));
    // An engine without WebAssembly SIMD (Safari before 16.4) cannot compile
    // it; a failed download is not retried either: the Galley stays small.
    fastLoading.catch(() => {});
  }
  return fastLoading;
}

// Input (UTF-16 code units or bytes) rendered on the small build in this page
// or worker; past MOVE_UP_AFTER (core.js), as in Node, a Galley that may
// move up fetches the fast build in the background and moves once it is
// compiled: a page that renders a megabyte of articles never downloads it.
let smallWork = 0;

const upgradeToFast = {
  due(inputLength) {
    smallWork += inputLength;
    if (smallWork < MOVE_UP_AFTER) return false;
    loadFast();
    return fastReady !== undefined;
  },
  // Called when due, or at once by commonmarkReference(), which only the fast build has.
  restart() {
    if (fastReady === undefined) {
      throw new GalleyError('commonmarkReference() is only in the fast build (galley-fast.wasm), which this Galley has not moved to',
        { code: 'unsupported' });
    }
    return restarter(fastReady.factory, fastReady.module)();
  },
};

/**
 * `start`: 'small' (default) or 'fast', the build a Galley starts on.
 * `moveUp` (default false): whether a Galley on the small build moves to the
 * fast one once the page has rendered about 1 MB of input. `wasm`: the small
 * build from elsewhere, kept for good.
 */
export async function createGalley({ wasm, start = 'small', moveUp = false } = {}) {
  checkBuildChoice({ wasm, start, moveUp });
  if (start === 'fast') {
    const { factory, module } = await loadFast().catch((cause) => {
      throw new GalleyError(`the fast build cannot run here: ${cause?.message ?? cause}`, { code: 'unsupported' }, cause);
    });
    return instantiateGalley(factory, module, resolveLocation);
  }
  return instantiateGalley(createSmallModule, wasm ?? bundledWasm, resolveLocation, moveUp ? upgradeToFast : null);
}
