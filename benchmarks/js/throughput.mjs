// Throughput in Node on generated articles: Galley (parse, sanitize, summary)
// against markdown-it + sanitize-html and marked + DOMPurify on jsdom, in the
// same process and run. Galley receives the article JSON text; the others
// receive the Markdown body alone and produce no summary. (benchmarks/speed
// measures the same pipelines each in a fresh process, on CPU time.)
import { performance } from 'node:perf_hooks';

import { generateArticles } from './corpus.mjs';
import { PIPELINES, pipelineInputs } from './pipelines.mjs';

const CONTENDERS = ['galley', 'galley-lean', 'galley-plain', 'galley-commonmark',
  'markdown-it+sanitize-html', 'marked+dompurify'];

async function contenders() {
  return Promise.all(CONTENDERS.map(async (key) => {
    const { label, input, create } = PIPELINES[key];
    return { name: label, input, render: await create() };
  }));
}

export async function throughput({ articles = 200, minMs = 3000 } = {}) {
  const corpus = generateArticles(articles);
  const inputs = pipelineInputs(corpus);
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
