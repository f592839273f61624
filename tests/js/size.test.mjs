// The browser download (.wasm + JS glue of the small build in dist/), measured
// the way benchmarks/js/size.mjs reports it.
//
// The target is 150 KB gzip. The build is over it (see "Size" in
// bindings/js/README.md), so until it is met the failing target is reported as
// a to-do and a ceiling at today's size keeps the build from growing further:
// lower CEILING with every saving, never raise it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { measureSize } from '../../benchmarks/js/size.mjs';

const TARGET_GZIP_BYTES = 150 * 1024;
const CEILING_GZIP_BYTES = 160_500;

const size = measureSize();  // throws when dist/ lacks galley.wasm or galley.mjs
const total = `.wasm ${size.wasm.gzip} + glue ${size.glue.gzip} = ${size.total.gzip} bytes gzip`;

test(`.wasm + glue of the browser build does not grow past ${CEILING_GZIP_BYTES} bytes gzip -9`, () => {
  assert.ok(size.total.gzip <= CEILING_GZIP_BYTES, `${total}, ${size.total.gzip - CEILING_GZIP_BYTES} over the ceiling`);
});

test(`.wasm + glue of the browser build is at most ${TARGET_GZIP_BYTES / 1024} KB gzip -9`,
  { todo: size.total.gzip > TARGET_GZIP_BYTES ? `${total}: over the target by ${size.total.gzip - TARGET_GZIP_BYTES}` : false },
  () => {
    assert.ok(size.total.gzip <= TARGET_GZIP_BYTES, `${total}, over the target by ${size.total.gzip - TARGET_GZIP_BYTES}`);
  });
