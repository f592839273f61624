// `galley batch --jobs 2` against `--jobs 1` on generated articles.
//   node benchmarks/limits/batch-jobs.mjs [--articles 1200] [--runs 3] [--out-dir DIR] [--options JSON]
// Runs alternate between the two job counts, each in a fresh process writing
// to a fresh output folder under DIR (default: the system's temporary folder),
// and report wall time and CPU time (user + system, from /usr/bin/time). The
// outputs of both job counts are compared file by file. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateArticles } from '../js/corpus.mjs';
import { median, rootDir } from '../js/paths.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const articles = Number(option('--articles', 1200));
const runs = Number(option('--runs', 3));
const outDir = option('--out-dir', tmpdir());
const options = option('--options', '');
const galley = join(rootDir, 'build/bin/galley');

function batch(input, output, jobs, extra) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', galley, 'batch', input, '-o', output, '--jobs', String(jobs), ...extra], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`galley batch failed: ${run.stderr}`);
  const [wall, user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + system };
}

function sameOutputs(a, b) {
  const names = readdirSync(a).sort();
  if (names.join('\n') !== readdirSync(b).sort().join('\n')) return false;
  return names.every((name) => readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

const scratch = mkdtempSync(join(tmpdir(), 'galley-batch-'));
const outputs = mkdtempSync(join(outDir, 'galley-batch-out-'));
try {
  const input = join(scratch, 'corpus.ndjson');
  writeFileSync(input, generateArticles(articles).map((a) => JSON.stringify(a)).join('\n') + '\n');
  const extra = [];
  if (options) {
    writeFileSync(join(scratch, 'options.json'), options);
    extra.push('--options', join(scratch, 'options.json'));
  }
  const results = { 1: [], 2: [] };
  console.log('| run | jobs | wall s | CPU s | CPU ms per article | wall --jobs 1 ÷ --jobs 2 |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let r = 1; r <= runs; ++r) {
    for (const jobs of [1, 2]) {
      const output = join(outputs, `run${r}-jobs${jobs}`);
      const t = batch(input, output, jobs, extra);
      results[jobs].push(t);
      const ratio = jobs === 2 ? (results[1].at(-1).wall / t.wall).toFixed(2) : '';
      console.log(`| ${r} | ${jobs} | ${t.wall.toFixed(2)} | ${t.cpu.toFixed(2)} | ${((t.cpu / articles) * 1000).toFixed(2)} | ${ratio} |`);
    }
    const same = sameOutputs(join(outputs, `run${r}-jobs1`), join(outputs, `run${r}-jobs2`));
    if (!same) throw new Error(`run ${r}: --jobs 1 and --jobs 2 wrote different outputs`);
  }
  const ratios = results[2].map((t, i) => results[1][i].wall / t.wall);
  console.log(`\nmedian wall ratio ${median(ratios).toFixed(2)}; median CPU per article: ` +
    `--jobs 1 ${((median(results[1].map((t) => t.cpu)) / articles) * 1000).toFixed(2)} ms, ` +
    `--jobs 2 ${((median(results[2].map((t) => t.cpu)) / articles) * 1000).toFixed(2)} ms; outputs identical`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outputs, { recursive: true, force: true });
}
