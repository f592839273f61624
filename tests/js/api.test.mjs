// The package's API under Node: loading, rendering, errors and recovery.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { createGalley, GalleyError } from '../../bindings/js/src/node.js';
import { createGalley as createSingleFileGalley } from '../../bindings/js/src/single.js';
import { instantiateGalley, restarter } from '../../bindings/js/src/core.js';
import createFastModule from '../../bindings/js/dist/galley-fast.mjs';
import createGalleyModule from '../../bindings/js/dist/galley.mjs';
import { demoArticles, demoArticlesDir, packageDir } from './helpers.mjs';

const wasmPath = join(packageDir, 'dist/galley.wasm');
const galley = await createGalley();
const sample = { title: 'Bridge reopens', body: '# Heading\n\nThe bridge *reopened* on [Thursday](https://example.org/).' };

function renderError(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected the render to throw');
}

test('version is the core version string', () => {
  assert.match(galley.version, /^\d+\.\d+\.\d+/);
});

test('renders an article object into html, summary and diagnostics', () => {
  const { html, summary, diagnostics } = galley.render(sample);
  assert.match(html, /<em>reopened<\/em>/);
  assert.match(html, /<a [^>]*href="https:\/\/example\.org\/"/);
  assert.equal(summary.title, 'Bridge reopens');
  assert.equal(typeof summary.word_count, 'number');
  assert.ok(summary.word_count >= 6);
  assert.ok(Array.isArray(diagnostics));
});

test('object, JSON text and UTF-8 bytes give the same result', () => {
  const text = JSON.stringify({ ...sample, title: 'Café – ünïcode ✓' });
  const fromText = galley.render(text);
  assert.deepEqual(galley.render(JSON.parse(text)), fromText);
  assert.deepEqual(galley.render(new TextEncoder().encode(text)), fromText);
  assert.deepEqual(galley.render(new TextEncoder().encode(text).buffer), fromText);
  assert.equal(fromText.summary.title, 'Café – ünïcode ✓');
});

test('lone surrogates in JS text arrive as U+FFFD without eating the next character', () => {
  const text = `{"title": "a\uD800b", "body": "c\uDC00d"}`;
  const { summary } = galley.render(text);
  assert.equal(summary.title, 'a\uFFFDb');
  assert.equal(galley.render(new TextEncoder().encode(text)).summary.title, 'a\uFFFDb');
  assert.equal(galley.commonmarkReference('x\uD83Dy'), '<p>x\uFFFDy</p>\n');
  // Escaped in JSON they are the core's to judge, exactly as from a file.
  assert.equal(galley.renderJSON({ title: 'a\uD800b' }), galley.renderJSON('{"title":"a\\ud800b"}'));
});

test('options given as an object or as JSON text select the mode', () => {
  const fragment = galley.render(sample);
  const article = galley.render(sample, { mode: 'article' });
  const documentPage = galley.render(sample, '{"mode":"document"}');
  assert.doesNotMatch(fragment.html, /<article/);
  assert.match(article.html, /^<article[ >]/);
  assert.match(documentPage.html, /^<!DOCTYPE html>/i);
  assert.equal(article.summary.title, fragment.summary.title);
});

test('the text analysis can be turned off, leaving the rest of the result as it was', () => {
  const article = readFileSync(join(demoArticlesDir, 'news-agency.json'), 'utf8');
  const full = galley.render(article);
  const plain = galley.render(article, { key_sentences: 0, keywords: 0, entities: false });
  assert.ok(full.summary.entities.length > 0);
  assert.deepEqual(plain.summary.entities, []);
  assert.deepEqual(plain.summary.keywords, []);
  assert.deepEqual(plain.summary.key_sentences, []);
  assert.equal(plain.html, full.html);
  assert.equal(plain.summary.word_count, full.summary.word_count);
  assert.deepEqual(plain.summary.outline, full.summary.outline);
});

test('policy options reach the sanitizer', () => {
  const body = 'See [the site](https://elsewhere.example/page).';
  const plain = galley.render({ title: 't', body });
  const tabbed = galley.render({ title: 't', body }, { policy: { external_links_in_new_tab: true } });
  assert.doesNotMatch(plain.html, /target=/);
  assert.match(tabbed.html, /target="_blank"/);
});

