// <galley-article>: renders article JSON with Galley into its shadow root.
//
//   <galley-article src="article.json" mode="article"></galley-article>
//   element.article = { title: "…", body: "…" };   // or JSON text
//   element.options = { policy: { external_links_in_new_tab: true } };
//
// Fires `galley-render` (detail: {summary, diagnostics}) after each render and
// `galley-error` (detail: {error}) when the input cannot be rendered; the
// element then shows an error box instead of the article. Styles are themable
// through CSS custom properties (see STYLE below) and ::part(content|error).
import { createGalley, GalleyError } from 'galley';

let sharedGalley;
// One WebAssembly instance serves every element on the page.
function loadGalley() {
  sharedGalley ??= createGalley();
  return sharedGalley;
}

const STYLE = `
:host {
  display: block;
  color: var(--galley-text, #1d1d1f);
  background: var(--galley-background, transparent);
  font: var(--galley-font-size, 1.0625rem)/var(--galley-line-height, 1.6) var(--galley-font, Georgia, "Times New Roman", serif);
}
:host([hidden]) { display: none; }
.content { max-width: var(--galley-max-width, 42rem); margin: 0 auto; overflow-wrap: break-word; }
h1, h2, h3, h4, h5, h6 {
  font-family: var(--galley-heading-font, system-ui, sans-serif);
  line-height: 1.25;
  margin: 1.6em 0 0.5em;
}
.galley-title { font-size: 2.1em; margin-top: 0.2em; }
.galley-kicker, .galley-byline, .galley-breadcrumbs, .galley-caption, .galley-credit, figcaption, .galley-tags {
  font-family: var(--galley-ui-font, system-ui, sans-serif);
  font-size: 0.85em;
  color: var(--galley-muted, #5f6368);
}
.galley-kicker { text-transform: uppercase; letter-spacing: 0.06em; color: var(--galley-accent, #b3261e); font-weight: 600; }
.galley-subtitle { font-size: 1.2em; color: var(--galley-muted, #5f6368); margin-top: 0; }
.galley-breadcrumbs ol, .galley-tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
.galley-breadcrumbs li + li::before { content: "/"; margin-right: 0.5em; color: var(--galley-rule, #d0d0d5); }
.galley-tag { border: 1px solid var(--galley-rule, #d0d0d5); border-radius: 1em; padding: 0 0.6em; }
a { color: var(--galley-accent, #b3261e); text-underline-offset: 0.15em; }
img, video, iframe { max-width: 100%; height: auto; }
figure { margin: 1.5em 0; }
blockquote { margin: 1.5em 0; padding-left: 1em; border-left: 3px solid var(--galley-accent, #b3261e); color: var(--galley-muted, #5f6368); }
pre, code { font-family: var(--galley-mono-font, ui-monospace, "DejaVu Sans Mono", monospace); font-size: 0.9em; }
pre { background: var(--galley-code-background, #f4f4f6); padding: 0.8em 1em; overflow-x: auto; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border-bottom: 1px solid var(--galley-rule, #d0d0d5); padding: 0.35em 0.6em; text-align: start; }
hr { border: 0; border-top: 1px solid var(--galley-rule, #d0d0d5); margin: 2em 0; }
.galley-avatar { width: 3em; height: 3em; border-radius: 50%; }
.error {
  font-family: var(--galley-ui-font, system-ui, sans-serif);
  border: 1px solid var(--galley-error-color, #b3261e);
  background: var(--galley-error-background, #fdecea);
  color: var(--galley-error-color, #b3261e);
  border-radius: 6px;
  padding: 0.8em 1em;
  max-width: var(--galley-max-width, 42rem);
  margin: 0 auto;
}
.error strong { display: block; margin-bottom: 0.3em; }
.error code { font-size: 0.85em; }
`;

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
  #generation = 0;
  #result = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#content = document.createElement('div');
    this.#content.className = 'content';
    this.#content.part = 'content';
    this.#error = document.createElement('div');
    this.#error.className = 'error';
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
      const [galley, article] = await Promise.all([loadGalley(), load()]);
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
