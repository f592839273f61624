// Debian's Chromium, headless, reaching nothing but the local demo server
// (with the benchmarks' pages and the browser peers' ES modules mounted):
// runs `use({ browser, url })` and closes both afterwards.
import { join } from 'node:path';

import { rootDir } from './paths.mjs';

const MOUNTS = {
  '/bench/': join(rootDir, 'benchmarks/js/pages'),
  '/peers/marked/': join(rootDir, 'node_modules/marked/lib'),
  '/peers/dompurify/': join(rootDir, 'node_modules/dompurify/dist'),
};

export async function withChromium(use) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import(join(rootDir, 'demo/server.mjs'));
  const { server, url } = await startServer({ port: 0, mounts: MOUNTS });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    return await use({ browser, url });
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
