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

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Text crosses into the module as UTF-8. A lone surrogate has no UTF-8 form:
// it becomes U+FFFD, as TextEncoder would make it (the glue's own encoder
// would swallow the character after it).
function wellFormed(text) {
  if (typeof text.isWellFormed === 'function') return text.isWellFormed() ? text : text.toWellFormed();
  return text.replace(loneSurrogate, '\uFFFD');
}

// A value the caller passed as JSON: strings and bytes go to the core as they
// are (it reports malformed JSON with line and column); anything else is
// serialized here.
function toJsonInput(value, code, what) {
  if (typeof value === 'string') return wellFormed(value);
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
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

function isResponse(value) {
  return typeof Response === 'function' && value instanceof Response;
}

// Instantiates from a Response, streaming when the server says application/wasm
// (instantiateStreaming rejects any other type), from its bytes otherwise.
async function instantiateResponse(response, imports) {
  if (!response.ok) throw new Error(`fetching the WebAssembly module failed: HTTP ${response.status} for ${response.url}`);
  const type = response.headers.get('content-type') ?? '';
  if (typeof WebAssembly.instantiateStreaming === 'function' && type.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// Resolves `source` (after `resolveLocation` turned URLs and paths into
// something loadable) to {module, instance}.
async function instantiateSource(source, imports, resolveLocation) {
  let value = await source;
  if (typeof value === 'string' || value instanceof URL) value = await resolveLocation(value);
  if (value instanceof WebAssembly.Module) return { module: value, instance: await WebAssembly.instantiate(value, imports) };
  if (isResponse(value)) return instantiateResponse(value, imports);
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return WebAssembly.instantiate(value, imports);
  throw new TypeError('wasm must be a URL, a path, an ArrayBuffer, a typed array, a Response or a WebAssembly.Module');
}

/**
 * The summary exactly as the core serialized it (numbers keep the core's
 * formatting), cut from a compact renderJSON text: {"html":…,"summary":…,
 * "diagnostics":…}. The html and diagnostics hold only strings and integers,
 * which JSON.stringify writes the way the core does; `result` is the parsed text.
 */
export function summaryText(compact, result) {
  const head = `{"html":${JSON.stringify(result.html)},"summary":`;
  const tail = `,"diagnostics":${JSON.stringify(result.diagnostics)}}`;
  if (compact.startsWith(head) && compact.endsWith(tail)) return compact.slice(head.length, compact.length - tail.length);
  return JSON.stringify(result.summary);
}

/**
 * Creates a Galley from an Emscripten module factory.
 * `source`: the WebAssembly code (see instantiateSource), or a function that
 * receives the Emscripten module object and returns its bytes (inlined builds).
 */
export async function instantiateGalley(factory, source, resolveLocation) {
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
  // After a trap the instance's memory is in an unknown state; a fresh one is
  // made synchronously from the already compiled code.
  const restart = () => {
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
  return new Galley(wasmModule, restart);
}

class Galley {
  #module;
  #restart;

  constructor(wasmModule, restart) {
    this.#module = wasmModule;
    this.#restart = restart;
    this.version = wasmModule.version();
    Object.freeze(this);
  }

  // Calls into the module; a failure that escapes the core (a trap such as
  // memory exhaustion) becomes an internal_error and the instance is replaced.
  #call(name, ...args) {
    try {
      return this.#module[name](...args);
    } catch (cause) {
      try {
        this.#module = this.#restart();
      } catch {
        // Keep the old instance; the next call that fails tries again.
      }
      throw new GalleyError(`the WebAssembly module failed: ${cause?.message ?? cause}`, { code: 'internal_error' }, cause);
    }
  }

  /**
   * The core's JSON result text, exactly as the native CLI prints it:
   * {"html","summary","diagnostics"} or {"error":{…}}. `indent` < 0: compact.
   */
  renderJSON(article, options, indent = -1) {
    const articleJson = toJsonInput(article, 'invalid_article', 'the article');
    const optionsJson = optionsInput(options);
    if (!Number.isInteger(indent)) throw new TypeError('indent must be an integer');
    return this.#call('render', articleJson, optionsJson, indent);
  }

  /** Renders an article (object, JSON text or UTF-8 bytes); throws GalleyError on failure. */
  render(article, options) {
    const result = JSON.parse(this.renderJSON(article, options));
    if (result.error) throw errorFromCore(result.error);
    return result;
  }

  /** CommonMark reference HTML (raw HTML passes through: never for untrusted input). */
  commonmark(markdown) {
    if (typeof markdown !== 'string' && !(markdown instanceof Uint8Array)) {
      throw new TypeError('markdown must be a string or a Uint8Array');
    }
    return this.#call('commonmark', typeof markdown === 'string' ? wellFormed(markdown) : markdown);
  }
}
