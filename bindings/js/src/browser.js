// Browser (and worker, Deno, bundler) entry point: the .wasm is fetched from
// beside the glue and compiled while it downloads. `new URL(…, import.meta.url)`
// is the form bundlers recognise and copy as an asset.
import createGalleyModule from '../dist/galley.mjs';
import { instantiateGalley } from './core.js';

export { GalleyError } from './core.js';

const bundledWasm = new URL('../dist/galley.wasm', import.meta.url);

const resolveLocation = (location) => fetch(location, { credentials: 'same-origin' });

export async function createGalley({ wasm = bundledWasm } = {}) {
  return instantiateGalley(createGalleyModule, wasm, resolveLocation);
}
