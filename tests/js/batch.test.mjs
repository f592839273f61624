// The Node batch (bin/galley.js batch, worker threads) against the native
// tool: the same files, records, index.json and cache, byte for byte; the
// failure table, exit statuses, --incremental and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { ProgressBar } from '../../bindings/js/src/batch/report.js';
import { packageDir, rootDir } from './helpers.mjs';

const cli = join(packageDir, 'bin/galley.js');
const native = process.env.GALLEY_NATIVE_CLI;
const work = mkdtempSync(join(tmpdir(), 'galley-batch-'));
after(() => rmSync(work, { recursive: true, force: true }));

const streamSample = join(rootDir, 'tests/cli/data/stream.ndjson');

function runNode(args, input) {
  return spawnSync(process.execPath, [cli, 'batch', ...args], { input, maxBuffer: 1 << 28 });
}

function runNative(args, input) {
  return spawnSync(native, ['batch', ...args], { input, maxBuffer: 1 << 28 });
}

// Every file of a folder, name → bytes.
function folderFiles(dir) {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

function assertSameFolders(actualDir, expectedDir) {
  const actual = folderFiles(actualDir);
  const expected = folderFiles(expectedDir);
  assert.deepEqual([...actual.keys()], [...expected.keys()]);
  for (const [name, bytes] of expected) assert.ok(actual.get(name).equals(bytes), `${name} differs`);
}

const generated = join(work, 'generated.ndjson');
writeFileSync(generated, spawnSync(process.execPath, [join(rootDir, 'examples/generate-articles.mjs'), '300', '--bad-every', '37']).stdout);

test('--ndjson-out gives the native records, byte for byte, on any number of workers', { skip: !native }, () => {
  for (const input of [streamSample, generated]) {
    const expected = runNative([input, '--ndjson-out', '-', '--jobs', '1']);
    assert.equal(expected.status, 1);
    for (const jobs of ['1', '3']) {
      const actual = runNode([input, '--ndjson-out', '-', '--jobs', jobs]);
      assert.equal(actual.status, 1, actual.stderr.toString());
      assert.ok(actual.stdout.equals(expected.stdout), `${input} with --jobs ${jobs}`);
      assert.equal(actual.stderr.toString(), expected.stderr.toString());
    }
    const piped = runNode(['-', '--ndjson-out', join(work, 'records.ndjson')], readFileSync(input));
    assert.ok(readFileSync(join(work, 'records.ndjson')).equals(expected.stdout), `${input} piped into a file`);
    assert.equal(piped.stdout.length, 0);
  }
});

test('an oversized line is a limit_exceeded record, and the lines after it are rendered', { skip: !native }, () => {
  const options = join(work, 'limit.json');
  writeFileSync(options, '{"limits":{"max_input_bytes":300}}');
  const input = Buffer.from(`${readFileSync(streamSample, 'utf8').split('\n')[0]}\n{"id":"long","title":"${'x'.repeat(100000)}"}\n{"id":"after","title":"After"}\n`);
  const expected = runNative(['-', '--ndjson-out', '-', '--options', options], input);
  const actual = runNode(['-', '--ndjson-out', '-', '--options', options, '--jobs', '2'], input);
  assert.ok(actual.stdout.equals(expected.stdout));
  const records = actual.stdout.toString().trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((r) => r.error?.code ?? 'ok'), ['ok', 'limit_exceeded', 'ok']);
  assert.equal(records[1].id, null);
});

test('-o writes the native files, index.json and cache, byte for byte', { skip: !native }, () => {
  for (const [label, input] of [['ndjson', generated], ['sample', streamSample], ['folder', join(rootDir, 'demo/articles')]]) {
    const expectedDir = join(work, `native-${label}`);
    const actualDir = join(work, `node-${label}`);
    const expected = runNative([input, '-o', expectedDir, '--mode', 'article']);
    const actual = runNode([input, '-o', actualDir, '--mode', 'article', '--jobs', '2']);
    assert.equal(actual.status, expected.status, actual.stderr.toString());
    assertSameFolders(actualDir, expectedDir);
    const index = JSON.parse(readFileSync(join(actualDir, 'index.json'), 'utf8'));
    const summaries = readdirSync(actualDir).filter((name) => name.endsWith('.summary.json'));
    assert.equal(index.articles.length, summaries.length);
  }
});

