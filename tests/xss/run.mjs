// The XSS suite: renders every hostile payload in every position of an
// article, in every mode, then checks in a real browser that nothing can run,
// clobber, mutate or break out. Prints `xss: N passed, M failed` last and
// exits non-zero on any failure.
//
//   node tests/xss/run.mjs [--galley PATH] [--filter REGEX] [--runs fragment,article,…] [--report FILE]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { articleLines } from './lib/articles.mjs';
import { expectStylesheet, Harness, loadPlaywright } from './lib/browser.mjs';
import { loadOwnCorpus, loadSharedCorpus } from './lib/corpus.mjs';
import { documentStylesheet, findGalley, renderBatch } from './lib/galley-cli.mjs';
import { checkBatch } from './lib/checks.mjs';
import { runSelfTest } from './self-test.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

// Options are trusted, but the guarantees must hold under every policy
// setting too: one run with the permissive settings and another id prefix.
const PERMISSIVE = {
  policy: { allow_data_images: true, add_nofollow_ugc: true, external_links_in_new_tab: true, base_url: 'https://news.example/section/' },
  heading_id_prefix: 'sec-',
};
// A policy widened as far as its universe goes.
const WIDENED = {
  policy: {
    add_elements: ['address', 'article', 'aside', 'data', 'footer', 'header', 'hgroup', 'main', 'nav', 'section'],
    add_attributes: {
      '*': ['id', 'role', 'translate', 'aria-*', 'data-*'],
      a: ['hreflang', 'type'], data: ['value'], td: ['headers'], th: ['headers', 'abbr'],
    },
    allowed_classes: { '*': ['note', 'hljs-*'] },
    id_prefix: 'uc-',
  },
  heading_id_prefix: 'sec-',
};
const RUNS = [
  { name: 'fragment', mode: 'fragment', ctx: { idPrefix: 'h-' } },
  { name: 'article', mode: 'article', ctx: { idPrefix: 'h-' } },
  { name: 'document', mode: 'document', ctx: { idPrefix: 'h-' } },
  { name: 'article+permissive', mode: 'article', options: PERMISSIVE, ctx: { idPrefix: 'sec-' } },
  { name: 'fragment+widened', mode: 'fragment', options: WIDENED, ctx: { idPrefix: ['sec-', 'uc-'] } },
];

function parseArgs(argv) {
  const args = { galley: null, filter: null, report: null, runs: null };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (name === '--galley') args.galley = value();
    else if (name === '--filter') args.filter = new RegExp(value());
    else if (name === '--report') args.report = value();
    else if (name === '--runs') args.runs = value().split(',');
    else throw new Error(`unknown argument ${name}`);
  }
  return args;
}

// A render error is fine only where the payload says so: over a limit, or
// raw control bytes that make the JSON invalid.
function errorAllowed(payload, error) {
  if (payload.allowErrors.includes(error.code)) return true;
  return payload.raw && error.code === 'invalid_json' && /[\x00-\x1f]/.test(payload.text);
}

