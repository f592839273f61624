#!/usr/bin/env node
// A tiny static server for the demo: serves demo/ (the page and the sample
// articles), examples/browser/ and the npm package's browser files from 127.0.0.1 with correct
// MIME types (the .wasm as application/wasm, so that browsers compile it while
// it downloads).
//   node demo/server.mjs [--port N]      (default 8080; 0 picks a free port)
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(rootDir, 'bindings/js');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// URL prefix → folder. Nothing outside these folders is served.
const DEFAULT_MOUNTS = {
  '/demo/': join(rootDir, 'demo'),
  '/examples/browser/': join(rootDir, 'examples/browser'),
  '/bindings/js/': packageDir,
};

function send(response, status, body, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

async function handle(request, response, mounts) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed\n');
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { Location: '/demo/' });
    return response.end();
  }
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(response, 400, 'bad request\n');
  }
  const prefix = Object.keys(mounts).find((p) => decoded.startsWith(p));
  if (!prefix) return send(response, 404, 'not found\n');
  const base = mounts[prefix];
  let file = resolve(base, `.${sep}${decoded.slice(prefix.length)}`);
  if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'forbidden\n');

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // A folder of samples is listed as JSON; any other folder serves index.html.
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) {
      file = index;
      info = indexInfo;
    } else {
      const names = (await readdir(file)).filter((name) => name.endsWith('.json')).sort();
      return send(response, 200, JSON.stringify(names), MIME_TYPES['.json']);
    }
  }
  if (!info?.isFile()) return send(response, 404, 'not found\n');
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

/** Starts the server; resolves to {server, url}. `mounts` adds URL prefix → folder entries. */
export function startServer({ port = 8080, host = '127.0.0.1', mounts = {} } = {}) {
  const all = { ...DEFAULT_MOUNTS, ...mounts };
  const server = createServer((request, response) => {
    handle(request, response, all).catch((error) => {
      if (!response.headersSent) send(response, 500, `${error.message}\n`);
      else response.destroy(error);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const missing = ['dist/galley.mjs', 'dist/galley.wasm', 'galley.css'].filter((name) => !existsSync(join(packageDir, name)));
  if (missing.length > 0) {
    console.error(`The demo needs the WebAssembly package, and bindings/js/${missing[0]} is missing. Build it first:\n`
      + '  npm ci && npm run build:wasm      (needs Emscripten: bash scripts/setup-system.sh)');
    process.exit(1);
  }
  const portIndex = process.argv.indexOf('--port');
  const port = Number(portIndex > 0 ? process.argv[portIndex + 1] : process.env.PORT ?? 8080);
  const { server, url } = await startServer({ port });
  console.log(`Galley demo: ${url}/demo/  (Ctrl+C stops it)`);
  // npm passes Ctrl+C and SIGTERM on to this process: close the socket and end.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
