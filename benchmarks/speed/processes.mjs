// Fresh processes and their CPU time: every figure of the speed benchmark
// comes from a process started for it alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


/** CPU time (user + system, all threads) this process has used, in seconds. */
export function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs a Node script in a fresh process; it prints one JSON line as its result. */
export function runNodeChild(script, args, { nodeArgs = [] } = {}) {
  const { stdout, stderr, status, error } = spawnSync(process.execPath, [...nodeArgs, script, ...args], {
    encoding: 'utf8', maxBuffer: 16 << 20,
  });
  if (error) throw error;
  if (status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${status}: ${stderr.trim()}`);
  return JSON.parse(stdout.trim().split('\n').pop());
}

/**
 * Runs a native command under galley_measure_process: its exit status, CPU
 * seconds, wall seconds and peak RSS (KB). Standard output is discarded.
 */
export function runMeasured(measureTool, command, args) {
  const dir = mkdtempSync(join(tmpdir(), 'galley-measure-'));
  try {
    const report = join(dir, 'report.json');
    const { status, stderr, error } = spawnSync(measureTool, [report, command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20,
    });
    if (error) throw error;
    if (status !== 0) throw new Error(`${measureTool} failed: ${stderr}`);
    return { ...JSON.parse(readFileSync(report, 'utf8')), stderr: stderr.slice(0, 2000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the `measures` (name → function returning a run) taking turns: one
 * warm-up run of each unless `warmUp` is false, then `rounds` rounds that run
 * each once, so that a spell of load from other work falls on all of them
 * alike. For each name: the run with the median `key`, with `samples` (every
 * measured run's `key`, in order).
 */
export function interleavedMedians(measures, key, { rounds = 3, warmUp = true, onRun = () => {} } = {}) {
  const names = Object.keys(measures);
  if (warmUp) for (const name of names) measures[name]();
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 1; round <= rounds; ++round) {
    for (const name of names) {
      onRun(name, round);
      runs[name].push(measures[name]());
    }
  }
  return Object.fromEntries(names.map((name) => {
    const sorted = [...runs[name]].sort((a, b) => a[key] - b[key]);
    return [name, { ...sorted[(rounds - 1) >> 1], samples: runs[name].map((run) => run[key]) }];
  }));
}

/** One warm-up run, then three runs of `measure()`: the run with the median `key`. */
export function medianOfRuns(measure, key) {
  return interleavedMedians({ only: measure }, key).only;
}
