// The native side of the speed benchmark: `galley batch` against md4c's
// md_html on the same articles, batch threads, and single large articles
// (cost against length, peak memory), natively and in WebAssembly. Every
// figure is one fresh process; CPU time unless said otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { NO_ANALYSIS } from '../js/pipelines.mjs';
import { articleOfBodyBytes, articleOfWords, corpusArticles } from './corpora.mjs';
import { interleavedMedians, medianOfRuns, runMeasured, runNodeChild } from './processes.mjs';

const wasmArticleScript = fileURLToPath(new URL('./wasm-article.mjs', import.meta.url));

function succeeded(run, what) {
  if (run.status !== 0) throw new Error(`${what} exited with ${run.status}: ${run.stderr}`);
  return run;
}

// Writes the corpus as one article JSON file and one Markdown body file per article.
function writeCorpus(dir, articles) {
  const jsonDir = join(dir, 'json');
  const markdownDir = join(dir, 'markdown');
  mkdirSync(jsonDir, { recursive: true });
  mkdirSync(markdownDir, { recursive: true });
  let markdownBytes = 0;
  for (const article of articles) {
    writeFileSync(join(jsonDir, `${article.id}.json`), JSON.stringify(article));
    writeFileSync(join(markdownDir, `${article.id}.md`), article.body);
    markdownBytes += Buffer.byteLength(article.body);
  }
  return { jsonDir, markdownDir, markdownBytes, articles: articles.length };
}

/** galley batch (full summary, no analysis, --jobs 1 and 2) and the md_html peer on one corpus. */
export function nativeBatch(tools, workDir, corpusName) {
  const dir = join(workDir, `batch-${corpusName}`);
  const corpus = writeCorpus(dir, corpusArticles(corpusName));
  const plainOptions = join(dir, 'no-analysis.json');
  writeFileSync(plainOptions, JSON.stringify(NO_ANALYSIS));
  const out = join(dir, 'out');
  const batch = (jobs, options = []) => () => succeeded(
    runMeasured(tools.measure, tools.galley, ['batch', corpus.jsonDir, '-o', out, '--jobs', String(jobs), ...options]),
    'galley batch');
  const rate = (run) => corpus.markdownBytes / run.cpu_s / 1e6;
  const measures = { galley: batch(1), galleyPlain: batch(1, ['--options', plainOptions]) };
  if (tools.mdHtml) {
    measures.mdHtml = () => succeeded(
      runMeasured(tools.measure, tools.mdHtml, [corpus.markdownDir, join(dir, 'md_html-out')]), 'md_html batch');
  }
  const result = { corpus: corpusName, articles: corpus.articles, markdownBytes: corpus.markdownBytes };
  // A pass takes 0.02 to 0.4 s of CPU, where a timer tick or a spell of other
  // work moves one process's figure by a third: seven rounds, not three.
  for (const [side, run] of Object.entries(interleavedMedians(measures, 'cpu_s', { rounds: 7 }))) {
    result[side] = { ...run, markdownMBPerSecond: rate(run) };
  }
  return result;
}

// The corpus is rendered as four copies: once, it takes about a quarter of a
// second with one thread and an eighth with two, short enough for the
// machine's other work to decide the ratio.
const JOBS_COPIES = 4;

/** Wall time of galley batch with two threads against one, default options. */
export function nativeJobs(tools, workDir, corpusName) {
  const dir = join(workDir, `jobs-${corpusName}`);
  const articles = corpusArticles(corpusName);
  const copies = Array.from({ length: JOBS_COPIES }, (_, copy) => articles.map((a) => ({ ...a, id: `${a.id}-${copy}` })));
  const corpus = writeCorpus(dir, copies.flat());
  const batch = (jobs) => () => succeeded(
    runMeasured(tools.measure, tools.galley, ['batch', corpus.jsonDir, '-o', join(dir, 'out'), '--jobs', String(jobs)]),
    'galley batch');
  const { one, two } = interleavedMedians({ one: batch(1), two: batch(2) }, 'wall_s');
  return { corpus: `${corpusName} ×${JOBS_COPIES}`, jobs1: one, jobs2: two, speedup: one.wall_s / two.wall_s };
}

const renderNative = (tools, file, optionsFile) => runMeasured(tools.measure, tools.galley,
  ['render', file, ...(optionsFile ? ['--options', optionsFile] : [])]);

const renderWasm = (file, options = {}, runs = 0) => runNodeChild(wasmArticleScript, [file, JSON.stringify(options), String(runs)]);

/** One article of about 10,000 words against one of about 100,000, default options. */
export function linearity(tools, workDir) {
  const sizes = [10000, 100000].map((words) => {
    const { article, words: actual } = articleOfWords(words);
    const file = join(workDir, `words-${words}.json`);
    writeFileSync(file, JSON.stringify(article));
    return {
      words: actual,
      markdownBytes: Buffer.byteLength(article.body),
      native: medianOfRuns(() => succeeded(renderNative(tools, file), 'galley render'), 'cpu_s'),
      wasm: renderWasm(file, {}, 15),
    };
  });
  const [small, large] = sizes;
  return {
    sizes,
    wordsRatio: large.words / small.words,
    nativeRatio: large.native.cpu_s / small.native.cpu_s,
    wasmRatio: large.wasm.cpuSeconds / small.wasm.cpuSeconds,
  };
}

/**
 * Peak memory for one article with a large body, natively (peak RSS of
 * `galley render`) and in WebAssembly (peak RSS of the Node process and the
 * module's memory). An input the default limits refuse is rendered again with
 * max_input_bytes raised above it; every input is also rendered without text
 * analysis (limit raised).
 */
export function memory(tools, workDir, bodyMegabytes) {
  const raised = { limits: { max_input_bytes: 64 * 1024 * 1024 } };
  const raisedFile = join(workDir, 'raised-limit.json');
  writeFileSync(raisedFile, JSON.stringify(raised));
  const plain = { ...NO_ANALYSIS, ...raised };
  const plainFile = join(workDir, 'no-analysis-raised-limit.json');
  writeFileSync(plainFile, JSON.stringify(plain));
  // A refused render prints its error as one JSON line on standard error.
  const nativeOutcome = (run) => {
    const outcome = { ok: run.status === 0, cpuSeconds: run.cpu_s, peakRssBytes: run.max_rss_kb * 1024 };
    if (outcome.ok) return outcome;
    const line = run.stderr.trim().split('\n').pop();
    try {
      const { code, message } = JSON.parse(line);
      return { ...outcome, code, message };
    } catch {
      return { ...outcome, code: `exit status ${run.status}`, message: line };
    }
  };
  return bodyMegabytes.map((megabytes) => {
    const article = articleOfBodyBytes(megabytes * 1e6);
    const text = JSON.stringify(article);
    const file = join(workDir, `body-${megabytes}mb.json`);
    writeFileSync(file, text);
    const result = {
      megabytes,
      bodyBytes: Buffer.byteLength(article.body),
      inputBytes: Buffer.byteLength(text),
      native: nativeOutcome(renderNative(tools, file)),
      wasm: renderWasm(file),
    };
    if (!result.native.ok) result.nativeRaised = nativeOutcome(renderNative(tools, file, raisedFile));
    if (!result.wasm.ok) result.wasmRaised = renderWasm(file, raised);
    // Without the text analysis's tables: what the render itself and, in
    // Node, the way in and out of the module cost.
    result.nativePlain = nativeOutcome(renderNative(tools, file, plainFile));
    result.wasmPlain = renderWasm(file, plain);
    return result;
  });
}
