// Renders one article file with Galley's Node entry in this process, which
// should be fresh, after a warm-up render of a small article. Prints one JSON
// line: the outcome, the CPU time of the render, the process's peak RSS and
// the size of the module's WebAssembly memory afterwards.
//   node benchmarks/speed/wasm-article.mjs ARTICLE.json OPTIONS_JSON [RUNS]
// With RUNS, the article is rendered for at least a second of CPU time to warm
// up (V8 compiles hot WebAssembly functions again, optimized, on background
// threads: CPU time a long-lived process pays once), and the CPU time is the
// median of RUNS renders after that.
import { readFileSync } from 'node:fs';

import { median } from '../js/paths.mjs';
import { createGalley } from '../js/pipelines.mjs';
import { cpuSeconds } from './processes.mjs';

// The module's memory, seen as it is instantiated (the package does not
// expose it): exported by the instance or handed to it as an import.
let memory = null;
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (source, imports) => {
  const result = await instantiate(source, imports);
  const instance = result.instance ?? result;
  const candidates = [...Object.values(instance.exports), ...Object.values(imports ?? {}).flatMap((m) => Object.values(m))];
  memory = candidates.find((value) => value instanceof WebAssembly.Memory) ?? memory;
  return result;
};

const [file, optionsJson, runsArgument] = process.argv.slice(2);
const article = readFileSync(file, 'utf8');
const options = JSON.parse(optionsJson);
const galley = await createGalley('node');
galley.render({ title: 'Warm-up', body: 'A *short* article with a [link](https://example.org/).' }, options);

const renderTimed = () => {
  const start = cpuSeconds();
  let outcome;
  try {
    outcome = { ok: true, htmlChars: galley.render(article, options).html.length };
  } catch (error) {
    outcome = { ok: false, code: error.code ?? error.name, message: String(error.message).slice(0, 300) };
  }
  return { ...outcome, cpuSeconds: cpuSeconds() - start };
};

const runs = Number(runsArgument ?? 0);
const first = renderTimed();
for (let warm = first.cpuSeconds; runs > 0 && warm < 1; ) warm += renderTimed().cpuSeconds;
const timed = runs > 0 ? Array.from({ length: runs }, renderTimed).map((r) => r.cpuSeconds) : [first.cpuSeconds];
console.log(JSON.stringify({
  ...first,
  cpuSeconds: median(timed),
  samples: timed,
  maxRssKB: process.resourceUsage().maxRSS,
  wasmMemoryBytes: memory === null ? null : memory.buffer.byteLength,
}));
