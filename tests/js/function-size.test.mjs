// How large the largest function of each WebAssembly build is. V8 compiles a
// function whole on its first call, in a time that grows faster than the
// function's size, so one very large function makes a fresh process's first
// render slow (binaryen, left to inline every function that has one caller,
// had made a single 52 KB function of the browser build's render, 130 KB of
// the Node build's). bindings/wasm/CMakeLists.txt limits that inlining; these
// bounds keep it limited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { functionBodies, sections } from '../../bindings/wasm/wasm_sections.mjs';
import { packageDir } from './helpers.mjs';

const builds = [
  { file: 'dist/galley.wasm', boundBytes: 16 * 1024 },       // 4.0 KB when the bound was set
  { file: 'dist/galley-fast.wasm', boundBytes: 64 * 1024 },  // 34.6 KB when the bound was set
];

// The size in bytes of each function body, in module order.
const functionBodySizes = (wasm) => functionBodies(sections(wasm).find(({ id }) => id === 10).body).map((body) => body.length);

for (const { file, boundBytes } of builds) {
  test(`no function of ${file} is larger than ${boundBytes / 1024} KB`, () => {
    const sizes = functionBodySizes(readFileSync(join(packageDir, file)));
    assert.ok(sizes.length > 100, `${file} has ${sizes.length} function bodies`);
    const largest = Math.max(...sizes);
    assert.ok(largest <= boundBytes, `${file}: the largest function body is ${largest} bytes`);
  });
}

test('function body sizes are read from a module with two functions', () => {
  // (module (func) (func (drop (i32.const 0))))
  const wasm = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,  // type section: () -> ()
    0x03, 0x03, 0x02, 0x00, 0x00,  // function section: two functions of type 0
    0x0a, 0x0a, 0x02, 0x02, 0x00, 0x0b, 0x05, 0x00, 0x41, 0x00, 0x1a, 0x0b,  // code: {end}, {i32.const 0, drop, end}
  ]);
  assert.ok(WebAssembly.validate(wasm));
  assert.deepEqual(functionBodySizes(wasm), [2, 5]);
});
