// A pool of batch worker threads (worker.js). Each worker gets two tasks at
// a time, so that it never waits for the main thread between articles.
import { Worker } from 'node:worker_threads';

const TASKS_PER_WORKER = 2;

export class WorkerPool {
  #workers = [];
  #idle = [];
  #pending = [];
  #onResult;
  #onFailure;

  /** `onResult(result)` gets every worker message; `onFailure(error)` a worker that died. */
  constructor(count, workerData, onResult, onFailure) {
    this.#onResult = onResult;
    this.#onFailure = onFailure;
    for (let i = 0; i < count; ++i) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData });
      worker.on('message', (result) => {
        this.#idle.push(worker);
        this.#dispatch();
        this.#onResult(result);
      });
      worker.on('error', (error) => this.#onFailure(error));
      this.#workers.push(worker);
      for (let slot = 0; slot < TASKS_PER_WORKER; ++slot) this.#idle.push(worker);
    }
  }

  /** Queues a task; `transfer` lists buffers handed over instead of copied. */
  submit(task, transfer = []) {
    this.#pending.push([task, transfer]);
    this.#dispatch();
  }

  #dispatch() {
    while (this.#idle.length > 0 && this.#pending.length > 0) {
      const [task, transfer] = this.#pending.shift();
      this.#idle.shift().postMessage(task, transfer);
    }
  }

  async close() {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