test('failures: a table naming the line, code and JSON pointer, and exit status 1', () => {
  const { status, stderr } = runNode([streamSample, '-o', join(work, 'table'), '--jobs', '2']);
  assert.equal(status, 1);
  const text = stderr.toString();
  assert.doesNotMatch(text, /\r/, 'no progress bar when stderr is a pipe');
  const lines = text.trimEnd().split('\n');
  assert.match(lines[0], /^article\s+code\s+path\s+message$/);
  assert.match(text, /stream\.ndjson:4\s+invalid_article\s+\/title\s+'title' is required/);
  assert.match(text, /stream\.ndjson:5\s+invalid_json\s+\(root\)\s+malformed JSON.*\(line 1, column \d+\)/);
  assert.match(text, /stream\.ndjson:9\s+invalid_article/);
  assert.equal(lines.at(-1), 'rendered 6, failed 3');

  const clean = runNode(['-', '-o', join(work, 'clean')], '{"id":"a","title":"A"}\n');
  assert.equal(clean.status, 0);
  assert.equal(clean.stderr.toString(), 'rendered 1, failed 0\n');
});

test('--incremental skips unchanged articles, also across the native and Node tools', { skip: !native }, () => {
  const input = join(work, 'incremental');
  mkdirSync(input);
  for (const name of ['a', 'b', 'c']) writeFileSync(join(input, `${name}.json`), JSON.stringify({ id: name, title: `Story ${name}` }));
  const out = join(work, 'incremental-out');
  assert.equal(runNative([input, '-o', out]).stderr.toString(), 'rendered 3, failed 0\n');
  assert.equal(runNode([input, '-o', out, '--incremental']).stderr.toString(), 'rendered 0, failed 0, unchanged 3\n');
  writeFileSync(join(input, 'b.json'), JSON.stringify({ id: 'b', title: 'Story b', body: 'Text, revised.' }));
  assert.equal(runNode([input, '-o', out, '--incremental']).stderr.toString(), 'rendered 1, failed 0, unchanged 2\n');
  assert.match(readFileSync(join(out, 'b.html'), 'utf8'), /revised/);
  assert.equal(runNative([input, '-o', out, '--incremental']).stderr.toString(), 'rendered 0, failed 0, unchanged 3\n');
  assert.equal(runNode([input, '-o', out, '--incremental', '--mode', 'document']).stderr.toString(), 'rendered 3, failed 0\n');
  assert.deepEqual(readdirSync(out).filter((name) => name.includes('.partial-')), []);
});

test('usage errors and unreadable input', () => {
  for (const args of [[streamSample], [streamSample, '-o', 'x', '--ndjson-out', '-'], [streamSample, '--ndjson-out', '-', '--incremental'],
    [streamSample, '-o', 'x', '--jobs', '0'], [streamSample, '-o', 'x', '--pretty']]) {
    const { status, stdout, stderr } = runNode(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout.length, 0);
    assert.match(stderr.toString(), /^galley: [^\n]+ \(see galley --help\)\n$/);
  }
  for (const args of [[join(work, 'missing.ndjson'), '-o', join(work, 'x')], [join(work, 'missing.ndjson'), '--ndjson-out', join(work, 'x.ndjson')]]) {
    const { status, stderr } = runNode(args);
    assert.equal(status, 1);
    const error = JSON.parse(stderr.toString());
    assert.equal(error.code, 'io_error');
    assert.match(error.message, /missing\.ndjson/);
  }
  assert.deepEqual(readdirSync(work).filter((name) => name.startsWith('x.ndjson')), [], 'no output file for a failed stream');
});

test('the progress bar draws on a terminal only, and ends its line', () => {
  const written = [];
  const write = process.stderr.write;
  process.stderr.write = (text) => written.push(text);
  try {
    const bar = new ProgressBar(4, true);
    for (const ok of [true, false, true, true]) bar.record(ok);
    bar.finish();
    const hidden = new ProgressBar(4, false);
    hidden.record(true);
    hidden.finish();
  } finally {
    process.stderr.write = write;
  }
  assert.match(written[0], /^\r\[#{8}-{24}\] 1\/4$/);
  assert.match(written.at(-2), /^\r\[#{32}\] 4\/4, 1 failed$/);
  assert.equal(written.at(-1), '\n');
  assert.ok(written.length <= 4, 'redrawn at most every 100 ms, and at the end');
});
