// Helper threads for large matrix products: they run the same compiled kernels on the kernels' shared memory
// and take chunks of A's panels (bands of rows of C) from a shared counter, as the calling thread does, so a
// product finishes in about 1/(helpers + 1) of the time, and a helper the OS does not schedule just leaves its
// share to the others. Every output is still computed by one thread alone, in the same order, so results are
// bit-identical to the single-threaded kernel.
//
// The engine creates no threads itself (it runs in Node workers and in browsers alike): the host starts them,
// hands their ports to `useHelperThreads` and, in each thread, passes the messages it receives to
// `serveHelperThread`. One SharedArrayBuffer holds the job's words and a state word per helper:
//   IDLE --(caller: JOB)--> RUNNING (the helper took it) --> IDLE;  JOB --(caller: cancelled, not taken)--> IDLE
// A new kernel instance (a new memory) bumps the generation, posts the module and memory to every helper and
// stores RELOAD, which sends a helper back to its event loop to take the message; a job for a newer generation
// than a helper's sends it back too, and the others compute its share.
import { watchSharedInstances, type WasmKernels } from './instance';

/** What the host relays from `useHelperThreads` to `serveHelperThread` in a helper thread. */
export interface HelperMessage {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  readonly control: SharedArrayBuffer;
  readonly slot: number;
  readonly generation: number;
}

/** A helper thread as the host gives it: a port messages are posted to. */
export interface HelperPort {
  postMessage(message: HelperMessage): void;
}

// The job's words.
const GENERATION = 0;
const JOB_GENERATION = 1;
const NEXT_PANEL = 2;
const CHUNK_PANELS = 3;
const PRECISION = 4;
const A_PANEL_BYTES = 5;
const C_PANEL_BYTES = 6;
/** Panels helpers have computed, ever (what tests and benchmarks read to see them working). */
const HELPER_PANELS = 7;
/** gemm's arguments: a, b, c, aPanels, bPanels, k, kc, mcPanels, accumulate. */
const GEMM = 8;
const JOB_WORDS = 17;

// A helper's state word.
const STARTING = 0;
const IDLE = 1;
const JOB = 2;
const RUNNING = 3;
const RELOAD = 4;
const FAILED = 5;

const FLOAT32 = 0;
const FLOAT64 = 1;

interface Control {
  readonly job: Int32Array;
  /** One state word per helper. */
  readonly states: Int32Array;
}

let control: Control | undefined;

/**
 * Starts using `ports` as helper threads for large matrix products (none: products run on the calling thread
 * only). Only where the kernels' memory can be shared; the calling thread must be allowed to block (Atomics.wait:
 * a worker or Node's main thread, not a browser page).
 */
export function useHelperThreads(ports: readonly HelperPort[]): void {
  startLater = undefined;
  const buffer = new SharedArrayBuffer((JOB_WORDS + ports.length) * 4);
  const shared: Control = { job: new Int32Array(buffer, 0, JOB_WORDS), states: new Int32Array(buffer, JOB_WORDS * 4, ports.length) };
  control = undefined;
  watchSharedInstances(ports.length === 0 ? undefined : (module, memory) => {
    const generation = Atomics.add(shared.job, GENERATION, 1) + 1;
    ports.forEach((port, slot) => {
      port.postMessage({ module, memory, control: buffer, slot, generation });
      Atomics.store(shared.states, slot, RELOAD);
      Atomics.notify(shared.states, slot);
    });
    control = shared;
  });
}

let startLater: (() => readonly HelperPort[]) | undefined;

/**
 * Lets the first product large enough to share start the helper threads (`start` returns their ports), so a
 * kernel that never multiplies large matrices never starts them.
 */
export function useHelperThreadsWhenNeeded(start: () => readonly HelperPort[]): void {
  startLater = start;
}

/** The number of helper threads in use. */
export const helperThreadCount = (): number => control?.states.length ?? 0;

/** Panels of A the helper threads have computed so far. */
export const helperPanelsComputed = (): number => (control ? Atomics.load(control.job, HELPER_PANELS) : 0);

/** Takes chunks of the job's panels until none is left; returns how many panels it computed. */
function takeChunks(kernels: WasmKernels, job: Int32Array): number {
  let taken = 0;
  const gemm = job[PRECISION] === FLOAT32 ? kernels.gemm_f32 : kernels.gemm_f64;
  const chunk = job[CHUNK_PANELS]!;
  const aPanels = job[GEMM + 3]!;
  for (let first = Atomics.add(job, NEXT_PANEL, chunk); first < aPanels; first = Atomics.add(job, NEXT_PANEL, chunk)) {
    gemm(
      job[GEMM]! + first * job[A_PANEL_BYTES]!,
      job[GEMM + 1]!,
      job[GEMM + 2]! + first * job[C_PANEL_BYTES]!,
      Math.min(chunk, aPanels - first),
      job[GEMM + 4]!,
      job[GEMM + 5]!,
      job[GEMM + 6]!,
      job[GEMM + 7]!,
      job[GEMM + 8]!,
    );
    taken += Math.min(chunk, aPanels - first);
  }
  return taken;
}

