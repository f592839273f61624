// `npm run demo` serves the demo page, and stopping npm (SIGTERM, as a process
// manager or Ctrl+C would) stops the server with it: the port is closed after.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';

import { rootDir } from './helpers.mjs';

test('npm run demo serves the page and SIGTERM to npm stops the server', async () => {
  const npm = spawn('npm', ['run', '--silent', 'demo'], { cwd: rootDir, env: { ...process.env, PORT: '0' } });
  let output = '';
  npm.stdout.on('data', (chunk) => { output += chunk; });
  const url = await new Promise((resolve, reject) => {
    npm.stdout.on('data', () => {
      const match = /Galley demo: (http:\/\/127\.0\.0\.1:\d+\/demo\/)/.exec(output);
      if (match) resolve(match[1]);
    });
    npm.once('exit', (code) => reject(new Error(`npm run demo exited (${code}): ${output}`)));
  });
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<galley-article id="preview"/);

  npm.kill('SIGTERM');
  await once(npm, 'exit');
  await assert.rejects(fetch(url), 'nothing listens on the port any more');
});
