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
const INSPECT_SOURCE = fs.readFileSync(path.join(HERE, '..', 'page', 'inspect.js'), 'utf8');
// inspect.js as served: with the stylesheet document-mode pages may carry
// (documentStylesheet in galley-cli.mjs) written into it.
let INSPECT = INSPECT_SOURCE;
export function expectStylesheet(css) {
  INSPECT = INSPECT_SOURCE.replace("'__GALLEY_STYLESHEET__'", JSON.stringify(css));
}
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

// One page in a browser context of its own (so in a renderer process of its
// own): batches can be checked on several lanes at once.
export class Lane {
  requests = 0;  // every request the browser made, all through #serve
  contentImages = new Set();  // URLs of every image the checked content holds: loads that may happen

  // Everything observed since the last take(): trap reports, requests,
  // dialogs, script errors, navigations and popups.
  #log = [];
  #harnessLoading = false;  // the one navigation of the main frame that is ours
  #frameUrls = new WeakMap();  // frame → the URL it showed before its latest navigation

  static async open(browser) {
    const lane = new Lane();
    lane.context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: true });
    await lane.context.exposeBinding('__xssReport', (source, kind, detail, slot) => {
      lane.#log.push({ what: 'script ran', kind, detail, frame: source.frame.url(), slot });
    });
    await lane.context.addInitScript({ content: HOOKS });
    await lane.context.route('**/*', (route) => lane.#serve(route));
    lane.page = await lane.context.newPage();
    lane.#watch(lane.page);
    await lane.reload();
    return lane;
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
      const before = this.#frameUrls.get(frame);
      this.#frameUrls.set(frame, url);
      if (frame === page.mainFrame()) {
        if (url !== ORIGIN + '/') this.#log.push({ what: 'navigation', detail: url });
      } else if (!url.startsWith(ORIGIN + '/pool/') && url !== ORIGIN + '/' && url !== 'about:blank' && !url.startsWith('chrome-error:')) {
        // Pool frames start at /pool/<n>; writing a document into one gives it the harness's URL.
        this.#log.push({ what: 'frame navigation', detail: url, frame: before ?? frame.parentFrame()?.url() });
      }
    });
  }

  async #serve(route) {
    this.requests++;
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
    const ours = url.origin === ORIGIN;
    if (request.isNavigationRequest()) {
      const isMain = frame === this.page?.mainFrame() || !this.page;
      if (ours && url.pathname === '/' && isMain && this.#harnessLoading) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: HARNESS_PAGE });
      }
      if (ours && /^\/pool\/\d+$/.test(url.pathname) && frame.parentFrame() === this.page?.mainFrame()) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>pool</title>' });
      }
      // Any other navigation is a finding. "204 No Content" cancels it, so
      // the page (or frame) stays where it is and the run goes on.
      this.#log.push(entry);
      return route.fulfill({ status: 204, body: '' });
    }
    if (ours && frameUrl === ORIGIN + '/' && url.pathname === '/inspect.js') {
      return route.fulfill({ contentType: 'text/javascript', body: INSPECT });
    }
    this.#log.push(entry);
    if (ours) return route.fulfill({ status: 404, contentType: 'text/plain', headers: { 'cache-control': 'no-store' }, body: 'not found' });
    return route.abort('blockedbyclient');
  }

  take() {
    const log = this.#log;
    this.#log = [];
    return log;
  }

  async reload() {
    this.#harnessLoading = true;
    try {
      await this.page.goto(ORIGIN + '/', { waitUntil: 'load' });
    } finally {
      this.#harnessLoading = false;
    }
    this.take();
  }
}

export class Harness {
  static async launch(playwright, laneCount = 2) {
    const harness = new Harness();
    harness.browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    harness.lanes = await Promise.all(Array.from({ length: laneCount }, () => Lane.open(harness.browser)));
    return harness;
  }

  get requests() {
    return this.lanes.reduce((sum, lane) => sum + lane.requests, 0);
  }

  async close() {
    await this.browser.close();
  }
}
