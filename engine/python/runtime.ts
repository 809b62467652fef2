// Per-run state shared by the evaluator and the built-ins: output, interrupts, call depth, and the stack of
// exceptions being handled (for `raise` inside `except` and implicit exception chaining).
import { ModuleCache } from './modules';
import { KeyboardInterrupt, RecursionError, pyError, type PyException } from './objects/exceptions';
import type { Frame } from './frame';
import type { HostFiles } from './files';

/** A rich output: MIME type -> content (text/plain always present), as Jupyter's display_data. */
export type MimeBundle = Record<string, string>;

export interface RuntimeHost {
  write(stream: 'stdout' | 'stderr', text: string): void;
  interruptRequested(): boolean;
  /** Shows a rich output (a figure) in order with the printed text; hosts without one ignore displays. */
  display?(data: MimeBundle): void;
  /** The host's file system (torch.save/torch.load); absent where there is none (a browser). */
  files?: HostFiles;
}

/** How many loop iterations / calls pass between two polls of the host's interrupt flag. */
const POLL_INTERVAL = 1000;
/** CPython's default sys.getrecursionlimit(); the module frame counts as one, so calls may nest one less deep. */
export const RECURSION_LIMIT = 1000;

/** Raised when code defined in Python would run while the runtime only inspects (see `Runtime.inspecting`). */
export class NotebookCodeRefused extends Error {
  override name = 'NotebookCodeRefused';
}

class Runtime {
  /**
   * Set while hovers and completions look at live objects: they may read native state (tensors, modules) but
   * must never run the notebook's own functions, which could loop, print or change state.
   */
  inspecting = false;
  host: RuntimeHost = { write: () => {}, interruptRequested: () => false };
  depth = 0;
  private untilPoll = POLL_INTERVAL;
  /** The running interpreter's imported modules. */
  modules = new ModuleCache();
  /** Exceptions currently being handled by `except` blocks, innermost last. */
  readonly handling: PyException[] = [];
  /** The running activations by depth (index 0: the module); entries above `depth` are stale. */
  private readonly frames: Frame[] = [];

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (text) this.host.write(stream, text);
  }

  display(data: MimeBundle): void {
    this.host.display?.(data);
  }

  /** Called on every loop iteration and call; asks the host only every POLL_INTERVAL ticks. */
  tick(): void {
    if (--this.untilPoll > 0) return;
    this.untilPoll = POLL_INTERVAL;
    this.checkInterrupt();
  }

  /** Asks the host right away: for native code that blocks (time.sleep). */
  checkInterrupt(): void {
    if (this.host.interruptRequested()) throw pyError(KeyboardInterrupt);
  }

  enterCall(frame: Frame): void {
    if (this.inspecting) throw new NotebookCodeRefused(frame.code.name);
    if (++this.depth >= RECURSION_LIMIT) {
      this.depth--;
      throw pyError(RecursionError, 'maximum recursion depth exceeded');
    }
    this.frames[this.depth] = frame;
    this.tick();
  }

  /** The innermost running Python activation: where native code (e.g. a warning) was called from. */
  currentFrame(): Frame | undefined {
    return this.frames[this.depth];
  }

  /** The activation at `depth` (0: the module), for warnings attributed to a caller (stacklevel). */
  frameAt(depth: number): Frame | undefined {
    return depth <= this.depth ? this.frames[depth] : undefined;
  }

  /** The frame of the code unit being run, at depth 0. */
  enterModule(frame: Frame): void {
    this.frames[0] = frame;
  }

  reset(host: RuntimeHost, modules: ModuleCache): void {
    this.host = host;
    this.modules = modules;
    this.depth = 0;
    this.frames.length = 0;
    this.untilPoll = POLL_INTERVAL;
    this.handling.length = 0;
  }
}

export const runtime = new Runtime();
