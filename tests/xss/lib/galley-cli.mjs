// Renders many articles with the native CLI in one `galley batch` run per
// mode over an NDJSON file, and reads the outputs back.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

// `lines` are Buffers, one article JSON each, without line breaks and without
// a top-level "id" (the batch then names the outputs of line n `line-<n>`).
// Resolves to one result per line: {html, diagnostics} or {error}.
export async function renderBatch(galley, lines, { mode, options, workDir }) {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const input = path.join(workDir, 'articles.ndjson');
  const outDir = path.join(workDir, 'out');
  const parts = [];
  for (const line of lines) {
    if (line.includes(0x0a) || line.includes(0x0d)) throw new Error('an NDJSON line must not contain a line break');
    parts.push(line, Buffer.from('\n'));
  }
  fs.writeFileSync(input, Buffer.concat(parts));
  const args = ['batch', input, '-o', outDir, '--mode', mode];
  if (options) {
    const optionsFile = path.join(workDir, 'options.json');
    fs.writeFileSync(optionsFile, JSON.stringify(options));
    args.push('--options', optionsFile);
  }
  const batch = await run(galley, args);
  if (batch.status !== 0 && batch.status !== 1) {
    throw new Error(`galley batch exited with ${batch.status} (signal ${batch.signal}):\n${batch.stderr}`);
  }
  const errors = parseFailures(batch.stderr, path.basename(input));
  return lines.map((_, i) => {
    const lineNumber = i + 1;
    if (errors.has(lineNumber)) return { error: errors.get(lineNumber) };
    const base = path.join(outDir, `line-${lineNumber}`);
    let html;
    try {
      html = fs.readFileSync(base + '.html', 'utf8');
    } catch {
      return { error: { code: 'missing_output', message: `no ${base}.html and no error reported` } };
    }
    let diagnostics = [];
    if (fs.existsSync(base + '.diagnostics.json')) diagnostics = JSON.parse(fs.readFileSync(base + '.diagnostics.json', 'utf8'));
    return { html, diagnostics };
  });
}

// The batch lists each failed item on standard error as "<file>:<line>: <error JSON>".
function parseFailures(stderr, inputName) {
  const failures = new Map();
  for (const text of stderr.split('\n')) {
    const at = text.indexOf(inputName + ':');
    if (at < 0) continue;
    const match = /^:(\d+): (\{.*\})\s*$/.exec(text.slice(at + inputName.length));
    if (match) failures.set(Number(match[1]), JSON.parse(match[2]));
  }
  return failures;
}

// The galley binary: $GALLEY, else the first build that has one.
export function findGalley(root) {
  if (process.env.GALLEY) return process.env.GALLEY;
  for (const dir of ['build', 'build-xss']) {
    const candidate = path.join(root, dir, 'bin', 'galley');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

// The stylesheet Galley inlines into every document-mode page: the one <style>
// a page's head may hold. Taken from a page rendered from an article with no
// content of its own, so no payload can have shaped it.
export function documentStylesheet(galley) {
  const { status, stdout, stderr } = spawnSync(galley, ['render', '-', '--mode', 'document'], { input: '{"title":"x"}' });
  if (status !== 0) throw new Error(`galley render failed: ${stderr}`);
  const html = JSON.parse(stdout.toString()).html;
  const match = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!match) throw new Error('a document-mode page has no <style> in its head');
  return match[1];
}
