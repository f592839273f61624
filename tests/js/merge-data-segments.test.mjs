// bindings/wasm/merge_data_segments.mjs, which joins the browser build's data
// segments for gzip: the merged module starts with exactly the same memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { mergeDataSegments } from '../../bindings/wasm/merge_data_segments.mjs';
import { findSection, leb, readLeb, sections } from '../../bindings/wasm/wasm_sections.mjs';
import { packageDir } from './helpers.mjs';

const section = (id, ...content) => {
  const body = Buffer.concat(content.map((part) => Buffer.from(part)));
  return Buffer.concat([Uint8Array.of(id), leb(body.length), body]);
};
const header = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
const memorySection = section(5, [1, 0x00, 1]);  // one memory of one page
const exportSection = section(7, [1, 6], Buffer.from('memory'), [2, 0]);

// An active segment of memory 0 at an i32.const offset (below 2^13, so that
// the signed LEB takes two bytes at most and fits these tests).
const activeSegment = (offset, text) =>
  Buffer.concat([Uint8Array.of(0x00, 0x41), offset < 64 ? leb(offset) : Uint8Array.of((offset & 0x7f) | 0x80, offset >> 7),
                 Uint8Array.of(0x0b), leb(text.length), Buffer.from(text)]);

// (module (memory (export "memory") 1) (data (i32.const 16) "ab") ...)
const moduleWith = (segments) =>
  Buffer.concat([header, memorySection, exportSection, section(11, leb(segments.length), ...segments)]);

// The count a section's body opens with: of the data section's segments, or the data count.
const leadingCount = (wasm, id) => readLeb(findSection(sections(wasm), id).body, 0)[0];
const segmentCount = (wasm) => leadingCount(wasm, 11);

async function initialMemory(wasm) {
  const { instance } = await WebAssembly.instantiate(wasm);
  return Buffer.from(instance.exports.memory.buffer);
}

test('neighbouring segments become one, a far one stays apart, and memory starts with the same bytes', async () => {
  const wasm = moduleWith([activeSegment(16, 'ab'), activeSegment(20, 'cd'), activeSegment(40, 'e'), activeSegment(8000, 'xyz')]);
  const merged = mergeDataSegments(wasm);
  assert.ok(WebAssembly.validate(merged));
  assert.equal(segmentCount(wasm), 4);
  assert.equal(segmentCount(merged), 2);
  assert.deepEqual(await initialMemory(merged), await initialMemory(wasm));
});

// (module (type (func)) (func <body>) (memory (export "memory") 1) <data count> <data>):
// bulk memory's form, where a data count section precedes the code.
const countedModuleWith = (segments, body) => Buffer.concat([
  header, section(1, [1, 0x60, 0, 0]), section(3, [1, 0]), memorySection, exportSection,
  section(12, leb(segments.length)), section(10, [1], leb(body.length + 1), [0], body),
  section(11, leb(segments.length), ...segments)]);
const dataCount = (wasm) => leadingCount(wasm, 12);

test('a data count section gets the count of the joined segments', async () => {
  // i32.const 0, i32.const 0, i32.const 0, memory.fill: no segment named.
  const wasm = countedModuleWith([activeSegment(16, 'ab'), activeSegment(20, 'cd')], [0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 11, 0, 0x0b]);
  assert.ok(WebAssembly.validate(wasm));
  const merged = mergeDataSegments(wasm);
  assert.ok(WebAssembly.validate(merged));
  assert.equal(segmentCount(merged), 1);
  assert.equal(dataCount(merged), 1);
  assert.deepEqual(await initialMemory(merged), await initialMemory(wasm));
});

test('a module whose code names a segment, or with a passive segment, is refused, not rewritten', () => {
  const dropping = countedModuleWith([activeSegment(16, 'ab'), activeSegment(20, 'cd')], [0xfc, 9, 1, 0x0b]);  // data.drop 1
  assert.ok(WebAssembly.validate(dropping));
  assert.throws(() => mergeDataSegments(dropping), /names data segments by index/);
  const passive = moduleWith([Buffer.concat([Uint8Array.of(0x01, 2), Buffer.from('ab')])]);
  assert.throws(() => mergeDataSegments(passive), /not active/);
});

test('the browser build in dist/ has its data in one segment', () => {
  assert.equal(segmentCount(readFileSync(join(packageDir, 'dist/galley.wasm'))), 1);
});