test('hostile markup is removed and reported', () => {
  const { html, diagnostics, summary } = galley.render({
    title: 'x',
    body: { format: 'html', content: '<p>ok</p><img src=x onerror=alert(1)><script>alert(2)</script>' },
  });
  assert.doesNotMatch(html, /onerror|<script|alert\(2\)/i);
  assert.match(html, /<p>ok<\/p>/);
  assert.ok(diagnostics.length > 0, 'the removals are reported');
  for (const d of diagnostics) {
    assert.equal(typeof d.code, 'string');
    assert.equal(typeof d.message, 'string');
    assert.equal(typeof d.path, 'string');
  }
  assert.ok(summary.removed.elements + summary.removed.attributes >= 2);
});

test('malformed JSON throws a GalleyError with line, column and offset', () => {
  const error = renderError(() => galley.render('{\n  "title": "x",\n  "body": }'));
  assert.ok(error instanceof GalleyError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'GalleyError');
  assert.equal(error.code, 'invalid_json');
  assert.equal(error.line, 3);
  assert.equal(error.column, 11);
  assert.equal(error.offset, 28);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.stack.includes('GalleyError'));
});

test('an invalid article names the offending value', () => {
  const error = renderError(() => galley.render({ title: 42 }));
  assert.equal(error.code, 'invalid_article');
  assert.equal(error.path, '/title');
  assert.equal(error.line, undefined);
  assert.deepEqual(Object.keys(error.toJSON()), ['code', 'message', 'path', 'line', 'column', 'offset']);
  assert.equal(JSON.stringify(error), JSON.stringify({ code: 'invalid_article', message: error.message, path: '/title' }));
});

test('invalid options are an invalid_options error', () => {
  assert.equal(renderError(() => galley.render(sample, { mode: 'poster' })).code, 'invalid_options');
  assert.equal(renderError(() => galley.render(sample, { colour: 'red' })).code, 'invalid_options');
  assert.equal(renderError(() => galley.render(sample, '{"mode":')).code, 'invalid_options');
});

test('limits are enforced as limit_exceeded', () => {
  const error = renderError(() => galley.render(sample, { limits: { max_input_bytes: 10 } }));
  assert.equal(error.code, 'limit_exceeded');
});

test('values that cannot become JSON are rejected before the core', () => {
  const circular = { title: 'x' };
  circular.self = circular;
  const error = renderError(() => galley.render(circular));
  assert.ok(error instanceof GalleyError);
  assert.equal(error.code, 'invalid_article');
  assert.ok(error.cause instanceof TypeError);
  assert.equal(renderError(() => galley.render(sample, { n: 1n })).code, 'invalid_options');
  assert.equal(renderError(() => galley.render(undefined)).code, 'invalid_article');
});

test('a failed render leaves the module usable', () => {
  const before = galley.render(sample);
  for (const bad of ['', '{', '[]', '{"title": ""}', '"x"', '{"title":"x","blocks":[{"type":"heading"}]}']) {
    assert.throws(() => galley.render(bad), GalleyError);
  }
  assert.throws(() => galley.render(sample, { limits: { max_output_bytes: 16 } }), GalleyError);
  assert.deepEqual(galley.render(sample), before);
});

test('renderJSON returns the core text, errors included', () => {
  const ok = galley.renderJSON(sample);
  assert.deepEqual(JSON.parse(ok), galley.render(sample));
  assert.ok(ok.startsWith('{"html":'));
  const pretty = galley.renderJSON(sample, undefined, 2);
  assert.ok(pretty.startsWith('{\n  "html": '));
  assert.deepEqual(JSON.parse(pretty), JSON.parse(ok));
  assert.equal(JSON.parse(galley.renderJSON('nope')).error.code, 'invalid_json');
});

