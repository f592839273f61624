// Headless Chromium (the system's /usr/bin/chromium, driven by playwright-core)
// with one harness page. Every request the page makes goes through the
// harness: the harness origin is served from memory, everything else is
// refused and logged, so nothing leaves the machine and every attempt is seen.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ORIGIN = 'http://galley-xss.test';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOOKS = fs.readFileSync(path.join(HERE, '..', 'page', 'hooks.js'), 'utf8');
const INSPECT = fs.readFileSync(path.join(HERE, '..', 'page', 'inspect.js'), 'utf8');
const HARNESS_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>galley xss harness</title>' +
  '</head><body><script src="/inspect.js"></script></body></html>';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch {
    return null;
  }
}

export class Harness {
  // Everything observed since the last take(): trap reports, requests,
  // dialogs, script errors, navigations and popups.
  #log = [];
  #documents = new Map();  // key → HTML bytes served at /doc/<key>
  #extraFiles = new Map();  // path → {type, body}

  static async launch(playwright) {
    const harness = new Harness();
    harness.browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    harness.context = await harness.browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: true });
    await harness.context.exposeBinding('__xssReport', (source, kind, detail) => {
      harness.#log.push({ what: 'script ran', kind, detail, frame: source.frame.url() });
    });
    await harness.context.addInitScript({ content: HOOKS });
    await harness.context.route('**/*', (route) => harness.#serve(route));
    harness.page = await harness.context.newPage();
    harness.#watch(harness.page);
    await harness.reload();
    return harness;
  }

  #watch(page) {
    page.on('dialog', (dialog) => {
      this.#log.push({ what: 'dialog', kind: dialog.type(), detail: dialog.message() });
      dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => this.#log.push({ what: 'script error', detail: String(error.message).slice(0, 300) }));
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const text = message.text();
      // Refused image loads are expected: the harness refuses every outside request.
      if (/^Failed to load resource/.test(text)) return;
      if (message.type() === 'warning') return;
      this.#log.push({ what: 'console error', detail: text.slice(0, 300), frame: message.location()?.url });
    });
    page.on('popup', (popup) => {
      this.#log.push({ what: 'popup', detail: popup.url() });
      popup.close().catch(() => {});
    });
    page.on('framenavigated', (frame) => {
      const url = frame.url();
      if (frame === page.mainFrame()) {
        if (url !== ORIGIN + '/') this.#log.push({ what: 'navigation', detail: url });
      } else if (!url.startsWith(ORIGIN + '/doc/') && url !== 'about:blank' && !url.startsWith('chrome-error:')) {
        this.#log.push({ what: 'frame navigation', detail: url, frame: frame.parentFrame()?.url() });
      }
    });
  }

  async #serve(route) {
    const request = route.request();
    const url = new URL(request.url());
    const frame = request.frame();
    const frameUrl = (() => {
      try {
        return frame.url();
      } catch {
        return '';
      }
    })();
    const entry = { what: 'request', kind: request.resourceType(), detail: request.url(), frame: frameUrl };
    if (url.origin === ORIGIN) {
      const isMain = (() => {
        try {
          return frame === this.page?.mainFrame() || !this.page;
        } catch {
          return false;
        }
      })();
      if (url.pathname === '/' && request.isNavigationRequest() && isMain) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: HARNESS_PAGE });
      }
      if (url.pathname === '/inspect.js' && frameUrl === ORIGIN + '/') {
        return route.fulfill({ contentType: 'text/javascript', body: INSPECT });
      }
      if (url.pathname.startsWith('/doc/') && request.resourceType() === 'document') {
        const key = decodeURIComponent(url.pathname.slice(5));
        if (this.#documents.has(key) && frame.parentFrame() === this.page.mainFrame()) {
          return route.fulfill({ contentType: 'text/html; charset=utf-8', body: this.#documents.get(key) });
        }
      }
      if (this.#extraFiles.has(url.pathname) && frameUrl === ORIGIN + '/') {
        const file = this.#extraFiles.get(url.pathname);
        return route.fulfill({ contentType: file.type, body: file.body });
      }
      this.#log.push(entry);
      return route.fulfill({ status: 404, contentType: 'text/plain', headers: { 'cache-control': 'no-store' }, body: 'not found' });
    }
    this.#log.push(entry);
    return route.abort('blockedbyclient');
  }

  // Serves more files to the harness page (at `urlPath` on the harness origin).
  serveFile(urlPath, type, body) {
    this.#extraFiles.set(urlPath, { type, body });
  }

  setDocuments(map) {
    this.#documents = map;
  }

  take() {
    const log = this.#log;
    this.#log = [];
    return log;
  }

  async reload() {
    await this.page.goto(ORIGIN + '/', { waitUntil: 'load' });
    this.take();
  }

  async close() {
    await this.browser.close();
  }
}
