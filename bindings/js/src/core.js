// The environment-independent part of the package: instantiating the
// Emscripten module from whatever form of WebAssembly code the caller has, and
// the idiomatic API on top of the core's JSON results.

/**
 * An error reported by the core (or by the package before calling it). line,
 * column and offset are set for malformed JSON only, as in the core's JSON.
 */
export class GalleyError extends Error {
  constructor(message, { code = 'internal_error', path = '', line, column, offset } = {}, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'GalleyError';
    this.code = code;
    this.path = path;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /** The error as the core prints it: {code, message, path, line, column, offset}. */
  toJSON() {
    const { code, message, path, line, column, offset } = this;
    return { code, message, path, line, column, offset };
  }
}

function errorFromCore(error) {
  return new GalleyError(error.message, error);
}

// Text crosses into the module as UTF-8 and comes back as UTF-8. encodeInto
// turns a lone surrogate into U+FFFD, as TextEncoder does everywhere; the
// decoder keeps a leading U+FEFF, which the core may well have written.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// UTF-8 takes at most 3 bytes per UTF-16 code unit, and encodeInto needs room
// for the worst case of what it has left to write. A long text is measured
// instead (a pair of surrogates counts 6 bytes for its 4, still an upper
// bound), so that it does not grow the module's memory, which never shrinks,
// by three times its size.
const MEASURED_FROM = 1 << 20;

function utf8Capacity(text) {
  if (text.length < MEASURED_FROM) return text.length * 3;
  let bytes = text.length;
  for (let i = 0; i < text.length; ++i) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) bytes += unit < 0x800 ? 1 : 2;
  }
  return bytes;
}

