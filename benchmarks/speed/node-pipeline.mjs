// Measures one pipeline of benchmarks/js/pipelines.mjs on one corpus in this
// process, which should be fresh: warm-up passes over the whole corpus, then
// the CPU time of each of three passes. A fast pipeline goes over the corpus
// several times in each pass, so that a pass takes at least MIN_PASS_SECONDS
// and a garbage collection or timer tick does not decide its rate. Prints one
// JSON line.
//   node benchmarks/speed/node-pipeline.mjs PIPELINE CORPUS
import { PIPELINES, pipelineInputs } from '../js/pipelines.mjs';
import { median } from '../js/paths.mjs';
import { corpusArticles } from './corpora.mjs';
import { cpuSeconds } from './processes.mjs';

const PASSES = 3;
const MIN_PASS_SECONDS = 1;

const [pipelineName, corpusName] = process.argv.slice(2);
const pipeline = PIPELINES[pipelineName];
if (!pipeline) throw new Error(`unknown pipeline ${pipelineName}`);

const inputs = pipelineInputs(corpusArticles(corpusName));
const markdownBytes = inputs.markdown.reduce((n, md) => n + Buffer.byteLength(md), 0);
const texts = inputs[pipeline.input];
const render = await pipeline.create();

const pass = (rounds) => {
  let outputChars = 0;
  const start = cpuSeconds();
  for (let round = 0; round < rounds; ++round) {
    for (const text of texts) outputChars += render(text).length;
  }
  return { seconds: cpuSeconds() - start, outputChars: outputChars / rounds };
};

// Warm-up: one round that pays the one-time costs (V8 compiling what the
// pipeline runs; Galley moving from its small build to the fast one) and so
// does not decide the rounds per pass, then more at a time until a pass takes
// long enough.
pass(1);
let rounds = 1;
for (let seconds = pass(rounds).seconds; seconds < MIN_PASS_SECONDS; seconds = pass(rounds).seconds) {
  rounds *= Math.min(10, Math.ceil(MIN_PASS_SECONDS / Math.max(seconds, 1e-3)));
}
const passes = Array.from({ length: PASSES }, () => pass(rounds));
const seconds = median(passes.map((p) => p.seconds)) / rounds;
console.log(JSON.stringify({
  pipeline: pipelineName,
  corpus: corpusName,
  articles: texts.length,
  markdownBytes,
  outputChars: passes[0].outputChars,
  roundsPerPass: rounds,
  passes: passes.map((p) => p.seconds),
  cpuSeconds: seconds,
  markdownMBPerSecond: markdownBytes / seconds / 1e6,
}));