function describe(payload) {
  const text = payload.text.length > 300 ? payload.text.slice(0, 300) + `… (${payload.text.length} characters)` : payload.text;
  return `${payload.source} [${payload.class}] ${payload.title}\n    payload${payload.raw ? ' (raw bytes)' : ''}: ${JSON.stringify(text)}`;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const galley = args.galley ?? findGalley(ROOT);
  if (!galley || !fs.existsSync(galley)) throw new Error('no galley binary: build it or pass --galley PATH');
  expectStylesheet(documentStylesheet(galley));
  const playwright = await loadPlaywright();
  if (!playwright) throw new Error('playwright-core is not installed: run npm install at the repository root');

  let payloads = loadOwnCorpus(path.join(HERE, 'corpus'));
  const shared = loadSharedCorpus(path.join(ROOT, '..', 'shared', 'corpora', 'dompurify-payloads.json'));
  console.log(`own corpus: ${payloads.length} payloads`);
  if (shared) {
    console.log(`DOMPurify corpus: ${shared.length} payloads`);
    payloads = payloads.concat(shared);
  } else {
    console.log('DOMPurify corpus: absent, skipped');
  }
  if (args.filter) payloads = payloads.filter((p) => args.filter.test(p.source) || args.filter.test(p.title));

  // One article line per payload and variant.
  const cases = [];
  const lines = [];
  for (const payload of payloads) {
    for (const { variant, line } of articleLines(payload)) {
      cases.push({ payload, variant });
      lines.push(line);
    }
  }

  // Thousands of small output files: in memory when the machine has /dev/shm.
  const scratch = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const workDir = fs.mkdtempSync(path.join(scratch, 'galley-xss-'));
  const failures = [];
  let passed = 0;
  const allowedErrors = new Map();  // code → count
  console.log(`prepared ${lines.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Galley renders the next run while the browser checks this one (and the
  // first while the browser starts).
  const runs = RUNS.filter((r) => !args.runs || args.runs.includes(r.name));
  const render = (run) => {
    const renderStart = Date.now();
    return renderBatch(galley, lines, { mode: run.mode, options: run.options, workDir: path.join(workDir, run.name) })
      .then((results) => ({ results, renderMs: Date.now() - renderStart }));
  };
  let rendering = runs.length ? render(runs[0]) : null;
  const harness = await Harness.launch(playwright);
  try {
    const selfStart = Date.now();
    const self = await runSelfTest(harness);
    for (const failure of self.failures) console.log(`FAIL ${failure}`);
    console.log(`harness self-test: ${self.count - self.failures.length} of ${self.count} known-bad and known-good outputs judged right (${((Date.now() - selfStart) / 1000).toFixed(1)} s)`);
    if (self.failures.length) throw new Error('the harness cannot be trusted: its self-test failed');
    for (const [r, run] of runs.entries()) {
      const { results, renderMs } = await rendering;
      rendering = r + 1 < runs.length ? render(runs[r + 1]) : null;
      const items = [];
      results.forEach((result, i) => {
        const c = cases[i];
        const where = { run: run.name, variant: c.variant, payload: c.payload };
        if (result.error) {
          if (errorAllowed(c.payload, result.error)) {
            allowedErrors.set(result.error.code, (allowedErrors.get(result.error.code) ?? 0) + 1);
            passed++;
          } else {
            failures.push({ ...where, problems: [`render error: ${JSON.stringify(result.error)}`] });
          }
          return;
        }
        items.push({ key: `${run.name}.${i}`, mode: run.mode, html: result.html, ctx: run.ctx, where });
      });
      const checkStart = Date.now();
      const { verdicts, distinct } = await checkBatch(harness, items);
      for (const item of items) {
        const problems = verdicts.get(item.key);
        if (problems.length) failures.push({ ...item.where, problems, html: item.html });
        else passed++;
      }
      console.log(`${run.name}: ${items.length} outputs (${distinct} distinct), ${harness.requests} requests so far, rendered in ${(renderMs / 1000).toFixed(1)} s, checked in ${((Date.now() - checkStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    const closing = Date.now();
    await harness.close();
    const removing = Date.now();
    fs.rmSync(workDir, { recursive: true, force: true });
    console.log(`closed in ${((removing - closing) / 1000).toFixed(1)} s, removed in ${((Date.now() - removing) / 1000).toFixed(1)} s`);
  }

  for (const f of failures.slice(0, 60)) {
    console.log(`\nFAIL ${f.run} / ${f.variant}: ${describe(f.payload)}`);
    for (const p of f.problems.slice(0, 8)) console.log(`    - ${p}`);
    if (f.problems.length > 8) console.log(`    - … and ${f.problems.length - 8} more`);
  }
  if (failures.length > 60) console.log(`\n… and ${failures.length - 60} more failures (see --report)`);
  if (args.report) {
    fs.writeFileSync(args.report, JSON.stringify(failures.map((f) => ({
      run: f.run, variant: f.variant, source: f.payload?.source, title: f.payload?.title, payload: f.payload?.text, problems: f.problems, html: f.html,
    })), null, 1));
  }
  const accepted = [...allowedErrors].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  console.log(`\nrenders stopped with an accepted error (over a limit, or invalid JSON from raw control bytes): ${accepted}`);
  console.log(`run time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`xss: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error.stack ?? String(error));
  console.log('xss: 0 passed, 1 failed');
  process.exit(1);
});