/** How long a helper keeps polling for the next job after one, before it sleeps. */
const SPIN_MS = 0.2;

/** In a helper thread: runs the jobs of the kernel instance `message` names until a newer instance replaces it. */
export function serveHelperThread(message: HelperMessage): void {
  const job = new Int32Array(message.control, 0, JOB_WORDS);
  const states = new Int32Array(message.control, JOB_WORDS * 4);
  const slot = message.slot;
  if (Atomics.load(job, GENERATION) !== message.generation) return; // a newer message is queued behind this one
  let kernels: WasmKernels;
  try {
    kernels = new WebAssembly.Instance(message.module, { env: { memory: message.memory } }).exports as unknown as WasmKernels;
  } catch {
    Atomics.store(states, slot, FAILED);
    return;
  }
  Atomics.store(states, slot, IDLE);
  let lastJobEnd = 0;
  for (;;) {
    const state = Atomics.load(states, slot);
    if (state === IDLE) {
      // Right after a job the next one often follows within microseconds (a backward pass's products): spinning
      // a little answers it without the futex's wake-up delay.
      if (performance.now() - lastJobEnd > SPIN_MS) Atomics.wait(states, slot, IDLE);
    } else if (state === RELOAD) {
      if (Atomics.load(job, GENERATION) !== message.generation) {
        Atomics.store(states, slot, STARTING);
        return;
      }
      Atomics.compareExchange(states, slot, RELOAD, IDLE);
    } else if (state === JOB) {
      if (Atomics.compareExchange(states, slot, JOB, RUNNING) !== JOB) continue; // cancelled: the caller finished first
      const current = Atomics.load(job, JOB_GENERATION) === message.generation;
      let outcome = current ? IDLE : STARTING;
      try {
        if (current) Atomics.add(job, HELPER_PANELS, takeChunks(kernels, job));
      } catch {
        outcome = FAILED;
      }
      Atomics.store(states, slot, outcome);
      Atomics.notify(states, slot);
      if (outcome !== IDLE) return;
      lastJobEnd = performance.now();
    } else {
      return;
    }
  }
}

/** Products with fewer multiply-adds than this stay on one thread: waking a helper costs more than it saves. */
const MIN_PARALLEL_WORK = 2 ** 19;
/** Chunks per thread: small enough that a late or slow thread delays the product little. */
const CHUNKS_PER_THREAD = 4;

/**
 * gemm_f32/gemm_f64 (float.wat) over `aPanels` panels of A, onto the C it holds when `accumulate`, shared with
 * the idle helper threads when the product is large enough. `aPanelBytes` and `cPanelBytes` step the packed A
 * and C by one panel.
 */
export function gemmAcrossThreads(
  kernels: WasmKernels,
  float32: boolean,
  work: number,
  a: number,
  b: number,
  c: number,
  aPanels: number,
  bPanels: number,
  k: number,
  kc: number,
  mcPanels: number,
  accumulate: boolean,
  aPanelBytes: number,
  cPanelBytes: number,
): void {
  if (work >= MIN_PARALLEL_WORK && startLater) {
    const start = startLater;
    startLater = undefined;
    useHelperThreads(start());
  }
  const shared = work >= MIN_PARALLEL_WORK && aPanels > 1 ? control : undefined;
  const helpers: number[] = [];
  if (shared) for (let slot = 0; slot < shared.states.length; slot++) if (Atomics.load(shared.states, slot) === IDLE) helpers.push(slot);
  if (!shared || helpers.length === 0) {
    (float32 ? kernels.gemm_f32 : kernels.gemm_f64)(a, b, c, aPanels, bPanels, k, kc, mcPanels, accumulate ? 1 : 0);
    return;
  }
  const { job, states } = shared;
  job.set([a, b, c, aPanels, bPanels, k, kc, mcPanels, accumulate ? 1 : 0], GEMM);
  job[CHUNK_PANELS] = Math.ceil(aPanels / (CHUNKS_PER_THREAD * (helpers.length + 1)));
  job[PRECISION] = float32 ? FLOAT32 : FLOAT64;
  job[A_PANEL_BYTES] = aPanelBytes;
  job[C_PANEL_BYTES] = cPanelBytes;
  job[JOB_GENERATION] = Atomics.load(job, GENERATION);
  Atomics.store(job, NEXT_PANEL, 0);
  for (const slot of helpers) {
    Atomics.store(states, slot, JOB);
    Atomics.notify(states, slot);
  }
  takeChunks(kernels, job);
  for (const slot of helpers) {
    if (Atomics.compareExchange(states, slot, JOB, IDLE) === JOB) continue;
    while (Atomics.load(states, slot) === RUNNING) Atomics.wait(states, slot, RUNNING);
    if (Atomics.load(states, slot) === FAILED) throw new Error('a helper thread failed during a matrix product');
  }
}
