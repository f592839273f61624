// A batch worker thread: its own Galley instance renders what the main thread
// sends, either into the output folder (like bindings/cli/folder_output.cpp)
// or as an NDJSON record (like bindings/cli/ndjson_record.cpp).
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { createGalley, GalleyError } from '../node.js';
import { writeFileAtomically } from './atomic-file.js';
import { parsedArticleId } from './input.js';
import { cacheKey, indexEntry } from './listings.js';

const { options, outputDir, settings, previous } = workerData;
// A worker renders many articles: the fast build from the start.
const galley = await createGalley({ start: 'fast' });

function ioError(error) {
  return { code: 'io_error', message: error.message, path: '' };
}

function outputPaths(name) {
  const base = join(outputDir, name);
  return { html: `${base}.html`, summary: `${base}.summary.json`, diagnostics: `${base}.diagnostics.json` };
}

function isFile(path) {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

// The index entry of the previous run's outputs, when they are all still there.
function previousEntry(name, paths) {
  if (!isFile(paths.html) || !isFile(paths.summary)) return null;
  try {
    return indexEntry(name, JSON.parse(readFileSync(paths.summary, 'utf8')));
  } catch {
    return null;
  }
}

function readArticle(item) {
  if (item.line) return item.line;
  try {
    return readFileSync(item.path);
  } catch (error) {
    throw Object.assign(new Error(`cannot read '${item.path}': ${error.code === 'EISDIR' ? 'is a directory' : error.message}`), { io: true });
  }
}

function renderToFolder(item) {
  const paths = outputPaths(item.name);
  try {
    const article = readArticle(item);
    const key = cacheKey(settings, article);
    if (previous?.get(item.name) === key) {
      const entry = previousEntry(item.name, paths);
      if (entry !== null) return { entry, key, skipped: true };
    }
    let result;
    try {
      result = galley.renderText(article, options);
    } catch (error) {
      if (!(error instanceof GalleyError)) throw error;
      for (const path of Object.values(paths)) rmSync(path, { force: true });
      return { error: JSON.parse(JSON.stringify(error)) };
    }
    writeFileAtomically(paths.html, result.html);
    writeFileAtomically(paths.summary, `${result.summary}\n`);
    if (result.diagnostics === '[]') rmSync(paths.diagnostics, { force: true });
    else writeFileAtomically(paths.diagnostics, `${result.diagnostics}\n`);
    const entry = indexEntry(item.name, JSON.parse(result.summary));
    if (entry === null) throw new Error("the core's summary has not the documented form");
    return { entry, key, skipped: false };
  } catch (error) {
    if (error.io || error.syscall) return { error: ioError(error) };
    return { error: { code: 'internal_error', message: String(error?.message ?? error), path: '' } };
  }
}

function limitError(length) {
  return {
    code: 'limit_exceeded',
    message: `input of ${length} bytes exceeds the limit of ${workerData.maxInputBytes} bytes`,
    path: '',
  };
}

// {"id":…} followed by the members of the core's compact result.
function record(line) {
  let compact;
  if (line.tooLong) {
    compact = JSON.stringify({ error: limitError(line.length) });
  } else {
    try {
      compact = galley.renderJSON(line.bytes, options);
    } catch (error) {
      compact = JSON.stringify({ error: { code: 'internal_error', message: String(error?.message ?? error), path: '' } });
    }
  }
  const result = JSON.parse(compact);
  const id = result.error ? (line.tooLong ? null : parsedArticleId(line.bytes)) : result.summary.id;
  return { text: `{"id":${JSON.stringify(id)},${compact.slice(1)}`, error: result.error ?? null };
}

parentPort.on('message', (task) => {
  if (task.kind === 'folder') parentPort.postMessage({ index: task.index, ...renderToFolder(task.item) });
  else parentPort.postMessage({ index: task.index, ...record(task.line) });
});
