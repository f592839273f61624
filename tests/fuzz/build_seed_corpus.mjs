#!/usr/bin/env node
// Builds the seed corpus of the fuzz targets, one folder per target, one file
// per input (named by its SHA-1, as libFuzzer names its own):
//   render    demo articles, documentation examples, articles with every block
//             type, Markdown and HTML examples wrapped into articles
//   markdown  every example of md4c's test/*.txt files (CommonMark spec and extensions)
//   html      html5lib tokenizer test inputs, XSS payloads, raw-HTML spec examples
//   options   documentation examples and one document per option
//   json      the render and options inputs plus corners of the JSON grammar
// Sources outside the repository (md4c, ../shared) are used when present.
//   node build_seed_corpus.mjs --out DIR [--md4c DIR] [--shared DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function argument(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const outDir = argument('--out');
if (!outDir) {
  console.error('usage: build_seed_corpus.mjs --out DIR [--md4c DIR] [--shared DIR]');
  process.exit(2);
}
const md4cDir = argument('--md4c', join(root, 'third_party/md4c'));
const sharedDir = argument('--shared', join(root, '../shared'));

const corpora = { render: new Map(), markdown: new Map(), html: new Map(), options: new Map(), json: new Map() };
function add(target, input) {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input, 'utf8');
  corpora[target].set(createHash('sha1').update(bytes).digest('hex'), bytes);
}
const article = (fields) => JSON.stringify({ title: 'Seed', ...fields });
const listFiles = (dir, suffix) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => join(dir, f)) : []);

// ---- demo articles and documentation examples
for (const file of listFiles(join(root, 'demo/articles'), '.json')) add('render', readFileSync(file));
for (const file of listFiles(join(root, 'tests/cli/data'), '.json')) {
  const text = readFileSync(file, 'utf8');
  add(/options/.test(file) ? 'options' : 'render', text);
}
for (const file of listFiles(join(root, 'docs'), '.md')) {
  const text = readFileSync(file, 'utf8');
  for (const [, lang, code] of text.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
    if (lang === 'json') {
      let value;
      try { value = JSON.parse(code); } catch { continue; }
      add(value !== null && typeof value === 'object' && 'title' in value ? 'render' : 'options', code);
    } else if (lang === 'html') {
      add('html', code);
    } else if (lang === 'markdown' || lang === 'md') {
      add('markdown', code);
    }
  }
}

