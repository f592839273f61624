// Runs the size, cold-start and throughput benchmarks, writes results.md and
// copies the table into the package README (after its <!-- results --> mark).
//   node benchmarks/js/run.mjs      (after `npm run build` in bindings/js)
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { browserThroughput } from './browser-throughput.mjs';
import { coldStartBrowser, coldStartNode } from './cold-start.mjs';
import { packageDir, rootDir } from './paths.mjs';
import { measureSize } from './size.mjs';
import { throughput } from './throughput.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

const startLoad = loadavg()[0];
const size = measureSize();
const node = coldStartNode();
const browser = await coldStartBrowser();
const speed = await throughput();
const pageSpeed = await browserThroughput();
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const galleyRate = speed.results[0].articlesPerSecond;

const table = `| what | result |
| --- | --- |
| \`galley.wasm\` | ${kb(size.wasm.raw)} raw, **${kb(size.wasm.gzip)} gzip -9** |
| JS glue (\`galley.mjs\`) | ${kb(size.glue.raw)} raw, **${kb(size.glue.gzip)} gzip -9** |
| .wasm + glue | ${kb(size.total.raw)} raw, **${kb(size.total.gzip)} gzip -9** (target ≤ 150 KB) |
| wrapper (\`src/core.js\` + \`src/browser.js\`) | ${kb(size.wrapper.raw)} raw, ${kb(size.wrapper.gzip)} gzip -9 |
| single-file build (glue with inlined .wasm + wrapper) | ${kb(size.single.raw)} raw, ${kb(size.single.gzip)} gzip -9 |
| fast build (\`galley-fast.wasm\` + glue: Node, and pages that ask for it) | ${kb(size.fast.raw)} raw, ${kb(size.fast.gzip)} gzip -9 |
| cold start, Node (createGalley → first render) | **${ms(node.startMs)}** (+ ${ms(node.importMs)} to import the package; median of ${node.runs} processes) |
| cold start, Chromium (createGalley → first render) | **${ms(browser.startMs)}** (+ ${ms(browser.importMs)} to import; median of ${browser.runs} fresh pages, local server, no cache) |

Throughput in Node on ${speed.articles} generated articles (${(speed.averageMarkdownBytes / 1024).toFixed(1)} KB of Markdown each on average), same process and run:

| renderer | articles/s | Markdown MB/s | relative |
| --- | ---: | ---: | ---: |
${speed.results.map((r) => `| ${r.name} | ${r.articlesPerSecond.toFixed(0)} | ${r.markdownMBPerSecond.toFixed(2)} | ${(r.articlesPerSecond / galleyRate).toFixed(2)}× |`).join('\n')}

Galley's first figure includes parsing the article JSON, sanitizing, and the
whole summary (outline, links, reading time, excerpt, key sentences, keywords,
entities, JSON-LD, meta tags); the other libraries only turn Markdown into
sanitized HTML. The three Galley rows below it show where the time goes; the
third of them still sanitizes, builds the outline, links, images, reading time,
excerpt, JSON-LD and meta tags, and only skips the text analysis.

Throughput in Chromium on the same articles, each renderer in a fresh page, timed after three seconds of warm-up:

| renderer | articles/s | Markdown MB/s | relative |
| --- | ---: | ---: | ---: |
${pageSpeed.results.map((r) => `| ${r.name} | ${r.articlesPerSecond.toFixed(0)} | ${r.markdownMBPerSecond.toFixed(2)} | ${(r.articlesPerSecond / pageSpeed.results[0].articlesPerSecond).toFixed(2)}× |`).join('\n')}

A page runs the small build unless it asks for the fast one (\`createGalley({ start: 'fast' })\`,
or \`moveUp: true\` to move after its first megabyte), which is ${kb(size.fast.gzip)} (gzip) more to
download and needs WebAssembly SIMD.`;

const machine = `Measured on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (load average ${startLoad.toFixed(1)} at the start), Node ${process.version}, ${chromium}.`;

const resultsPath = join(rootDir, 'benchmarks/js/results.md');
const previous = readFileSync(resultsPath, 'utf8');
// The build-choices section is measured by hand whenever the flags change; keep it as written.
const buildChoices = previous.slice(previous.indexOf('## Build choices'), previous.indexOf('Raw numbers:')).trimEnd();

writeFileSync(resultsPath, `# Galley in JavaScript: size and speed

Produced by \`node benchmarks/js/run.mjs\`. ${machine}

${table}

${buildChoices}

Raw numbers:

\`\`\`json
${JSON.stringify({ size, coldStart: { node, browser }, throughput: speed, browserThroughput: pageSpeed }, null, 2)}
\`\`\`
`);

const readmePath = join(packageDir, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const mark = '<!-- results -->';
writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(mark) + mark.length)}\n\n${machine}\n\n${table}\n`);
console.log(table);
