#!/usr/bin/env node
// Builds the WebAssembly module with Emscripten (emcmake + CMake, which fetches
// md4c through scripts/fetch-md4c.sh) and copies it into dist/.
//   node scripts/build.mjs [--if-missing] [--with-tests] [--build-dir DIR]
// --if-missing   do nothing when dist/ is already complete (used by prepack)
// --with-tests   also configure the Catch2 suite for ctest under Node
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = resolve(packageDir, '../..');
const distDir = join(packageDir, 'dist');
const artifacts = ['galley.mjs', 'galley.wasm', 'galley.single.mjs'];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const buildDirIndex = argv.indexOf('--build-dir');
const buildDir = resolve(buildDirIndex >= 0 ? argv[buildDirIndex + 1] : process.env.GALLEY_WASM_BUILD_DIR ?? join(rootDir, 'build-wasm'));

if (flag('--if-missing') && artifacts.every((name) => existsSync(join(distDir, name)))) process.exit(0);

// Debian's emcc runs its JS optimizer with the system's acorn.
const env = { ...process.env };
if (!env.NODE_PATH && existsSync('/usr/share/nodejs/acorn')) env.NODE_PATH = '/usr/share/nodejs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
  if (error) throw new Error(`${command}: ${error.message}`);
  if (status !== 0) process.exit(status ?? 1);
}

run('emcmake', ['cmake', '-S', rootDir, '-B', buildDir, '-DCMAKE_BUILD_TYPE=Release', '-DGALLEY_BUILD_WASM=ON',
  '-DGALLEY_BUILD_CLI=OFF', `-DGALLEY_BUILD_TESTS=${flag('--with-tests') ? 'ON' : 'OFF'}`]);
run('cmake', ['--build', buildDir, '--target', 'galley_wasm', 'galley_wasm_single', '--parallel', '2']);

mkdirSync(distDir, { recursive: true });
for (const name of artifacts) copyFileSync(join(buildDir, 'wasm', name), join(distDir, name));
console.log(`built ${artifacts.map((name) => `dist/${name}`).join(', ')}`);
