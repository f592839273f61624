#!/usr/bin/env node
// galley for Node: the native command-line tool's commands (render, batch,
// sanitize, commonmark-reference), with the same flags, help, output and exit
// statuses.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

import { createGalley } from '../src/node.js';
import { runFolderBatch } from '../src/batch/folder-batch.js';
import { cacheSettings } from '../src/batch/listings.js';
import { runStreamBatch } from '../src/batch/stream-batch.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const HELP = `Usage:
  galley render FILE|- [--pretty] [--mode MODE] [--options FILE]
                       [--html-out FILE] [--summary-out FILE]
  galley batch DIR|FILE.ndjson|- -o OUTDIR [--incremental] [--jobs N] [--mode MODE]
                                [--options FILE]
  galley batch FILE.ndjson|- --ndjson-out FILE|- [--jobs N] [--mode MODE] [--options FILE]
  galley sanitize [FILE|-] [--pretty] [--options FILE] [--html-out FILE]
  galley commonmark-reference [FILE|-]
  galley --help | --version

Commands:
  render      Render one article JSON document (- reads standard input) and print
              {"html":...,"summary":{...},"diagnostics":[...]} on standard output.
  batch       Render every *.json file in DIR (not recursive), or every line of an
              NDJSON file, to OUTDIR/<name>.html and OUTDIR/<name>.summary.json, plus
              OUTDIR/<name>.diagnostics.json when there were diagnostics. <name> is the
              file's stem, or for NDJSON the article's "id" (else line-<n>), made
              unique and safe as a file name. - reads NDJSON from standard input.
              OUTDIR/index.json lists the rendered articles (id, name, title, url,
              excerpt, reading time, tags, dates) in input order. Bad inputs do not
              stop the batch: they are listed at the end. With --ndjson-out, batch
              streams instead: one line out per line in, in input order, each
              {"id","html","summary","diagnostics"} or {"id","error"}.
  sanitize    Sanitize an HTML fragment (standard input by default) with the
              options' policy and print {"html":...,"diagnostics":[...]}.
  commonmark-reference
              Print the CommonMark spec's reference HTML of Markdown (standard input
              by default), for conformance checks only: raw HTML passes through
              unsanitized, so never use it on untrusted input (render is the safe path).

Options:
  --mode MODE          fragment (default), article or document; wins over the
                       options file
  --options FILE       render options as JSON (docs/options.md; sanitize uses their
                       policy and limits)
  --pretty             indent the JSON output (render, sanitize)
  --html-out FILE      also write the HTML to FILE (render, sanitize)
  --summary-out FILE   also write the summary JSON to FILE (render)
  -o, --output DIR     output folder, created if missing (batch)
  --ndjson-out FILE|-  stream the results as NDJSON (batch, instead of -o)
  --incremental        do not render again what the last batch into OUTDIR
                       rendered from the same article and settings (batch -o)
  -j, --jobs N         worker threads (batch; default: one per hardware thread)
  -h, --help           show this help
      --version        show the version

Exit status: 0 success; 1 invalid input or a file that cannot be read or written
(render and sanitize print the error on standard error as one JSON line; batch
lists every failure and still renders the rest); 2 usage error.
`;

class UsageError extends Error {}

const MODES = ['fragment', 'article', 'document'];

const COMMANDS = ['render', 'batch', 'sanitize', 'commonmark-reference'];
const SINGLE_INPUT = ['render', 'sanitize'];

// name → [commands it applies to, takes a value, how it is stored]
const OPTIONS = {
  '--mode': [['render', 'batch'], true, (args, v) => {
    if (!MODES.includes(v)) throw new UsageError(`unknown mode '${v}' (expected fragment, article or document)`);
    args.mode = v;
  }],
  '--options': [['render', 'sanitize', 'batch'], true, (args, v) => { args.optionsFile = v; }],
  '--pretty': [SINGLE_INPUT, false, (args) => { args.pretty = true; }],
  '--html-out': [SINGLE_INPUT, true, (args, v) => { args.htmlOut = v; }],
  '--summary-out': [['render'], true, (args, v) => { args.summaryOut = v; }],
  '--output': [['batch'], true, (args, v) => { args.outputDir = v; }],
  '--ndjson-out': [['batch'], true, (args, v) => { args.ndjsonOut = v; }],
  '--incremental': [['batch'], false, (args) => { args.incremental = true; }],
  '--jobs': [['batch'], true, (args, v) => { args.jobs = parseJobs(v); }],
  '--help': [[...COMMANDS, 'help', 'version'], false, (args) => { args.command = 'help'; }],
};
OPTIONS['-h'] = OPTIONS['--help'];
OPTIONS['-o'] = OPTIONS['--output'];
OPTIONS['-j'] = OPTIONS['--jobs'];

const MAX_JOBS = 1024;

function parseJobs(value) {
  const jobs = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs expects a whole number from 1 to ${MAX_JOBS}, not '${value}'`);
  return jobs;
}

