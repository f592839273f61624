#!/usr/bin/env node
// WebAssembly robustness: many renders (default 100,000) through the JS
// package's public API in ONE module instance, mixing valid, invalid and
// hostile inputs in a seeded random order. It fails when
//   - a render throws anything but a GalleyError with a documented code, or
//     reports internal_error, or the module traps (the package then replaces
//     its instance: counted here as a restart);
//   - any input, rendered again later after arbitrary other inputs (errors
//     included), gives a different result: no state leaks between renders;
//   - the first input rendered at the start and again at the very end differ;
//   - after a warm-up that renders every input once, WebAssembly.Memory grows
//     by more than the bound (default 8 MiB): no leak per render.
//
//   node tests/wasm_soak/soak.mjs [--renders N] [--bound-mib M] [--seed S] [--package DIR] [--build fast|small]
// --package: the JS package to load (default bindings/js; give a copy whose
// dist/ holds an -sASSERTIONS build to run the same soak against it).
// --build: the package's build to soak: fast (default: galley-fast.wasm, what
// Node's createGalley() moves to and createGalley({ start: 'fast' }) starts
// on) or small (the browser build, galley.wasm).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { watchInstances } from '../js/watch-instances.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const renders = Number(option('--renders', 100000));
const boundMiB = Number(option('--bound-mib', 8));
const seed = Number(option('--seed', 20261128));
const packageDir = resolve(option('--package', join(root, 'bindings/js')));
const build = option('--build', 'fast');
const wasmFiles = { fast: 'dist/galley-fast.wasm', small: 'dist/galley.wasm' };
if (!(build in wasmFiles)) throw new Error(`--build must be fast or small, not '${build}'`);
const wasmPath = join(packageDir, wasmFiles[build]);

// ---- watch the module's memory: every instance of Galley's module that the
// package creates is recorded (Node instantiates modules of its own too, told
// apart by their exports).
const galleyExports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmPath)))
  .map((e) => e.name).sort().join();
const instances = [];
const record = (instance) => {
  if (Object.keys(instance.exports).sort().join() === galleyExports) instances.push(instance);
};
watchInstances(record);
function memoryBytes() {
  const instance = instances.at(-1);
  const memory = Object.values(instance.exports).find((value) => value instanceof WebAssembly.Memory);
  return memory.buffer.byteLength;
}

// ---- a seeded generator, so that a failure can be replayed
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];

// ---- the input pool
const pool = [];
const add = (kind, article, options) => pool.push({ id: pool.length, kind, article, options });
const modes = ['fragment', 'article', 'document'];

const demoDir = join(root, 'demo/articles');
const demos = readdirSync(demoDir).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(join(demoDir, f), 'utf8'));
for (const text of demos) {
  for (const mode of modes) add('valid', text, { mode });
  add('valid', new TextEncoder().encode(text), { mode: 'article', policy: { add_nofollow_ugc: true, external_links_in_new_tab: true } });
  add('valid', JSON.parse(text), JSON.stringify({ mode: 'document', stylesheet_url: 'https://example.com/s.css' }));
}

const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>', '\u0000\ud800\uffff', '<!--<img src=x>-->',
  '[x](javascript:alert(1))', '<math><mtext><table><mglyph><style><img src=x>'];
const payloadFile = join(root, '../shared/corpora/dompurify-payloads.json');
if (existsSync(payloadFile)) {
  for (const entry of JSON.parse(readFileSync(payloadFile, 'utf8'))) if (typeof entry?.payload === 'string') hostile.push(entry.payload);
}

