// Peak memory of rendering one large article, natively and in WebAssembly.
//   node benchmarks/limits/memory.mjs [--sizes 5,25,50] [--only native|wasm]
// Each size (MB of Markdown body, from the generated news corpus) is rendered
// once per option set in a fresh process: `galley render` (build/bin/galley)
// under /usr/bin/time -f %M, and the package (bindings/js, built with
// scripts/build.mjs) in a fresh Node process that reports its WebAssembly
// memory and its peak RSS. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateArticles } from '../js/corpus.mjs';
import { packageDir, rootDir } from '../js/paths.mjs';

const MiB = 1024 * 1024;
const optionSets = {
  default: {},
  'no text analysis': { entities: false, key_sentences: 0, keywords: 0 },
};
// Large enough for every size measured; the default limit is 32 MiB.
const limits = { max_input_bytes: 256 * MiB };

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

// One article whose Markdown body is about `megabytes` MB: corpus bodies joined.
function largeArticle(megabytes) {
  const bodies = [];
  let size = 0;
  for (let seed = 1; size < megabytes * 1e6; ++seed) {
    const [article] = generateArticles(1, { seed });
    bodies.push(article.body);
    size += article.body.length + 2;
  }
  const [article] = generateArticles(1, { seed: 0 });
  article.body = bodies.join('\n\n');
  return JSON.stringify(article);
}

function native(articleFile, optionsFile) {
  const galley = join(rootDir, 'build/bin/galley');
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S %e', galley, 'render', '--options', optionsFile, articleFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const [kib, user, system, wall] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (run.status !== 0) throw new Error(`galley render failed: ${run.stderr}`);
  return { peakBytes: kib * 1024, cpuSeconds: user + system, wallSeconds: wall };
}

function wasm(articleFile, optionsFile) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', articleFile, optionsFile], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  if (run.status !== 0) throw new Error(`the WebAssembly render failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// In the fresh Node process: render once, report the module's memory (which
// never shrinks, so its size is its peak) and the process's peak RSS.
async function child(articleFile, optionsFile) {
  const memories = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function recorded(...args) {
    const result = await instantiate.apply(this, args);
    const { exports } = result instanceof WebAssembly.Instance ? result : result.instance;
    memories.push(...Object.values(exports).filter((value) => value instanceof WebAssembly.Memory));
    return result;
  };
  const { createGalley } = await import(join(packageDir, 'src/node.js'));
  const galley = await createGalley();
  const text = readFileSync(articleFile, 'utf8');
  const options = JSON.parse(readFileSync(optionsFile, 'utf8'));
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const html = galley.render(text, options).html;
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { user, system } = process.cpuUsage(cpu);
  const wasmBytes = Math.max(...memories.map((memory) => memory.buffer.byteLength));
  console.log(JSON.stringify({
    wasmBytes,
    peakBytes: process.resourceUsage().maxRSS * 1024,
    cpuSeconds: (user + system) / 1e6,
    wallSeconds,
    htmlLength: html.length,
  }));
}

async function main() {
  const sizes = option('--sizes', '5,25,50').split(',').map(Number);
  const only = option('--only', '');
  if (only !== 'native' && !existsSync(join(packageDir, 'dist/galley.wasm'))) {
    throw new Error('build the package first: node bindings/js/scripts/build.mjs');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'galley-memory-'));
  const mib = (bytes) => (bytes / MiB).toFixed(0);
  console.log('| input | options | native peak RSS | ratio | CPU s | WASM memory | ratio | Node peak RSS | ratio | CPU s |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const megabytes of sizes) {
      const articleFile = join(scratch, `article-${megabytes}.json`);
      writeFileSync(articleFile, largeArticle(megabytes));
      const inputBytes = readFileSync(articleFile).length;
      for (const [name, options] of Object.entries(optionSets)) {
        const optionsFile = join(scratch, 'options.json');
        writeFileSync(optionsFile, JSON.stringify({ ...options, limits }));
        const n = only === 'wasm' ? null : native(articleFile, optionsFile);
        const w = only === 'native' ? null : wasm(articleFile, optionsFile);
        const ratio = (bytes) => `${(bytes / inputBytes).toFixed(1)}×`;
        const cells = [`${mib(inputBytes)} MiB`, name];
        cells.push(...(n ? [`${mib(n.peakBytes)} MiB`, ratio(n.peakBytes), n.cpuSeconds.toFixed(1)] : ['', '', '']));
        cells.push(...(w ? [`${mib(w.wasmBytes)} MiB`, ratio(w.wasmBytes), `${mib(w.peakBytes)} MiB`, ratio(w.peakBytes),
          w.cpuSeconds.toFixed(1)] : ['', '', '', '', '']));
        console.log(`| ${cells.join(' | ')} |`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
