#!/usr/bin/env node
// galley for Node: the native command-line tool's render and commonmark
// commands, with the same flags, output and exit statuses.
import { readFile, writeFile } from 'node:fs/promises';

import { summaryText } from '../src/core.js';
import { createGalley } from '../src/node.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const HELP = `Usage:
  galley render FILE|- [--pretty] [--mode MODE] [--options FILE]
                       [--html-out FILE] [--summary-out FILE]
  galley commonmark [FILE|-]
  galley --help | --version

Commands:
  render      Render one article JSON document (- reads standard input) and print
              {"html":...,"summary":{...},"diagnostics":[...]} on standard output.
  commonmark  Print the CommonMark reference HTML of Markdown (standard input by
              default). Raw HTML passes through: never use it on untrusted input.

Options:
  --mode MODE          fragment (default), article or document; wins over the
                       options file
  --options FILE       render options as JSON (the same keys as the render options)
  --pretty             indent the JSON output (render)
  --html-out FILE      also write the HTML to FILE (render)
  --summary-out FILE   also write the summary JSON to FILE (render)
  -h, --help           show this help
      --version        show the version

Exit status: 0 success; 1 invalid input or a file that cannot be read or written
(printed on standard error as one JSON line); 2 usage error.
`;

class UsageError extends Error {}

const MODES = ['fragment', 'article', 'document'];

// name → [commands it applies to, takes a value, how it is stored]
const OPTIONS = {
  '--mode': [['render'], true, (args, v) => {
    if (!MODES.includes(v)) throw new UsageError(`unknown mode '${v}' (expected fragment, article or document)`);
    args.mode = v;
  }],
  '--options': [['render'], true, (args, v) => { args.optionsFile = v; }],
  '--pretty': [['render'], false, (args) => { args.pretty = true; }],
  '--html-out': [['render'], true, (args, v) => { args.htmlOut = v; }],
  '--summary-out': [['render'], true, (args, v) => { args.summaryOut = v; }],
  '--help': [['render', 'commonmark', 'help', 'version'], false, (args) => { args.command = 'help'; }],
};
OPTIONS['-h'] = OPTIONS['--help'];

function parseCommand(word) {
  if (word === 'render' || word === 'commonmark') return word;
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
    apply(args, value);
  }
  if (args.command === 'help') return args;
  if (command === 'render' && positionals.length !== 1) {
    throw new UsageError('render takes exactly one input: FILE, or - for standard input');
  }
  if (command === 'commonmark' && positionals.length > 1) throw new UsageError('commonmark takes at most one input file');
  if (command === 'version' && positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  args.input = positionals[0] ?? '-';
  return args;
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
    return await (args.command === 'render' ? runRender(galley, args) : runCommonmark(galley, args));
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error.message);
    if (error instanceof IoError) return reportError({ code: 'io_error', message: error.message, path: '' });
    return reportError({ code: 'internal_error', message: String(error?.message ?? error), path: '' });
  }
}

process.exitCode = await main(process.argv.slice(2));