test('renderText gives the summary and diagnostics as the core wrote them', () => {
  const hostile = { ...sample, body: `${sample.body}\n\n<img src=x onerror=alert(1)>` };
  for (const article of [sample, hostile]) {
    const text = galley.renderText(article);
    const compact = galley.renderJSON(article);
    assert.ok(compact.endsWith(`,"summary":${text.summary},"diagnostics":${text.diagnostics}}`));
    assert.deepEqual({ ...text, summary: JSON.parse(text.summary), diagnostics: JSON.parse(text.diagnostics) }, galley.render(article));
  }
  assert.equal(galley.renderText({ title: 'Plain', body: 'Nothing to repair.' }).diagnostics, '[]');
  assert.notEqual(galley.renderText(hostile).diagnostics, '[]');
  assert.equal(renderError(() => galley.renderText('{')).code, 'invalid_json');
});

test('the summary and diagnostics of render() act as plain properties, parsed when first read', () => {
  const hostile = { ...sample, body: `${sample.body}\n\n<img src=x onerror=alert(1)>` };
  const text = galley.renderText(hostile);
  for (const name of ['summary', 'diagnostics']) {
    const expected = JSON.parse(text[name]);
    const result = galley.render(hostile);
    assert.deepEqual(Object.keys(result), ['html', 'diagnostics', 'summary']);
    assert.deepEqual(result[name], expected);
    assert.strictEqual(result[name], result[name]);
    assert.deepEqual(JSON.parse(JSON.stringify(result))[name], expected);
    assert.deepEqual({ ...result }[name], expected);
    result[name] = { replaced: true };
    assert.deepEqual(result[name], { replaced: true });
    const untouched = galley.render(hostile);
    untouched[name] = null;
    assert.equal(untouched[name], null);
    // Each result keeps its own text: reading one does not parse another's.
    assert.deepEqual(galley.render(sample)[name], JSON.parse(galley.renderText(sample)[name]));
  }
  assert.notDeepEqual(galley.render(hostile).diagnostics, []);
  assert.deepEqual(galley.render({ title: 'Plain', body: 'Nothing to repair.' }).diagnostics, []);
  const sanitized = galley.sanitize('<p onclick="x()">hi</p>');
  assert.deepEqual(Object.keys(sanitized), ['html', 'diagnostics']);
  assert.deepEqual(sanitized.diagnostics, JSON.parse(galley.sanitizeJSON('<p onclick="x()">hi</p>')).diagnostics);
  assert.equal(sanitized.diagnostics.length, 1);
});

test('options are parsed once per distinct text and stay right past the cache bound', () => {
  const article = { title: 't', body: '## Section' };
  const prefixes = Array.from({ length: 40 }, (_, i) => `p${i}-`);
  // Twice over, so the second round meets options released by the first.
  for (const round of [1, 2]) {
    for (const prefix of prefixes) {
      const options = round === 1 ? { heading_id_prefix: prefix } : JSON.stringify({ heading_id_prefix: prefix });
      assert.match(galley.render(article, options).html, new RegExp(`id="${prefix}section"`));
    }
  }
  const first = galley.render(article, { heading_id_prefix: prefixes[0] }).html;
  assert.equal(galley.render(article, new TextEncoder().encode(`{"heading_id_prefix":"${prefixes[0]}"}`)).html, first);
  for (let i = 0; i < 3; ++i) {
    assert.equal(renderError(() => galley.render(article, '{"mode":"poster"}')).code, 'invalid_options');
  }
});

test('sanitize cleans an HTML fragment with the options\' policy, like galley sanitize', () => {
  const hostile = '<p onclick="steal()">Tide <script>alert(1)</script><b>tables</b></p><img src=x onerror=alert(2)>';
  const { html, diagnostics } = galley.sanitize(hostile);
  assert.equal(html, '<p>Tide <b>tables</b></p><img src="x" loading="lazy" decoding="async">');
  assert.deepEqual(diagnostics.map((d) => d.code), ['removed_attribute', 'removed_element', 'removed_attribute']);
  assert.equal(galley.sanitize(new TextEncoder().encode(hostile)).html, html, 'UTF-8 bytes sanitize the same');
  assert.equal(galley.sanitize(hostile, { policy: { remove_elements: ['b'] } }).html.includes('<b>'), false);
  assert.equal(renderError(() => galley.sanitize(hostile, { limits: { max_input_bytes: 10 } })).code, 'limit_exceeded');
  assert.equal(renderError(() => galley.sanitize(hostile, '{"policy": 3}')).code, 'invalid_options');
  assert.throws(() => galley.sanitize(42), TypeError);
  assert.deepEqual(galley.sanitize('<p>clean</p>'), { html: '<p>clean</p>', diagnostics: [] });
});

