// Reading and writing the parts of a WebAssembly binary that the build's
// post-link steps (order_functions.mjs, merge_data_segments.mjs) rewrite:
// unsigned LEB128 numbers and the list of sections.

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
