// Nothing lost: every word of an article's text must reach the reader or be
// reported. For each article (demo/articles, tests/nothing_lost/articles and
// the real-world-shaped corpus tests/real_world),
// the words of its input text must all appear in the visible text of the
// `article` mode output (without the words the template adds) or in the
// `removed` field of some diagnostic. A word that is in neither was dropped
// silently, and fails the test.
//
// The input text of a Markdown string is the text content of its CommonMark
// reference rendering (`galley commonmark-reference`), that of an HTML string the text
// content a browser parses from it, that of a plain string the string itself.
// Text content means what a DOM's textContent holds: attribute values (URLs,
// alt text inside Markdown or HTML) are not text, comments are not text.
//
//   node tests/nothing_lost/run.mjs [--galley PATH]
// Exit status: 0 pass, 1 failure, 77 skipped (no browser driver or browser).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Harness, loadPlaywright } from '../xss/lib/browser.mjs';
import { findGalley, renderBatch } from '../xss/lib/galley-cli.mjs';
import { extractText } from './text.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SKIP = 77;

// ---- where the text of an article is --------------------------------------

// Each piece of input text: {path, kind: plain|markdown|html, text}.
function inputPieces(article) {
  const pieces = [];
  const add = (pointer, kind, text) => {
    if (typeof text === 'string' && text !== '') pieces.push({ path: pointer, kind, text });
  };
  // Shown as text by the article template.
  for (const field of ['title', 'subtitle', 'kicker']) add('/' + field, 'plain', article[field]);
  if (article.kicker === undefined) add('/section', 'plain', article.section);  // the kicker defaults to the section
  (article.tags ?? []).forEach((tag, i) => add(`/tags/${i}`, 'plain', tag));
  (article.breadcrumbs ?? []).forEach((crumb, i) => add(`/breadcrumbs/${i}/label`, 'plain', crumb?.label));
  (article.authors ?? []).forEach((author, i) => {
    add(`/authors/${i}/name`, 'plain', author?.name);
    add(`/authors/${i}/bio`, 'plain', author?.bio);
  });
  for (const field of ['alt', 'caption', 'credit']) add(`/image/${field}`, 'plain', article.image?.[field]);

  const body = article.body;
  if (typeof body === 'string') add('/body', 'markdown', body);
  else if (body && typeof body === 'object') {
    const kind = { html: 'html', text: 'plain', markdown: 'markdown' }[body.format ?? 'markdown'];
    add('/body/content', kind, body.content);
  }
  (article.blocks ?? []).forEach((block, i) => blockPieces(block, `/blocks/${i}`, add));

  // Fields Galley does not know: their text must be reported when ignored.
  const known = new Set(['title', 'subtitle', 'kicker', 'section', 'lang', 'dir', 'id', 'url', 'published', 'updated',
    'tags', 'breadcrumbs', 'authors', 'image', 'publisher', 'body', 'blocks']);
  for (const [key, value] of Object.entries(article)) {
    if (!known.has(key)) stringsIn(value).forEach((text) => add('/' + key, 'plain', text));
  }
  return pieces;
}