const inline = ['plain words', '*emphasis* and **strong**', '[link](https://example.com/)', '`code` <b>raw</b>', 'www.example.com'];
function randomBlock() {
  switch (Math.floor(random() * 11)) {
    case 0: return { type: 'paragraph', text: pick(inline) + ' ' + pick(hostile) };
    case 1: return { type: 'heading', level: 1 + Math.floor(random() * 6), text: pick(inline) };
    case 2: return { type: 'list', ordered: random() < 0.5, items: [pick(inline), pick(hostile)] };
    case 3: return { type: 'quote', text: pick(inline), cite: pick(hostile) };
    case 4: return { type: 'image', src: pick(['/i.jpg', 'javascript:x', 'data:image/png;base64,AA']), alt: pick(hostile) };
    case 5: return { type: 'code', language: pick(['js', 'x"><script>']), code: pick(hostile) };
    case 6: return { type: 'table', header: ['a', 'b'], rows: [[pick(inline), pick(hostile)]] };
    case 7: return { type: 'embed', provider: pick(['youtube', 'vimeo', 'evil']), id: pick(['dQw4w9WgXcQ', '76979871', '"><x']) };
    case 8: return { type: 'html', html: pick(hostile) };
    case 9: return { type: 'markdown', markdown: `# ${pick(inline)}\n\n> ${pick(hostile)}\n\n- ${pick(inline)}` };
    default: return { type: pick(['divider', 'unknown']) };
  }
}
for (let i = 0; i < 150; i++) {
  const blocks = Array.from({ length: 1 + Math.floor(random() * 12) }, randomBlock);
  add('valid', { title: pick(hostile), lang: pick(['en', 'ja', 'ar', 'xx-invalid']), blocks }, { mode: pick(modes) });
}
for (const payload of hostile) {
  add('hostile', { title: 'Payload', body: { format: 'html', content: payload } }, { mode: pick(modes) });
  add('hostile', { title: payload, body: payload }, { mode: pick(modes), policy: { allow_data_images: true } });
}
add('hostile', { title: 'Large', body: 'word '.repeat(40000) + '<b>'.repeat(200) }, { mode: 'article' });

// Invalid: malformed JSON, invalid articles, invalid options, limits.
for (const text of demos) {
  for (let i = 0; i < 10; i++) add('invalid', text.slice(0, Math.floor(random() * text.length)), {});
}
for (const text of ['', 'null', '[]', '"x"', '{', '{"title":', '{"title":"x",}', '\u00ff\u00fe']) add('invalid', text, {});
add('invalid', Uint8Array.from({ length: 300 }, () => Math.floor(random() * 256)), {});
add('invalid', new Uint8Array([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xff, 0x22, 0x7d]), {});
for (const article of [{}, { title: 5 }, { title: '  ' }, { title: 'x', body: 1 }, { title: 'x', body: 'a', blocks: [] },
  { title: 'x', blocks: [{ type: 'image' }] }, { title: 'x', authors: [{}] }, { title: 'x', image: { src: 'a', width: -1 } }]) {
  add('invalid', article, {});
}
for (const options of ['{', '{"mode":"x"}', '{"unknown":1}', '{"limits":{"max_nesting":1000}}', '{"policy":{"url_schemes":"x"}}', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]']) {
  add('invalid', { title: 'x', body: 'y' }, options);
}
add('limit', { title: 'x', body: 'y'.repeat(2000) }, { limits: { max_input_bytes: 1000 } });
add('limit', { title: 'x', body: '> '.repeat(5000) + 'a' }, {});
add('limit', { title: 'x', body: { format: 'html', content: '<div>'.repeat(3000) } }, { mode: 'document' });
add('limit', { title: 'x', blocks: [{ type: 'divider' }, { type: 'divider' }, { type: 'divider' }] }, { limits: { max_blocks: 2 } });
add('limit', '{"title":"x","body":"y","z":' + '['.repeat(10000) + ']'.repeat(10000) + '}', {});
add('limit', { title: 'x', body: 'z'.repeat(5000) }, { limits: { max_output_bytes: 100 } });

// ---- the soak
const { createGalley, GalleyError } = await import(pathToFileURL(join(packageDir, 'src/node.js')).href);
const galley = await createGalley(build === 'fast' ? { start: 'fast' } : { wasm: wasmPath });
if (instances.length !== 1) throw new Error(`expected one instance of the module, saw ${instances.length}`);
const knownCodes = new Set(['invalid_json', 'invalid_article', 'invalid_options', 'limit_exceeded']);
const failures = [];
const fail = (message) => {
  if (failures.length < 20) failures.push(message);
};
const probe = { title: 'Probe', body: 'A *probe* paragraph with a [link](/x).' };
const digest = (text) => createHash('sha1').update(text).digest('hex');
const seen = new Map();  // input id and entry point → digest of the first result
let errors = 0;

