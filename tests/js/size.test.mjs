// The browser download (.wasm + JS glue of the small build in dist/), measured
// the way benchmarks/js/size.mjs reports it.
//
// The bound is 150 KB gzip. Below it, a ceiling keeps the build from growing
// unnoticed: today's size (148,085 bytes) and 0.4 KB, as the gzip size moves
// by a few hundred bytes with the layout of any change to the core. Lower
// CEILING with every saving, and raise it only for a feature worth its bytes,
// never past the bound.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { measureSize } from '../../benchmarks/js/size.mjs';

const BOUND_GZIP_BYTES = 150 * 1024;
const CEILING_GZIP_BYTES = 148_500;

const size = measureSize();  // throws when dist/ lacks galley.wasm or galley.mjs
const total = `.wasm ${size.wasm.gzip} + glue ${size.glue.gzip} = ${size.total.gzip} bytes gzip`;

test(`.wasm + glue of the browser build is at most ${BOUND_GZIP_BYTES / 1024} KB gzip -9`, () => {
  assert.ok(size.total.gzip <= BOUND_GZIP_BYTES, `${total}, over the bound by ${size.total.gzip - BOUND_GZIP_BYTES}`);
});

test(`.wasm + glue of the browser build does not grow past ${CEILING_GZIP_BYTES} bytes gzip -9`, () => {
  assert.ok(size.total.gzip <= CEILING_GZIP_BYTES, `${total}, ${size.total.gzip - CEILING_GZIP_BYTES} over the ceiling`);
});
