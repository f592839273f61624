// <galley-article>: renders article JSON with Galley into its shadow root.
//
//   <galley-article src="article.json" mode="article"></galley-article>
//   element.article = { title: "…", body: "…" };   // or JSON text
//   element.options = { policy: { external_links_in_new_tab: true } };
//
// Fires `galley-render` (detail: {summary, diagnostics}) after each render and
// `galley-error` (detail: {error}) when the input cannot be rendered; the
// element then shows an error box instead of the article. Styled by galley.css,
// themable through its --galley-* custom properties and ::part(content|error).
// It imports the wrapper by relative path, so a page needs no import map.
import { createGalley, GalleyError } from '../src/browser.js';

let sharedGalley;
// One WebAssembly instance serves every element on the page.
function loadGalley() {
  sharedGalley ??= createGalley();
  return sharedGalley;
}

// galley.css, next to this package's package.json, styles the shadow root:
// the same stylesheet that document-mode pages inline.
const STYLESHEET_URL = new URL('../galley.css', import.meta.url).href;

const MODES = ['fragment', 'article', 'document'];

function describe(error) {
  let where = error.path ? ` at ${error.path}` : '';
  if (error.line !== undefined) where += ` (line ${error.line}, column ${error.column})`;
  return `${error.message}${where}`;
}

export class GalleyArticleElement extends HTMLElement {
  static observedAttributes = ['src', 'mode', 'options'];

  #article;
  #options;
  #content;
  #error;
  #styled;
  #generation = 0;
  #result = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = STYLESHEET_URL;
    // The first render waits for the styles (or their failure), so it never shows unstyled.
    this.#styled = new Promise((resolve) => {
      style.addEventListener('load', resolve, { once: true });
      style.addEventListener('error', resolve, { once: true });
    });
    this.#content = document.createElement('div');
    // Fragment-mode HTML has no wrapper of its own to carry the stylesheet's class.
    this.#content.className = 'galley-article';
    this.#content.part = 'content';
    this.#error = document.createElement('div');
    this.#error.className = 'galley-error';
    this.#error.part = 'error';
    this.#error.setAttribute('role', 'alert');
    this.#error.hidden = true;
    root.append(style, this.#error, this.#content);
  }

  /** The article: an object or JSON text. Setting it renders (and wins over src). */
  get article() { return this.#article; }
  set article(value) {
    this.#article = value;
    this.#schedule(() => value);
  }

  /** Render options (object or JSON text); the mode attribute wins over options.mode. */
  get options() { return this.#options; }
  set options(value) {
    this.#options = value;
    this.#rerender();
  }

  get mode() { return MODES.includes(this.getAttribute('mode')) ? this.getAttribute('mode') : 'article'; }
  set mode(value) { this.setAttribute('mode', value); }

  get src() { return this.getAttribute('src') ?? ''; }
  set src(value) { this.setAttribute('src', value); }

  /** The last successful render: {html, summary, diagnostics}, or null. */
  get result() { return this.#result; }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'src') {
      if (newValue) this.#schedule(() => this.#fetchArticle(new URL(newValue, document.baseURI)));
    } else {
      this.#rerender();
    }
  }

  #rerender() {
    if (this.#article !== undefined) this.#schedule(() => this.#article);
    else if (this.src) this.#schedule(() => this.#fetchArticle(new URL(this.src, document.baseURI)));
  }

  async #fetchArticle(url) {
    let response;
    try {
      response = await fetch(url);
    } catch (cause) {
      throw new GalleyError(`cannot load ${url}: ${cause.message}`, { code: 'io_error' }, cause);
    }
    if (!response.ok) throw new GalleyError(`cannot load ${url}: HTTP ${response.status}`, { code: 'io_error' });
    return response.text();
  }

  #effectiveOptions() {
    let options = this.#options ?? {};
    const attribute = this.getAttribute('options');
    if (this.#options === undefined && attribute) options = attribute;
    if (typeof options === 'string') {
      try {
        options = JSON.parse(options);
      } catch {
        return options; // the core reports malformed options JSON precisely
      }
    }
    if (options === null || typeof options !== 'object') return options;
    return this.hasAttribute('mode') || !('mode' in options) ? { ...options, mode: this.mode } : options;
  }

  // Renders the article that `load` produces; a newer request supersedes an
  // older one still loading.
  async #schedule(load) {
    const generation = ++this.#generation;
    try {
      const [galley, article] = await Promise.all([loadGalley(), load(), this.#styled]);
      if (generation !== this.#generation) return;
      const result = galley.render(article, this.#effectiveOptions());
      this.#show(result);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#fail(error);
    }
  }

  #show(result) {
    this.#result = result;
    this.#error.hidden = true;
    this.#error.replaceChildren();
    // The core's output is sanitized HTML: no scripts, handlers or unsafe URLs.
    this.#content.innerHTML = result.html;
    this.#content.hidden = false;
    const { summary, diagnostics } = result;
    this.dispatchEvent(new CustomEvent('galley-render', { detail: { summary, diagnostics }, bubbles: true, composed: true }));
  }

  #fail(error) {
    this.#result = null;
    this.#content.replaceChildren();
    this.#content.hidden = true;
    const title = document.createElement('strong');
    title.textContent = 'This article cannot be displayed.';
    const message = document.createElement('span');
    message.textContent = describe(error);
    const code = document.createElement('code');
    code.textContent = ` [${error.code ?? error.name}]`;
    this.#error.replaceChildren(title, message, code);
    this.#error.hidden = false;
    this.dispatchEvent(new CustomEvent('galley-error', { detail: { error }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('galley-article')) customElements.define('galley-article', GalleyArticleElement);