test('sanitizeJSON returns the core text of a sanitize, errors included', () => {
  const hostile = '<p onclick="steal()">Tide <b>tables</b></p>';
  const compact = galley.sanitizeJSON(hostile);
  assert.ok(compact.startsWith('{"html":"<p>Tide <b>tables</b></p>","diagnostics":[{'), compact);
  assert.deepEqual(JSON.parse(compact), galley.sanitize(hostile));
  assert.equal(JSON.parse(compact).summary, undefined);
  const pretty = galley.sanitizeJSON(hostile, undefined, 2);
  assert.ok(pretty.startsWith('{\n  "html": '));
  assert.deepEqual(JSON.parse(pretty), JSON.parse(compact));
  assert.equal(JSON.parse(galley.sanitizeJSON(hostile, { limits: { max_input_bytes: 10 } })).error.code, 'limit_exceeded');
  assert.equal(JSON.parse(galley.sanitizeJSON(hostile, '{"policy": 3}')).error.code, 'invalid_options');
  assert.throws(() => galley.sanitizeJSON(hostile, undefined, 1.5), TypeError);
  assert.throws(() => galley.sanitizeJSON(42), TypeError);
});

test('commonmarkReference renders the reference HTML', () => {
  assert.equal(galley.commonmarkReference('# Title\n\n*a* <b>raw</b>\n'), '<h1>Title</h1>\n<p><em>a</em> <b>raw</b></p>\n');
  assert.throws(() => galley.commonmarkReference(42), TypeError);
});

test('the browser build has no commonmarkReference and says so', async () => {
  for (const small of [await createGalley({ wasm: wasmPath }), await createSingleFileGalley()]) {
    assert.throws(() => small.commonmarkReference('# Title\n'), (error) =>
      error instanceof GalleyError && error.code === 'unsupported' && /only in the Node build/.test(error.message));
    assert.throws(() => small.commonmarkReference(42), TypeError);
    assert.match(small.render(sample).html, /<em>reopened<\/em>/);
  }
});

test('every demo article renders in every mode', () => {
  for (const { name, text } of demoArticles()) {
    for (const mode of ['fragment', 'article', 'document']) {
      const { html, summary } = galley.render(text, { mode });
      assert.ok(html.length > 0, `${name} ${mode}`);
      assert.equal(summary.title, JSON.parse(text).title);
    }
  }
});

test('createGalley accepts a path, a URL, bytes, a Response and a compiled module', async () => {
  const bytes = readFileSync(wasmPath);
  const sources = [
    wasmPath,
    pathToFileURL(wasmPath),
    pathToFileURL(wasmPath).href,
    bytes,
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    new Response(bytes, { headers: { 'content-type': 'application/wasm' } }),
    new Response(bytes),
    await WebAssembly.compile(bytes),
    Promise.resolve(bytes),
  ];
  const expected = galley.render(sample).html;
  for (const wasm of sources) {
    const other = await createGalley({ wasm });
    assert.equal(other.render(sample).html, expected);
  }
});

test('a wasm source that is not WebAssembly rejects createGalley', async () => {
  await assert.rejects(createGalley({ wasm: new Uint8Array([1, 2, 3, 4]) }), WebAssembly.CompileError);
  await assert.rejects(createGalley({ wasm: join(packageDir, 'no-such.wasm') }), /ENOENT/);
  await assert.rejects(createGalley({ wasm: 42 }), TypeError);
});

test('the fast build and the browser build (galley.wasm) render the same', async () => {
  const fast = await createGalley({ start: 'fast' });
  const small = await createGalley({ wasm: wasmPath });
  assert.equal(small.version, fast.version);
  for (const { text } of demoArticles()) {
    for (const mode of ['fragment', 'article', 'document']) {
      assert.equal(small.renderJSON(text, { mode }), fast.renderJSON(text, { mode }));
    }
  }
});

