// Cold start: from createGalley() to the first rendered article, in fresh Node
// processes and in fresh Chromium pages (no HTTP or code cache: the demo
// server sends no-store). Import time of the package is reported apart.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { withChromium } from './chromium.mjs';
import { median, packageDir } from './paths.mjs';

const ARTICLE = { title: 'Cold start', body: 'The *first* render after loading, with a [link](https://example.org/).' };

const probe = `
  const t0 = performance.now();
  const { createGalley } = await import(${JSON.stringify(join(packageDir, 'src/node.js'))});
  const t1 = performance.now();
  const galley = await createGalley();
  galley.render(${JSON.stringify(ARTICLE)});
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, startMs: t2 - t1 }));
`;

export function coldStartNode(runs = 15) {
  const samples = [];
  for (let i = 0; i < runs; ++i) {
    const { stdout, status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    if (status !== 0) throw new Error(stderr);
    samples.push(JSON.parse(stdout));
  }
  return { runs, importMs: median(samples.map((s) => s.importMs)), startMs: median(samples.map((s) => s.startMs)) };
}

export async function coldStartBrowser(runs = 10) {
  const samples = await withChromium(async ({ browser, url }) => {
    const measured = [];
    for (let i = 0; i < runs; ++i) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/bench/blank.html`);
      measured.push(await page.evaluate(async (article) => {
        const t0 = performance.now();
        const { createGalley } = await import('/bindings/js/src/browser.js');
        const t1 = performance.now();
        const galley = await createGalley();
        galley.render(article);
        const t2 = performance.now();
        return { importMs: t1 - t0, startMs: t2 - t1 };
      }, ARTICLE));
      await context.close();
    }
    return measured;
  });
  return { runs, importMs: median(samples.map((s) => s.importMs)), startMs: median(samples.map((s) => s.startMs)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ node: coldStartNode(), browser: await coldStartBrowser() }, null, 2));
}
