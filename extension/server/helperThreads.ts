// Starts the helper threads a kernel shares its large matrix products with: one per core beyond the kernel's
// own, at most MAX_HELPERS, or AGNB_HELPER_THREADS of them (0 computes on the kernel's thread alone). They wait
// blocked on a futex between products, costing no CPU, and never keep the process alive.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { useHelperThreads, useHelperThreadsWhenNeeded } from '../../engine/tensor/kernels/wasm/threads';

const MAX_HELPERS = 3;

function helperCount(): number {
  const configured = process.env.AGNB_HELPER_THREADS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Math.min(Number(configured), MAX_HELPERS);
  return Math.min(availableParallelism() - 1, MAX_HELPERS);
}

function spawnHelpers(script: string, count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const helper = new Worker(script);
    helper.unref();
    return helper;
  });
}

/**
 * Starts the helpers (kernelHelper.js beside this bundle unless `script` says otherwise) and hands them to the
 * engine; returns what stops them again.
 */
export function startHelperThreads(script = join(__dirname, 'kernelHelper.js'), count = helperCount()): () => void {
  const helpers = spawnHelpers(script, count);
  useHelperThreads(helpers);
  return () => {
    useHelperThreads([]);
    for (const helper of helpers) void helper.terminate();
  };
}

/** Has the engine start the helpers when its first product large enough to share them arrives (a kernel's start then costs nothing more). */
export function startHelperThreadsWhenNeeded(script = join(__dirname, 'kernelHelper.js'), count = helperCount()): void {
  useHelperThreadsWhenNeeded(() => spawnHelpers(script, count));
}
