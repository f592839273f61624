// Compares two builds of the package in one Node process, for deciding a
// change to the core by how it runs in WebAssembly: each build gets a copy of
// the package (bindings/js/src beside that build's dist/), and passes over a
// corpus alternate between the two, so that a spell of load from other work
// on a shared machine falls on both alike. Separate processes differ by a
// tenth from one run to the next there; the same build compared with itself
// here agrees to a fraction of a percent. Prints each build's fastest and
// median pass (MB/s of Markdown, CPU time) and their ratios.
//   node benchmarks/speed/compare-builds.mjs DIST_A DIST_B [CORPUS] [PASSES] [OPTIONS_JSON]
// DIST_A and DIST_B are dist/ folders (galley.mjs, galley-fast.mjs and their
// .wasm); CORPUS is one of benchmarks/speed/corpora.mjs (default news).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { median, rootDir } from '../js/paths.mjs';
import { pipelineInputs } from '../js/pipelines.mjs';
import { corpusArticles } from './corpora.mjs';
import { cpuSeconds } from './processes.mjs';

const [distA, distB, corpusName = 'news', passesArg = '20', optionsArg = '{}'] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node benchmarks/speed/compare-builds.mjs DIST_A DIST_B [CORPUS] [PASSES] [OPTIONS_JSON]');
  process.exit(2);
}
const passes = Number(passesArg);
const options = JSON.parse(optionsArg);
// The article JSON texts and Markdown bytes that node-pipeline.mjs measures.
const inputs = pipelineInputs(corpusArticles(corpusName));
const texts = inputs.json;
const markdownBytes = inputs.markdown.reduce((n, md) => n + Buffer.byteLength(md), 0);

const work = mkdtempSync(join(tmpdir(), 'galley-compare-'));
try {
  const builds = [];
  for (const [name, dist] of [['A', distA], ['B', distB]]) {
    const copy = join(work, name);
    cpSync(join(rootDir, 'bindings/js/src'), join(copy, 'src'), { recursive: true });
    cpSync(resolve(dist), join(copy, 'dist'), { recursive: true });
    const { createGalley } = await import(pathToFileURL(join(copy, 'src/node.js')).href);
    builds.push({ name, dist, galley: await createGalley(), seconds: [] });
  }
  // A pass goes over the corpus `rounds` times, enough for a quarter of a
  // second, so that a timer tick or a garbage collection does not decide it.
  let rounds = 1;
  const pass = (build) => {
    const start = cpuSeconds();
    for (let round = 0; round < rounds; ++round) {
      for (const text of texts) build.galley.render(text, options);
    }
    return (cpuSeconds() - start) / rounds;
  };
  // Warm-up: each Galley moves to its fast build and V8 optimizes what it runs.
  for (const build of builds) for (let i = 0; i < 5; ++i) pass(build);
  rounds = Math.max(1, Math.ceil(0.25 / pass(builds[0])));
  // A, B, then B, A: neither always goes first.
  for (let round = 0; round < passes; ++round) {
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) build.seconds.push(pass(build));
  }
  const rate = (seconds) => markdownBytes / seconds / 1e6;
  const summary = builds.map(({ name, dist, seconds }) => ({
    name, dist, fastest: rate(Math.min(...seconds)), median: rate(median(seconds)),
  }));
  for (const { name, dist, fastest, median: middle } of summary) {
    console.log(`${name} ${dist}: fastest ${fastest.toFixed(2)} MB/s, median ${middle.toFixed(2)} MB/s`);
  }
  const [a, b] = summary;
  console.log(`B ÷ A (${corpusName}, ${passes} passes each): fastest ${(b.fastest / a.fastest).toFixed(3)}, median ${(b.median / a.median).toFixed(3)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
