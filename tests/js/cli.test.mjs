// The package's Node CLI (bin/galley.js): flags, outputs and exit statuses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { createGalley } from '../../bindings/js/src/node.js';
import { demoArticles, packageDir } from './helpers.mjs';

const cli = join(packageDir, 'bin/galley.js');
const work = mkdtempSync(join(tmpdir(), 'galley-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));
const galley = await createGalley();

function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { status, stdout, stderr };
}

function file(name, content) {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const article = { title: 'CLI', body: 'Some *text* with <span onclick="x()">a handler</span>.' };
const articlePath = file('article.json', JSON.stringify(article));

test('render prints the core JSON on stdout', () => {
  const { status, stdout, stderr } = run(['render', articlePath]);
  assert.equal(status, 0, stderr);
  assert.equal(stdout, `${galley.renderJSON(JSON.stringify(article))}\n`);
  assert.equal(stderr, '');
});

test('--pretty indents, --mode wins over the options file', () => {
  const options = file('options.json', JSON.stringify({ mode: 'fragment', policy: { lazy_images: false } }));
  const { status, stdout } = run(['render', articlePath, '--pretty', '--mode', 'article', '--options', options]);
  assert.equal(status, 0);
  assert.ok(stdout.startsWith('{\n  "html": "<article'));
  const expected = galley.renderJSON(JSON.stringify(article), { mode: 'article', policy: { lazy_images: false } }, 2);
  assert.equal(stdout, `${expected}\n`);
  assert.equal(run(['render', articlePath, '--mode=document']).stdout.includes('<!DOCTYPE html>'), true);
});

test('--html-out and --summary-out write the parts', () => {
  const htmlOut = join(work, 'out.html');
  const summaryOut = join(work, 'out.summary.json');
  const { status } = run(['render', articlePath, '--html-out', htmlOut, '--summary-out', summaryOut]);
  assert.equal(status, 0);
  const result = galley.render(article);
  assert.equal(readFileSync(htmlOut, 'utf8'), result.html);
  const summaryText = readFileSync(summaryOut, 'utf8');
  assert.ok(summaryText.endsWith('}\n'));
  assert.deepEqual(JSON.parse(summaryText), result.summary);
});

test('reads standard input for -', () => {
  const { status, stdout } = run(['render', '-'], JSON.stringify(article));
  assert.equal(status, 0);
  assert.equal(JSON.parse(stdout).summary.title, 'CLI');
});

test('invalid input is one JSON line on stderr and exit status 1', () => {
  const { status, stdout, stderr } = run(['render', file('bad.json', '{"title": "x",\n "body": ]}')]);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.equal(stderr.split('\n').length, 2, 'exactly one line');
  const error = JSON.parse(stderr);
  assert.equal(error.code, 'invalid_json');
  assert.equal(error.line, 2);
  assert.equal(typeof error.message, 'string');
  const missing = run(['render', join(work, 'missing.json')]);
  assert.equal(missing.status, 1);
  assert.equal(JSON.parse(missing.stderr).code, 'io_error');
  assert.equal(JSON.parse(run(['render', file('untitled.json', '{"body":"x"}')]).stderr).code, 'invalid_article');
});

test('usage errors exit with status 2 and one line pointing at --help', () => {
  for (const args of [[], ['frobnicate'], ['render'], ['render', 'a', 'b'], ['render', articlePath, '--mode', 'poster'],
    ['render', articlePath, '--colour'], ['commonmark-reference', '--pretty'], ['render', articlePath, '--html-out'],
    ['commonmark'], ['sanitize', 'a.html', 'b.html'], ['sanitize', '--mode', 'article'], ['sanitize', '--summary-out', 's.json']]) {
    const { status, stderr } = run(args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, /^galley: [^\n]+ \(see galley --help\)\n$/);
  }
  const badOptions = run(['render', articlePath, '--options', file('bad-options.json', '{"mode": "x"}')]);
  assert.equal(badOptions.status, 2);
  assert.match(badOptions.stderr, /invalid options file .*'mode' must be one of/);
});

test('--help, --version and commonmark-reference', () => {
  assert.match(run(['--help']).stdout, /^Usage:/);
  assert.match(run(['--help']).stdout, /commonmark-reference[^]*conformance checks only/);
  assert.equal(run(['--version']).stdout, `galley ${galley.version}\n`);
  assert.equal(run(['commonmark-reference'], '# Hi <b>x</b>\n').stdout, '<h1>Hi <b>x</b></h1>\n');
});

test('sanitize prints {html, diagnostics} for an HTML fragment', () => {
  const hostile = '<p onclick="x()">Tide <b>tables</b></p><script>alert(1)</script>';
  const { status, stdout, stderr } = run(['sanitize'], hostile);
  assert.equal(status, 0, stderr);
  assert.equal(stdout, `${galley.sanitizeJSON(hostile)}\n`);
  assert.deepEqual(JSON.parse(stdout), { html: '<p>Tide <b>tables</b></p>', diagnostics: galley.sanitize(hostile).diagnostics });
  assert.equal(JSON.parse(stdout).diagnostics.length, 2);
  const htmlOut = join(work, 'clean.html');
  const options = file('remove-b.json', JSON.stringify({ policy: { remove_elements: ['b'] } }));
  assert.equal(run(['sanitize', file('hostile.html', hostile), '--options', options, '--html-out', htmlOut]).status, 0);
  assert.equal(readFileSync(htmlOut, 'utf8'), '<p>Tide tables</p>');
});

test('renders the demo articles', () => {
  for (const { name, path } of demoArticles()) {
    const { status, stdout } = run(['render', path, '--mode', 'article']);
    assert.equal(status, 0, name);
    assert.ok(JSON.parse(stdout).html.startsWith('<article'), name);
  }
});
