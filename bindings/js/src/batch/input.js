// What a batch renders, named as the native tool names it
// (bindings/cli/batch_input.cpp, output_names.cpp): every *.json file of a
// folder, sorted by path, or every non-blank line of an NDJSON file.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const MAX_NAME_BYTES = 120;

/** Keeps [A-Za-z0-9._-], replaces anything else with '_', never starts with '.'; `fallback` for ''. */
export function makeSafeName(wanted, fallback) {
  if (wanted === '') return fallback;
  const bytes = Buffer.from(wanted).subarray(0, MAX_NAME_BYTES);
  let name = '';
  for (const byte of bytes) name += /[A-Za-z0-9._-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : '_';
  return name.startsWith('.') ? `_${name.slice(1)}` : name;
}

/** Unique names, compared case-insensitively: name, name-2, name-3, … */
export class OutputNames {
  #taken = new Set();

  claim(name) {
    let candidate = name;
    for (let suffix = 2; this.#taken.has(candidate.toLowerCase()); ++suffix) candidate = `${name}-${suffix}`;
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The top-level "id" string of a JSON document, as JSON.parse reads it; null when there is none or the text is not JSON. */
export function parsedArticleId(bytes) {
  try {
    const value = JSON.parse(utf8.decode(bytes));
    return value !== null && typeof value === 'object' && typeof value.id === 'string' ? value.id : null;
  } catch {
    return null;
  }
}

const isBlank = (line) => line.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);

function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function collectFiles(directory) {
  const names = new OutputNames();
  const paths = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => extname(entry.name) === '.json' && statSync(join(directory, entry.name), { throwIfNoEntry: false })?.isFile())
    .map((entry) => join(directory, entry.name))
    .sort(byteOrder);
  return paths.map((path) => ({ source: path, name: names.claim(makeSafeName(basename(path, '.json'), 'article')), path }));
}

function collectLines(text, label) {
  const names = new OutputNames();
  const items = [];
  let lineNumber = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf(0x0a, start);
    if (end < 0) end = text.length;
    let line = text.subarray(start, end);
    start = end + 1;
    ++lineNumber;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (isBlank(line)) continue;
    const name = makeSafeName(parsedArticleId(line) ?? '', `line-${lineNumber}`);
    items.push({ source: `${label}:${lineNumber}`, name: names.claim(name), line });
  }
  return items;
}

/** Items {source, name, path | line (bytes)}; `readNdjson` reads the file (or standard input for "-"). */
export async function collectBatchInput(input, readNdjson) {
  if (input !== '-' && statSync(input, { throwIfNoEntry: false })?.isDirectory()) return collectFiles(input);
  return collectLines(await readNdjson(input), input === '-' ? 'stdin' : input);
}
