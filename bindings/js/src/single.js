// Entry point with the WebAssembly code inlined in the glue: one import, no
// .wasm to serve or copy, for pages and scripts without a bundler.
import createGalleyModule from '../dist/galley.single.mjs';
import { instantiateGalley } from './core.js';

export { GalleyError } from './core.js';

const unsupported = () => { throw new TypeError('the inlined build loads its own WebAssembly code'); };

export async function createGalley({ wasm } = {}) {
  if (wasm !== undefined) unsupported();
  return instantiateGalley(createGalleyModule, (moduleArg) => moduleArg.inlinedWasmBinary(), unsupported);
}
