// Throughput in Node on generated articles: Galley (parse, sanitize, summary)
// against markdown-it + sanitize-html and marked + DOMPurify on jsdom, in the
// same process and run. Galley receives the article JSON text; the others
// receive the Markdown body alone and produce no summary.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';

import { generateArticles } from './corpus.mjs';
import { packageDir } from './paths.mjs';

async function contenders() {
  const { createGalley } = await import(join(packageDir, 'src/node.js'));
  const galley = await createGalley();
  const { default: MarkdownIt } = await import('markdown-it');
  const { default: sanitizeHtml } = await import('sanitize-html');
  const { marked } = await import('marked');
  const { default: createDOMPurify } = await import('dompurify');
  const { JSDOM } = await import('jsdom');

  const lean = { key_sentences: 0, keywords: 0 };
  const plain = { key_sentences: 0, keywords: 0, entities: false };
  const markdownIt = new MarkdownIt({ html: true, linkify: false });
  const sanitizeOptions = {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2'],
    allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, img: ['src', 'alt', 'title'] },
  };
  const purify = createDOMPurify(new JSDOM('').window);
  return [
    { name: 'galley (WebAssembly)', input: 'json', render: (text) => galley.render(text).html },
    // Where Galley's time goes: without the ranked key sentences and keywords,
    // without any text analysis, and Markdown alone (md4c's reference output,
    // unsanitized).
    { name: 'galley, key_sentences and keywords off', input: 'json', render: (text) => galley.render(text, lean).html },
    { name: 'galley, no text analysis (entities off too)', input: 'json', render: (text) => galley.render(text, plain).html },
    { name: 'galley.commonmark (md4c only, not sanitized)', input: 'markdown', render: (md) => galley.commonmark(md) },
    { name: 'markdown-it + sanitize-html', input: 'markdown', render: (md) => sanitizeHtml(markdownIt.render(md), sanitizeOptions) },
    { name: 'marked + DOMPurify (jsdom)', input: 'markdown', render: (md) => purify.sanitize(marked.parse(md)) },
  ];
}

export async function throughput({ articles = 200, minMs = 3000 } = {}) {
  const corpus = generateArticles(articles);
  const inputs = { json: corpus.map((a) => JSON.stringify(a)), markdown: corpus.map((a) => a.body) };
  const markdownBytes = inputs.markdown.reduce((n, md) => n + Buffer.byteLength(md), 0);
  const results = [];
  for (const contender of await contenders()) {
    const texts = inputs[contender.input];
    for (const text of texts.slice(0, 20)) contender.render(text); // warm up the JIT
    let rendered = 0;
    let outputBytes = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      for (const text of texts) outputBytes += contender.render(text).length;
      rendered += texts.length;
    }
    const seconds = (performance.now() - start) / 1000;
    results.push({
      name: contender.name,
      articlesPerSecond: rendered / seconds,
      markdownMBPerSecond: (markdownBytes * (rendered / texts.length)) / seconds / 1e6,
      averageOutputBytes: outputBytes / rendered,
    });
  }
  return { articles, averageMarkdownBytes: markdownBytes / articles, results };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await throughput(), null, 2));
