// Lays out the speed benchmark's results as benchmarks/speed/results.md.
import { CORPORA } from './corpora.mjs';

const corpora = Object.keys(CORPORA);
const fixed = (value, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const times = (value) => (value === null || value === undefined ? '–' : `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (value) => `${value < 1 ? (value * 1000).toFixed(0) : value.toFixed(2)} ${value < 1 ? 'ms' : 's'}`;
// First column left-aligned, the others right-aligned unless `align` says '---'.
const table = (header, rows, align = header.map((_, i) => (i === 0 ? '---' : '---:'))) => [
  `| ${header.join(' | ')} |`,
  `| ${align.join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');

function boundText({ min, max }) {
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return '';
}

function figureText({ where, value, bound, unit }) {
  if (unit === 'yes/no') return `${where}: ${value === null ? '–' : value ? 'yes' : 'no'}`;
  const shown = unit === '×' ? times(value) : `${fixed(value, 1)}${unit}`;
  return `${where}: ${shown} (${boundText(bound)})`;
}

function targetsTable(targets) {
  return table(['target', 'measured', 'met'], targets.map((target) => [
    target.text,
    target.figures.map(figureText).join('; ') || 'not measured',
    target.met ? '**yes**' : 'no',
  ]), ['---', '---', '---']);
}

function nodeTable(results, PIPELINES) {
  const names = Object.keys(results.node[corpora[0]]);
  const rate = (corpus, name) => results.node[corpus][name]?.markdownMBPerSecond ?? null;
  const against = (peer) => (name) => corpora
    .map((c) => times(rate(c, name) === null || rate(c, peer) === null ? null : rate(c, name) / rate(c, peer))).join(' / ');
  return table(
    ['pipeline', ...corpora.map((c) => `MB/s, ${c}`), ...corpora.map((c) => `processes' MB/s, ${c}`), `÷ markdown-it + sanitize-html (${corpora.join(' / ')})`, `÷ md4w + xss (${corpora.join(' / ')})`],
    names.map((name) => [
      name.startsWith('galley') ? `**${PIPELINES[name].label}**` : PIPELINES[name].label,
      ...corpora.map((c) => fixed(rate(c, name))),
      ...corpora.map((c) => (results.node[c][name]?.samples ?? []).map((cpu) => fixed(results.node[c][name].markdownBytes / cpu / 1e6)).join(', ')),
      against('markdown-it+sanitize-html')(name),
      against('md4w+xss')(name),
    ]),
  );
}

function nativeTable(results) {
  const rows = [
    ['galley', '**`galley batch --jobs 1`, full summary**'],
    ['galleyPlain', '**`galley batch --jobs 1`, no text analysis**'],
    ['mdHtml', 'md4c `md_html` (libmd4c-html), one file in and one out per article'],
  ];
  const rate = (corpus, side) => results.native[corpus][side]?.markdownMBPerSecond ?? null;
  return table(
    ['program', ...corpora.map((c) => `MB/s, ${c}`), `÷ md_html (${corpora.join(' / ')})`],
    rows.map(([side, label]) => [
      label,
      ...corpora.map((c) => fixed(rate(c, side))),
      corpora.map((c) => times(rate(c, side) === null || rate(c, 'mdHtml') === null ? null : rate(c, side) / rate(c, 'mdHtml'))).join(' / '),
    ]),
  );
}

function linearityTable({ sizes, nativeRatio, wasmRatio, wordsRatio }) {
  return table(['article', 'Markdown', 'native CPU', 'WASM CPU'], [
    ...sizes.map((s) => [`${s.words.toLocaleString('en')} words`, mb(s.markdownBytes), seconds(s.native.cpu_s), seconds(s.wasm.cpuSeconds)]),
    [`ratio (words ${fixed(wordsRatio)}×)`, '', `**${times(nativeRatio)}**`, `**${times(wasmRatio)}**`],
  ]);
}

function outcome(run, rssBytes, inputBytes) {
  if (!run) return '–';
  const result = run.ok ? 'rendered' : `refused: ${run.code}`;
  return `${result}; peak RSS ${mib(rssBytes)} (${fixed(rssBytes / inputBytes, 1)}× input); CPU ${seconds(run.cpuSeconds)}`;
}

function memoryTable(entries) {
  const rows = [];
  for (const e of entries) {
    const native = (run) => outcome(run, run?.peakRssBytes, e.inputBytes);
    const wasm = (run) => run && `${outcome(run, run.maxRssKB * 1024, e.inputBytes)}; WebAssembly memory ${mib(run.wasmMemoryBytes ?? 0)}`;
    rows.push([`${mb(e.bodyBytes)} body (${mb(e.inputBytes)} JSON), default limits`, native(e.native), wasm(e.wasm)]);
    if (e.nativeRaised || e.wasmRaised) {
      rows.push([`same, max_input_bytes 64 MiB`, e.nativeRaised ? native(e.nativeRaised) : '–', e.wasmRaised ? wasm(e.wasmRaised) : '–']);
    }
    if (e.nativePlain || e.wasmPlain) {
      rows.push([`same, no text analysis, max_input_bytes 64 MiB`, native(e.nativePlain), e.wasmPlain ? wasm(e.wasmPlain) : '–']);
    }
  }
  return table(['input', 'native `galley render`', 'WASM in Node (package entry)'], rows, ['---', '---', '---']);
}

// Wall-time figures (threads, cold start) only mean something on an idle machine.
function wallTimeCaveat(load) {
  const busiest = Math.max(load.start[0], load.end[0]);
  return busiest < 1.5 ? '' : `This is wall time, and with a load average up to ${fixed(busiest, 1)} other processes
took most of the cores: the figure says more about the machine than about Galley.`;
}

export function renderResults(results, { PIPELINES }) {
  const { env, load } = results;
  const jobs = results.jobs;
  return `# Galley's speed beside the pipelines it replaces

Produced by \`npm run bench\` (benchmarks/speed/run.mjs) on ${env.date}.

**Compare ratios within this run, not absolute figures across runs.** The machine is
shared with other work and noisy (load average ${fixed(load.start[0], 1)} at the start and
${fixed(load.end[0], 1)} at the end, on ${env.cpu.split(' ×')[0]} cores): absolute rates move by
a third or more from one run to the next, ratios measured in the same run much less.

| | |
| --- | --- |
| machine | ${env.cpu}, ${env.memory}, ${env.kernel} |
| Node | ${env.node} |
| Emscripten | ${env.emscripten} |
| native build | ${env.compiler} |
| md4c-html (native peer) | ${env.md4cHtml} |
| Galley | ${env.galley}; browser build ${results.browserBuildDiffers ? 'differs from' : 'is the same as'} the Node one |
| npm peers | ${Object.entries(env.peers).map(([name, version]) => `${name} ${version}`).join(', ')} |

How it is measured: every figure comes from a process started for it alone
(\`child_process\`), as CPU time (user + system, all threads: \`process.cpuUsage()\`
in Node, \`getrusage\` of the child natively), never wall time except for
\`--jobs\`. Node pipelines do warm-up passes over the corpus, then three passes
of at least a second each (a fast pipeline goes over the corpus several times
per pass); a process's figure is its median pass. Each Node pipeline runs in
${results.rounds} fresh processes and keeps the process with the median CPU time.
Native figures are the median of three fresh processes after one warm-up run
(seven for \`galley batch\` and md_html on a corpus, whose runs are short).
What is compared (the Node pipelines of a corpus, Galley and md_html, one and
two threads) takes turns round after round, so that a spell of load from other
work falls on all of it alike. MB/s is megabytes (10⁶ bytes) of
Markdown body per CPU second. Galley receives the article JSON (text, or its
UTF-8 bytes where said) and also builds the summary; the peers receive the
Markdown body alone.

Corpora (generated from fixed seeds by benchmarks/js/corpus.mjs, \`lang: "en"\`):
${corpora.map((c) => `- **${c}**: ${CORPORA[c].label}; ${mb(results.native[c].markdownBytes)} of Markdown in all.`).join('\n')}

## Targets

${targetsTable(results.targets)}

## Node: Markdown MB/s

${nodeTable(results, PIPELINES)}

## Native: Markdown MB/s

${nativeTable(results)}

\`galley batch\` on ${jobs.corpus}, default options, wall time: \`--jobs 1\` ${seconds(jobs.jobs1.wall_s)},
\`--jobs 2\` ${seconds(jobs.jobs2.wall_s)}: **${times(jobs.speedup)}** on ${env.cpu.split(' ×')[0]} cores that other work shares.
${wallTimeCaveat(load)}

## Cost against length

One article of about 10,000 and one of about 100,000 words (blocks of the news
corpus), default options (key sentences and keywords included): \`galley render\`
natively (median of three processes), \`render()\` of the package's Node entry in WebAssembly
(median of 15 renders in one process, after a second of warm-up renders).

${linearityTable(results.linearity)}

## Memory for one large article

Peak RSS of the process (\`getrusage\`, the figure \`/usr/bin/time -f %M\` prints) as a
multiple of the article JSON; in Node also the size of the module's WebAssembly memory
after the render. Default options, and without text analysis (\`entities: false,
key_sentences: 0, keywords: 0\`), where the analysis's tables are out of the figure.

${memoryTable(results.memory)}

## Size and cold start

.wasm + glue of the browser build: ${fixed(results.size.total.gzip / 1024, 1)} KB gzip -9
(${fixed(results.size.total.raw / 1024, 1)} KB raw). Cold start in Node (createGalley → first render):
${fixed(results.coldStart.startMs, 1)} ms, median of ${results.coldStart.runs} processes
(+ ${fixed(results.coldStart.importMs, 1)} ms to import the package). ${wallTimeCaveat(load)}
The heap staying flat over 100,000 renders is checked by tests/wasm_soak, not here.

## Raw numbers

\`\`\`json
${JSON.stringify({ ...results, targets: undefined }, null, 1)}
\`\`\`
`;
}
