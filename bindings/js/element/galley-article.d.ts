// Types of `galley/element`: the <galley-article> custom element. Importing
// the module defines the element (once per page).
import type { Diagnostic, GalleyError, Mode, Options, RenderResult, Summary } from '../index.js';

export interface GalleyRenderEventDetail { summary: Summary; diagnostics: Diagnostic[] }
export interface GalleyErrorEventDetail { error: GalleyError | Error }

export class GalleyArticleElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article: an object or JSON text. Setting it renders (and wins over src). */
  article: object | string | undefined;
  /** Render options (object or JSON text); the mode attribute wins over options.mode. */
  options: Options | string | undefined;
  /** The `mode` attribute; anything else than fragment or document reads as article. */
  mode: Mode;
  /** URL of the article JSON, resolved against the document. */
  src: string;
  /** The last successful render, or null. */
  readonly result: RenderResult | null;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
  addEventListener<K extends keyof GalleyArticleElementEventMap>(type: K,
    listener: (this: GalleyArticleElement, event: GalleyArticleElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface GalleyArticleElementEventMap extends HTMLElementEventMap {
  'galley-render': CustomEvent<GalleyRenderEventDetail>;
  'galley-error': CustomEvent<GalleyErrorEventDetail>;
}

declare global {
  interface HTMLElementTagNameMap { 'galley-article': GalleyArticleElement }
}
