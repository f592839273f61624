// OUTDIR/index.json and the incremental cache OUTDIR/.galley-cache.json, in
// exactly the native tool's format (bindings/cli/batch_index.hpp and
// batch_cache.hpp), so that either tool can continue the other's batch.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { writeFileAtomically } from './atomic-file.js';

const CACHE_FORMAT_VERSION = 1;
const CACHE_FILE = '.galley-cache.json';

const isStringOrNull = (value) => typeof value === 'string' || value === null;

/** The index.json line of an article rendered to OUTDIR/<name>.*; null when `summary` is not a summary. */
export function indexEntry(name, summary) {
  if (summary === null || typeof summary !== 'object') return null;
  const time = summary.reading_time;
  const { id = null, url = null, published = null, updated = null } = summary;
  if (typeof summary.title !== 'string' || typeof summary.excerpt !== 'string' || !Array.isArray(summary.tags) ||
      time === null || typeof time !== 'object' || ![id, url, published, updated].every(isStringOrNull)) {
    return null;
  }
  const counts = ['minutes', 'seconds', 'total_seconds'].map((key) => time[key]);
  if (!counts.every((count) => Number.isSafeInteger(count) && count >= 0)) return null;
  const [minutes, seconds, totalSeconds] = counts;
  return JSON.stringify({
    id,
    name,
    title: summary.title,
    url,
    excerpt: summary.excerpt,
    reading_time: { minutes, seconds, total_seconds: totalSeconds },
    tags: summary.tags,
    published,
    updated,
  });
}

export function writeIndex(outputDir, entries) {
  const body = entries.map((entry, i) => `${i === 0 ? '\n' : ',\n'}${entry}`).join('');
  writeFileAtomically(join(outputDir, 'index.json'), `{"articles":[${body}\n]}\n`);
}

/** The part of every cache key that belongs to the batch: tool version, --mode, the options file's bytes. */
export function cacheSettings(version, mode, optionsBytes) {
  return Buffer.concat([
    Buffer.from(`galley batch cache ${CACHE_FORMAT_VERSION}\n${version}\n${mode ?? ''}\n`),
    optionsBytes ?? Buffer.alloc(0),
    Buffer.from('\n'),
  ]);
}

export function cacheKey(settings, article) {
  return createHash('sha256').update(settings).update(article).digest('hex');
}

export function cachePath(outputDir) {
  return join(outputDir, CACHE_FILE);
}

/** The previous batch's name → key map; a cache that cannot be used counts as empty (with a warning). */
export function parseCache(text, path) {
  try {
    const cache = JSON.parse(text);
    if (cache.version !== CACHE_FORMAT_VERSION) throw new Error('unknown version');
    const entries = new Map(Object.entries(cache.entries));
    for (const key of entries.values()) if (typeof key !== 'string') throw new Error('an entry is not a string');
    return entries;
  } catch (error) {
    process.stderr.write(`galley: ignoring the batch cache '${path}' (${error.message}): every article is rendered\n`);
    return new Map();
  }
}

export function writeCache(outputDir, pairs) {
  const body = pairs.map(([name, key], i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(name)}:${JSON.stringify(key)}`).join('');
  writeFileAtomically(cachePath(outputDir), `{"version":${CACHE_FORMAT_VERSION},"entries":{${body}\n}}\n`);
}
