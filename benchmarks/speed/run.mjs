// `npm run bench`: Galley against the pipelines it replaces, in Node and
// natively, and the figures behind the speed, memory, size and start-up
// targets; writes benchmarks/speed/results.md. Brings what it measures up to
// date first: the native tools in build/ (or $GALLEY_BUILD_DIR) and the
// WebAssembly package's dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { coldStartNode } from '../js/cold-start.mjs';
import { packageDir, rootDir } from '../js/paths.mjs';
import { PIPELINES, browserBuildDiffers } from '../js/pipelines.mjs';
import { measureSize } from '../js/size.mjs';
import { CORPORA } from './corpora.mjs';
import { linearity, memory, nativeBatch, nativeJobs } from './native.mjs';
import { interleavedMedians, runNodeChild } from './processes.mjs';
import { renderResults } from './report.mjs';
import { evaluateTargets } from './targets.mjs';

const buildDir = process.env.GALLEY_BUILD_DIR ?? join(rootDir, 'build');
const pipelineScript = fileURLToPath(new URL('./node-pipeline.mjs', import.meta.url));
const log = (message) => process.stderr.write(`bench: ${message}\n`);

function run(command, args) {
  const { status, error } = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return !error && status === 0;
}

function buildTools() {
  if (!existsSync(join(buildDir, 'CMakeCache.txt')) &&
      !run('cmake', ['-S', rootDir, '-B', buildDir, '-DCMAKE_BUILD_TYPE=Release'])) {
    throw new Error(`cannot configure ${buildDir}`);
  }
  if (!run('cmake', ['--build', buildDir, '--target', 'galley', 'galley_measure_process', '--parallel', '2'])) {
    throw new Error('cannot build galley and galley_measure_process');
  }
  // The md_html peer exists only where Debian's libmd4c-html is installed.
  const peer = run('cmake', ['--build', buildDir, '--target', 'galley_md_html_batch', '--parallel', '2']);
  if (!peer) log('galley_md_html_batch not built (install libmd4c-html0-dev): no native peer');
  if (!run(process.execPath, [join(packageDir, 'scripts/build.mjs')])) {
    throw new Error('cannot build the WebAssembly package');
  }
  const bin = (name) => join(buildDir, 'bin', name);
  return { galley: bin('galley'), measure: bin('galley_measure_process'), mdHtml: peer ? bin('galley_md_html_batch') : null };
}

const firstLine = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return 'not found';
  }
};

function environment() {
  const cache = readFileSync(join(buildDir, 'CMakeCache.txt'), 'utf8');
  const cacheValue = (key) => cache.match(new RegExp(`^${key}:[A-Z]+=(.*)$`, 'm'))?.[1] ?? '';
  const npmVersion = (name) => JSON.parse(readFileSync(join(rootDir, 'node_modules', name, 'package.json'), 'utf8')).version;
  const dirty = firstLine('git', ['-C', rootDir, 'status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    kernel: `Linux ${release()}`,
    node: process.version,
    emscripten: firstLine('emcc', ['--version']),
    compiler: `${firstLine(cacheValue('CMAKE_CXX_COMPILER'), ['--version'])}, ${cacheValue('CMAKE_BUILD_TYPE')}`,
    md4cHtml: firstLine('pkg-config', ['--modversion', 'md4c-html']),
    galley: `${JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version} at commit ` +
      `${firstLine('git', ['-C', rootDir, 'rev-parse', '--short', 'HEAD'])}${dirty ? ' with uncommitted changes' : ''}`,
    peers: Object.fromEntries(['markdown-it', 'sanitize-html', 'marked', 'dompurify', 'jsdom', 'md4w', 'xss']
      .map((name) => [name, npmVersion(name)])),
  };
}

// Fresh processes per Node pipeline (GALLEY_BENCH_ROUNDS, default 5), the
// pipelines taking turns; each keeps the process with its median CPU time.
// Five, not three: on the shared machine one process in three of a peer
// could run at half the rate of the other two, and the median of three then
// moved a ratio by up to a quarter from one run to the next (short: 2.13×
// and 1.61× for the same build).
// Every process warms its pipeline up itself.
const ROUNDS = Math.max(1, Number.parseInt(process.env.GALLEY_BENCH_ROUNDS ?? '5', 10) || 5);

function nodePipelines(corpusName) {
  const names = ['galley', 'galley-bytes', 'galley-plain', 'galley-plain-bytes',
    ...(browserBuildDiffers() ? ['galley-browser', 'galley-browser-plain'] : []),
    'markdown-it+sanitize-html', 'marked+dompurify', 'md4w+xss', 'md4w'];
  const measures = Object.fromEntries(names.map((name) => [name, () => runNodeChild(pipelineScript, [name, corpusName])]));
  return interleavedMedians(measures, 'cpuSeconds', {
    rounds: ROUNDS, warmUp: false, onRun: (name, round) => log(`Node: ${name} on ${corpusName}, round ${round} of ${ROUNDS}`),
  });
}

const startLoad = loadavg();
const tools = buildTools();
const env = environment();
// Files in memory where possible, so that disk journaling does not time the I/O.
const workDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'galley-bench-'));
const results = { env, corpora: CORPORA, rounds: ROUNDS, node: {}, native: {} };
try {
  for (const corpus of Object.keys(CORPORA)) results.node[corpus] = nodePipelines(corpus);
  for (const corpus of Object.keys(CORPORA)) {
    log(`native: batch on ${corpus}`);
    results.native[corpus] = nativeBatch(tools, workDir, corpus);
  }
  log('native: --jobs 2 against --jobs 1');
  results.jobs = nativeJobs(tools, workDir, 'news');
  log('linearity: 10,000 and 100,000 words');
  results.linearity = linearity(tools, workDir);
  log('memory: 25 MB and 50 MB bodies');
  results.memory = memory(tools, workDir, [25, 50]);
  log('size and cold start');
  results.size = measureSize();
  results.coldStart = coldStartNode();
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
results.load = { start: startLoad, end: loadavg() };
results.browserBuildDiffers = browserBuildDiffers();
results.targets = evaluateTargets(results);

writeFileSync(join(rootDir, 'benchmarks/speed/results.md'), renderResults(results, { PIPELINES }));
log('wrote benchmarks/speed/results.md');
