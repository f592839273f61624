// The speed, memory, size and start-up targets Galley is held to, and how each
// is read off the benchmark's results. A target is met when every figure it
// names satisfies its bound; a figure that could not be measured is null.
import { CORPORA } from './corpora.mjs';

const corpora = Object.keys(CORPORA);
const nodeRate = (r, corpus, name) => r.node[corpus][name]?.markdownMBPerSecond ?? null;
const nativeRate = (r, corpus, side) => r.native[corpus][side]?.markdownMBPerSecond ?? null;
const ratio = (a, b) => (a === null || b === null ? null : a / b);
const perCorpus = (figure) => (r) => corpora.map((corpus) => ({ where: corpus, value: figure(r, corpus) }));

// The render that had to raise max_input_bytes to go through is the one measured.
const rendered = (entry, side) => (entry[side].ok ? entry[side] : entry[`${side}Raised`]);
const memoryFigures = (r) => r.memory.flatMap((entry) => [
  { where: `${entry.megabytes} MB native`, value: rendered(entry, 'native')?.ok ? rendered(entry, 'native').peakRssBytes / entry.inputBytes : null },
  { where: `${entry.megabytes} MB WASM`, value: rendered(entry, 'wasm')?.ok ? (rendered(entry, 'wasm').maxRssKB * 1024) / entry.inputBytes : null },
]);

// Limits::max_input_bytes by default (core/include/galley/options.hpp).
const DEFAULT_MAX_INPUT_BYTES = 32 * 2 ** 20;

// Inputs over the default max_input_bytes: refused (1) or not (0), and the
// peak RSS of the refusal as a multiple of the input (below 1: not read whole).
const overLimit = (r) => r.memory.filter((entry) => entry.inputBytes > DEFAULT_MAX_INPUT_BYTES)
  .flatMap((entry) => [
    { where: `${entry.megabytes} MB native, refused`, value: entry.native.code === 'limit_exceeded' ? 1 : 0, bound: { min: 1 }, unit: 'yes/no' },
    { where: `${entry.megabytes} MB native, peak RSS ÷ input`, value: entry.native.peakRssBytes / entry.inputBytes, bound: { max: 1 }, unit: '×' },
    { where: `${entry.megabytes} MB WASM, refused`, value: entry.wasm.code === 'limit_exceeded' ? 1 : 0, bound: { min: 1 }, unit: 'yes/no' },
  ]);

export const TARGETS = [
  {
    text: 'Galley WASM, default options (full summary) ≥ 2× markdown-it + sanitize-html', bound: { min: 2 },
    figures: perCorpus((r, c) => ratio(nodeRate(r, c, 'galley'), nodeRate(r, c, 'markdown-it+sanitize-html'))),
  },
  {
    text: 'Galley WASM, no text analysis ≥ 1× md4w + xss', bound: { min: 1 },
    figures: perCorpus((r, c) => ratio(nodeRate(r, c, 'galley-plain'), nodeRate(r, c, 'md4w+xss'))),
  },
  {
    text: 'Galley WASM, no text analysis ≥ 5× markdown-it + sanitize-html', bound: { min: 5 },
    figures: perCorpus((r, c) => ratio(nodeRate(r, c, 'galley-plain'), nodeRate(r, c, 'markdown-it+sanitize-html'))),
  },
  {
    text: 'Galley native, `galley batch --jobs 1`, full summary ≥ 0.2× md_html', bound: { min: 0.2 },
    figures: perCorpus((r, c) => ratio(nativeRate(r, c, 'galley'), nativeRate(r, c, 'mdHtml'))),
  },
  {
    text: 'Galley native, `galley batch --jobs 1`, no text analysis ≥ 0.4× md_html', bound: { min: 0.4 },
    figures: perCorpus((r, c) => ratio(nativeRate(r, c, 'galleyPlain'), nativeRate(r, c, 'mdHtml'))),
  },
  {
    text: '100,000 words take ≤ 12× the time of 10,000 words (default options)', bound: { max: 12 },
    figures: (r) => [{ where: 'native', value: r.linearity.nativeRatio }, { where: 'WASM', value: r.linearity.wasmRatio }],
  },
  {
    text: '`galley batch --jobs 2` ≥ 1.8× `--jobs 1` (wall time, 2 cores)', bound: { min: 1.8 },
    figures: (r) => [{ where: r.jobs.corpus, value: r.jobs.speedup }],
  },
  {
    text: 'peak RSS ≤ 5× the input for one large article', bound: { max: 5 },
    figures: memoryFigures,
  },
  {
    text: 'input over max_input_bytes is refused before it is read whole', bound: {},
    figures: overLimit,
  },
  {
    text: 'browser default ≤ 150 KB gzip (.wasm + glue)', bound: { max: 150 }, unit: ' KB',
    figures: (r) => [{ where: 'gzip -9', value: r.size.total.gzip / 1024 }],
  },
  {
    text: 'cold start ≤ 30 ms in Node (createGalley → first render)', bound: { max: 30 }, unit: ' ms',
    figures: (r) => [{ where: 'Node, median of fresh processes', value: r.coldStart.startMs }],
  },
];

const satisfies = (value, { min, max }) => value !== null && (min === undefined || value >= min) && (max === undefined || value <= max);

export function evaluateTargets(results) {
  return TARGETS.map((target) => {
    const figures = target.figures(results).map((figure) => ({ bound: target.bound, unit: target.unit ?? '×', ...figure }));
    const met = figures.length > 0 && figures.every((figure) => satisfies(figure.value, figure.bound));
    return { text: target.text, figures, met };
  });
}
