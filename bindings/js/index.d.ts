// Types of the galley package (article JSON v1, render options, results).
// Field names are the JSON names the core reads and writes.

// ---------------------------------------------------------------- article JSON

export interface Link {
  label: string;
  url?: string;
}

export interface Author {
  name: string;
  url?: string;
  bio?: string;
  avatar?: string;
}

export interface Image {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
  /** 1 to 100000 */
  width?: number;
  /** 1 to 100000 */
  height?: number;
}

export interface Publisher {
  name: string;
  url?: string;
  logo?: string;
}

export type BodyFormat = 'markdown' | 'html' | 'text';

export interface Body {
  /** Default: markdown. */
  format?: BodyFormat;
  content: string;
}

export interface ParagraphBlock { type: 'paragraph'; /** Markdown inline syntax. */ text: string }
export interface HeadingBlock { type: 'heading'; /** 1 to 6, default 2. */ level?: 1 | 2 | 3 | 4 | 5 | 6; text: string }
export interface ListBlock { type: 'list'; ordered?: boolean; start?: number; items: string[] }
export interface QuoteBlock { type: 'quote'; /** Markdown inline syntax. */ text: string; cite?: string }
export interface ImageBlock extends Image { type: 'image' }
export interface CodeBlock { type: 'code'; language?: string; code: string }
export interface TableBlock { type: 'table'; header?: string[]; rows: string[][]; caption?: string }
export interface EmbedBlock { type: 'embed'; provider: 'youtube' | 'vimeo'; id: string; title?: string; caption?: string }
export interface HtmlBlock { type: 'html'; /** Sanitized like an HTML body. */ html: string }
export interface MarkdownBlock { type: 'markdown'; markdown: string }
export interface DividerBlock { type: 'divider' }

export type Block =
  | ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | ImageBlock | CodeBlock
  | TableBlock | EmbedBlock | HtmlBlock | MarkdownBlock | DividerBlock;

interface ArticleFields {
  title: string;
  subtitle?: string;
  /** Shown above the title; `section` is its synonym. */
  kicker?: string;
  section?: string;
  /** BCP 47 language tag, e.g. "en", "ja-JP". */
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  id?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** ISO 8601 date or date-time. */
  updated?: string;
  tags?: string[];
  breadcrumbs?: Link[];
  authors?: Author[];
  image?: Image;
  publisher?: Publisher;
}

/** Article JSON v1: the body is given either as `body` or as `blocks`. */
export type Article =
  | (ArticleFields & { body?: string | Body | null; blocks?: never })
  | (ArticleFields & { blocks: Block[]; body?: never });

// ---------------------------------------------------------------- options

export type Mode = 'fragment' | 'article' | 'document';

export interface PolicyOptions {
  /** Keep data:image/png|gif|jpeg|webp|avif URLs in img src/srcset. Default false. */
  allow_data_images?: boolean;
  /** Links get rel="nofollow ugc noopener noreferrer". Default false. */
  add_nofollow_ugc?: boolean;
  /** External links get target="_blank". Default false. */
  external_links_in_new_tab?: boolean;
  /** Body images get loading="lazy" (all images get decoding="async"). Default true. */
  lazy_images?: boolean;
  /** Absolute URL against which relative URLs are resolved. */
  base_url?: string;
  /** The site whose links count as internal (default: base_url, else the article's url). */
  site_url?: string;
  /** Allowed URL schemes; relative URLs are always allowed. Default ["http","https","mailto","tel"]. */
  url_schemes?: string[];
  /** Extra elements to remove (unwrapped: their text is kept). */
  remove_elements?: string[];
  /** Attributes to drop, per tag; "*" means every tag: {"img": ["title"], "*": ["title"]}. */
  remove_attributes?: Record<string, string[]>;
  /** Video players whose iframes become the embed template: "youtube", "vimeo". Default both. */
  embed_providers?: Array<'youtube' | 'vimeo'>;
  /** Elements to keep beyond the defaults, from the safe universe (address, article, aside, data, footer,
   *  header, hgroup, main, nav, section). Anything else is an invalid_options error. */
  add_elements?: string[];
  /** Attributes to keep, per tag ("*": every kept tag), from the safe universe: id, role, translate, aria-*,
   *  data-* (or one such name), a hreflang/type, data value, td/th headers, th abbr. */
  add_attributes?: Record<string, string[]>;
  /** Class names to keep, per tag ("*": every kept tag); a trailing "*" makes a prefix: {"span": ["hljs-*"]}. */
  allowed_classes?: Record<string, string[]>;
  /** Prefix written before every added id (and in-page links to them); same rule as heading_id_prefix.
   *  Default "user-content-". */
  id_prefix?: string;
}

