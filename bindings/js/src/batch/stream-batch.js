// galley batch FILE.ndjson|- --ndjson-out FILE|-: the Node version of the
// native tool's streaming batch (bindings/cli/ndjson_stream.hpp). One record
// per input line, in input order; a bounded window of lines in flight keeps
// memory flat whatever the input size.
import { createReadStream } from 'node:fs';

import { AtomicFile } from './atomic-file.js';
import { WorkerPool } from './pool.js';

const WINDOW_PER_WORKER = 16;

// Splits a byte stream into lines; a line longer than `maxBytes` is not kept, only counted.
async function* lines(stream, maxBytes) {
  let pieces = [];
  let length = 0;
  const take = () => {
    const line = length > maxBytes ? { tooLong: true, length } : { bytes: new Uint8Array(Buffer.concat(pieces, length)), length };
    pieces = [];
    length = 0;
    return line;
  };
  let started = false;
  for await (const chunk of stream) {
    for (let start = 0; start < chunk.length;) {
      started = true;
      const newline = chunk.indexOf(0x0a, start);
      const end = newline < 0 ? chunk.length : newline;
      length += end - start;
      if (length <= maxBytes) pieces.push(chunk.subarray(start, end));
      else pieces = [];
      start = end + 1;
      if (newline >= 0) {
        yield take();
        started = false;
      }
    }
  }
  if (started) yield take();
}

// Where records go: standard output (respecting its back-pressure) or a file that appears whole or not at all.
class RecordSink {
  #file;

  constructor(path) {
    this.#file = path === '-' ? null : new AtomicFile(path);
  }

  async write(text) {
    if (this.#file) this.#file.write(text);
    else if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }

  finish() {
    this.#file?.commit();
  }

  discard() {
    this.#file?.discard();
  }
}

/** Returns the exit status; throws for unreadable input or unwritable output. */
export async function runStreamBatch(args, options, maxInputBytes) {
  const label = args.input === '-' ? 'stdin' : args.input;
  const input = args.input === '-' ? process.stdin : createReadStream(args.input);
  const sink = new RecordSink(args.ndjsonOut);
  const window = WINDOW_PER_WORKER * args.jobs;
  const results = new Map();  // line index → record, until written
  let next = 0;               // the next line to write
  let wake = null;
  let workerFailure = null;
  const pool = new WorkerPool(args.jobs, { options, maxInputBytes }, (result) => {
    results.set(result.index, result);
    wake?.();
  }, (error) => {
    workerFailure = error;
    wake?.();
  });
  const waitForResult = () => new Promise((resolve) => { wake = resolve; });

  let failed = 0;
  let buffered = '';
  const flush = async (force) => {
    if (buffered.length < 1 << 16 && !force) return;
    const text = buffered;
    buffered = '';
    await sink.write(text);
  };
  // Writes every finished record that is next in order.
  const writeReady = async () => {
    for (let result = results.get(next); result !== undefined; result = results.get(next)) {
      results.delete(next);
      ++next;
      buffered += `${result.text}\n`;
      if (result.error) {
        ++failed;
        process.stderr.write(`${label}:${next}: ${JSON.stringify(result.error)}\n`);
      }
      await flush(false);
    }
  };

  try {
    let count = 0;
    for await (const line of lines(input, maxInputBytes)) {
      while (count - next >= window) {
        if (workerFailure) throw workerFailure;
        await writeReady();
        if (count - next >= window) await waitForResult();
      }
      pool.submit({ kind: 'record', index: count++, line }, line.bytes ? [line.bytes.buffer] : []);
    }
    while (next < count) {
      if (workerFailure) throw workerFailure;
      await writeReady();
      if (next < count) await waitForResult();
    }
    await flush(true);
    sink.finish();
    process.stderr.write(`rendered ${count - failed}, failed ${failed}\n`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    sink.discard();
    throw error;
  } finally {
    await pool.close();
  }
}
