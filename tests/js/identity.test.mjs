// The native CLI and the WebAssembly package give byte-identical results: the
// same stdout, html and summary bytes, and the same error line, for every
// article of the corpus in every mode, with both builds of the module (the
// Node CLI runs the fast one; the browser build is called through the API).
//   GALLEY_NATIVE_CLI=path/to/galley (default: build/bin/galley)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';

import { createGalley } from '../../bindings/js/src/node.js';
import { loadOwnCorpus, loadSharedCorpus } from '../xss/lib/corpus.mjs';
import { demoArticles, hostilePayloads, MODES, packageDir, rootDir, sharedDir } from './helpers.mjs';

const nativeCli = process.env.GALLEY_NATIVE_CLI ?? join(rootDir, 'build/bin/galley');
const nodeCli = join(packageDir, 'bin/galley.js');
const haveNative = existsSync(nativeCli);
const skip = haveNative ? false : `native CLI not found at ${nativeCli} (set GALLEY_NATIVE_CLI)`;
const work = mkdtempSync(join(tmpdir(), 'galley-identity-'));
after(() => rmSync(work, { recursive: true, force: true }));

// Every JSON file under tests/ (valid articles, invalid ones and options
// files alike: errors must match too) and the demo articles.
function corpus() {
  const files = demoArticles().map((a) => a.path);
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  walk(join(rootDir, 'tests'));
  return files;
}

function run(command, args, input) {
  const { status, stdout, stderr } = spawnSync(command, args, { input, encoding: 'buffer', maxBuffer: 256 << 20 });
  return { status, stdout, stderr };
}

function renderWith(tool, file, mode, tag) {
  const htmlOut = join(work, `${tag}.html`);
  const summaryOut = join(work, `${tag}.summary.json`);
  rmSync(htmlOut, { force: true });
  rmSync(summaryOut, { force: true });
  const command = tool === 'native' ? [nativeCli] : [process.execPath, nodeCli];
  const out = run(command[0], [...command.slice(1), 'render', file, '--mode', mode, '--html-out', htmlOut, '--summary-out', summaryOut]);
  out.html = existsSync(htmlOut) ? readFileSync(htmlOut) : null;
  out.summary = existsSync(summaryOut) ? readFileSync(summaryOut) : null;
  return out;
}

// What the native CLI prints for a render, from the package's JSON result.
function asCliOutput(compact) {
  const { error } = JSON.parse(compact);
  return error ? { status: 1, stdout: '', stderr: `${JSON.stringify(error)}\n` } : { status: 0, stdout: `${compact}\n`, stderr: '' };
}

const browserBuild = () => createGalley({ wasm: join(packageDir, 'dist/galley.wasm') });

test('the Node CLI, the browser build and the native CLI agree byte for byte', { skip }, async () => {
  const small = await browserBuild();
  let compared = 0;
  for (const file of corpus()) {
    for (const mode of MODES) {
      const label = `${relative(rootDir, file)} --mode ${mode}`;
      const native = renderWith('native', file, mode, 'native');
      const wasm = renderWith('node', file, mode, 'node');
      assert.equal(wasm.status, native.status, `${label}: exit status`);
      assert.ok(wasm.stdout.equals(native.stdout), `${label}: stdout differs`);
      assert.ok(wasm.stderr.equals(native.stderr), `${label}: stderr differs\n${native.stderr}\n${wasm.stderr}`);
      assert.ok(wasm.html === native.html || wasm.html?.equals(native.html), `${label}: html differs`);
      assert.ok(wasm.summary === native.summary || wasm.summary?.equals(native.summary), `${label}: summary differs`);
      const browser = asCliOutput(small.renderJSON(readFileSync(file), { mode }));
      assert.deepEqual(browser, { status: native.status, stdout: native.stdout.toString(), stderr: native.stderr.toString() }, `${label}: browser build`);
      compared += 1;
    }
  }
  assert.ok(compared >= 3 * 4, `compared ${compared} renders`);
});

test('--pretty output and the commonmark-reference command agree too', { skip }, () => {
  for (const { name, path, text } of demoArticles()) {
    const native = run(nativeCli, ['render', path, '--pretty', '--mode', 'article']);
    const wasm = run(process.execPath, [nodeCli, 'render', path, '--pretty', '--mode', 'article']);
    assert.equal(native.status, 0, name);
    assert.ok(wasm.stdout.equals(native.stdout), `${name}: --pretty stdout differs`);

    const body = JSON.parse(text).body;
    const markdown = join(work, 'body.md');
    writeFileSync(markdown, typeof body === 'string' ? body : body?.content ?? '');
    const nativeHtml = run(nativeCli, ['commonmark-reference', markdown]);
    const wasmHtml = run(process.execPath, [nodeCli, 'commonmark-reference', markdown]);
    assert.equal(nativeHtml.status, 0, name);
    assert.ok(wasmHtml.stdout.equals(nativeHtml.stdout), `${name}: commonmark-reference differs`);
  }
});

// Hostile HTML from the shared payload corpus, given three ways.
function hostileArticles(payloads) {
  const articles = [];
  payloads.forEach(({ payload }, i) => {
    const n = String(i).padStart(4, '0');
    articles.push({ id: `p${n}-html`, title: `Payload ${n}`, body: { format: 'html', content: payload } });
    articles.push({ id: `p${n}-markdown`, title: `Payload ${n}`, body: `Before.\n\n${payload}\n\nAfter *this*.` });
    articles.push({ id: `p${n}-block`, title: `Payload ${n}`, blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'html', html: payload }] });
  });
  return articles;
}