export interface Limits {
  /** Article JSON text, in bytes. Default 32 MiB. */
  max_input_bytes?: number;
  /** Nesting of JSON arrays/objects. Default 64. */
  max_json_depth?: number;
  /** Entries of `blocks`. Default 100000. */
  max_blocks?: number;
  /** Open HTML elements in the body, at most 400. Default 256. */
  max_nesting?: number;
  /** Rendered HTML, in bytes. Default 128 MiB. */
  max_output_bytes?: number;
}

/** Render options; every field has a safe default and unknown keys are an invalid_options error. */
export interface Options {
  /** Default: fragment (the body only). */
  mode?: Mode;
  policy?: PolicyOptions;
  limits?: Limits;
  /** Prefix of generated heading ids: letters, digits, "_" and "-", starting with a letter and ending
   *  with "-" (anything else is an invalid_options error). Default "h-". */
  heading_id_prefix?: string;
  /** Reading speed for space-separated scripts; 0 (default) uses the rate of the article's language. */
  words_per_minute?: number;
  /** Reading speed for Han, Kana and Hangul; 0 (default) uses the rate of the article's language. */
  cjk_characters_per_minute?: number;
  /** Maximum characters (Unicode scalar values) of summary.excerpt. Default 200. */
  excerpt_length?: number;
  /** Number of summary.key_sentences. Default 3. */
  key_sentences?: number;
  /** Number of summary.keywords. Default 10. */
  keywords?: number;
  /** Whether to find summary.entities. Default true. Off, with key_sentences and keywords 0, skips the text analysis. */
  entities?: boolean;
  /** Stylesheet linked from document mode (checked by the URL policy); empty (default): the page inlines galley.css. */
  stylesheet_url?: string;
}

// ---------------------------------------------------------------- results

export interface ReadingTime {
  minutes: number;
  seconds: number;
  total_seconds: number;
  words_per_minute: number;
  cjk_characters_per_minute: number;
}

export interface OutlineEntry { level: number; text: string; id: string }
export interface LinkEntry { href: string; text: string; internal: boolean }
export interface ImageEntry { src: string; alt: string; caption: string | null }
export interface RemovedCounts { elements: number; unwrapped: number; attributes: number; urls: number; comments: number }
export interface KeySentence { text: string; index: number; score: number }
export interface Keyword { term: string; score: number }
export interface Entity { text: string; kind: 'person' | 'organization' | 'place' | 'other'; count: number; aliases: string[] }

/** One Open Graph (`property`) or Twitter card (`name`) tag. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface Summary {
  title: string;
  subtitle: string | null;
  kicker: string | null;
  section: string | null;
  lang: string | null;
  dir: string | null;
  id: string | null;
  url: string | null;
  authors: { name: string; url: string | null }[];
  byline: string | null;
  published: string | null;
  updated: string | null;
  breadcrumbs: { label: string; url: string | null }[];
  tags: string[];
  word_count: number;
  char_count: number;
  reading_time: ReadingTime;
  excerpt: string;
  outline: OutlineEntry[];
  links: LinkEntry[];
  images: ImageEntry[];
  removed: RemovedCounts;
  key_sentences: KeySentence[];
  keywords: Keyword[];
  entities: Entity[];
  /** schema.org NewsArticle and, with breadcrumbs, BreadcrumbList objects. */
  jsonld: Record<string, unknown>[];
  meta: MetaTag[];
}

/** The warning codes of diagnostics (docs/article-json.md, docs/sanitizer.md). */
export type DiagnosticCode = 'invalid_utf8' | 'duplicate_key' | 'unknown_field' | 'unknown_block_type'
  | 'invalid_value' | 'invalid_embed' | 'missing_body' | 'removed_element' | 'unwrapped_element'
  | 'removed_attribute' | 'removed_url' | 'removed_comment' | 'removed_text' | 'demoted_heading'
  | 'rewritten_element';

/** Something in the input was repaired, ignored or removed. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. "removed_element". */
  code: DiagnosticCode;
  message: string;
  /** JSON pointer into the input, e.g. "/blocks/3/html". */
  path: string;
  /** Byte offset inside the string at `path`, when it applies. */
  offset?: number;
  /** The content that was dropped, if any. */
  removed?: string;
}

export interface RenderResult {
  html: string;
  summary: Summary;
  diagnostics: Diagnostic[];
}

export type ErrorCode = 'invalid_json' | 'invalid_article' | 'invalid_options' | 'limit_exceeded' | 'internal_error' | 'unsupported';

