// The static-site demo (demo/site/build.mjs): built from demo/articles with
// the npm package, its feeds carry every field their specs require, every
// internal link resolves, and Chromium can read it like a visitor.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';

import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';

import { buildSite } from '../../demo/site/build.mjs';
import { demoArticles, rootDir } from './helpers.mjs';

const BASE_URL = 'https://courier.example.org/news/';
const out = mkdtempSync(join(tmpdir(), 'galley-site-'));
const articles = demoArticles().map(({ text }) => JSON.parse(text));
after(() => rmSync(out, { recursive: true, force: true }));

before(async () => {
  await buildSite({ articles: join(rootDir, 'demo/articles'), out, baseUrl: BASE_URL });
});

const read = (path) => readFileSync(join(out, path), 'utf8');
const xml = (path) => new JSDOM(read(path), { contentType: 'application/xml' }).window.document;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

// The file a site URL points at, or null for URLs outside the site.
function siteFile(url) {
  if (!url.startsWith(BASE_URL)) return null;
  return join(out, decodeURIComponent(new URL(url).pathname.slice(new URL(BASE_URL).pathname.length)));
}

test('the site has a front page, one page per article, tag pages, two feeds and a sitemap', () => {
  for (const path of ['index.html', 'site.css', 'feed.json', 'rss.xml', 'sitemap.xml']) assert.ok(existsSync(join(out, path)), path);
  assert.equal(readdirSync(join(out, 'articles')).length, articles.length);
  const tags = new Set(articles.flatMap((article) => article.tags ?? []));
  assert.equal(readdirSync(join(out, 'tags')).length, tags.size);
  // Article pages are the package's document-mode pages.
  const page = read('articles/news-agency.html');
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /<script type="application\/ld\+json">/);
  assert.match(page, /<h1 class="galley-title">Harbour bridge reopens/);
});

test('JSON Feed 1.1: every required field, and the recommended ones this site has', () => {
  const feed = JSON.parse(read('feed.json'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.equal(feed.home_page_url, BASE_URL);
  assert.equal(siteFile(feed.feed_url), join(out, 'feed.json'));
  assert.equal(feed.items.length, articles.length);
  const ids = new Set();
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(!ids.has(item.id), `duplicate id ${item.id}`);
    ids.add(item.id);
    assert.ok(typeof item.content_html === 'string' && item.content_html.length > 0, 'content_html');
    assert.ok(existsSync(siteFile(item.url)), item.url);
    assert.equal(typeof item.title, 'string');
    if ('date_published' in item) assert.match(item.date_published, rfc3339);
    if ('date_modified' in item) assert.match(item.date_modified, rfc3339);
    for (const author of item.authors ?? []) assert.equal(typeof author.name, 'string');
    assert.doesNotMatch(item.content_html, /<script/i);
  }
  const hostile = feed.items.find((item) => item.title.startsWith('Quarterly update'));
  assert.ok(!('date_published' in hostile), 'an invalid date is left out, not made up');
});

test('RSS 2.0: channel title, link and description; every item has a title or description', () => {
  const doc = xml('rss.xml');
  assert.equal(doc.documentElement.nodeName, 'rss');
  assert.equal(doc.documentElement.getAttribute('version'), '2.0');
  const channel = doc.querySelector('rss > channel');
  for (const name of ['title', 'link', 'description']) assert.ok(channel.querySelector(`:scope > ${name}`)?.textContent, name);
  const items = [...channel.querySelectorAll(':scope > item')];
  assert.equal(items.length, articles.length);
  for (const item of items) {
    assert.ok(item.querySelector('title')?.textContent || item.querySelector('description')?.textContent);
    assert.ok(existsSync(siteFile(item.querySelector('link').textContent)));
    assert.ok(item.querySelector('guid').textContent);
    const date = item.querySelector('pubDate');
    if (date) assert.match(date.textContent, rfc822);
  }
  // Markup in a title is text in the feed.
  assert.ok(items.some((item) => item.querySelector('title').textContent.includes("<script>alert('title')</script>")));
  assert.doesNotMatch(read('rss.xml'), /<script/);
});

test('sitemap.xml: an absolute loc for every page, each one a file of the site', () => {
  const doc = xml('sitemap.xml');
  assert.equal(doc.documentElement.namespaceURI, 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const locs = [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent);
  const pages = ['index.html', ...readdirSync(join(out, 'articles')).map((n) => `articles/${n}`), ...readdirSync(join(out, 'tags')).map((n) => `tags/${n}`)];
  assert.deepEqual(locs.map((loc) => relative(out, siteFile(loc)).split(sep).join('/')).sort(), pages.sort());
  for (const lastmod of doc.getElementsByTagName('lastmod')) assert.match(lastmod.textContent, rfc3339);
});

test('every internal link of every page resolves, to a file and to its fragment', () => {
  const htmlFiles = [];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (extname(path) === '.html') htmlFiles.push(path);
  });
  walk(out);
  let checked = 0;
  for (const file of htmlFiles) {
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    for (const element of document.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const target = element.getAttribute('href') ?? element.getAttribute('src');
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;  // other sites
      const [path, fragment] = target.split('#');
      const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      assert.ok(resolved.startsWith(out), `${target} in ${relative(out, file)} leaves the site`);
      assert.ok(existsSync(resolved), `${target} in ${relative(out, file)}`);
      if (fragment) {
        const targetDoc = new JSDOM(readFileSync(resolved, 'utf8')).window.document;
        assert.ok(targetDoc.getElementById(decodeURIComponent(fragment)), `#${fragment} in ${target}`);
      }
      ++checked;
    }
  }
  assert.ok(checked > 50, `only ${checked} links checked`);
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/feed+json', '.xml': 'application/xml' };

function serve(dir) {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

test('Chromium opens the front page, follows a headline and finds the article', { skip: !existsSync(CHROMIUM) }, async () => {
  const server = await serve(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const artifacts = join(rootDir, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'site-front-page.png'), fullPage: true });

    const lead = page.locator('.story-lead .story-headline a');
    const headline = await lead.textContent();
    await Promise.all([page.waitForURL(/\/articles\/.+\.html$/), lead.click()]);
    assert.equal(await page.locator('h1.galley-title').textContent(), headline);
    assert.equal(await page.title(), headline);
    await page.screenshot({ path: join(artifacts, 'site-article.png'), fullPage: false });

    // The hostile sample's tag page shows its markup as text and runs none of it.
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await Promise.all([page.waitForURL(/\/tags\//), page.locator('a', { hasText: '<svg onload=alert(1)>' }).first().click()]);
    assert.equal(await page.locator('h1.tag-title').textContent(), '<svg onload=alert(1)>');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
