// The systems agnb is measured beside: TensorFlow.js's wasm backend (in this process), and Python programs run
// by agnb's headless runner, by real PyTorch (/usr/bin/python3, single-threaded) and by CPython. A Python
// program is the same text for every runtime; it times its own hot loops and prints `timing: <label> <seconds>`
// lines (or one `seconds: <seconds>` line), and everything else it prints must agree between runtimes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
// Gradients (tf.grad, optimizers) are registered separately, as the tfjs union package does.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Figure } from './report';

export const root = join(__dirname, '..', '..');
export const benchSources = join(root, 'test', 'bench');

export type PythonRuntime = 'agnb' | 'pytorch' | 'cpython';

/**
 * Real PyTorch with as many threads as agnb computes on (one unless a row says otherwise: `runProgram`'s
 * helperThreads); the program runs as python3 FILE would run it.
 */
const PYTORCH_BOOT = "import runpy, sys, torch; torch.set_num_threads(int(sys.argv[2])); runpy.run_path(sys.argv[1], run_name='__main__')";

const COMMANDS: Record<PythonRuntime, (file: string, threads: number) => [string, string[]]> = {
  agnb: (file) => [process.execPath, [join(root, 'dist', 'cli.js'), 'run', file]],
  pytorch: (file, threads) => ['/usr/bin/python3', ['-c', PYTORCH_BOOT, file, String(threads)]],
  cpython: (file) => ['python3', [file]],
};

let pytorchCheck: string | undefined | null = null;

/** Why PyTorch cannot be measured on this machine, or undefined when it can. */
export function pytorchMissing(): string | undefined {
  if (pytorchCheck === null) {
    const probe = spawnSync('/usr/bin/python3', ['-c', 'import torch'], { encoding: 'utf8' });
    pytorchCheck = probe.status === 0 ? undefined : 'python3-torch not installed';
  }
  return pytorchCheck;
}

export interface ProgramRun {
  /** What the program printed apart from its timings. */
  output: string;
  /** Seconds per iteration by label ('' for a program's single `seconds:` line). */
  timings: Map<string, number>;
}

const TIMING_LINE = /^timing: (.*) (\S+)$/;
const SECONDS_LINE = /^seconds: (\S+)$/;

/**
 * Runs `file`: agnb with `helperThreads` threads helping its kernel with large matrix products
 * (AGNB_HELPER_THREADS), PyTorch with 1 + helperThreads threads.
 */
export function runProgram(runtime: PythonRuntime, file: string, helperThreads = 0): ProgramRun {
  const [command, args] = COMMANDS[runtime](file, 1 + helperThreads);
  const env = { ...process.env, AGNB_HELPER_THREADS: String(helperThreads) };
  const run = spawnSync(command, args, { cwd: dirname(file), encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20, env });
  if (run.status !== 0) throw new Error(`${runtime} failed on ${basename(file)}:\n${run.stderr || run.stdout}`);
  const timings = new Map<string, number>();
  const output: string[] = [];
  for (const line of run.stdout.trimEnd().split('\n')) {
    const timing = TIMING_LINE.exec(line);
    const seconds = SECONDS_LINE.exec(line);
    if (timing) timings.set(timing[1]!, Number(timing[2]));
    else if (seconds) timings.set('', Number(seconds[1]));
    else output.push(line);
  }
  return { output: output.join('\n'), timings };
}

/**
 * A program under test/bench/torch/ preceded by timing.py (its `measure` helper), written to out/bench/ so every
 * runtime runs the same file.
 */
export function timedProgram(name: string): string {
  const torchPrograms = join(benchSources, 'torch');
  const text = `${readFileSync(join(torchPrograms, 'timing.py'), 'utf8')}\n${readFileSync(join(torchPrograms, name), 'utf8')}`;
  const directory = join(root, 'out', 'bench', 'programs');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, name);
  writeFileSync(file, text);
  return file;
}

/** A note when a peer printed something else than agnb (the first differing line of each), else undefined. */
export function outputDifference(agnb: ProgramRun, peer: ProgramRun, peerName: string): string | undefined {
  if (agnb.output === peer.output) return undefined;
  const ours = agnb.output.split('\n');
  const theirs = peer.output.split('\n');
  const line = ours.findIndex((text, index) => text !== theirs[index]);
  const at = line === -1 ? ours.length : line;
  return `output differs from ${peerName} at line ${at + 1}: agnb ${JSON.stringify(ours[at] ?? '')}, ${peerName} ${JSON.stringify(theirs[at] ?? '')}`;
}

/** Seconds per iteration the program printed for a label. */
export function secondsOf(run: ProgramRun, label: string): number {
  const seconds = run.timings.get(label);
  if (seconds === undefined) throw new Error(`no timing "${label}" in the program's output`);
  return seconds;
}

/** A peer's timing for a label converted by `scale` (e.g. to GFLOP/s or ms), or why there is none. */
export function peerFigure(run: ProgramRun | string, label: string, scale: (seconds: number) => number): Figure {
  return typeof run === 'string' ? { skipped: run } : scale(secondsOf(run, label));
}

let tfjsReady: Promise<typeof tf> | undefined;

/** TensorFlow.js with its wasm backend (SIMD, one thread: Node runs it without cross-origin isolation). */
export function tfjs(): Promise<typeof tf> {
  tfjsReady ??= (async () => {
    setWasmPaths(`${join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('the TensorFlow.js wasm backend did not start');
    await tf.ready();
    return tf;
  })();
  return tfjsReady;
}
