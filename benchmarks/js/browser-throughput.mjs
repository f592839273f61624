// Throughput in Chromium on the generated articles of throughput.mjs: Galley's
// browser entry on its default build and with `start: 'fast'`, against marked
// + DOMPurify on the page's own DOM (the usual browser pipeline; markdown-it
// and sanitize-html ship no browser modules). Each renderer runs in a fresh
// page: warmed up for a second, then timed over whole passes for `minMs`.
import { withChromium } from './chromium.mjs';
import { generateArticles } from './corpus.mjs';
import { pipelineInputs } from './pipelines.mjs';

const CONTENDERS = [
  { name: 'Galley, browser default (galley.wasm), default options', input: 'json', setup: 'galley', options: {} },
  { name: "Galley, `start: 'fast'` (galley-fast.wasm), default options", input: 'json', setup: 'galley', options: { start: 'fast' } },
  { name: 'marked + DOMPurify (the page\'s DOM)', input: 'markdown', setup: 'marked+dompurify' },
];

// Runs in the page: makes the renderer, warms it up, times it.
async function measureInPage([texts, contender, minMs]) {
  let render;
  if (contender.setup === 'galley') {
    const { createGalley } = await import('/bindings/js/src/browser.js');
    const galley = await createGalley(contender.options);
    render = (text) => galley.render(text).html;
  } else {
    const { marked } = await import('/peers/marked/marked.esm.js');
    const { default: DOMPurify } = await import('/peers/dompurify/purify.es.mjs');
    render = (markdown) => DOMPurify.sanitize(marked.parse(markdown));
  }
  const run = (ms) => {
    let rendered = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (const text of texts) render(text);
      rendered += texts.length;
    }
    return { rendered, seconds: (performance.now() - start) / 1000 };
  };
  run(3000);
  return run(minMs);
}

export async function browserThroughput({ articles = 200, minMs = 3000 } = {}) {
  const inputs = pipelineInputs(generateArticles(articles));
  const markdownBytes = inputs.markdown.reduce((n, md) => n + Buffer.byteLength(md), 0);
  const results = await withChromium(async ({ browser, url }) => {
    const measured = [];
    for (const contender of CONTENDERS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/bench/blank.html`);
      const { rendered, seconds } = await page.evaluate(measureInPage, [inputs[contender.input], contender, minMs]);
      await context.close();
      measured.push({
        name: contender.name,
        articlesPerSecond: rendered / seconds,
        markdownMBPerSecond: (markdownBytes * (rendered / articles)) / seconds / 1e6,
      });
    }
    return measured;
  });
  return { articles, averageMarkdownBytes: markdownBytes / articles, results };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await browserThroughput(), null, 2));