// ---- one article per block type and body format
const blocks = [
  { type: 'paragraph', text: 'Text with **bold**, _em_, `code`, [a link](https://example.com/) and <b>html</b>.' },
  { type: 'heading', level: 1, text: 'Demoted' },
  { type: 'heading', level: 3, text: 'Section & more' },
  { type: 'list', ordered: true, start: 4, items: ['one', '*two*'] },
  { type: 'list', items: ['- [x] nested?', 'plain'] },
  { type: 'quote', text: 'Quoted *text*', cite: 'Someone' },
  { type: 'image', src: 'https://example.com/i.jpg', alt: 'alt', caption: 'cap', credit: 'credit', width: 640, height: 480 },
  { type: 'code', language: 'js', code: 'if (a < b) { alert("x"); }' },
  { type: 'table', header: ['a', 'b'], rows: [['1', '2'], ['**3**', '<i>4</i>']], caption: 'cap' },
  { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ', title: 'Video', caption: 'cap' },
  { type: 'embed', provider: 'vimeo', id: '76979871', title: 'Video' },
  { type: 'html', html: '<p onclick="x">p</p><script>alert(1)</script><a href="javascript:x">a</a>' },
  { type: 'markdown', markdown: '# H\n\n> quote\n\n1. a\n2. b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n' },
  { type: 'divider' },
  { type: 'unknown-type', x: 1 },
];
add('render', article({ blocks }));
for (const block of blocks) add('render', article({ blocks: [block] }));
add('render', article({ body: { format: 'html', content: '<h1>x</h1><p>y<table><tr><td>z</table>' } }));
add('render', article({ body: { format: 'text', content: 'para one\nline\n\npara two <b>' } }));
add('render', article({ body: { format: 'markdown', content: '*md* body' } }));
add('render', article({ body: 'x', blocks: [] }));
add('render', JSON.stringify({ title: '  ' }));
add('render', '[1, 2');
add('render', article({ lang: 'ja', dir: 'rtl', published: '2026-02-30', updated: '2026-11-27T07:30:00+09:00', body: '日本語の本文です。二つ目の文。' }));

// ---- md4c's example files: CommonMark spec and the extensions
const fence = '`'.repeat(32);
const examples = [];
for (const file of listFiles(join(md4cDir, 'test'), '.txt')) {
  const text = readFileSync(file, 'utf8');
  const pattern = new RegExp(`^${fence} example[^\\n]*\\n([\\s\\S]*?)^\\.\\n`, 'gm');
  for (const [, markdown] of text.matchAll(pattern)) examples.push(markdown.replaceAll('→', '\t'));
}
for (const markdown of examples) add('markdown', markdown);
examples.forEach((markdown, i) => {
  if (i % 10 === 0) add('render', article({ body: markdown }));
});

// ---- HTML: html5lib tokenizer inputs and XSS payloads
const htmlInputs = [];
const tokenizerDir = join(sharedDir, 'corpora/html5lib-tokenizer');
for (const file of listFiles(tokenizerDir, '.test')) {
  let suite;
  try { suite = JSON.parse(readFileSync(file, 'utf8')); } catch { continue; }
  for (const test of suite.tests ?? []) {
    if (typeof test.input !== 'string') continue;
    // doubleEscaped tests spell their input with \uXXXX escapes.
    const input = test.doubleEscaped ? test.input.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) : test.input;
    htmlInputs.push(input);
  }
}
const payloadFile = join(sharedDir, 'corpora/dompurify-payloads.json');
if (existsSync(payloadFile)) {
  const payloads = JSON.parse(readFileSync(payloadFile, 'utf8'));
  for (const entry of payloads) {
    if (typeof entry?.payload !== 'string') continue;
    htmlInputs.push(entry.payload);
    add('markdown', entry.payload);
  }
}
for (const markdown of examples) if (markdown.includes('<')) htmlInputs.push(markdown);
for (const input of htmlInputs) add('html', input);
htmlInputs.forEach((input, i) => {
  if (i % 25 === 0) add('render', article({ body: { format: 'html', content: input } }));
});

// ---- options: one document per key
const options = [
  {},
  { mode: 'fragment' }, { mode: 'article' }, { mode: 'document', stylesheet_url: 'https://example.com/s.css' },
  { policy: { allow_data_images: true, add_nofollow_ugc: true, external_links_in_new_tab: true, lazy_images: false } },
  { policy: { base_url: 'https://example.com/news/', site_url: 'https://example.com/' } },
  { policy: { url_schemes: ['https', 'ftp'] } },
  { policy: { remove_elements: ['img', 'table', 'a'] } },
  { policy: { remove_attributes: { img: ['title', 'srcset'], '*': ['title', 'lang'] } } },
  { limits: { max_input_bytes: 100, max_json_depth: 3, max_blocks: 2, max_nesting: 2, max_output_bytes: 200 } },
  { limits: { max_nesting: 400 } },
  { heading_id_prefix: 'section-', words_per_minute: 120, cjk_characters_per_minute: 300 },
  { excerpt_length: 0, key_sentences: 0, keywords: 0 },
  { excerpt_length: 5, key_sentences: 50, keywords: 50 },
  { mode: 'wrong' },
  { unknown_option: 1 },
];
for (const value of options) add('options', JSON.stringify(value));

// ---- json: every article and options document, plus the grammar's corners
for (const target of ['render', 'options']) {
  for (const [hash, bytes] of corpora[target]) corpora.json.set(hash, bytes);
}
for (const text of [
  '[0, -0, 1.5, -2.5e-3, 1E+2, 9223372036854775808, 1e308, 1e-400]',
  '{"a": 1, "b": 2, "a": 3}',
  String.raw`["\u00e9\ud83d\ude00", "\ud800", "x\udc00", "\"\\\/\b\f\n\r\t"]`,
  '\ufeff{"bom": true}',
  '[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]',
  '{"":""}',
  '[1,]', '{"a":1,}', '01', '1.', '"\t"', '[1e400]',
]) add('json', text);

// ---- write, replacing whatever an earlier run left
for (const [target, inputs] of Object.entries(corpora)) {
  const dir = join(outDir, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of inputs) writeFileSync(join(dir, name), bytes);
}
console.log(`seed corpus in ${outDir}: ` + Object.entries(corpora).map(([t, m]) => `${t} ${m.size}`).join(', '));