function parseCommand(word) {
  if (COMMANDS.includes(word)) return word;
  if (word === '--help' || word === '-h' || word === 'help') return 'help';
  if (word === '--version') return 'version';
  throw new UsageError(`unknown command '${word}'`);
}

function parseArguments(argv) {
  if (argv.length === 0) throw new UsageError('no command given');
  const command = parseCommand(argv[0]);
  const args = { command };
  const positionals = [];
  for (let i = 1; i < argv.length; ++i) {
    const word = argv[i];
    if (word.length < 2 || !word.startsWith('-')) { // "-" alone is standard input
      positionals.push(word);
      continue;
    }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = eq >= 0 ? word.slice(0, eq) : word;
    const spec = OPTIONS[name];
    if (!spec) throw new UsageError(`unknown option '${name}'`);
    const [commands, takesValue, apply] = spec;
    if (!commands.includes(command)) throw new UsageError(`option ${name} does not apply to this command`);
    let value;
    if (eq >= 0) {
      if (!takesValue) throw new UsageError(`option ${name} takes no value`);
      value = word.slice(eq + 1);
    } else if (takesValue) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
      value = argv[++i];
    }
    if (takesValue && value === '') throw new UsageError(`option ${name} needs a value`);
    apply(args, value);
  }
  if (args.command === 'help') return args;
  if (command === 'render' && positionals.length !== 1) {
    throw new UsageError('render takes exactly one input: FILE, or - for standard input');
  }
  if (command === 'batch') checkBatchArguments(args, positionals);
  if ((command === 'sanitize' || command === 'commonmark-reference') && positionals.length > 1) {
    throw new UsageError(`${command} takes at most one input file`);
  }
  if (command === 'version' && positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  args.input = positionals[0] ?? '-';
  return args;
}

function checkBatchArguments(args, positionals) {
  if (positionals.length !== 1) throw new UsageError('batch takes exactly one input: a folder or an NDJSON file');
  if (args.ndjsonOut !== undefined) {
    if (args.outputDir !== undefined) throw new UsageError('batch writes either a folder (-o) or NDJSON (--ndjson-out), not both');
    if (args.incremental) throw new UsageError('--incremental needs an output folder (-o), not --ndjson-out');
  } else if (args.outputDir === undefined) {
    throw new UsageError('batch needs an output folder (-o OUTDIR) or --ndjson-out FILE|-');
  }
  args.jobs ??= availableParallelism();
}

class IoError extends Error {}

// An input over the options' max_input_bytes, refused while reading as the
// native tool does (size 0: standard input, read only up to the limit).
class InputTooLarge extends Error {
  constructor(size, limit) {
    super(`input of ${size > 0 ? size : `more than ${limit}`} bytes exceeds the limit of ${limit} bytes`);
    this.limit = limit;
  }
}

async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw new InputTooLarge(0, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readInput(path, maxBytes = Infinity) {
  if (path === '-') return readStdin(maxBytes);
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > maxBytes) throw new InputTooLarge(info.size, maxBytes);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputTooLarge) throw error;
    throw new IoError(`cannot read '${path}': ${error.code === 'EISDIR' ? 'is a directory' : error.message}`);
  }
}

async function writeOutput(path, content) {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new IoError(`cannot write '${path}': ${error.message}`);
  }
}

function reportError(error) {
  process.stderr.write(`${JSON.stringify(error)}\n`);
  return EXIT_FAILURE;
}

function reportUsageError(message) {
  process.stderr.write(`galley: ${message} (see galley --help)\n`);
  return EXIT_USAGE;
}

function describe(error) {
  let text = error.message;
  if (error.path) text += ` at ${error.path}`;
  if (error.line > 0) text += ` (line ${error.line}, column ${error.column})`;
  return text;
}

