#!/usr/bin/env node
// Builds a static news site from demo/articles/ with nothing but the galley
// npm package:
//   node demo/site/build.mjs [--articles DIR] [--out DIR] [--base-url URL]
// index.html (front page), articles/<name>.html (document-mode pages),
// tags/<slug>.html, feed.json (JSON Feed 1.1), rss.xml (RSS 2.0), sitemap.xml.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The installed package when there is one, else this repository's copy of it.
const { createGalley } = await import('galley').catch(() => import('../../bindings/js/src/node.js'));

const here = dirname(fileURLToPath(import.meta.url));
const SITE_NAME = 'The Port Ellery Courier';
const SITE_DESCRIPTION = 'News from Port Ellery and beyond, rendered by Galley.';

function parseArguments(argv) {
  const settings = {
    articles: join(here, '..', 'articles'),
    out: join(here, '..', '..', 'out', 'site'),
    baseUrl: 'https://courier.example.org/',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = { '--articles': 'articles', '--out': 'out', '--base-url': 'baseUrl' }[argv[i]];
    if (key === undefined || argv[i + 1] === undefined) throw new Error(`usage: build.mjs [--articles DIR] [--out DIR] [--base-url URL]`);
    settings[key] = argv[i + 1];
  }
  if (!settings.baseUrl.endsWith('/')) settings.baseUrl += '/';
  return settings;
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Tag page names: ASCII letters and digits; tags without any get a short hash.
function tagSlug(tag) {
  const ascii = tag.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii !== '' ? ascii : `tag-${createHash('sha256').update(tag).digest('hex').slice(0, 8)}`;
}

function readingTime({ minutes, seconds }) {
  return `${Math.max(1, minutes + (seconds >= 30 ? 1 : 0))} min read`;
}

function displayDate(iso, lang) {
  if (iso === null) return '';
  return new Intl.DateTimeFormat(lang || 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(iso));
}

// RFC 3339 (JSON Feed, sitemap) and RFC 822 (RSS) forms of the summary's ISO 8601 dates.
const rfc3339 = (iso) => new Date(iso).toISOString().replace(/\.000Z$/, 'Z');
const rfc822 = (iso) => new Date(iso).toUTCString();

async function renderArticles(galley, directory, baseUrl) {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  const stories = [];
  for (const file of files) {
    const source = readFileSync(join(directory, file));
    // The article's own relative links point into the site it was written
    // for: resolve them against its address (else this site's).
    const { url } = JSON.parse(source);
    const policy = { base_url: typeof url === 'string' && /^https?:\/\//.test(url) ? url : baseUrl };
    const page = galley.render(source, { mode: 'document', policy });
    const fragment = galley.render(source, { mode: 'fragment', key_sentences: 0, keywords: 0, entities: false, policy });
    const { summary } = page;
    // The page name is the file's, kept to characters that need no escaping in a URL.
    const name = basename(file, '.json').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_');
    stories.push({ name, summary, page: page.html, content: fragment.html });
  }
  // Newest first; articles without a valid date last, by name.
  const time = (story) => (story.summary.published === null ? -Infinity : Date.parse(story.summary.published));
  return stories.sort((a, b) => time(b) - time(a) || a.name.localeCompare(b.name));
}

function collectTags(stories) {
  const tags = new Map();  // tag → {slug, stories}
  const slugs = new Set();
  for (const story of stories) {
    for (const tag of story.summary.tags) {
      if (!tags.has(tag)) {
        let slug = tagSlug(tag);
        for (let n = 2; slugs.has(slug); ++n) slug = `${tagSlug(tag)}-${n}`;
        slugs.add(slug);
        tags.set(tag, { slug, stories: [] });
      }
      tags.get(tag).stories.push(story);
    }
  }
  return tags;
}

// The site's frame around every page; `root` leads from the page to the site root.
function masthead(root, tags, current) {
  const sections = [...tags].slice(0, 8).map(([tag, { slug }]) =>
    `<a href="${root}tags/${slug}.html"${current === tag ? ' aria-current="page"' : ''}>${escapeHtml(tag)}</a>`).join('');
  return `<header class="site-masthead"><div class="site-masthead-inner">` +
    `<p class="site-edition">Digital edition · Rendered by Galley</p>` +
    `<a class="site-brand" href="${root}index.html">${escapeHtml(SITE_NAME)}</a>` +
    `<nav class="site-sections" aria-label="Topics"><a href="${root}index.html"${current === null ? ' aria-current="page"' : ''}>Front page</a>${sections}</nav>` +
    `</div></header>`;
}

function siteFooter(root) {
  return `<footer class="site-footer"><p>${escapeHtml(SITE_NAME)} · ${escapeHtml(SITE_DESCRIPTION)}</p>` +
    `<p><a href="${root}feed.json">JSON Feed</a> · <a href="${root}rss.xml">RSS</a> · <a href="${root}sitemap.xml">Sitemap</a></p></footer>`;
}

function storyCard(story, tags, root, kind) {
  const { summary } = story;
  const date = summary.published === null ? '' :
    `<time datetime="${escapeHtml(summary.published)}">${escapeHtml(displayDate(summary.published, summary.lang))}</time> · `;
  const tagLinks = summary.tags.map((tag) =>
    `<li><a href="${root}tags/${tags.get(tag).slug}.html">${escapeHtml(tag)}</a></li>`).join('');
  const kicker = summary.kicker ?? summary.section;
  return `<article class="story story-${kind}"${summary.lang ? ` lang="${escapeHtml(summary.lang)}"` : ''}>` +
    (kind === 'lead' ? `<div class="story-art" aria-hidden="true"><span>${escapeHtml(kicker ?? 'News')}</span></div>` : '') +
    (kicker ? `<p class="story-kicker">${escapeHtml(kicker)}</p>` : '') +
    `<h2 class="story-headline"><a href="${root}articles/${story.name}.html">${escapeHtml(summary.title)}</a></h2>` +
    `<p class="story-excerpt">${escapeHtml(summary.excerpt)}</p>` +
    `<p class="story-meta">${date}<span class="story-reading-time">${readingTime(summary.reading_time)}</span></p>` +
    (tagLinks ? `<ul class="story-tags" aria-label="Tags">${tagLinks}</ul>` : '') +
    `</article>`;
}

function page({ title, root, tags, current, main }) {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n` +
    `<link rel="stylesheet" href="${root}site.css">\n` +
    `<link rel="alternate" type="application/feed+json" title="${escapeHtml(SITE_NAME)}" href="${root}feed.json">\n` +
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(SITE_NAME)}" href="${root}rss.xml">\n` +
    `</head>\n<body class="site">\n${masthead(root, tags, current)}\n<main class="site-main">${main}</main>\n${siteFooter(root)}\n</body>\n</html>\n`;
}

function frontPage(stories, tags) {
  const [lead, ...rest] = stories;
  const main = stories.length === 0 ? '<p>No stories yet.</p>' :
    `<div class="front"><div class="front-lead">${storyCard(lead, tags, '', 'lead')}</div>` +
    `<div class="front-rail"><h2 class="rail-title">Latest</h2>${rest.map((story) => storyCard(story, tags, '', 'rail')).join('')}</div></div>`;
  return page({ title: `${SITE_NAME}: front page`, root: '', tags, current: null, main });
}

function tagPage(tag, { stories }, tags) {
  const main = `<h1 class="tag-title">${escapeHtml(tag)}</h1>` +
    `<p class="tag-count">${stories.length} ${stories.length === 1 ? 'story' : 'stories'}</p>` +
    `<div class="tag-list">${stories.map((story) => storyCard(story, tags, '../', 'list')).join('')}</div>`;
  return page({ title: `${tag}: ${SITE_NAME}`, root: '../', tags, current: tag, main });
}

// The document-mode page with the site's stylesheet, masthead, footer and feed links around the article.
function articlePage(story, tags) {
  // The stylesheet is linked here: the stylesheet_url option would be resolved against the article's base URL.
  const head = '<link rel="stylesheet" href="../site.css">\n' +
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(SITE_NAME)}" href="../rss.xml">\n</head>`;
  return story.page
    .replace('</head>', head)
    .replace(/<body>/, `<body class="site">\n${masthead('../', tags, undefined)}\n<main class="site-main site-article">`)
    .replace(/<\/body>/, `</main>\n${siteFooter('../')}\n</body>`);
}

function jsonFeed(stories, baseUrl) {
  const items = stories.map(({ name, summary, content }) => {
    const url = new URL(`articles/${name}.html`, baseUrl).href;
    const item = { id: summary.url ?? url, url, title: summary.title, content_html: content, summary: summary.excerpt };
    if (summary.published !== null) item.date_published = rfc3339(summary.published);
    if (summary.updated !== null) item.date_modified = rfc3339(summary.updated);
    if (summary.authors.length > 0) {
      item.authors = summary.authors.map(({ name: author, url: profile }) => (profile ? { name: author, url: profile } : { name: author }));
    }
    if (summary.tags.length > 0) item.tags = summary.tags;
    if (summary.lang !== null) item.language = summary.lang;
    return item;
  });
  return `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: SITE_NAME,
    home_page_url: baseUrl,
    feed_url: new URL('feed.json', baseUrl).href,
    description: SITE_DESCRIPTION,
    language: 'en',
    items,
  }, null, 2)}\n`;
}

function rssFeed(stories, baseUrl) {
  const items = stories.map(({ name, summary }) => {
    const url = new URL(`articles/${name}.html`, baseUrl).href;
    return '    <item>\n' +
      `      <title>${escapeHtml(summary.title)}</title>\n` +
      `      <link>${escapeHtml(url)}</link>\n` +
      `      <description>${escapeHtml(summary.excerpt)}</description>\n` +
      `      <guid isPermaLink="${summary.url === null}">${escapeHtml(summary.url ?? url)}</guid>\n` +
      (summary.published !== null ? `      <pubDate>${rfc822(summary.published)}</pubDate>\n` : '') +
      summary.tags.map((tag) => `      <category>${escapeHtml(tag)}</category>\n`).join('') +
      '    </item>\n';
  }).join('');
  const newest = stories.find((story) => story.summary.published !== null);
  return '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' +
    `    <title>${escapeHtml(SITE_NAME)}</title>\n    <link>${escapeHtml(baseUrl)}</link>\n` +
    `    <description>${escapeHtml(SITE_DESCRIPTION)}</description>\n    <language>en</language>\n` +
    (newest ? `    <lastBuildDate>${rfc822(newest.summary.updated ?? newest.summary.published)}</lastBuildDate>\n` : '') +
    `${items}  </channel>\n</rss>\n`;
}

function sitemap(stories, tags, baseUrl) {
  const entry = (path, iso) => `  <url><loc>${escapeHtml(new URL(path, baseUrl).href)}</loc>` +
    `${iso ? `<lastmod>${rfc3339(iso)}</lastmod>` : ''}</url>\n`;
  return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entry('index.html', null) +
    stories.map(({ name, summary }) => entry(`articles/${name}.html`, summary.updated ?? summary.published)).join('') +
    [...tags.values()].map(({ slug }) => entry(`tags/${slug}.html`, null)).join('') +
    '</urlset>\n';
}

export async function buildSite({ articles, out, baseUrl }) {
  const galley = await createGalley();
  const stories = await renderArticles(galley, articles, baseUrl);
  const tags = collectTags(stories);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  mkdirSync(join(out, 'tags'), { recursive: true });
  copyFileSync(join(here, 'site.css'), join(out, 'site.css'));
  writeFileSync(join(out, 'index.html'), frontPage(stories, tags));
  for (const story of stories) writeFileSync(join(out, 'articles', `${story.name}.html`), articlePage(story, tags));
  for (const [tag, entry] of tags) writeFileSync(join(out, 'tags', `${entry.slug}.html`), tagPage(tag, entry, tags));
  writeFileSync(join(out, 'feed.json'), jsonFeed(stories, baseUrl));
  writeFileSync(join(out, 'rss.xml'), rssFeed(stories, baseUrl));
  writeFileSync(join(out, 'sitemap.xml'), sitemap(stories, tags, baseUrl));
  return { stories: stories.length, tags: tags.size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const settings = parseArguments(process.argv.slice(2));
  const { stories, tags } = await buildSite(settings);
  console.log(`built ${settings.out}: ${stories} articles, ${tags} tag pages, feed.json, rss.xml, sitemap.xml`);
}
