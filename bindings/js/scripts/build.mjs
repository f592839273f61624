#!/usr/bin/env node
// Builds both flavours of the WebAssembly module with Emscripten (emcmake +
// CMake, which fetches md4c through scripts/fetch-md4c.sh) and puts them into
// dist/, the JS glue minified with terser, and copies galley.css and the
// licence texts into the package:
//   small (browsers): galley.mjs, galley.wasm, galley.single.mjs   in DIR
//   fast (Node):      galley-fast.mjs, galley-fast.wasm            in DIR-fast
//   node scripts/build.mjs [--if-missing] [--with-tests] [--build-dir DIR]
// --if-missing   only copy the files above when dist/ is already complete (prepack)
// --with-tests   also configure the Catch2 suite for ctest under Node (in DIR)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = resolve(packageDir, '../..');
const distDir = join(packageDir, 'dist');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const buildDirIndex = argv.indexOf('--build-dir');
const buildDir = resolve(buildDirIndex >= 0 ? argv[buildDirIndex + 1] : process.env.GALLEY_WASM_BUILD_DIR ?? join(rootDir, 'build-wasm'));

// The stylesheet and the licence texts have one copy each, at the repository
// root; the package ships them beside package.json.
for (const [from, to] of [['web/galley.css', 'galley.css'], ['LICENSE', 'LICENSE'], ['THIRD-PARTY-NOTICES.md', 'THIRD-PARTY-NOTICES.md']]) {
  copyFileSync(join(rootDir, from), join(packageDir, to));
}

// Each flavour is configured by its preset of CMakePresets.json.
const flavors = [
  { name: 'small', preset: 'wasm', buildDir, targets: ['galley_wasm', 'galley_wasm_single'], artifacts: ['galley.mjs', 'galley.wasm', 'galley.single.mjs'] },
  { name: 'fast', preset: 'wasm-fast', buildDir: `${buildDir}-fast`, targets: ['galley_wasm'], artifacts: ['galley-fast.mjs', 'galley-fast.wasm'] },
];
const artifacts = flavors.flatMap((flavor) => flavor.artifacts);

if (flag('--if-missing') && artifacts.every((name) => existsSync(join(distDir, name)))) process.exit(0);

// Debian's emcc runs its JS optimizer with the system's acorn.
const env = { ...process.env };
if (!env.NODE_PATH && existsSync('/usr/share/nodejs/acorn')) env.NODE_PATH = '/usr/share/nodejs';

// Emscripten 3.1.6 only strips whitespace from its JS glue; terser also
// shortens local names and folds constants, taking a third off the gzipped glue.
// Checked before the long compile, so that a missing `npm ci` is said at once.
let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('terser is missing: run `npm ci` (at the repository root, or in bindings/js) first');
  process.exit(1);
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
  if (error?.code === 'ENOENT') {
    console.error(`${command} is not installed: Emscripten comes with \`bash scripts/setup-system.sh\` (as root)`);
    process.exit(1);
  }
  if (error) throw new Error(`${command}: ${error.message}`);
  if (status !== 0) process.exit(status ?? 1);
}

for (const flavor of flavors) {
  const tests = flag('--with-tests') && flavor.name === 'small';
  run('emcmake', ['cmake', '-S', rootDir, '--preset', flavor.preset, '-B', flavor.buildDir,
    `-DGALLEY_BUILD_TESTS=${tests ? 'ON' : 'OFF'}`]);
  run('cmake', ['--build', flavor.buildDir, '--target', ...flavor.targets, '--parallel', '2']);
}
async function copyToDist(dir, name) {
  const built = readFileSync(join(dir, 'wasm', name));
  if (!name.endsWith('.mjs')) {
    writeFileSync(join(distDir, name), built);
    return;
  }
  const { code } = await minify(built.toString('utf8'), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  writeFileSync(join(distDir, name), code);
}

mkdirSync(distDir, { recursive: true });
for (const { buildDir: dir, artifacts: names } of flavors) {
  for (const name of names) await copyToDist(dir, name);
}

console.log(`built ${artifacts.map((name) => `dist/${name}`).join(', ')}`);
