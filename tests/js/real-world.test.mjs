// The real-world-shaped corpus (tests/real_world): article bodies as news
// sites, blogs, forums and lecture notes write them. Input and output are
// parsed with jsdom (a spec HTML parser); for each article the visible words
// and the elements readers see are counted on both sides and must match:
// nothing a reader would see is lost, only rewritten.
//   GALLEY_NATIVE_CLI=build/bin/galley node --test tests/js/real-world.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { JSDOM } from 'jsdom';

import { rootDir } from './helpers.mjs';

const corpusDir = join(rootDir, 'tests/real_world');
const cli = process.env.GALLEY_NATIVE_CLI ?? join(rootDir, 'build/bin/galley');
const skip = existsSync(cli) ? false : `native CLI not found at ${cli} (set GALLEY_NATIVE_CLI)`;

// Content no browser shows: raw text of removed elements, TeX annotations.
const HIDDEN = 'script, style, template, noscript, iframe, annotation, annotation-xml, rp';

function fragment(html) {
  const { document } = new JSDOM('<!DOCTYPE html><body></body>').window;
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

function visibleWords(root) {
  const copy = root.cloneNode(true);
  for (const el of copy.querySelectorAll(HIDDEN)) el.remove();
  return copy.textContent.match(/[\p{L}\p{N}]+/gu) ?? [];
}

// What a reader sees, element by element: pictures (an img with a src or a
// srcset), video players, formulas and their parts, code, struck text,
// definitions, disclosure widgets, ruby, table parts, footnote links.
const isPlayer = (src) => /^(https?:)?\/\/((www\.)?youtube(-nocookie)?\.com\/embed|player\.vimeo\.com\/video)\//.test(src);
function seen(root) {
  const count = (selector) => root.querySelectorAll(selector).length;
  return {
    images: [...root.querySelectorAll('img')].filter((img) => img.getAttribute('src') || img.getAttribute('srcset')).length,
    players: [...root.querySelectorAll('iframe')].filter((frame) => isPlayer(frame.getAttribute('src') ?? '')).length,
    math: count('math'),
    mathTokens: count('mi, mn, mo, mtext'),
    fractionsAndRoots: count('mfrac, msqrt, msup, msubsup, mtable'),
    code: count('code, tt') + [...root.querySelectorAll('font')].filter((f) => /mono|courier/i.test(f.getAttribute('face') ?? '')).length,
    struck: count('s, strike, del'),
    abbreviations: count('abbr, acronym'),
    definitions: count('dl, dt, dd, dfn'),
    disclosure: count('details, summary'),
    ruby: count('ruby, rt'),
    tableParts: count('caption, thead, tbody, tfoot, th, td'),
    quotes: count('q, cite, blockquote'),
    links: count('a[href]'),
  };
}

function render(file) {
  const out = spawnSync(cli, ['render', file, '--mode', 'fragment'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.json')).sort()) {
  test(`real-world corpus: ${name} keeps what readers see`, { skip }, (t) => {
    const file = join(corpusDir, name);
    const article = JSON.parse(readFileSync(file, 'utf8'));
    const input = fragment(article.body.content);
    const result = render(file);
    const output = fragment(result.html);
    const wordsIn = visibleWords(input);
    const wordsOut = visibleWords(output);
    assert.deepEqual(wordsOut, wordsIn, 'visible words in and out');
    const elementsIn = seen(input);
    const elementsOut = seen(output);
    // Players become the embed template: one iframe each, in Galley's figure.
    assert.equal(output.querySelectorAll('figure.galley-embed > iframe').length, elementsOut.players);
    assert.deepEqual(elementsOut, elementsIn, 'elements in and out');
    t.diagnostic(`${wordsIn.length} words, ${JSON.stringify(elementsIn)}`);
    // Every rewrite is reported.
    const rewritten = result.diagnostics.filter((d) => d.code === 'rewritten_element').length;
    const legacy = input.querySelectorAll('tt, strike, big, center, acronym').length +
      [...input.querySelectorAll('font')].filter((f) => /mono|courier/i.test(f.getAttribute('face') ?? '')).length;
    const srcsetOnly = [...input.querySelectorAll('img')].filter((img) => !img.getAttribute('src') && img.getAttribute('srcset')).length;
    assert.equal(rewritten, legacy + elementsIn.players + srcsetOnly, 'one rewritten_element per rewrite');
  });
}
