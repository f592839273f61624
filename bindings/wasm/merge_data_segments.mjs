#!/usr/bin/env node
// Joins the data segments of a finished WebAssembly module into as few as
// possible, writing the zero bytes between neighbours out. binaryen splits
// the data at runs of zeros to save raw bytes (the browser build had 235
// segments, most of a few bytes), but every segment costs a header that gzip
// compresses worse than the zeros: one segment makes the browser build's
// .wasm 0.7 KB (gzip -9) smaller. Memory starts out the same: the zeros
// written are zeros already.
//   node merge_data_segments.mjs IN.wasm OUT.wasm
//
// Only active segments of memory 0 at constant i32 offsets (what Emscripten
// emits without threads) are joined, in order, and only across gaps of at most
// MAX_GAP bytes. A data count section (which bulk memory brings) gets the new
// count. A module whose code names segments by index (memory.init, data.drop)
// or that has any other segment form stops the build with an error rather
// than producing a broken module.
import { readFileSync, writeFileSync } from 'node:fs';

import {
  findSection, functionBodies, instructionEnd, instructionsStart, leb, readLeb, sections, withSections,
} from './wasm_sections.mjs';

const MAX_GAP = 4096;
const Section = { code: 10, data: 11, dataCount: 12 };
const Op = { i32Const: 0x41, end: 0x0b, prefixed: 0xfc };
const Prefixed = { memoryInit: 8, dataDrop: 9 };

// The signed LEB128 encoding of a non-negative offset.
function signedLeb(value) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value === 0 && !(byte & 0x40)) return Uint8Array.from([...out, byte]);
    out.push(byte | 0x80);
  }
}

// A non-negative signed LEB128 number has the unsigned one's bits; only the
// sign bit of its last byte tells them apart.
function readSignedLeb(bytes, at) {
  const [value, next] = readLeb(bytes, at);
  if (bytes[next - 1] & 0x40) throw new Error('a data segment at a negative offset is not supported');
  return [value, next];
}

function readSegments(body) {
  let [count, at] = readLeb(body, 0);
  const segments = [];
  for (let i = 0; i < count; i++) {
    if (body[at] !== 0 || body[at + 1] !== Op.i32Const) {
      throw new Error(`data segment ${i} is not active at an i32.const offset in memory 0`);
    }
    const [offset, afterOffset] = readSignedLeb(body, at + 2);
    if (body[afterOffset] !== Op.end) throw new Error(`data segment ${i} has an offset expression of more than one instruction`);
    const [size, start] = readLeb(body, afterOffset + 1);
    segments.push({ offset, bytes: body.subarray(start, start + size) });
    at = start + size;
  }
  return segments;
}

// Neighbours (in module order, each after the previous one's end) joined
// across gaps of at most MAX_GAP zero bytes.
function joined(segments) {
  const out = [];
  for (const segment of segments) {
    const last = out.at(-1);
    const end = last && last.offset + last.parts.reduce((sum, part) => sum + part.length, 0);
    if (last && segment.offset >= end && segment.offset - end <= MAX_GAP) {
      last.parts.push(new Uint8Array(segment.offset - end), segment.bytes);
    } else {
      out.push({ offset: segment.offset, parts: [segment.bytes] });
    }
  }
  return out;
}

// Whether some function of a code section's body names a data segment by its
// index, which joining segments would change.
function namesSegments(code) {
  return functionBodies(code).some((body) => {
    for (let at = instructionsStart(body); at < body.length; at = instructionEnd(body, at)) {
      if (body[at] !== Op.prefixed) continue;
      const sub = readLeb(body, at + 1)[0];
      if (sub === Prefixed.memoryInit || sub === Prefixed.dataDrop) return true;
    }
    return false;
  });
}

export function mergeDataSegments(wasm) {
  const list = sections(wasm);
  const find = (id) => findSection(list, id);
  const data = find(Section.data);
  if (!data) return Buffer.from(wasm);
  const counted = find(Section.dataCount) !== undefined;
  if (counted && find(Section.code) && namesSegments(find(Section.code).body)) {
    throw new Error('the code names data segments by index (memory.init, data.drop): not supported');
  }
  const segments = joined(readSegments(data.body));
  const body = Buffer.concat([leb(segments.length), ...segments.flatMap(({ offset, parts }) => {
    const bytes = Buffer.concat(parts);
    return [Uint8Array.of(0, Op.i32Const), signedLeb(offset), Uint8Array.of(Op.end), leb(bytes.length), bytes];
  })]);
  const replaced = new Map([[Section.data, body]]);
  if (counted) replaced.set(Section.dataCount, leb(segments.length));
  return withSections(wasm, list, replaced);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node merge_data_segments.mjs IN.wasm OUT.wasm');
    process.exit(2);
  }
  writeFileSync(output, mergeDataSegments(readFileSync(input)));
}