function isBytes(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function asBytes(value) {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

// A value the caller passed as JSON: strings and bytes go to the core as they
// are (it reports malformed JSON with line and column); anything else is
// serialized here.
function toJsonInput(value, code, what) {
  if (typeof value === 'string') return value;
  if (isBytes(value)) return asBytes(value);
  let text;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new GalleyError(`${what} cannot be serialized to JSON: ${cause.message}`, { code }, cause);
  }
  if (typeof text !== 'string') throw new GalleyError(`${what} must be a JSON value, not ${typeof value}`, { code });
  return text;
}

function optionsInput(options) {
  return options === undefined || options === null ? '{}' : toJsonInput(options, 'invalid_options', 'options');
}

const outOfMemory = (cause) => new GalleyError('out of memory', { code: 'limit_exceeded' }, cause);

// Distinct options texts whose parsed form an instance keeps (least recently
// used ones are released first): enough for any real mix of options, bounded
// for callers that never repeat theirs.
const OPTIONS_KEPT = 16;

// Order of the (pointer, byte length) pairs of galley_output_parts; see
// bindings/wasm/galley_bindings.cpp.
const Part = { html: 0, summary: 1, diagnostics: 2, error: 3, json: 4 };

// Runs `work`, then `cleanUp`, unless `work` failed inside the module: an
// instance that trapped is discarded whole, and calling into it again could
// trap anew and hide the first failure.
function thenCleanUp(work, cleanUp) {
  let result;
  try {
    result = work();
  } catch (error) {
    if (error instanceof GalleyError) cleanUp();
    throw error;
  }
  cleanUp();
  return result;
}

// One instance of the Emscripten module and what lives in its memory on the
// caller's behalf: the parsed options, by options text.
class Instance {
  #module;
  #options = new Map();
  // The most recently used entry of #options, found without a lookup when a
  // caller renders with the same options text again and again.
  #newestKey;
  #newestHandle;

  constructor(wasmModule) {
    this.#module = wasmModule;
  }

  /** The size of the module's memory, which only grows. */
  get memoryBytes() {
    return this.#module.HEAPU8.byteLength;
  }

  get version() {
    const heap = this.#module.HEAPU8;
    const start = this.#module._galley_version();
    return decoder.decode(heap.subarray(start, heap.indexOf(0, start)));
  }

  // Copies `input` (a string or bytes) into an input buffer of the module and
  // passes the buffer and the byte length written to `use`, which hands both
  // to an export: the export takes the buffer over and frees it (render as
  // soon as the article is parsed). A string is encoded straight into memory.
  #withInput(input, use) {
    const module = this.#module;
    const text = typeof input === 'string';
    const capacity = text ? utf8Capacity(input) : input.byteLength;
    const buffer = module._galley_input(capacity);
    const start = module._galley_input_data(buffer);
    const target = module.HEAPU8.subarray(start, start + capacity);
    let size = capacity;
    if (text) ({ written: size } = encoder.encodeInto(input, target));
    else target.set(input);
    return use(buffer, size);
  }

  // The parsed options for an options text or bytes, parsed on first use.
  #optionsHandle(options) {
    const cache = this.#options;
    const key = typeof options === 'string' ? options : null;
    if (key !== null && key === this.#newestKey) return this.#newestHandle;
    const kept = key === null ? undefined : cache.get(key);
    if (kept !== undefined) {
      cache.delete(key);
      cache.set(key, kept);
      this.#newestKey = key;
      this.#newestHandle = kept;
      return kept;
    }
    const handle = this.#withInput(options, (pointer, size) => this.#module._galley_parse_options(pointer, size));
    if (key === null) return handle;
    if (cache.size >= OPTIONS_KEPT) {
      const [oldest, oldestHandle] = cache.entries().next().value;
      cache.delete(oldest);
      this.#module._galley_release_options(oldestHandle);
    }
    cache.set(key, handle);
    this.#newestKey = key;
    this.#newestHandle = handle;
    return handle;
  }

  // Renders and hands the output to `read`, which gets a function returning
  // the text of a Part (or, with `copyBytes`, a copy of its UTF-8 bytes); the
  // output is released afterwards.
  render(article, options, read) {
    return this.#withOptions(this.#module._galley_render, article, options, read);
  }

  sanitize(html, options, read) {
    return this.#withOptions(this.#module._galley_sanitize, html, options, read);
  }

  // Calls the export `run` (render or sanitize) on `input` with parsed options.
  #withOptions(run, input, options, read) {
    const module = this.#module;
    const handle = this.#optionsHandle(options);
    return thenCleanUp(() => {
      const output = this.#withInput(input, (pointer, size) => run(pointer, size, handle));
      return this.#read(output, read);
    }, () => {
      if (typeof options !== 'string') module._galley_release_options(handle);
    });
  }

  commonmarkReference(markdown) {
    // The browser build leaves the conformance renderer out to stay small.
    if (this.#module._galley_commonmark === undefined) {
      throw new GalleyError('commonmarkReference() is only in the Node build of galley (galley-fast.wasm), not in the browser build', { code: 'unsupported' });
    }
    const output = this.#withInput(markdown, (pointer, size) => this.#module._galley_commonmark(pointer, size));
    return this.#read(output, (part) => part(Part.html));
  }

  // Asks the module to lay the output out as the core's JSON text.
  json(output, indent) {
    this.#module._galley_output_json(output, indent);
  }

  // After a trap: whether an allocation failed (the module traps then).
  get ranOutOfMemory() {
    try {
      return this.#module._galley_out_of_memory() !== 0;
    } catch {
      return false;
    }
  }

  #read(output, read) {
    const module = this.#module;
    return thenCleanUp(() => {
      const parts = module._galley_output_parts(output) >> 2;
      const part = (index, copyBytes = false) => {
        const heap = module.HEAPU32;
        const start = heap[parts + 2 * index];
        const end = start + heap[parts + 2 * index + 1];
        if (copyBytes) return module.HEAPU8.slice(start, end);
        // An absent part (no error, most of the time) costs no call into the decoder.
        return start === end ? '' : decoder.decode(module.HEAPU8.subarray(start, end));
      };
      return read(part, output);
    }, () => module._galley_release_output(output));
  }
}

