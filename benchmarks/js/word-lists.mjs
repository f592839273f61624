// What each built-in word list of the text analysis weighs in the WebAssembly
// module: its words, its bytes, and gzip -9 of the list alone (each list is one
// string in the module's data, see core/src/analysis/sorted_words.hpp).
// Prints a Markdown table for docs/text-analysis.md.
//   node benchmarks/js/word-lists.mjs [BUILD_DIR]   (default: build-wasm, for the
//                                                    generated place-name tables)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { rootDir } from './paths.mjs';

const buildDir = resolve(process.argv[2] ?? join(rootDir, 'build-wasm'));
const sources = [
  join(rootDir, 'core/src/analysis/stop_words.cpp'),
  join(rootDir, 'core/src/analysis/entity_lexicon_data.inc'),
  join(buildDir, 'core/generated/analysis/place_names_data.hpp'),
];

// `constexpr std::string_view kName = "…" "…";` with only \n escapes inside.
const declaration = /constexpr std::string_view (k\w+) =((?:\s*"(?:[^"\\]|\\n)*")+);/g;

const rows = [];
for (const path of sources) {
  for (const [, name, literals] of readFileSync(path, 'utf8').matchAll(declaration)) {
    const text = [...literals.matchAll(/"((?:[^"\\]|\\n)*)"/g)].map(([, part]) => part.replaceAll('\\n', '\n')).join('');
    const bytes = Buffer.from(text, 'utf8');
    rows.push({ name, bytes, words: text.split('\n').length - 2, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
}
const total = rows.reduce((sum, row) => ({ words: sum.words + row.words, raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }),
  { words: 0, raw: 0, gzip: 0 });
// The lists share the module's data section, where gzip also finds repeats
// across them: compressed together they weigh less than the sum.
const together = gzipSync(Buffer.concat(rows.map((row) => row.bytes)), { level: 9 }).length;

const number = (n) => n.toLocaleString('en-US');
console.log('| list | words | raw | gzip -9 |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| \`${row.name}\` | ${number(row.words)} | ${number(row.raw)} B | ${number(row.gzip)} B |`);
console.log(`| all ${rows.length} lists, each alone | ${number(total.words)} | ${number(total.raw)} B | ${number(total.gzip)} B |`);
console.log(`| all ${rows.length} lists, compressed together | | | ${number(together)} B |`);