// One call through the public API. render() throws GalleyError on failure;
// renderJSON() returns the core's JSON text; commonmarkReference() returns HTML.
function exercise(entry, useThrowingApi) {
  if (useThrowingApi) {
    try {
      const result = galley.render(entry.article, entry.options);
      if (typeof result.html !== 'string') fail(`input ${entry.id}: render() returned no html`);
      return { text: JSON.stringify(result), failed: false };
    } catch (error) {
      if (!(error instanceof GalleyError)) {
        fail(`input ${entry.id}: render() threw ${error?.name}: ${error?.message}`);
      } else if (!knownCodes.has(error.code)) {
        fail(`input ${entry.id} (${entry.kind}): error code ${error.code}: ${error.message}`);
      }
      return { text: JSON.stringify(error.toJSON ? error.toJSON() : String(error)), failed: true };
    }
  }
  const text = galley.renderJSON(entry.article, entry.options);
  const failed = text.startsWith('{"error"');
  if (failed) {
    const code = JSON.parse(text).error.code;
    if (!knownCodes.has(code)) fail(`input ${entry.id} (${entry.kind}): error code ${code}: ${text.slice(0, 300)}`);
  }
  return { text, failed };
}

function renderOne(entry, useThrowingApi) {
  let outcome;
  try {
    outcome = exercise(entry, useThrowingApi);
  } catch (error) {
    fail(`input ${entry.id}: ${useThrowingApi ? 'render' : 'renderJSON'} threw ${error?.name}: ${error?.message}`);
    return;
  }
  const key = `${entry.id}/${useThrowingApi ? 'render' : 'renderJSON'}`;
  const d = digest(outcome.text);
  if (!seen.has(key)) seen.set(key, d);
  else if (seen.get(key) !== d) fail(`input ${entry.id} (${entry.kind}) gave a different result on a later render`);
  if (outcome.failed) {
    errors++;
    // The render right after an error must be unaffected by it.
    const after = galley.renderJSON(probe);
    if (after !== probeBaseline) fail(`the render after input ${entry.id} (${entry.kind}) failed differs from the baseline`);
  }
}

const started = performance.now();
const first = pool[0];
const firstText = galley.renderJSON(first.article, first.options);
const probeBaseline = galley.renderJSON(probe);
// The browser build leaves commonmarkReference() out and says so each time.
const commonmark = () => {
  if (build === 'fast') return galley.commonmarkReference('# Heading\n\n1. item\n');
  try {
    galley.commonmarkReference('# Heading\n\n1. item\n');
  } catch (error) {
    if (error instanceof GalleyError && error.code === 'unsupported') return error.message;
  }
  fail('the browser build did not refuse commonmarkReference()');
};
const commonmarkBaseline = commonmark();

// Warm-up: every input once through each entry point, so that the heap has
// seen the largest of them.
for (const entry of pool) {
  renderOne(entry, false);
  renderOne(entry, true);
}
const warmBytes = memoryBytes();
const trace = [];
for (let i = 0; i < renders; i++) {
  renderOne(pick(pool), i % 7 === 0);
  if (i % 1000 === 0 && commonmark() !== commonmarkBaseline) fail('commonmarkReference() output changed');
  if ((i + 1) % 20000 === 0) trace.push(`${i + 1}: ${(memoryBytes() / 1048576).toFixed(1)} MiB`);
}
const lastText = galley.renderJSON(first.article, first.options);
if (lastText !== firstText) fail('the first input rendered at the end differs from its first render');
const endBytes = memoryBytes();
const restarts = instances.length - 1;
if (restarts > 0) fail(`the module trapped and was replaced ${restarts} time(s)`);
const growth = endBytes - warmBytes;
if (growth > boundMiB * 1048576) fail(`memory grew by ${(growth / 1048576).toFixed(1)} MiB after warm-up (bound ${boundMiB} MiB)`);

const seconds = (performance.now() - started) / 1000;
console.log(`wasm soak: pool of ${pool.length} inputs (seed ${seed}), ${renders} renders + ${2 * pool.length} warm-up, ${errors} failed as expected, ${seconds.toFixed(1)} s`);
console.log(`wasm soak: memory ${(warmBytes / 1048576).toFixed(1)} MiB after warm-up, ${(endBytes / 1048576).toFixed(1)} MiB at the end ` +
  `(growth ${(growth / 1048576).toFixed(2)} MiB, bound ${boundMiB} MiB); ${trace.join(', ')}`);
for (const message of failures) console.log(`FAILED: ${message}`);
console.log(failures.length === 0 ? 'wasm soak: ok' : `wasm soak: ${failures.length} failure(s)`);
process.exit(failures.length === 0 ? 0 : 1);
