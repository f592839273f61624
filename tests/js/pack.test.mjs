// `npm pack` produces a tarball that installs offline into an empty folder and
// works there: the API under Node, the single-file build and the CLI; the web
// component, galley.css and the licence texts are in it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { packageDir, rootDir } from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'galley-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test('the packed tarball installs offline and works', () => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], packageDir));
  const files = packed[0].files.map((f) => f.path).sort();
  for (const expected of ['bin/galley.js', 'dist/galley.mjs', 'dist/galley.single.mjs', 'dist/galley.wasm',
    'index.d.ts', 'package.json', 'src/browser.js', 'src/core.js', 'src/node.js', 'src/single.js', 'src/batch/worker.js',
    'README.md', 'element/galley-article.js', 'element/galley-article.d.ts', 'galley.css', 'LICENSE',
    'THIRD-PARTY-NOTICES.md']) {
    assert.ok(files.includes(expected), `tarball contains ${expected}`);
  }
  assert.ok(!files.some((f) => f.startsWith('scripts/')), 'build scripts stay out of the tarball');
  const tarball = join(work, packed[0].filename);

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  assert.ok(existsSync(join(app, 'node_modules/galley/dist/galley.wasm')));

  writeFileSync(join(app, 'main.js'), `
    import { createGalley, GalleyError } from 'galley';
    import { createGalley as createSingle } from 'galley/single';
    const galley = await createGalley();
    const single = await createSingle();
    const { html, summary } = galley.render({ title: 'Packed', body: 'Hello <script>x</script>**world**' });
    let code = null;
    try { galley.render('{'); } catch (e) { code = e instanceof GalleyError ? e.code : 'wrong'; }
    console.log(JSON.stringify({ html, title: summary.title, code, same: single.render({ title: 'Packed', body: 'x' }).html === galley.render({ title: 'Packed', body: 'x' }).html }));
  `);
  const output = JSON.parse(run(process.execPath, ['main.js'], app));
  assert.equal(output.title, 'Packed');
  assert.match(output.html, /<strong>world<\/strong>/);
  assert.doesNotMatch(output.html, /<script/);
  assert.equal(output.code, 'invalid_json');
  assert.equal(output.same, true);

  // The element and the stylesheet resolve through the package's exports; the
  // element's imports are relative, so a page needs no import map.
  writeFileSync(join(app, 'resolve.cjs'), `
    console.log(JSON.stringify(['galley/element', 'galley/galley.css'].map((name) => require.resolve(name))));
  `);
  const [elementPath, cssPath] = JSON.parse(run(process.execPath, ['resolve.cjs'], app));
  const imports = [...readFileSync(elementPath, 'utf8').matchAll(/^\s*(?:import|export)\b[^'";=]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  for (const specifier of imports) assert.match(specifier, /^\.\.?\//, `relative import in the element: ${specifier}`);
  for (const [installed, source] of [[cssPath, 'web/galley.css'], [join(app, 'node_modules/galley/LICENSE'), 'LICENSE'],
    [join(app, 'node_modules/galley/THIRD-PARTY-NOTICES.md'), 'THIRD-PARTY-NOTICES.md']]) {
    assert.equal(readFileSync(installed, 'utf8'), readFileSync(join(rootDir, source), 'utf8'), `${source} is shipped unchanged`);
  }

  writeFileSync(join(app, 'article.json'), JSON.stringify({ title: 'Via npx', body: 'x' }));
  const cliOutput = JSON.parse(run('npx', ['--offline', '--no-install', 'galley', 'render', 'article.json'], app));
  assert.equal(cliOutput.summary.title, 'Via npx');
  assert.ok(readdirSync(join(app, 'node_modules/.bin')).includes('galley'));

  // npx galley batch runs its worker threads from the installed package.
  writeFileSync(join(app, 'feed.ndjson'), '{"id":"one","title":"One"}\n{"id":"two","title":"Two"}\n');
  run('npx', ['--offline', '--no-install', 'galley', 'batch', 'feed.ndjson', '-o', 'site', '--jobs', '2'], app);
  const index = JSON.parse(readFileSync(join(app, 'site/index.json'), 'utf8'));
  assert.deepEqual(index.articles.map((entry) => entry.title), ['One', 'Two']);
  assert.ok(existsSync(join(app, 'site/two.html')));
});
