// Owns one notebook's kernel worker: queues executions, relays streamed output, interrupts, restarts, and
// survives the worker dying (out of memory, a bug): the pending cell gets an error and the next one gets a
// fresh kernel. Used by the kernel server and by the headless runner, so both run cells the same way.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { CellOutput, ExecuteOptions, ExecuteReply, VariableDetail, VariableInfo } from '../../engine/kernel';
import {
  INTERRUPT_FLAG,
  type InspectAnswers,
  type InspectQuery,
  type KernelSettings,
  type KernelState,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

/** How long a cell may ignore an interrupt before its worker is terminated and replaced. */
export const INTERRUPT_GRACE_MS = 1000;

/** How long an idle kernel that was shut down may take to exit before it is terminated. */
const SHUTDOWN_GRACE_MS = 1000;

/** A hover or completion the kernel has not answered by then gets no answer (the editor must stay responsive). */
export const INSPECT_TIMEOUT_MS = 1000;

/** The settings' defaults (package.json declares the same): PyTorch's precision, generous output limits. */
export const DEFAULT_KERNEL_SETTINGS: KernelSettings = { printPrecision: 4, maxOutputLines: 5000, maxOutputCharacters: 1_000_000 };

/** Heap for a kernel: a huge allocation fails inside the worker, never in the kernel server. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 4096, stackSizeMb: 64 };

type Pending =
  | { kind: 'execute'; resolve: (reply: ExecuteReply) => void; onStream: (name: 'stdout' | 'stderr', text: string) => void }
  | { kind: 'variables'; resolve: (variables: VariableInfo[]) => void }
  | { kind: 'inspect'; resolve: (answer: InspectAnswers[InspectQuery['kind']]) => void }
  | { kind: 'describe'; resolve: (detail: VariableDetail | null) => void };

export class KernelHost {
  private worker: Worker | undefined;
  private interruptFlags = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private executionCount = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private runningExecution: number | undefined;
  private interruptTimer: NodeJS.Timeout | undefined;
  private settings = DEFAULT_KERNEL_SETTINGS;

  constructor(
    /** The worker's code: by default kernelWorker.js, loaded through V8's code cache (kernelBoot.ts). */
    private readonly workerScript = join(__dirname, 'kernelBoot.js'),
    private readonly onState: (state: KernelState, message?: string) => void = () => {},
    /** Where cells' relative file paths start (the notebook's folder); the process's directory by default. */
    private readonly workingDirectory = process.cwd(),
  ) {}

  /** Runs code after every execution queued before it; never rejects: kernel deaths become error outputs. */
  execute(
    code: string,
    options: ExecuteOptions = {},
    onStream: (name: 'stdout' | 'stderr', text: string) => void = () => {},
  ): Promise<ExecuteReply> {
    const run = this.queue.then(
      () =>
        new Promise<ExecuteReply>((resolve) => {
          const id = this.nextId++;
          this.runningExecution = id;
          this.pending.set(id, { kind: 'execute', resolve, onStream });
          Atomics.store(this.interruptFlags, INTERRUPT_FLAG, 0);
          this.onState('busy');
          this.post({ type: 'execute', id, code, options });
        }),
    );
    this.queue = run.then(() => {
      this.runningExecution = undefined;
      clearTimeout(this.interruptTimer);
      this.onState('idle');
    });
    return run;
  }

  /** Resolves after all queued executions, so it reflects the notebook as the user last ran it. */
  variables(): Promise<VariableInfo[]> {
    return this.queue.then(
      () =>
        new Promise<VariableInfo[]>((resolve) => {
          const id = this.nextId++;
          this.pending.set(id, { kind: 'variables', resolve });
          this.post({ type: 'variables', id });
        }),
    );
  }

  /**
   * Answers a hover, completion or signature question from the kernel's live state. Only an idle, started
   * kernel answers (undefined otherwise): a busy one cannot, and one that never ran has no state worth starting.
   */
  inspect<K extends InspectQuery['kind']>(query: Extract<InspectQuery, { kind: K }>): Promise<InspectAnswers[K] | undefined> {
    if (!this.worker || this.runningExecution !== undefined) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(undefined);
      }, INSPECT_TIMEOUT_MS);
      this.pending.set(id, {
        kind: 'inspect',
        resolve: (answer) => {
          clearTimeout(timer);
          resolve(answer as InspectAnswers[K]);
        },
      });
      this.post({ type: 'inspect', id, query });
    });
  }

  /** Settings for kernels started from now on; a running kernel takes the new output limits right away. */
  configure(settings: KernelSettings): void {
    this.settings = settings;
    this.worker?.postMessage({ type: 'configure', settings } satisfies WorkerRequest);
  }

  /** The inspector's view of one name (see Kernel.describe), after all queued executions; null if it names nothing. */
  describe(name: string): Promise<VariableDetail | null> {
    return this.queue.then(
      () =>
        new Promise<VariableDetail | null>((resolve) => {
          const id = this.nextId++;
          this.pending.set(id, { kind: 'describe', resolve });
          this.post({ type: 'describe', id, name });
        }),
    );
  }

  /** Raises KeyboardInterrupt in the running cell; replaces the worker if the cell does not stop in time. */
  interrupt(): void {
    if (this.runningExecution === undefined) return;
    Atomics.store(this.interruptFlags, INTERRUPT_FLAG, 1);
    const running = this.runningExecution;
    clearTimeout(this.interruptTimer);
    this.interruptTimer = setTimeout(() => {
      if (this.runningExecution === running) {
        this.replaceWorker('KeyboardInterrupt', 'the cell did not stop within 1 s; the kernel was restarted and its variables were lost');
      }
    }, INTERRUPT_GRACE_MS);
  }

  /** A fresh kernel: all names and execution counts are gone. */
  restart(): void {
    this.replaceWorker('KernelRestarted', 'the kernel was restarted while this cell was running');
  }

  dispose(): void {
    clearTimeout(this.interruptTimer);
    this.failPending('KernelShutdown', 'the kernel was shut down');
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    if (this.runningExecution !== undefined) {
      void worker.terminate();
      return;
    }
    // An idle kernel exits by itself, so a code cache it is writing still lands; it keeps no process alive.
    worker.postMessage({ type: 'shutdown' } satisfies WorkerRequest);
    worker.unref();
    setTimeout(() => void worker.terminate(), SHUTDOWN_GRACE_MS).unref();
  }

  private replaceWorker(ename: string, evalue: string): void {
    this.onState('restarting');
    const worker = this.worker;
    this.worker = undefined;
    this.failPending(ename, evalue);
    this.executionCount = 0;
    void worker?.terminate();
    this.onState('idle');
  }

  private failPending(ename: string, evalue: string): void {
    const error: CellOutput = { output_type: 'error', ename, evalue, traceback: [`${ename}: ${evalue}`] };
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      if (pending.kind === 'execute') {
        pending.resolve({ executionCount: ++this.executionCount, status: 'error', outputs: [error] });
      } else if (pending.kind === 'variables') {
        pending.resolve([]);
      } else {
        if (pending.kind === 'inspect') pending.resolve(undefined);
        else pending.resolve(null);
      }
    }
  }

  private post(request: WorkerRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.interruptFlags = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.workerScript, {
      workerData: { interruptBuffer: this.interruptFlags.buffer, settings: this.settings, workingDirectory: this.workingDirectory },
      resourceLimits: WORKER_LIMITS,
      stdout: false,
      stderr: false,
    });
    worker.on('message', (message: WorkerResponse) => this.receive(message));
    worker.on('error', (error) => this.workerDied(worker, error.message));
    worker.on('exit', (code) => this.workerDied(worker, `the kernel process exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private workerDied(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // an old worker we already replaced
    this.worker = undefined;
    this.onState('crashed', reason);
    this.failPending('KernelDied', `${reason}; the kernel restarts with an empty namespace on the next run`);
    this.executionCount = 0;
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'stream':
        if (pending.kind === 'execute') pending.onStream(message.name, message.text);
        return;
      case 'executed':
        this.pending.delete(message.id);
        this.executionCount = message.reply.executionCount;
        if (pending.kind === 'execute') pending.resolve(message.reply);
        return;
      case 'variables':
        this.pending.delete(message.id);
        if (pending.kind === 'variables') pending.resolve(message.variables);
        return;
      case 'inspected':
        this.pending.delete(message.id);
        if (pending.kind === 'inspect') pending.resolve(message.answer);
        return;
      case 'described':
        this.pending.delete(message.id);
        if (pending.kind === 'describe') pending.resolve(message.detail);
        return;
    }
  }
}