test('native batch output matches both builds over the hostile corpus', { skip: skip || (hostilePayloads() ? false : 'shared payload corpus absent') }, async () => {
  const builds = [await createGalley({ start: 'fast' }), await browserBuild()];
  const articles = hostileArticles(hostilePayloads());
  const ndjson = join(work, 'hostile.ndjson');
  writeFileSync(ndjson, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  let compared = 0;
  for (const mode of MODES) {
    const outDir = join(work, `batch-${mode}`);
    const { status, stderr } = run(nativeCli, ['batch', ndjson, '-o', outDir, '--mode', mode, '--jobs', '2']);
    assert.equal(status, 0, stderr.toString());
    for (const article of articles) {
      const html = readFileSync(join(outDir, `${article.id}.html`), 'utf8');
      const summary = readFileSync(join(outDir, `${article.id}.summary.json`), 'utf8');
      for (const galley of builds) {
        const result = galley.renderText(JSON.stringify(article), { mode });
        assert.equal(result.html, html, `${article.id} ${mode}: html differs`);
        assert.equal(`${result.summary}\n`, summary, `${article.id} ${mode}: summary differs`);
        compared += 1;
      }
    }
  }
  assert.equal(compared, articles.length * MODES.length * builds.length);
});

// HTML fragments for sanitize: the XSS suite's payloads (and the shared corpus
// when present), as the bytes a file would hold.
function fragments() {
  const payloads = [...loadOwnCorpus(join(rootDir, 'tests/xss/corpus')),
    ...(loadSharedCorpus(join(sharedDir, 'corpora/dompurify-payloads.json')) ?? [])];
  return payloads.map(({ source, text, raw }) => ({ source, bytes: Buffer.from(text, raw ? 'latin1' : 'utf8') }));
}

test('sanitize: the native CLI and both builds agree byte for byte over the hostile corpus', { skip }, async () => {
  const builds = [await createGalley({ start: 'fast' }), await browserBuild()];
  const input = join(work, 'fragment.html');
  let compared = 0;
  for (const { source, bytes } of fragments()) {
    writeFileSync(input, bytes);
    const native = run(nativeCli, ['sanitize', input]);
    const expected = { status: native.status, stdout: native.stdout.toString(), stderr: native.stderr.toString() };
    for (const galley of builds) {
      assert.deepEqual(asCliOutput(galley.sanitizeJSON(bytes)), expected, `${source}: sanitize differs`);
    }
    compared += 1;
  }
  assert.ok(compared >= 100, `compared ${compared} fragments`);
});

test('sanitize: the Node CLI prints what the native one does, errors and files included', { skip }, () => {
  const fragment = join(work, 'hostile.html');
  // Ends in a byte that is not UTF-8, which the core repairs and reports.
  writeFileSync(fragment, Buffer.concat([Buffer.from('<p onclick="steal()">Tide <script>alert(1)</script><b>tables</b></p><img src=x onerror=alert(2)>'), Buffer.from([0xff])]));
  const options = join(work, 'policy.json');
  writeFileSync(options, JSON.stringify({ policy: { remove_elements: ['b'] } }));
  const tooSmall = join(work, 'too-small.json');
  writeFileSync(tooSmall, JSON.stringify({ limits: { max_input_bytes: 10 } }));
  const badOptions = join(work, 'bad-options.json');
  writeFileSync(badOptions, '{"policy": 3}');
  const cases = [
    [[fragment]], [['-'], readFileSync(fragment)], [[], readFileSync(fragment)], [[fragment, '--pretty']],
    [[fragment, '--options', options]], [[fragment, '--options', tooSmall]], [['-', '--options', tooSmall], readFileSync(fragment)],
    [[fragment, '--options', badOptions]], [[join(work, 'missing.html')]], [[work]], [[fragment, fragment]],
    [[fragment, '--mode', 'article']], [[fragment, '--summary-out', join(work, 's.json')]], [['--help']],
  ];
  const htmlOut = (tool) => join(work, `${tool}.sanitized.html`);
  for (const [args, input] of cases) {
    const label = `sanitize ${args.map((a) => a.replace(work, '…')).join(' ')}`;
    const withOut = (tool) => (args.length === 1 && args[0] === fragment ? [...args, '--html-out', htmlOut(tool)] : args);
    const native = run(nativeCli, ['sanitize', ...withOut('native')], input);
    const wasm = run(process.execPath, [nodeCli, 'sanitize', ...withOut('node')], input);
    assert.equal(wasm.status, native.status, `${label}: exit status`);
    assert.ok(wasm.stdout.equals(native.stdout), `${label}: stdout differs\n${native.stdout}\n${wasm.stdout}`);
    // A file the tool failed to read is named by the platform's error text; the rest must match exactly.
    if (!args[0]?.endsWith('missing.html')) assert.ok(wasm.stderr.equals(native.stderr), `${label}: stderr differs\n${native.stderr}\n${wasm.stderr}`);
    else assert.equal(JSON.parse(wasm.stderr).code, JSON.parse(native.stderr).code);
  }
  assert.ok(readFileSync(htmlOut('node')).equals(readFileSync(htmlOut('native'))), '--html-out files differ');
});