/** Why a render could not be done. Thrown by render(); never a raw number or an abort. */
export class GalleyError extends Error {
  readonly name: 'GalleyError';
  readonly code: ErrorCode;
  /** JSON pointer of the offending value ("" for the whole input). */
  readonly path: string;
  /** 1-based; malformed JSON only. */
  readonly line?: number;
  /** 1-based, in bytes; malformed JSON only. */
  readonly column?: number;
  /** 0-based byte offset; malformed JSON only. */
  readonly offset?: number;
  /** The error as the core reports it. */
  toJSON(): { code: ErrorCode; message: string; path: string; line?: number; column?: number; offset?: number };
}

/** Article JSON as an object, as JSON text, or as UTF-8 bytes of JSON text. */
export type ArticleInput = Article | string | Uint8Array | ArrayBuffer;
/** Options as an object or as JSON text. */
export type OptionsInput = Options | string;

/** A render's result with the summary and diagnostics left as the core's JSON text. */
export interface RenderTextResult {
  html: string;
  /** The summary object as compact JSON, byte for byte what the native CLI writes with --summary-out. */
  summary: string;
  /** The diagnostics array as compact JSON ("[]" when there are none). */
  diagnostics: string;
}

export interface Galley {
  /** The core's version, e.g. "0.1.0". */
  readonly version: string;
  /** Renders an article; throws GalleyError when it cannot. */
  render(article: ArticleInput, options?: OptionsInput): RenderResult;
  /** As render(), without parsing the summary and diagnostics: for storing or forwarding them as they are. */
  renderText(article: ArticleInput, options?: OptionsInput): RenderTextResult;
  /**
   * The core's result as JSON text, byte for byte what the native CLI prints:
   * {"html","summary","diagnostics"} or {"error":{…}} (no exception). `indent` < 0: compact.
   */
  renderJSON(article: ArticleInput, options?: OptionsInput, indent?: number): string;
  /**
   * Sanitizes an HTML fragment (text or UTF-8 bytes) with the options' policy and limits,
   * as DOMPurify-style sanitizers do; throws GalleyError when it cannot.
   */
  sanitize(html: string | Uint8Array, options?: OptionsInput): SanitizeResult;
  /**
   * As sanitize(), as the core's JSON text, byte for byte what `galley sanitize` prints:
   * {"html","diagnostics"} or {"error":{…}} (no exception). `indent` < 0: compact.
   */
  sanitizeJSON(html: string | Uint8Array, options?: OptionsInput, indent?: number): string;
  /**
   * The CommonMark spec's reference HTML, for conformance checks only: raw HTML passes
   * through unsanitized, so never use it on untrusted input (render() is the safe path).
   * Only in the fast build (galley-fast.wasm): a Galley on the browser build (galley.wasm)
   * moves to the fast one for it when it may (Node's default, or a browser Galley with
   * `moveUp` whose fast build is ready) and throws GalleyError with code "unsupported" otherwise.
   */
  commonmarkReference(markdown: string | Uint8Array): string;
}

/** What sanitize() returns: the safe HTML and what was removed or repaired. */
export interface SanitizeResult {
  html: string;
  diagnostics: Diagnostic[];
}

/**
 * Where the WebAssembly code comes from: the package's browser build (galley.wasm, also
 * exported as galley/galley.wasm) or a copy of it. By default the Node entry loads both of
 * its builds (see `start`) and the browser entry galley.wasm.
 */
export type WasmSource =
  | string | URL | ArrayBuffer | ArrayBufferView | Response | WebAssembly.Module
  | Promise<ArrayBuffer | ArrayBufferView | Response | WebAssembly.Module>;

export interface CreateGalleyOptions {
  /** The browser build from a source of your choosing; the Galley keeps it (no `start: 'fast'`, no `moveUp`). */
  wasm?: WasmSource;
  /**
   * The build a Galley starts on. 'small' (default): galley.wasm, quicker to start and, in
   * browsers, the download the page pays for at once. 'fast': galley-fast.wasm (-O3 with
   * SIMD), for a process or page that will render a lot; in browsers it is fetched then
   * (233 KB gzip more), and createGalley rejects with GalleyError code "unsupported" where
   * the engine cannot compile it (WebAssembly SIMD: Chrome 91, Firefox 89, Safari 16.4).
   * Output is byte-identical either way.
   */
  start?: 'small' | 'fast';
  /**
   * Whether a Galley on the small build moves to the fast one, for good, once the process
   * (Node) or the page or worker (browsers) has rendered about 1 MB of input. Node: default
   * true (the fast build compiles in the background meanwhile; commonmarkReference() moves at
   * once). Browsers: default false; when true, the fast build is fetched and compiled in the
   * background once the megabyte is reached and the Galley moves when it is ready (never,
   * where the engine cannot compile it).
   */
  moveUp?: boolean;
}

/** Loads and compiles the WebAssembly module once; the Galley renders synchronously. */
export function createGalley(options?: CreateGalleyOptions): Promise<Galley>;
