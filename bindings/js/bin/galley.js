#!/usr/bin/env node
// galley for Node: the native command-line tool's render, batch and
// commonmark commands, with the same flags, output and exit statuses.
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

import { summaryText } from '../src/core.js';
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
  galley commonmark [FILE|-]
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
              stop the batch: a table lists them at the end. With --ndjson-out, batch
              streams instead: one line out per line in, in input order, each
              {"id","html","summary","diagnostics"} or {"id","error"}.
  commonmark  Print the CommonMark reference HTML of Markdown (standard input by
              default). Raw HTML passes through: never use it on untrusted input.

Options:
  --mode MODE          fragment (default), article or document; wins over the
                       options file
  --options FILE       render options as JSON (the same keys as the render options)
  --pretty             indent the JSON output (render)
  --html-out FILE      also write the HTML to FILE (render)
  --summary-out FILE   also write the summary JSON to FILE (render)
  -o, --output DIR     output folder, created if missing (batch)
  --ndjson-out FILE|-  stream the results as NDJSON (batch, instead of -o)
  --incremental        do not render again what the last batch into OUTDIR
                       rendered from the same article and settings (batch -o)
  -j, --jobs N         worker threads (batch; default: one per hardware thread)
  -h, --help           show this help
      --version        show the version

Exit status: 0 success; 1 invalid input or a file that cannot be read or written
(printed on standard error as one JSON line; batch lists every failure and
still renders the rest); 2 usage error.
`;

class UsageError extends Error {}

const MODES = ['fragment', 'article', 'document'];

// name → [commands it applies to, takes a value, how it is stored]
const OPTIONS = {
  '--mode': [['render', 'batch'], true, (args, v) => {
    if (!MODES.includes(v)) throw new UsageError(`unknown mode '${v}' (expected fragment, article or document)`);
    args.mode = v;
  }],
  '--options': [['render', 'batch'], true, (args, v) => { args.optionsFile = v; }],
  '--pretty': [['render'], false, (args) => { args.pretty = true; }],
  '--html-out': [['render'], true, (args, v) => { args.htmlOut = v; }],
  '--summary-out': [['render'], true, (args, v) => { args.summaryOut = v; }],
  '--output': [['batch'], true, (args, v) => { args.outputDir = v; }],
  '--ndjson-out': [['batch'], true, (args, v) => { args.ndjsonOut = v; }],
  '--incremental': [['batch'], false, (args) => { args.incremental = true; }],
  '--jobs': [['batch'], true, (args, v) => { args.jobs = parseJobs(v); }],
  '--help': [['render', 'batch', 'commonmark', 'help', 'version'], false, (args) => { args.command = 'help'; }],
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
  if (word === 'render' || word === 'batch' || word === 'commonmark') return word;
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
  if (command === 'commonmark' && positionals.length > 1) throw new UsageError('commonmark takes at most one input file');
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

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

class IoError extends Error {}

async function readInput(path) {
  if (path === '-') return readStdin();
  try {
    return await readFile(path);
  } catch (error) {
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

async function runRender(galley, args) {
  const options = await loadOptions(args);
  const input = await readInput(args.input);
  const compact = galley.renderJSON(input, options);
  const result = JSON.parse(compact);
  if (result.error) {
    if (result.error.code === 'invalid_options') {
      throw new UsageError(`invalid options file '${args.optionsFile ?? ''}': ${describe(result.error)}`);
    }
    return reportError(result.error);
  }
  if (args.htmlOut !== undefined) await writeOutput(args.htmlOut, result.html);
  if (args.summaryOut !== undefined) await writeOutput(args.summaryOut, `${summaryText(compact, result)}\n`);
  process.stdout.write(`${args.pretty ? galley.renderJSON(input, options, 2) : compact}\n`);
  return 0;
}

const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

async function runBatch(galley, args) {
  const options = await loadOptions(args);
  // Invalid options are a usage error before any article is read, as in the native tool.
  const check = JSON.parse(galley.renderJSON('{"title":"options check"}', options));
  if (check.error?.code === 'invalid_options') {
    throw new UsageError(`invalid options file '${args.optionsFile ?? ''}': ${describe(check.error)}`);
  }
  try {
    if (args.ndjsonOut !== undefined) {
      const maxInputBytes = JSON.parse(options).limits?.max_input_bytes ?? DEFAULT_MAX_INPUT_BYTES;
      return await runStreamBatch(args, options, maxInputBytes);
    }
    const optionsBytes = args.optionsFile === undefined ? null : await readFile(args.optionsFile);
    return await runFolderBatch(args, options, cacheSettings(galley.version, args.mode, optionsBytes), readInput);
  } catch (error) {
    if (error.syscall) throw new IoError(`${error.path ? `'${error.path}': ` : ''}${error.message}`);
    throw error;
  }
}

async function runCommonmark(galley, args) {
  process.stdout.write(galley.commonmark(await readInput(args.input)));
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
    const run = { render: runRender, batch: runBatch, commonmark: runCommonmark }[args.command];
    return await run(galley, args);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error.message);
    if (error instanceof IoError) return reportError({ code: 'io_error', message: error.message, path: '' });
    return reportError({ code: 'internal_error', message: String(error?.message ?? error), path: '' });
  }
}

process.exitCode = await main(process.argv.slice(2));
