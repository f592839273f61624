// Reading and writing the parts of a WebAssembly binary that the build's
// post-link steps (order_functions.mjs, merge_data_segments.mjs) rewrite:
// unsigned LEB128 numbers, the list of sections, function bodies and the
// instructions in them.

// The unsigned LEB128 number at `at`: [value, offset after it].
export function readLeb(bytes, at) {
  let value = 0;
  let scale = 1;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return [value, at];
}

export const skipLeb = (bytes, at) => readLeb(bytes, at)[1];

export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Uint8Array.from(out);
}

// The sections of a module, in order: { id, body }.
export function sections(wasm) {
  const list = [];
  for (let at = 8; at < wasm.length;) {
    const [size, start] = readLeb(wasm, at + 1);
    list.push({ id: wasm[at], body: wasm.subarray(start, start + size) });
    at = start + size;
  }
  return list;
}

// The section of `list` with the given id, or undefined.
export const findSection = (list, id) => list.find((section) => section.id === id);

// A module of the given sections (the 8-byte header taken from `wasm`), each
// section's body replaced by `replaced.get(id)` where that is set.
export function withSections(wasm, list, replaced) {
  const parts = [wasm.subarray(0, 8)];
  for (const { id, body } of list) {
    const out = replaced.get(id) ?? body;
    parts.push(Uint8Array.of(id), leb(out.length), out);
  }
  return Buffer.concat(parts);
}

// The function bodies of a code section's body (without their sizes), in
// module order.
export function functionBodies(code) {
  const bodies = [];
  let [count, at] = readLeb(code, 0);
  for (; count > 0; count--) {
    const [size, start] = readLeb(code, at);
    bodies.push(code.subarray(start, start + size));
    at = start + size;
  }
  return bodies;
}

// Where a function body's instructions start, after its local declarations.
export function instructionsStart(body) {
  let [groups, at] = readLeb(body, 0);
  for (let i = 0; i < groups; i++) at = skipLeb(body, at) + 1;  // local count, value type
  return at;
}

// Where the instruction starting at `at` ends. An opcode the walk does not
// know throws: a rewrite must not guess past it.
export function instructionEnd(body, at) {
  const op = body[at++];
  if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06) {  // block, loop, if, try: block type
    const type = body[at];
    return type === 0x40 || (type >= 0x6f && type <= 0x7f) ? at + 1 : skipLeb(body, at);
  }
  if (op === 0x07 || op === 0x08 || op === 0x09 || op === 0x18 || op === 0x0c || op === 0x0d) return skipLeb(body, at);
  if (op === 0x0e) {  // br_table: the targets and the default
    let [count, after] = readLeb(body, at);
    for (let i = 0; i <= count; i++) after = skipLeb(body, after);
    return after;
  }
  if (op === 0x10 || op === 0x12 || op === 0xd2) return skipLeb(body, at);  // call, return_call, ref.func
  if (op === 0x11) return skipLeb(body, skipLeb(body, at));  // call_indirect: type, table
  if (op === 0x1c) {  // typed select
    const [count, after] = readLeb(body, at);
    return after + count;
  }
  if (op >= 0x20 && op <= 0x26) return skipLeb(body, at);  // locals, globals, tables
  if (op >= 0x28 && op <= 0x3e) return skipLeb(body, skipLeb(body, at));  // loads, stores: align, offset
  if (op === 0x3f || op === 0x40) return at + 1;  // memory.size, memory.grow
  if (op === 0x41 || op === 0x42) return skipLeb(body, at);
  if (op === 0x43) return at + 4;
  if (op === 0x44) return at + 8;
  if (op === 0xfc) {
    const [sub, after] = readLeb(body, at);
    if (sub <= 7) return after;  // saturating truncations
    if (sub === 8) return skipLeb(body, after) + 1;  // memory.init
    if (sub === 9) return skipLeb(body, after);  // data.drop
    if (sub === 10) return after + 2;  // memory.copy
    if (sub === 11) return after + 1;  // memory.fill
    throw new Error(`opcode 0xfc ${sub} is not known`);
  }
  const plain = op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x19 || op === 0x1a ||
                op === 0x1b || (op >= 0x45 && op <= 0xc4);
  if (plain) return at;
  throw new Error(`opcode 0x${op.toString(16)} is not known`);
}