test('the single-file build renders the same as the split build', async () => {
  const single = await createSingleFileGalley();
  assert.equal(single.version, galley.version);
  for (const { text } of demoArticles()) assert.equal(single.renderJSON(text), galley.renderJSON(text));
});

test('a trap inside the module is an internal_error and the instance is replaced', async () => {
  let instances = 0;
  const trapOnce = (moduleArg) => {
    instances += 1;
    const ready = createGalleyModule(moduleArg);
    if (instances === 1) {
      // Make the first instance trap the way a real fault would surface.
      const trap = () => { throw new WebAssembly.RuntimeError('unreachable'); };
      return ready.then((module) => { module._galley_render = trap; return module; });
    }
    return ready;
  };
  const recovering = await instantiateGalley(trapOnce, readFileSync(wasmPath));
  const error = renderError(() => recovering.render(sample));
  assert.ok(error instanceof GalleyError);
  assert.equal(error.code, 'internal_error');
  assert.ok(error.cause instanceof WebAssembly.RuntimeError);
  assert.equal(instances, 2, 'a fresh instance was made');
  assert.equal(recovering.render(sample).html, galley.render(sample).html);
});

test('running out of memory inside the module is limit_exceeded and the instance is replaced', async () => {
  let instances = 0;
  const starveOnce = (moduleArg) => {
    instances += 1;
    const ready = createGalleyModule(moduleArg);
    if (instances > 1) return ready;
    // The first input buffer asks for more than the module's memory can ever
    // hold (2 GiB with what is already in it), so the allocation inside the
    // module really fails.
    return ready.then((module) => {
      const input = module._galley_input;
      module._galley_input = () => input(2_147_000_000);
      return module;
    });
  };
  const recovering = await instantiateGalley(starveOnce, readFileSync(wasmPath));
  const error = renderError(() => recovering.render(sample));
  assert.ok(error instanceof GalleyError);
  assert.equal(error.code, 'limit_exceeded');
  assert.equal(error.message, 'out of memory');
  assert.ok(error.cause instanceof WebAssembly.RuntimeError);
  assert.equal(instances, 2, 'a fresh instance was made');
  assert.equal(recovering.render(sample).html, galley.render(sample).html);
});

test('large inputs grow the memory and stay correct', () => {
  const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
  const body = Array.from({ length: 4000 }, (_, i) => `## Part ${i}\n\n${paragraph.repeat(8)}`).join('\n\n');
  const { html, summary } = galley.render({ title: 'Long', body });
  assert.equal((html.match(/<h2[ >]/g) ?? []).length, 4000);
  assert.equal(summary.outline.length, 4000);
  assert.equal(galley.render(sample).summary.title, 'Bridge reopens');
});

test('an instance whose memory a large input grew is replaced after the call', async () => {
  let instances = 0;
  const counting = (moduleArg) => {
    instances += 1;
    return createGalleyModule(moduleArg);
  };
  const renderer = await instantiateGalley(counting, readFileSync(wasmPath));
  assert.equal(renderer.render(sample).html, galley.render(sample).html);
  assert.equal(instances, 1, 'a small article keeps the instance');
  // The input, the output and the visible text take the memory past 32 MiB.
  const text = 'x'.repeat(12 << 20);
  assert.equal(renderer.sanitize(text).html, text);
  assert.equal(instances, 2, 'a fresh instance replaced the grown one');
  assert.equal(renderer.render(sample).html, galley.render(sample).html);
  assert.equal(instances, 2);
});

