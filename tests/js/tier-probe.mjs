// Run in a fresh process by api.test.mjs (the Node entry's move from the small
// build to the fast one counts the work of the whole process): records which
// build every instance of the module is, and prints what the scenario named by
// the first argument saw as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { demoArticles, packageDir } from './helpers.mjs';
import { watchInstances } from './watch-instances.mjs';

const fastExports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(packageDir, 'dist/galley-fast.wasm'))))
  .map((e) => e.name).sort().join();
const smallExports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(packageDir, 'dist/galley.wasm'))))
  .map((e) => e.name).sort().join();
const builds = [];
const record = (instance) => {
  const names = Object.keys(instance.exports).sort().join();
  if (names === fastExports) builds.push('fast');
  else if (names === smallExports) builds.push('small');
};
watchInstances(record);

const { createGalley } = await import('../../bindings/js/src/node.js');
const articles = demoArticles().map(({ text }) => text);

const scenarios = {
  // Renders the demo articles over and over until the Galley moves (at most
  // 4 MB of input), then once more: the outputs before and after the move.
  async moves() {
    const galley = await createGalley();
    const before = articles.map((text) => galley.renderJSON(text));
    let rendered = articles.reduce((sum, text) => sum + text.length, 0);
    while (!builds.includes('fast') && rendered < 4 << 20) {
      for (const text of articles) galley.renderJSON(text);
      rendered += articles.reduce((sum, text) => sum + text.length, 0);
    }
    const movedAfter = rendered;
    const after = articles.map((text) => galley.renderJSON(text));
    const buildsOfFirst = [...builds];
    await createGalley();
    return { buildsOfFirst, movedAfter, same: before.every((html, i) => html === after[i]), laterGalley: builds.at(-1) };
  },
  async commonmarkAtOnce() {
    const galley = await createGalley();
    const html = galley.commonmarkReference('# Title\n\n*a* <b>raw</b>\n');
    galley.render(articles[0]);
    return { html, builds };
  },
  // 2 MB of input on a Galley that may not move: it stays on the small build,
  // and so does a Galley created after that.
  async staysSmall() {
    const galley = await createGalley({ moveUp: false });
    const round = articles.reduce((sum, text) => sum + text.length, 0);
    for (let rendered = 0; rendered < 2 << 20; rendered += round) {
      for (const text of articles) galley.renderJSON(text);
    }
    let reference;
    try {
      reference = galley.commonmarkReference('*a*');
    } catch (error) {
      reference = error.code;
    }
    (await createGalley({ moveUp: false })).render(articles[0]);
    return { builds, reference };
  },
  async startFast() {
    const galley = await createGalley({ start: 'fast' });
    galley.render(articles[0]);
    return { builds };
  },
};

console.log(JSON.stringify(await scenarios[process.argv[2]]()));
