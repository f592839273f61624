// What a batch prints on standard error: a progress bar when it is a
// terminal (nothing in pipes and logs), and at the end a table of the failed
// articles and the counts.
const BAR_WIDTH = 32;
const REDRAW_MS = 100;

export class ProgressBar {
  #total;
  #done = 0;
  #failed = 0;
  #visible;
  #lastDraw = 0;

  constructor(total, visible = process.stderr.isTTY === true) {
    this.#total = total;
    this.#visible = visible && total > 0;
  }

  record(succeeded) {
    ++this.#done;
    if (!succeeded) ++this.#failed;
    const now = Date.now();
    if (this.#visible && (now - this.#lastDraw >= REDRAW_MS || this.#done === this.#total)) {
      this.#lastDraw = now;
      this.#draw();
    }
  }

  finish() {
    if (!this.#visible) return;
    this.#draw();
    process.stderr.write('\n');
  }

  #draw() {
    const filled = Math.round((BAR_WIDTH * this.#done) / this.#total);
    const failed = this.#failed > 0 ? `, ${this.#failed} failed` : '';
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.#done}/${this.#total}${failed}`);
  }
}

function describe(error) {
  return error.line > 0 ? `${error.message} (line ${error.line}, column ${error.column})` : error.message;
}

/** The failures as an aligned table: article (file or file:line), code, JSON pointer, message. */
export function failureTable(failures) {
  const rows = [['article', 'code', 'path', 'message'],
    ...failures.map(({ source, error }) => [source, error.code, error.path === '' ? '(root)' : error.path, describe(error)])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n');
}

/** Prints the failure table and the counts; returns the exit status. */
export function reportBatch(failures, rendered, unchanged) {
  if (failures.length > 0) process.stderr.write(`${failureTable(failures)}\n`);
  const tail = unchanged > 0 ? `, unchanged ${unchanged}` : '';
  process.stderr.write(`rendered ${rendered}, failed ${failures.length}${tail}\n`);
  return failures.length === 0 ? 0 : 1;
}