test('a Galley moves to the faster build when the upgrade is due, for good, with the same output', async () => {
  const built = [];
  const counting = (name, factory) => (moduleArg) => {
    built.push(name);
    return factory(moduleArg);
  };
  const inputs = [];
  const upgrade = {
    due(length) {
      inputs.push(length);
      return inputs.length === 2;
    },
    restart: restarter(counting('fast', createFastModule), new WebAssembly.Module(readFileSync(join(packageDir, 'dist/galley-fast.wasm')))),
  };
  const tiered = await instantiateGalley(counting('small', createGalleyModule), readFileSync(wasmPath), undefined, upgrade);
  const text = JSON.stringify(sample);
  const first = tiered.renderJSON(text);
  assert.deepEqual(built, ['small']);
  assert.equal(tiered.sanitize('<b>x</b>').html, '<b>x</b>');
  assert.deepEqual(inputs, [text.length, '<b>x</b>'.length], 'each call counts its input');
  assert.deepEqual(built, ['small', 'fast'], 'the second call made the upgrade due');
  assert.equal(tiered.renderJSON(text), first);
  assert.equal(tiered.commonmarkReference('*a*'), '<p><em>a</em></p>\n', 'the instance is one of the fast build');
  assert.equal(inputs.length, 2, 'a Galley that moved asks no more');
  // A grown memory makes a fresh instance of the build the Galley moved to.
  tiered.sanitize('x'.repeat(12 << 20));
  assert.deepEqual(built, ['small', 'fast', 'fast']);
});

test('commonmarkReference moves a Galley to the faster build at once', async () => {
  let restarts = 0;
  const upgrade = {
    due: () => false,
    restart: () => {
      restarts += 1;
      return restarter(createFastModule, new WebAssembly.Module(readFileSync(join(packageDir, 'dist/galley-fast.wasm'))))();
    },
  };
  const tiered = await instantiateGalley(createGalleyModule, readFileSync(wasmPath), undefined, upgrade);
  assert.equal(tiered.commonmarkReference('# T\n'), '<h1>T</h1>\n');
  assert.equal(tiered.commonmarkReference('# T\n'), '<h1>T</h1>\n');
  assert.equal(restarts, 1);
});

// The Node entry's choice of build, each scenario in a fresh process.
function probe(scenario) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(packageDir, '../../tests/js/tier-probe.mjs'), scenario], { encoding: 'utf8' });
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout);
}

test('createGalley() starts on the small build and moves to the fast one with the same output', () => {
  const { buildsOfFirst, movedAfter, same, laterGalley } = probe('moves');
  assert.deepEqual(buildsOfFirst, ['small', 'fast']);
  assert.ok(movedAfter >= 64 << 10 && movedAfter < 4 << 20, `moved after ${movedAfter} characters of input`);
  assert.ok(same, 'renders before and after the move are identical');
  assert.equal(laterGalley, 'fast', 'a Galley created after the move starts on the fast build');
});

test('commonmarkReference works at once on a fresh Galley, which stays on the fast build', () => {
  const { html, builds } = probe('commonmarkAtOnce');
  assert.equal(html, '<h1>Title</h1>\n<p><em>a</em> <b>raw</b></p>\n');
  assert.deepEqual(builds, ['small', 'fast']);
});

test('createGalley({ moveUp: false }) stays on the small build', () => {
  const { builds, reference } = probe('staysSmall');
  assert.deepEqual(builds, ['small', 'small']);
  assert.equal(reference, 'unsupported');
});

test("createGalley({ start: 'fast' }) uses the fast build from the start", () => {
  assert.deepEqual(probe('startFast').builds, ['fast']);
});

test('createGalley rejects an unknown start, and a start or moveUp that contradicts wasm', async () => {
  await assert.rejects(createGalley({ start: 'medium' }), TypeError);
  await assert.rejects(createGalley({ wasm: wasmPath, start: 'fast' }), TypeError);
  await assert.rejects(createGalley({ wasm: wasmPath, moveUp: true }), TypeError);
  const small = await createGalley({ wasm: wasmPath, start: 'small' });
  assert.equal(small.render(sample).html, galley.render(sample).html);
});

test('the shipped JavaScript never evaluates strings (strict CSP without unsafe-eval)', () => {
  for (const name of ['dist/galley.mjs', 'dist/galley.single.mjs', 'src/core.js', 'src/browser.js', 'src/node.js', 'src/single.js']) {
    const source = readFileSync(join(packageDir, name), 'utf8');
    assert.doesNotMatch(source, /\bnew Function\b|\beval\s*\(/, name);
  }
});
