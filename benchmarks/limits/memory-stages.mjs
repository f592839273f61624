// Where the peak RSS of one large render in Node comes from. Renders one
// article in this process (run it fresh) on one build of the module, with the
// module's exports wrapped, and prints the process's RSS and peak RSS
// (VmRSS and VmHWM of /proc/self/status) after each step:
//   node benchmarks/limits/memory-stages.mjs ARTICLE.json [OPTIONS_JSON] [small|fast]
// The article is read as the speed benchmark reads it (a string from
// readFileSync). Run Node with --liftoff-only to leave V8's optimizing
// compiler out, or with MALLOC_TRIM_THRESHOLD_=0 in the environment to see
// what glibc keeps of memory freed by Node and V8 (see memory.md).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { packageDir } from '../js/paths.mjs';

const MiB = 1 << 20;
const [file, optionsJson = '{}', build = 'small'] = process.argv.slice(2);
if (!file || !['small', 'fast'].includes(build)) {
  console.error('usage: memory-stages.mjs ARTICLE.json [OPTIONS_JSON] [small|fast]');
  process.exit(2);
}

function memoryStatus() {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))[1]);
  return { rss: kib('VmRSS') * 1024, peak: kib('VmHWM') * 1024 };
}

const rows = [];
let last = memoryStatus();
function step(what) {
  const now = memoryStatus();
  rows.push({ what, ...now, change: now.rss - last.rss });
  last = now;
}

// The steps of a call inside the module, seen at its exports.
const watched = {
  _galley_input: 'input buffer allocated in the module',
  _galley_render: 'rendered in the module',
  _galley_release_output: 'output parts decoded into JS strings',
};
function watchExports(module) {
  for (const [name, what] of Object.entries(watched)) {
    const call = module[name];
    module[name] = (...args) => {
      const result = call(...args);
      step(name === '_galley_release_output' ? what : `${name}: ${what}`);
      return result;
    };
  }
  return module;
}

step('Node started');
const { instantiateGalley } = await import(join(packageDir, 'src/core.js'));
const { default: factory } = await import(join(packageDir, build === 'small' ? 'dist/galley.mjs' : 'dist/galley-fast.mjs'));
const wasmFile = join(packageDir, build === 'small' ? 'dist/galley.wasm' : 'dist/galley-fast.wasm');
let module;
const galley = await instantiateGalley((arg) => factory(arg).then((m) => (module = m)), readFileSync(wasmFile));
step(`${build} build instantiated`);
const options = JSON.parse(optionsJson);
galley.render({ title: 'Warm-up', body: 'A *short* article with a [link](https://example.org/).' }, options);
step('warm-up render');
// After the first call: the glue replaces each export's property by the raw
// export on its first call.
watchExports(module);
const article = readFileSync(file, 'utf8');
step(`article read (${(article.length / MiB).toFixed(1)} MiB string)`);
const { html } = galley.render(article, options);
step('render() returned');
const wasmBytes = module.HEAPU8.byteLength;

const mib = (bytes) => (bytes / MiB).toFixed(0);
console.log(`${file}, options ${optionsJson}, ${build} build, Node ${process.version}${process.execArgv.length ? ` ${process.execArgv.join(' ')}` : ''}`);
console.log('| step | RSS MiB | RSS change MiB | peak RSS MiB |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.what} | ${mib(row.rss)} | ${mib(row.change)} | ${mib(row.peak)} |`);
const inputBytes = statSync(file).size;
console.log(`HTML ${(html.length / MiB).toFixed(1)} MiB; module memory ${mib(wasmBytes)} MiB; input ${(inputBytes / MiB).toFixed(1)} MiB; peak ${(last.peak / inputBytes).toFixed(1)}× the input`);
