// Browser tests in Debian's Chromium: the live demo, the <galley-article>
// element, rendering in a Web Worker, and hostile input that must never run.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import { createGalley } from '../../bindings/js/src/node.js';
import { startServer } from '../../demo/server.mjs';
import { demoArticles, demoArticlesDir, hostilePayloads, rootDir } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing but the local server may be reached, not even by name resolution.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const artifactsDir = join(rootDir, 'artifacts');

let server;
let baseUrl;
let browser;
let context;

before(async () => {
  ({ server, url: baseUrl } = await startServer({ port: 0, mounts: { '/tests/js/pages/': join(rootDir, 'tests/js/pages') } }));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Article images and embeds point at other hosts: refuse them here.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.origin === baseUrl || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

// A page that records dialogs and page errors; `pwned` is set by any payload that runs.
async function openPage(path) {
  const page = await context.newPage();
  const events = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => { events.dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on('pageerror', (error) => events.errors.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  return { page, events };
}

const shadowText = (page, selector, inner) => page.evaluate(([s, i]) => document.querySelector(s)?.shadowRoot?.querySelector(i)?.textContent ?? null, [selector, inner]);

test('the demo renders the sample, re-renders after an edit and takes a screenshot', async () => {
  const { page, events } = await openPage('/demo/');
  const sample = JSON.parse(readFileSync(join(demoArticlesDir, 'news-agency.json'), 'utf8'));
  await page.waitForFunction(() => /rendered in/.test(document.getElementById('status').textContent));
  assert.equal(await shadowText(page, '#preview', '.galley-title'), sample.title);
  assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
  const summary = JSON.parse(await page.textContent('#summary'));
  assert.equal(summary.title, sample.title);
  assert.ok(summary.word_count > 50);

  const edited = { ...sample, title: 'An edited headline', body: '## Fresh section\n\nNew **bold** text.' };
  await page.fill('#editor', JSON.stringify(edited, null, 2));
  await page.waitForFunction(() => document.getElementById('preview').shadowRoot.querySelector('.galley-title')?.textContent === 'An edited headline');
  assert.equal(await shadowText(page, '#preview', '.galley-body h2'), 'Fresh section');
  assert.equal(await shadowText(page, '#preview', '.galley-body strong'), 'bold');
  await page.waitForFunction(() => JSON.parse(document.getElementById('summary').textContent).title === 'An edited headline');

  await page.fill('#editor', JSON.stringify(sample, null, 2));
  await page.waitForFunction((title) => document.getElementById('preview').shadowRoot.querySelector('.galley-title')?.textContent === title, sample.title);
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, 'demo.png'), fullPage: true });
  assert.deepEqual(events.errors, []);
  await page.close();
});

test('a hostile edit fires no dialog and no handler', async () => {
  const { page, events } = await openPage('/demo/');
  await page.waitForFunction(() => /rendered in/.test(document.getElementById('status').textContent));
  const hostile = {
    title: 'Hostile <img src=x onerror="window.pwned=1;alert(0)">',
    body: [
      'Hello <img src=x onerror="window.pwned=1;alert(1)"> there.',
      '<script>window.pwned=1;alert(2)</script>',
      '[click](javascript:window.pwned=1;alert(3)) <a href="javascript:alert(4)">x</a>',
      '<svg onload="window.pwned=1;alert(5)"><circle r="1"/></svg>',
      '<iframe srcdoc="<script>parent.pwned=1;alert(6)</script>"></iframe>',
      '<details open ontoggle="window.pwned=1;alert(7)">d</details>',
      '<form action="javascript:alert(8)"><button>go</button></form>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1;alert(9)">',
    ].join('\n\n'),
  };
  await page.fill('#editor', JSON.stringify(hostile));
  await page.waitForFunction(() => document.getElementById('preview').shadowRoot.querySelector('.galley-title')?.textContent.startsWith('Hostile'));
  await page.waitForTimeout(500); // let image errors and toggles fire, if anything survived
  const inspection = await page.evaluate(() => {
    const root = document.getElementById('preview').shadowRoot;
    const all = [...root.querySelectorAll('*')];
    return {
      pwned: window.pwned ?? null,
      scripts: root.querySelectorAll('script, iframe[srcdoc], object, embed').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`)),
      javascriptUrls: all.filter((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].some((n) => /^\s*javascript:/i.test(el.getAttribute(n) ?? ''))).length,
      diagnostics: document.querySelectorAll('#diagnostics li').length,
    };
  });
  assert.deepEqual(events.dialogs, []);
  assert.equal(inspection.pwned, null);
  assert.equal(inspection.scripts, 0);
  assert.deepEqual(inspection.handlers, []);
  assert.equal(inspection.javascriptUrls, 0);
  assert.ok(inspection.diagnostics >= 5, `the removals are listed (${inspection.diagnostics})`);
  // Clicking what is left of the links must not run anything either.
  for (const link of await page.locator('#preview a').all()) await link.click({ timeout: 1000 }).catch(() => {});
  await page.waitForTimeout(200);
  assert.deepEqual(events.dialogs, []);
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
  await page.close();
});

test('<galley-article> renders from src and from the article property, with events', async () => {
  const { page, events } = await openPage('/tests/js/pages/element.html');
  const sample = JSON.parse(readFileSync(join(demoArticlesDir, 'news-agency.json'), 'utf8'));
  await page.waitForFunction(() => document.getElementById('from-src').result !== null);
  assert.equal(await shadowText(page, '#from-src', '.galley-title'), sample.title);

  const detail = await page.evaluate(() => new Promise((resolve) => {
    const element = document.getElementById('from-property');
    element.addEventListener('galley-render', (event) => resolve(event.detail), { once: true });
    element.article = { title: 'Property', body: 'Set *directly* <b onclick="alert(1)">bold</b>.' };
  }));
  assert.equal(detail.summary.title, 'Property');
  assert.ok(Array.isArray(detail.diagnostics) && detail.diagnostics.length > 0);
  assert.equal(await shadowText(page, '#from-property', 'em'), 'directly');
  assert.equal(await page.evaluate(() => document.getElementById('from-property').shadowRoot.querySelector('[onclick]')), null);
  assert.equal(await shadowText(page, '#from-property', '.galley-title'), null, 'fragment mode has no header');

  // Styled by galley.css, loaded without a bundler or an import map.
  const styles = await page.evaluate(() => {
    const root = document.getElementById('from-src').shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return { crumbs: style('.galley-breadcrumbs ol').listStyleType, tags: style('.galley-tags').display,
      current: style('.galley-breadcrumbs [aria-current]').display, kicker: style('.galley-kicker').textTransform };
  });
  assert.deepEqual(styles, { crumbs: 'none', tags: 'flex', current: 'none', kicker: 'uppercase' });

  // Table cells keep the column alignment of a Markdown table.
  await page.evaluate(() => { document.getElementById('from-property').article = { title: 'T', body: '| a | n |\n| --- | ---: |\n| x | 1 |' }; });
  await page.waitForFunction(() => document.getElementById('from-property').shadowRoot.querySelector('td[align]'));
  const alignment = await page.evaluate(() => [...document.getElementById('from-property').shadowRoot.querySelectorAll('th, td')]
    .map((cell) => getComputedStyle(cell).textAlign.replace('-webkit-', '')));  // align="right" gives -webkit-right
  assert.deepEqual(alignment, ['start', 'right', 'start', 'right']);

  // Themable through custom properties.
  await page.evaluate(() => { document.getElementById('themed').article = { title: 'T', body: '[a link](https://example.org/)' }; });
  await page.waitForFunction(() => document.getElementById('themed').shadowRoot.querySelector('a'));
  const color = await page.evaluate(() => getComputedStyle(document.getElementById('themed').shadowRoot.querySelector('a')).color);
  assert.equal(color, 'rgb(0, 128, 0)');
  assert.deepEqual(events.errors, []);
  await page.close();
});

test('examples/browser: a plain page shows the fetched article, styled, with its summary', async () => {
  const { page, events } = await openPage('/examples/browser/');
  const article = JSON.parse(readFileSync(join(rootDir, 'examples/browser/article.json'), 'utf8'));
  await page.waitForFunction(() => /words/.test(document.getElementById('facts').textContent));
  assert.equal(await shadowText(page, '#story', '.galley-title'), article.title);
  const state = await page.evaluate(() => {
    const root = document.getElementById('story').shadowRoot;
    return {
      facts: document.getElementById('facts').textContent,
      scripts: root.querySelectorAll('script').length,
      tableBorder: getComputedStyle(root.querySelector('td')).borderBottomStyle,
      kicker: getComputedStyle(root.querySelector('.galley-kicker')).color,
      importMaps: document.querySelectorAll('script[type=importmap]').length,
    };
  });
  assert.match(state.facts, /^\d+ words · \d+ min read · [1-9]\d* sanitizer diagnostics$/);
  assert.equal(state.scripts, 0);
  assert.equal(state.tableBorder, 'solid');
  assert.equal(state.kicker, 'rgb(11, 110, 79)', 'themed through --galley-accent');
  assert.equal(state.importMaps, 0);
  assert.deepEqual(events.dialogs, []);
  assert.deepEqual(events.errors, []);
  await page.close();
});

test('<galley-article> turns dark only when the reader prefers it and the page allows it', async () => {
  const { page } = await openPage('/tests/js/pages/element.html');
  await page.waitForFunction(() => document.getElementById('from-src').result !== null);
  const titleColor = () => page.evaluate(() => getComputedStyle(document.getElementById('from-src').shadowRoot.querySelector('.galley-title')).color);
  const light = await titleColor();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await titleColor(), light, 'a light-only page keeps the article readable on its light background');
  await page.evaluate(() => { document.documentElement.style.colorScheme = 'light dark'; });
  const dark = await titleColor();
  assert.notEqual(dark, light);
  const channels = (color) => color.match(/\d+/g).slice(0, 3).map(Number);
  assert.ok(channels(dark).every((c) => c > 200) && channels(light).every((c) => c < 50), `${light} → ${dark}`);
  await page.close();
});

test('<galley-article> shows an error state and fires galley-error for bad input', async () => {
  const { page } = await openPage('/tests/js/pages/element.html');
  await page.waitForFunction(() => !document.getElementById('missing').shadowRoot.querySelector('[part=error]').hidden);
  assert.match(await shadowText(page, '#missing', '[part=error]'), /cannot be displayed.*HTTP 404/s);

  const error = await page.evaluate(() => new Promise((resolve) => {
    const element = document.getElementById('from-property');
    element.addEventListener('galley-error', (event) => {
      const { name, code, line, column, message } = event.detail.error;
      resolve({ name, code, line, column, message });
    }, { once: true });
    element.article = '{"title": "broken",\n  "body": }';
  }));
  assert.equal(error.name, 'GalleyError');
  assert.equal(error.code, 'invalid_json');
  assert.equal(error.line, 2);
  const state = await page.evaluate(() => {
    const root = document.getElementById('from-property').shadowRoot;
    return { error: root.querySelector('[part=error]').textContent, visible: !root.querySelector('[part=error]').hidden, content: root.querySelector('[part=content]').hidden };
  });
  assert.ok(state.visible);
  assert.ok(state.content, 'the article is hidden');
  assert.match(state.error, /cannot be displayed.*line 2.*invalid_json/s);

  // Good input after bad input renders again.
  await page.evaluate(() => { document.getElementById('from-property').article = { title: 'Recovered', body: 'Fine.' }; });
  await page.waitForFunction(() => document.getElementById('from-property').shadowRoot.querySelector('[part=error]').hidden);
  assert.equal(await shadowText(page, '#from-property', 'p'), 'Fine.');
  await page.close();
});

test('rendering works in a module Web Worker', async () => {
  const { page } = await openPage('/demo/');
  const reply = await page.evaluate(() => new Promise((resolve, reject) => {
    const worker = new Worker('/demo/render-worker.js', { type: 'module' });
    const replies = [];
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({ data }) => {
      replies.push(data);
      if (replies.length === 2) { worker.terminate(); resolve(replies); }
    };
    worker.postMessage({ id: 1, article: { title: 'Worker', body: 'Rendered <i>off</i> the main thread.' }, options: { mode: 'article' } });
    worker.postMessage({ id: 2, article: '{"title": ' });
  }));
  const ok = reply.find((r) => r.id === 1);
  const failed = reply.find((r) => r.id === 2);
  assert.match(ok.result.html, /^<article/);
  assert.match(ok.result.html, /<i>off<\/i>/);
  assert.equal(ok.result.summary.title, 'Worker');
  assert.equal(failed.error.name, 'GalleyError');
  assert.equal(failed.error.code, 'invalid_json');
  await page.close();
});

test('the .wasm is served as application/wasm and the single-file build loads without it', async () => {
  const expected = (await createGalley()).render({ title: 't', body: '*x*' }).html;
  const { page } = await openPage('/demo/');
  const result = await page.evaluate(async () => {
    const wasm = await fetch('/bindings/js/dist/galley.wasm');
    const { createGalley } = await import('/bindings/js/src/single.js');
    const galley = await createGalley();
    return { type: wasm.headers.get('content-type'), html: galley.render({ title: 't', body: '*x*' }).html };
  });
  assert.equal(result.type, 'application/wasm');
  assert.equal(result.html, expected);
  await page.close();
});

test('the shared XSS payload corpus, rendered and inserted into the page, runs nothing', { skip: hostilePayloads() ? false : 'shared payload corpus absent' }, async () => {
  const payloads = hostilePayloads().map((p) => p.payload);
  const { page, events } = await openPage('/demo/');
  const report = await page.evaluate(async (list) => {
    const { createGalley } = await import('/bindings/js/src/browser.js');
    const galley = await createGalley();
    const host = document.createElement('div');
    document.body.append(host);
    let rendered = 0;
    for (const payload of list) {
      for (const article of [
        { title: 'p', body: { format: 'html', content: payload } },
        { title: 'p', body: `Before\n\n${payload}\n\nafter` },
        { title: 'p', blocks: [{ type: 'html', html: payload }] },
      ]) {
        const box = document.createElement('section');
        box.innerHTML = galley.render(article, { mode: 'article' }).html;
        host.append(box);
        rendered += 1;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const handlers = [...host.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name));
    return { rendered, handlers, scripts: host.querySelectorAll('script').length };
  }, payloads);
  assert.equal(report.rendered, payloads.length * 3);
  assert.deepEqual(report.handlers, []);
  assert.equal(report.scripts, 0);
  assert.deepEqual(events.dialogs, []);
  await page.close();
});

test('after a trap the instance is replaced synchronously on the main thread', async () => {
  const { page } = await openPage('/demo/');
  const outcome = await page.evaluate(async () => {
    const { instantiateGalley } = await import('/bindings/js/src/core.js');
    const { default: factory } = await import('/bindings/js/dist/galley.mjs');
    let instances = 0;
    const trapFirst = (moduleArg) => {
      instances += 1;
      const ready = factory(moduleArg);
      if (instances > 1) return ready;
      return ready.then((module) => {
        module._galley_render = () => { throw new WebAssembly.RuntimeError('unreachable'); };
        return module;
      });
    };
    const galley = await instantiateGalley(trapFirst, fetch('/bindings/js/dist/galley.wasm'), (url) => fetch(url));
    let code = null;
    try {
      galley.render({ title: 't', body: 'x' });
    } catch (error) {
      code = error.code;
    }
    return { code, instances, title: galley.render({ title: 'after', body: 'x' }).summary.title };
  });
  assert.deepEqual(outcome, { code: 'internal_error', instances: 2, title: 'after' });
  await page.close();
});

test('both builds run under a strict Content Security Policy', async () => {
  const page = await context.newPage();
  const violations = [];
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
  await page.route(`${baseUrl}/csp.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" },
    body: '<!doctype html><title>loading</title><script type="module" src="/tests/js/pages/csp-probe.js"></script>',
  }));
  await page.goto(`${baseUrl}/csp.html`);
  await page.waitForFunction(() => document.title !== 'loading');
  assert.match(await page.title(), /^ok <p><em>csp<\/em><\/p>/);
  assert.deepEqual(violations, []);
  await page.close();
});

// Renders the demo articles on a Galley of the page's browser entry, round
// after round up to 4 MB of input (`until`: 'once', 'moved' to the fast build,
// or 'end'), yielding between rounds so that a background fetch can finish.
// Returns the first and last rounds' output, the characters rendered and what
// commonmarkReference (fast build only) gives then.
const renderInPage = (page, createOptions, until) => page.evaluate(async ([texts, options, stop]) => {
  const { createGalley } = await import('/bindings/js/src/browser.js');
  const galley = await createGalley(options);
  const reference = () => {
    try {
      return galley.commonmarkReference('*a*');
    } catch (error) {
      return error.code;
    }
  };
  const first = texts.map((text) => galley.renderJSON(text));
  let rendered = 0;
  while (stop !== 'once' && !(stop === 'moved' && reference() !== 'unsupported') && rendered < 4 << 20) {
    for (const text of texts) galley.renderJSON(text);
    rendered += texts.reduce((sum, text) => sum + text.length, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { first, last: texts.map((text) => galley.renderJSON(text)), rendered, reference: reference() };
}, [demoArticles().map(({ text }) => text), createOptions, until]);

test('in a page the fast build runs on request, from the start or after a megabyte, with the same output', async () => {
  const { page, events } = await openPage('/demo/');
  const fastRequests = [];
  page.on('request', (request) => { if (/galley-fast\.(wasm|mjs)$/.test(request.url())) fastRequests.push(request.url()); });
  const node = await createGalley({ start: 'fast' });
  const expected = demoArticles().map(({ text }) => node.renderJSON(text));

  const plain = await renderInPage(page, {}, 'end');
  assert.ok(plain.rendered >= 4 << 20);
  assert.deepEqual(plain.first, expected);
  assert.equal(plain.reference, 'unsupported', 'the default Galley stays on the small build');
  assert.deepEqual(fastRequests, [], 'and the page never fetches the fast build');

  const fromStart = await renderInPage(page, { start: 'fast' }, 'once');
  assert.equal(fromStart.reference, '<p><em>a</em></p>\n', "start: 'fast' runs the fast build");
  assert.deepEqual(fromStart.first, expected);
  assert.equal(fastRequests.length, 2, 'its glue and module');

  // A fresh page: the megabyte counts the page's work, and nothing is loaded yet.
  await page.reload();
  fastRequests.length = 0;
  const moving = await renderInPage(page, { moveUp: true }, 'moved');
  assert.equal(moving.reference, '<p><em>a</em></p>\n', 'moved to the fast build');
  assert.ok(moving.rendered >= 1 << 20, `moved after ${moving.rendered} characters, past the megabyte`);
  assert.deepEqual(moving.first, expected);
  assert.deepEqual(moving.last, expected);
  assert.equal(fastRequests.length, 2);
  assert.deepEqual(events.errors, []);
  await page.close();
});

test('where the fast build cannot be compiled, start fast rejects and moveUp stays on the small build', async () => {
  const { page, events } = await openPage('/demo/');
  await page.route('**/galley-fast.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  const rejected = await page.evaluate(async () => {
    const { createGalley } = await import('/bindings/js/src/browser.js');
    return createGalley({ start: 'fast' }).then(() => 'resolved', (error) => [error.name, error.code]);
  });
  assert.deepEqual(rejected, ['GalleyError', 'unsupported']);
  const staying = await renderInPage(page, { moveUp: true }, 'end');
  assert.ok(staying.rendered >= 4 << 20);
  assert.equal(staying.reference, 'unsupported');
  assert.deepEqual(staying.last, staying.first);
  assert.deepEqual(events.errors, []);
  await page.close();
});
