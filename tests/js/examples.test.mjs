// examples/node-script: linked to the package with npm (offline), it renders a
// folder into styled pages and an index, and reports a bad article without
// stopping.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { demoArticles, rootDir } from './helpers.mjs';

const exampleDir = join(rootDir, 'examples/node-script');
const work = mkdtempSync(join(tmpdir(), 'galley-example-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('examples/node-script renders a folder into pages and an index', () => {
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: exampleDir, encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);

  const input = join(work, 'in');
  mkdirSync(input);
  const samples = demoArticles();
  for (const { name, path } of samples) copyFileSync(path, join(input, name));
  writeFileSync(join(input, 'zz-untitled.json'), '{"body": "no title"}');
  const output = join(work, 'out');
  const run = spawnSync(process.execPath, ['render-folder.mjs', input, output], { cwd: exampleDir, encoding: 'utf8' });

  assert.equal(run.status, 1, 'a bad article makes the exit status 1');
  assert.match(run.stderr, /^zz-untitled\.json: invalid_article .* at \/title$/m);
  assert.deepEqual(readdirSync(output).sort(), ['index.html', ...samples.map(({ name }) => name.replace(/\.json$/, '.html'))].sort());
  const index = readFileSync(join(output, 'index.html'), 'utf8');
  for (const { name, text } of samples) {
    const page = readFileSync(join(output, name.replace(/\.json$/, '.html')), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<style>\n[^<]*\.galley-title\{/, `${name} carries galley.css`);
    assert.ok(index.includes(`href="${name.replace(/\.json$/, '.html')}"`), `the index links ${name}`);
    assert.ok(page.includes(`<title>${JSON.parse(text).title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`));
  }
});
