// Download size of the package's browser payload: raw and gzip -9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { packageDir } from './paths.mjs';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

export function measureSize() {
  const files = {
    wasm: 'dist/galley.wasm',
    glue: 'dist/galley.mjs',
    wrapper: ['src/core.js', 'src/browser.js'],
    single: ['dist/galley.single.mjs', 'src/core.js', 'src/single.js'],
    fast: ['dist/galley-fast.wasm', 'dist/galley-fast.mjs'],
  };
  const result = {};
  for (const [key, names] of Object.entries(files)) {
    const bytes = Buffer.concat([names].flat().map((name) => readFileSync(join(packageDir, name))));
    result[key] = { raw: bytes.length, gzip: gzip(bytes) };
  }
  result.total = {
    raw: result.wasm.raw + result.glue.raw,
    gzip: result.wasm.gzip + result.glue.gzip,
  };
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(measureSize(), null, 2));
