// The browser download (.wasm + JS glue of the small build in dist/) stays
// within its budget, measured the way benchmarks/js/size.mjs reports it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { measureSize } from '../../benchmarks/js/size.mjs';

const BUDGET_GZIP_BYTES = 150 * 1024;

test(`.wasm + glue of the browser build is at most ${BUDGET_GZIP_BYTES / 1024} KB gzip -9`, () => {
  const size = measureSize();  // throws when dist/ lacks galley.wasm or galley.mjs
  assert.ok(size.total.gzip <= BUDGET_GZIP_BYTES,
    `.wasm ${size.wasm.gzip} + glue ${size.glue.gzip} = ${size.total.gzip} bytes gzip, over the budget by ` +
    `${size.total.gzip - BUDGET_GZIP_BYTES}`);
});