function stringsIn(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function blockPieces(block, pointer, add) {
  const inline = (field) => add(`${pointer}/${field}`, 'markdown', block[field]);
  const plain = (field) => add(`${pointer}/${field}`, 'plain', block[field]);
  switch (block.type) {
    case 'paragraph': inline('text'); break;
    case 'heading': plain('text'); break;
    case 'list': (block.items ?? []).forEach((item, j) => add(`${pointer}/items/${j}`, 'markdown', item)); break;
    case 'quote': inline('text'); plain('cite'); break;
    case 'image': plain('alt'); plain('caption'); plain('credit'); break;
    case 'code': plain('code'); break;
    case 'table':
      (block.header ?? []).forEach((cell, j) => add(`${pointer}/header/${j}`, 'markdown', cell));
      (block.rows ?? []).forEach((row, r) => row.forEach((cell, j) => add(`${pointer}/rows/${r}/${j}`, 'markdown', cell)));
      plain('caption');
      break;
    case 'embed': plain('title'); plain('caption'); break;
    case 'html': add(`${pointer}/html`, 'html', block.html); break;
    case 'markdown': add(`${pointer}/markdown`, 'markdown', block.markdown); break;
    case 'divider': break;
    default:  // an unknown block: all of its text must be reported
      stringsIn(block).forEach((text) => add(pointer, 'plain', text));
  }
}

// The same article with every piece of text replaced by a mark that holds
// no word: rendered, it shows only the words the template adds ("By",
// "and", "About", "Updated", dates, in the article's language).
const STRUCTURAL = new Set(['lang', 'dir', 'published', 'updated', 'url', 'src', 'avatar', 'logo', 'type', 'format',
  'provider', 'id', 'language']);
const BLANK = '\u00b7';

function skeleton(value, key) {
  if (typeof value === 'string') return STRUCTURAL.has(key) ? value : BLANK;
  if (Array.isArray(value)) return value.map((v) => skeleton(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
  return value;
}

// ---- the reference Markdown renderer ----------------------------------------

function commonmarkReference(galley, markdown) {
  return new Promise((resolve, reject) => {
    const child = spawn(galley, ['commonmark-reference'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let html = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { html += chunk; });
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(html) : reject(new Error(`galley commonmark-reference exited with ${status}`))));
    child.stdin.end(markdown);
  });
}

// ---- words --------------------------------------------------------------------

// Words: runs of letters, digits and marks; each Han, Kana or Hangul
// character is a word of its own (those scripts do not separate words).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
function words(text) {
  const out = [];
  for (const run of text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    let rest = '';
    for (const ch of run) {
      if (CJK.test(ch)) {
        if (rest) out.push(rest);
        out.push(ch);
        rest = '';
      } else {
        rest += ch;
      }
    }
    if (rest) out.push(rest);
  }
  return out;
}

function countWords(texts) {
  const counts = new Map();
  for (const text of texts) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

// The words of `pieces` ([{path, text}]) that are neither in the output (less
// the template's words) nor in a removed fragment, each word counted as
// often as it occurs.
function unaccounted(pieces, { output, template, removed }) {
  const have = countWords([output, ...removed]);
  for (const [word, count] of countWords([template])) have.set(word, (have.get(word) ?? 0) - count);
  const missing = [];
  for (const piece of pieces) {
    for (const [word, count] of countWords([piece.text])) {
      const available = have.get(word) ?? 0;
      const used = Math.max(0, Math.min(available, count));
      have.set(word, available - used);
      if (used < count) missing.push(`${JSON.stringify(word)} from ${piece.path}${count - used > 1 ? ` (${count - used} times)` : ''}`);
    }
  }
  return missing;
}

// The accounting must catch a dropped word, a word dropped once of twice and a
// template word standing in for a dropped one; and must pass text that is all there.
function accountingWorks() {
  const cases = [
    { pieces: ['alpha beta'], output: 'alpha', template: '', removed: [], missing: ['beta'] },
    { pieces: ['gamma', 'gamma'], output: 'gamma', template: '', removed: [], missing: ['gamma'] },
    { pieces: ['By Ada'], output: 'By Ada', template: 'By', removed: [], missing: ['By'] },
    { pieces: ['港口 delta'], output: '口', template: '', removed: ['<b>delta</b> 港'], missing: [] },
  ];
  return cases.every((c) => {
    const found = unaccounted(c.pieces.map((text, i) => ({ path: `/${i}`, text })), c).map((m) => JSON.parse(m.split(' from ')[0]));
    return JSON.stringify(found) === JSON.stringify(c.missing);
  });
}

// ---- the test -------------------------------------------------------------------

function articleFiles() {
  const files = [];
  for (const dir of [path.join(ROOT, 'demo', 'articles'), path.join(HERE, 'articles'), path.join(ROOT, 'tests', 'real_world')]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) files.push(path.join(dir, name));
  }
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  const galley = args[0] === '--galley' ? args[1] : findGalley(ROOT);
  if (!galley || !fs.existsSync(galley)) throw new Error('no galley binary: build it or pass --galley PATH');
  const playwright = await loadPlaywright();
  if (!playwright || !fs.existsSync('/usr/bin/chromium')) {
    console.log('nothing lost: skipped (needs playwright-core from npm install, and /usr/bin/chromium)');
    return SKIP;
  }

  if (!accountingWorks()) throw new Error('the word accounting itself is broken');
  const files = articleFiles();
  // The id only names the summary (and would name the batch outputs): not text.
  const articles = files.map((file) => {
    const { id, ...article } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return article;
  });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-nothing-lost-'));
  let results;
  let skeletons;
  try {
    const lines = (list) => list.map((a) => Buffer.from(JSON.stringify(a)));
    results = await renderBatch(galley, lines(articles), { mode: 'article', workDir });
    skeletons = await renderBatch(galley, lines(articles.map((a) => skeleton(a))), { mode: 'article', workDir });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  // Markdown pieces go through the reference renderer first.
  const pieces = articles.map(inputPieces);
  for (const list of pieces) {
    for (const piece of list) {
      if (piece.kind === 'markdown') {
        piece.html = await commonmarkReference(galley, piece.text);
      }
    }
  }

  const harness = await Harness.launch(playwright, 1);
  let texts;
  try {
    texts = await harness.lanes[0].page.evaluate(extractText, articles.map((_, i) => ({
      pieces: pieces[i].map((p) => ({ kind: p.kind, text: p.kind === 'markdown' ? p.html : p.text })),
      output: results[i].html ?? '',
      template: skeletons[i].html ?? '',
      removed: (results[i].diagnostics ?? []).map((d) => d.removed).filter((r) => typeof r === 'string' && r !== ''),
    })));
  } finally {
    await harness.close();
  }

  let passed = 0;
  let failed = 0;
  files.forEach((file, i) => {
    const name = path.relative(ROOT, file);
    if (results[i].error) {
      failed++;
      console.log(`FAIL ${name}: render error ${JSON.stringify(results[i].error)}`);
      return;
    }
    const missing = unaccounted(pieces[i].map((piece, p) => ({ path: piece.path, text: texts[i].pieces[p] })), texts[i]);
    if (missing.length) {
      failed++;
      console.log(`FAIL ${name}: ${missing.length} word(s) neither in the output nor reported as removed:`);
      for (const m of missing.slice(0, 20)) console.log(`    - ${m}`);
    } else {
      passed++;
      console.log(`ok   ${name}`);
    }
  });
  console.log(`nothing lost: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error.stack ?? String(error));
  console.log('nothing lost: 0 passed, 1 failed');
  process.exit(1);
});
