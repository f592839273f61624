// galley batch DIR|FILE.ndjson|- -o OUTDIR: the Node version of the native
// tool's folder batch (bindings/cli/batch_command.cpp), with worker threads.
import { mkdirSync, readFileSync } from 'node:fs';

import { collectBatchInput } from './input.js';
import { cachePath, parseCache, writeCache, writeIndex } from './listings.js';
import { WorkerPool } from './pool.js';
import { ProgressBar, reportBatch } from './report.js';

function readPreviousCache(outputDir) {
  const path = cachePath(outputDir);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return new Map();
    return parseCache('', path);
  }
  return parseCache(text, path);
}

function renderAll(items, jobs, workerData) {
  const outcomes = new Array(items.length);
  const progress = new ProgressBar(items.length);
  return new Promise((resolve, reject) => {
    let remaining = items.length;
    if (remaining === 0) {
      resolve(outcomes);
      return;
    }
    const pool = new WorkerPool(Math.min(jobs, items.length), workerData, (result) => {
      outcomes[result.index] = result;
      progress.record(!result.error);
      if (--remaining === 0) {
        progress.finish();
        pool.close().then(() => resolve(outcomes), reject);
      }
    }, (error) => {
      pool.close();
      reject(error);
    });
    items.forEach((item, index) => {
      // A copy of the line alone: posting a view would copy the whole input along.
      const line = item.line && new Uint8Array(item.line);
      pool.submit({ kind: 'folder', index, item: { ...item, line } }, line ? [line.buffer] : []);
    });
  });
}

/**
 * `settings`: the cache key's batch part (listings.cacheSettings); `readNdjson(path)`
 * reads an NDJSON input. Returns the exit status; throws for unreadable input.
 */
export async function runFolderBatch(args, options, settings, readNdjson) {
  const items = await collectBatchInput(args.input, readNdjson);
  mkdirSync(args.outputDir, { recursive: true });
  const previous = args.incremental ? readPreviousCache(args.outputDir) : null;
  const outcomes = await renderAll(items, args.jobs, { options, outputDir: args.outputDir, settings, previous });

  const failures = [];
  const entries = [];
  const keys = [];
  let unchanged = 0;
  outcomes.forEach((outcome, i) => {
    if (outcome.error) {
      failures.push({ source: items[i].source, error: outcome.error });
      return;
    }
    if (outcome.skipped) ++unchanged;
    entries.push(outcome.entry);
    keys.push([items[i].name, outcome.key]);
  });
  const status = reportBatch(failures, items.length - failures.length - unchanged, unchanged);
  writeIndex(args.outputDir, entries);
  writeCache(args.outputDir, keys);
  return status;
}
