// Output files that appear whole or not at all: content goes to a temporary
// file next to the target, renamed over it once everything was written, as
// the native tool's AtomicFile does.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

let counter = 0;

function temporaryNameFor(path) {
  return `${path}.partial-${process.pid}-${threadId}-${counter++}`;
}

export class AtomicFile {
  #path;
  #temporaryPath;
  #fd;

  constructor(path) {
    this.#path = path;
    this.#temporaryPath = temporaryNameFor(path);
    this.#fd = openSync(this.#temporaryPath, 'w');
  }

  write(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let done = 0; done < bytes.length;) done += writeSync(this.#fd, bytes, done);
  }

  commit() {
    closeSync(this.#fd);
    this.#fd = undefined;
    renameSync(this.#temporaryPath, this.#path);
  }

  /** Removes the temporary file unless commit() succeeded. */
  discard() {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    rmSync(this.#temporaryPath, { force: true });
  }
}

export function writeFileAtomically(path, data) {
  const file = new AtomicFile(path);
  try {
    file.write(data);
    file.commit();
  } catch (error) {
    file.discard();
    throw error;
  }
}