// The options file's JSON with --mode applied; text that is not a JSON object
// goes to the core unchanged so that it reports the problem.
async function loadOptions(args) {
  let text = '{}';
  if (args.optionsFile !== undefined) {
    try {
      text = (await readFile(args.optionsFile)).toString('utf8');
    } catch (error) {
      throw new UsageError(`options file: cannot read '${args.optionsFile}': ${error.message}`);
    }
  }
  if (args.mode === undefined) return text;
  let options;
  try {
    options = JSON.parse(text);
  } catch {
    return text;
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return text;
  return JSON.stringify({ ...options, mode: args.mode });
}

const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

// The options' limits.max_input_bytes; when the options are not valid the core
// reports them, so any input size will do until then.
function maxInputBytesOf(options) {
  try {
    const limit = JSON.parse(options)?.limits?.max_input_bytes;
    if (Number.isSafeInteger(limit) && limit >= 0) return limit;
  } catch {
    // Malformed options: the core's error names the problem.
  }
  return DEFAULT_MAX_INPUT_BYTES;
}

const PRETTY_INDENT = 2;

// render and sanitize differ only in the core calls: both read one input, may
// write the HTML (and summary) to files, and print the result as JSON.
// `toJSON(input, options, indent)` gives the core's JSON text of the result,
// `toText(input, options)` its parts as the core wrote them ({html, summary}).
async function runSingle(args, toJSON, toText) {
  const options = await loadOptions(args);
  const input = await readInput(args.input, maxInputBytesOf(options));
  const compact = toJSON(input, options, -1);
  const result = JSON.parse(compact);
  if (result.error) {
    if (result.error.code === 'invalid_options') {
      throw new UsageError(`invalid options file '${args.optionsFile ?? ''}': ${describe(result.error)}`);
    }
    return reportError(result.error);
  }
  if (args.htmlOut !== undefined || args.summaryOut !== undefined) {
    const { html, summary } = toText(input, options);
    if (args.htmlOut !== undefined) await writeOutput(args.htmlOut, html);
    if (args.summaryOut !== undefined) await writeOutput(args.summaryOut, `${summary}\n`);
  }
  process.stdout.write(`${args.pretty ? toJSON(input, options, PRETTY_INDENT) : compact}\n`);
  return 0;
}


async function runBatch(galley, args) {
  const options = await loadOptions(args);
  // Invalid options are a usage error before any article is read, as in the native tool.
  const check = JSON.parse(galley.renderJSON('{"title":"options check"}', options));
  if (check.error?.code === 'invalid_options') {
    throw new UsageError(`invalid options file '${args.optionsFile ?? ''}': ${describe(check.error)}`);
  }
  try {
    if (args.ndjsonOut !== undefined) {
      return await runStreamBatch(args, options, maxInputBytesOf(options));
    }
    const optionsBytes = args.optionsFile === undefined ? null : await readFile(args.optionsFile);
    return await runFolderBatch(args, options, cacheSettings(galley.version, args.mode, optionsBytes), readInput);
  } catch (error) {
    if (error.syscall) throw new IoError(`${error.path ? `'${error.path}': ` : ''}${error.message}`);
    throw error;
  }
}

function runRender(galley, args) {
  return runSingle(args, (input, options, indent) => galley.renderJSON(input, options, indent),
    (input, options) => galley.renderText(input, options));
}

function runSanitize(galley, args) {
  return runSingle(args, (input, options, indent) => galley.sanitizeJSON(input, options, indent),
    (input, options) => galley.sanitize(input, options));
}

async function runCommonmarkReference(galley, args) {
  process.stdout.write(galley.commonmarkReference(await readInput(args.input)));
  return 0;
}

async function main(argv) {
  let args;
  try {
    args = parseArguments(argv);
    if (args.command === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    const galley = await createGalley();
    if (args.command === 'version') {
      process.stdout.write(`galley ${galley.version}\n`);
      return 0;
    }
    const run = { render: runRender, batch: runBatch, sanitize: runSanitize, 'commonmark-reference': runCommonmarkReference }[args.command];
    return await run(galley, args);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error.message);
    if (error instanceof IoError) return reportError({ code: 'io_error', message: error.message, path: '' });
    if (error instanceof InputTooLarge) return reportError({ code: 'limit_exceeded', message: error.message, path: '', offset: error.limit });
    return reportError({ code: 'internal_error', message: String(error?.message ?? error), path: '' });
  }
}

process.exitCode = await main(process.argv.slice(2));