function isResponse(value) {
  return typeof Response === 'function' && value instanceof Response;
}

// Compiles the module a Response brings, streaming when the server says
// application/wasm (compileStreaming rejects any other type), from its bytes otherwise.
export async function compileResponse(response) {
  if (!response.ok) throw new Error(`fetching the WebAssembly module failed: HTTP ${response.status} for ${response.url}`);
  const type = response.headers.get('content-type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// Resolves `source` (after `resolveLocation` turned URLs and paths into
// something loadable) to {module, instance}.
async function instantiateSource(source, imports, resolveLocation) {
  let value = await source;
  if (typeof value === 'string' || value instanceof URL) value = await resolveLocation(value);
  const instantiated = async (module) => ({ module, instance: await WebAssembly.instantiate(module, imports) });
  if (value instanceof WebAssembly.Module) return instantiated(value);
  // Bytes and modules are tested before Response: in Node the first touch of
  // the global Response loads the whole fetch implementation (tens of milliseconds).
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return WebAssembly.instantiate(value, imports);
  if (isResponse(value)) return instantiated(await compileResponse(value));
  throw new TypeError('wasm must be a URL, a path, an ArrayBuffer, a typed array, a Response or a WebAssembly.Module');
}

// How much input (UTF-16 code units or bytes) a process, page or worker
// renders on the small build before a Galley that may move up moves to the
// fast one. Measured in Node on generated news articles of about 6 KB
// (benchmarks/js/results.md, "Tiered start in Node"): once warm, the small
// build takes about 0.1 ms more per KB than the fast one; moving costs 100 to
// 150 ms once per process (compiling the module when the background compile
// has not delivered, and V8 optimizing the fast build's functions while the
// first renders on it run slowly). Moving after 1 MB, what the move costs in
// time lost on the small build, kept every process measured within 1.6 times
// the wall time of the better of the two builds (after 72 KB, the threshold
// before the small build got faster: up to 2.5 times): a script that renders a
// megabyte of articles never moves, a process that goes on rendering does.
export const MOVE_UP_AFTER = 1 << 20;

const starts = ['small', 'fast'];

/** Throws TypeError for createGalley() options that name no build or contradict each other. */
export function checkBuildChoice({ wasm, start, moveUp }) {
  if (!starts.includes(start)) throw new TypeError(`start must be 'small' or 'fast', not ${JSON.stringify(start)}`);
  if (wasm !== undefined && (start !== 'small' || moveUp)) {
    throw new TypeError('a wasm of your own is the small build, kept for good: it cannot start fast or move up');
  }
}

/**
 * Creates a Galley from an Emscripten module factory.
 * `source`: the WebAssembly code (see instantiateSource), or a function that
 * receives the Emscripten module object and returns its bytes (inlined builds).
 */
export async function instantiateGalley(factory, source, resolveLocation, upgrade = null) {
  let compiled;
  let failed;
  const loaded = new Promise((_, reject) => { failed = reject; });
  const moduleArg = {
    instantiateWasm(imports, receiveInstance) {
      const code = typeof source === 'function' ? source(moduleArg) : source;
      instantiateSource(code, imports, resolveLocation).then(({ module, instance }) => {
        compiled = module;
        receiveInstance(instance, module);
      }, failed);
      return {};
    },
  };
  const wasmModule = await Promise.race([factory(moduleArg), loaded]);
  return new Galley(wasmModule, restarter(factory, compiled), upgrade);
}

// A function that makes fresh instances synchronously from the already
// compiled code: after a trap, when the instance's memory is in an unknown
// state, or to let go of a grown memory. Made outside instantiateGalley, whose
// scope holds the first instance, so that it does not keep that alive.
export const restarter = (factory, compiled) => () => {
  const fresh = {
    instantiateWasm(imports, receiveInstance) {
      const instance = new WebAssembly.Instance(compiled, imports);
      receiveInstance(instance, compiled);
      return instance.exports;
    },
  };
  factory(fresh);
  return fresh;
};

// The base of a class whose constructor gets its `this` from the caller: the
// derived class stamps its private fields onto a plain object that way.
class OnTarget {
  constructor(target) {
    return target;
  }
}

// A class whose `new` adds `name` to a plain object and returns that object:
// an ordinary-looking property (own, enumerable, writable, seen by
// JSON.stringify and spreading) whose value is parsed on first access from
// JSON given as a text or as UTF-8 bytes (half the memory of a text with a
// character beyond Latin-1, which V8 keeps in two bytes a character). The
// getter and setter are the same functions for every object (their state
// lives in private fields), so all results share one shape; a getter and
// setter made per result cost a closure pair and a dictionary of properties
// per call (about 4 µs, measured on short articles).
function lazyJsonProperty(name) {
  return class LazyJsonProperty extends OnTarget {
    #json;
    #value;

    static #descriptor = {
      enumerable: true,
      configurable: true,
      get() {
        if (this.#json !== undefined) {
          this.#value = JSON.parse(typeof this.#json === 'string' ? this.#json : decoder.decode(this.#json));
          this.#json = undefined;
        }
        return this.#value;
      },
      set(value) {
        this.#value = value;
        this.#json = undefined;
      },
    };

    constructor(target, json) {
      super(target);
      this.#json = json;
      Object.defineProperty(target, name, LazyJsonProperty.#descriptor);
    }
  };
}

const LazyDiagnostics = lazyJsonProperty('diagnostics');
const LazySummary = lazyJsonProperty('summary');

const noDiagnostics = '[]';

// {html, diagnostics}, the diagnostics parsed when first read (none: an
// empty array at once).
function withDiagnostics(html, diagnosticsText) {
  const result = { html, diagnostics: [] };
  return diagnosticsText === noDiagnostics ? result : new LazyDiagnostics(result, diagnosticsText);
}

function requireText(value, name) {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new TypeError(`${name} must be a string or a Uint8Array`);
  }
}

function throwIfFailed(part) {
  const error = part(Part.error);
  if (error !== '') throw errorFromCore(JSON.parse(error));
}

// WebAssembly memory never shrinks: an instance keeps the peak of the largest
// input it took for as long as it lives. Past this size (an article of a
// megabyte or more) it is replaced by a fresh one from the compiled code,
// which costs a few milliseconds next to the second such an article takes,
// and the old memory goes with the old instance.
const RETAINED_MEMORY_BYTES = 32 << 20;

// The length of a call's input, as the measure of the work it did.
const inputLength = (input) => (typeof input === 'string' ? input.length : input.byteLength);

class Galley {
  #instance;
  #restart;
  // A faster build to move to, or null: {due(inputLength), restart()}. due()
  // counts the input of a call on this build and says whether moving now
  // pays; restart() makes a fresh instance of the faster build, compiling it
  // first if it is not compiled yet.
  #upgrade;

  constructor(wasmModule, restart, upgrade) {
    this.#instance = new Instance(wasmModule);
    this.#restart = restart;
    this.#upgrade = upgrade;
    this.version = this.#instance.version;
    Object.freeze(this);
  }

  // Runs `work` on the instance; a failure that escapes the core (a trap)
  // becomes an error, limit_exceeded when memory ran out and internal_error
  // otherwise, and the instance is replaced, together with everything it kept. So is an instance whose
  // memory the call grew past RETAINED_MEMORY_BYTES, and one of a slower
  // build once the upgrade is due.
  #call(work, input) {
    const instance = this.#instance;
    try {
      return work(instance);
    } catch (cause) {
      if (cause instanceof GalleyError) throw cause;
      const error = instance.ranOutOfMemory
        ? outOfMemory(cause)
        : new GalleyError(`the WebAssembly module failed: ${cause?.message ?? cause}`, { code: 'internal_error' }, cause);
      this.#tryReplaceInstance();
      throw error;
    } finally {
      if (this.#instance === instance) {
        if (this.#upgrade?.due(inputLength(input))) this.#tryReplaceInstance(this.#upgrade.restart);
        else if (instance.memoryBytes > RETAINED_MEMORY_BYTES) this.#tryReplaceInstance();
      }
    }
  }

  // Replaces the instance by a fresh one from `restart`, which makes every
  // later one too: moving to the faster build is for good.
  #replaceInstance(restart = this.#restart) {
    this.#instance = new Instance(restart());
    if (restart !== this.#restart) {
      this.#restart = restart;
      this.#upgrade = null;
    }
  }

  #tryReplaceInstance(restart) {
    try {
      this.#replaceInstance(restart);
    } catch {
      // Keep the old instance; the next call that fails, grows it as much or finds the upgrade due tries again.
    }
  }

  #render(article, options, read) {
    const articleInput = toJsonInput(article, 'invalid_article', 'the article');
    const optionsText = optionsInput(options);
    return this.#call((instance) => instance.render(articleInput, optionsText, read), articleInput);
  }

  #sanitize(html, options, read) {
    requireText(html, 'html');
    const optionsText = optionsInput(options);
    return this.#call((instance) => instance.sanitize(html, optionsText, read), html);
  }

  // A reader of the whole result as the core's JSON text.
  #jsonReader(indent) {
    if (!Number.isInteger(indent)) throw new TypeError('indent must be an integer');
    const instance = this.#instance;
    return (part, output) => {
      instance.json(output, indent);
      return part(Part.json);
    };
  }

  /**
   * The core's JSON result text, exactly as the native CLI prints it:
   * {"html","summary","diagnostics"} or {"error":{…}}. `indent` < 0: compact.
   */
  renderJSON(article, options, indent = -1) {
    return this.#render(article, options, this.#jsonReader(indent));
  }

  /**
   * Renders an article (object, JSON text or UTF-8 bytes); throws GalleyError
   * on failure. The summary and diagnostics are parsed from the core's JSON
   * when first read, so a caller that only wants the HTML does not pay for
   * building them in JS.
   */
  render(article, options) {
    return this.#render(article, options, (part) => {
      throwIfFailed(part);
      // The summary is kept as bytes until read: a large article's summary
      // often has a character beyond Latin-1 (an ellipsis in the excerpt).
      return new LazySummary(withDiagnostics(part(Part.html), part(Part.diagnostics)), part(Part.summary, true));
    });
  }

  /**
   * As render(), with the summary and diagnostics left as the core's JSON
   * text (byte for byte what the native CLI writes with --summary-out).
   */
  renderText(article, options) {
    return this.#render(article, options, (part) => {
      throwIfFailed(part);
      return { html: part(Part.html), summary: part(Part.summary), diagnostics: part(Part.diagnostics) };
    });
  }

  /**
   * Sanitizes an HTML fragment (string or UTF-8 bytes) with the options'
   * policy and limits: {html, diagnostics}; throws GalleyError on failure.
   */
  sanitize(html, options) {
    return this.#sanitize(html, options, (part) => {
      throwIfFailed(part);
      return withDiagnostics(part(Part.html), part(Part.diagnostics));
    });
  }

  /**
   * As sanitize(), as the core's JSON text, exactly as `galley sanitize`
   * prints it: {"html","diagnostics"} or {"error":{…}}. `indent` < 0: compact.
   */
  sanitizeJSON(html, options, indent = -1) {
    return this.#sanitize(html, options, this.#jsonReader(indent));
  }

  /**
   * The CommonMark spec's reference HTML, for conformance checks only: raw
   * HTML passes through unsanitized, so never use it on untrusted input.
   * Only in the Node build; the browser build throws GalleyError "unsupported".
   */
  commonmarkReference(markdown) {
    requireText(markdown, 'markdown');
    // Only the fast build has it: a Galley that has not moved up yet does so now.
    if (this.#upgrade !== null) this.#replaceInstance(this.#upgrade.restart);
    return this.#call((instance) => instance.commonmarkReference(markdown), markdown);
  }
}
