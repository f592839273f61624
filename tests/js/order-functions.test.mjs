// bindings/wasm/order_functions.mjs, which reorders the browser build's
// function bodies for gzip: a module reordered again renumbers every call,
// table slot and export consistently, so it renders exactly as before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { createGalley } from '../../bindings/js/src/node.js';
import { orderFunctions } from '../../bindings/wasm/order_functions.mjs';
import { sections } from '../../bindings/wasm/wasm_sections.mjs';
import { demoArticles, MODES, packageDir } from './helpers.mjs';

const built = readFileSync(join(packageDir, 'dist/galley.wasm'));

// The code section: every function body, in module order.
const codeSection = (wasm) => Buffer.from(sections(wasm).find(({ id }) => id === 10).body);

test('a reordered module is valid, has other function positions, and keeps the exports', () => {
  const reordered = orderFunctions(built);
  assert.ok(WebAssembly.validate(reordered));
  assert.notDeepEqual(codeSection(reordered), codeSection(built));
  const exports = (wasm) => WebAssembly.Module.exports(new WebAssembly.Module(wasm));
  assert.deepEqual(exports(reordered), exports(built));
});

test('a reordered module renders every demo article and a hostile page exactly as the built one', async () => {
  const original = await createGalley({ wasm: built });
  const reordered = await createGalley({ wasm: orderFunctions(built) });
  const hostile =
    '<p onclick="x()">a<script>alert(1)</script><a href="javascript:x">b</a><img src=x onerror=y>&amp;&notin;&NotSucceedsSlantEqual;</p>';
  for (const { name, text } of demoArticles()) {
    for (const mode of MODES) {
      assert.deepEqual(reordered.render(text, { mode }), original.render(text, { mode }), `${name} (${mode})`);
    }
  }
  assert.deepEqual(reordered.sanitize(hostile), original.sanitize(hostile));
});

test('an opcode the reader does not know stops the build instead of writing a broken module', () => {
  // (module (func (drop (i32.const 0)) + one unknown byte 0xff in the body))
  const wasm = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,  // type section: () -> ()
    0x03, 0x02, 0x01, 0x00,  // function section: one function of type 0
    0x0a, 0x07, 0x01, 0x05, 0x00, 0x41, 0x00, 0xff, 0x0b,  // code: i32.const 0, 0xff, end
  ]);
  assert.throws(() => orderFunctions(wasm), /opcode 0xff is not known/);
});
