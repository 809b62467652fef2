// The public API of the Python interpreter: run code units against persistent notebook globals.
import { compileModule, type CompiledModule } from './compiler';
import { Frame, addTraceback } from './frame';
import { ModuleCache } from './modules';
import './stdlib/math';
import './stdlib/random';
import './stdlib/sys';
import './stdlib/time';
import './stdlib/warnings';
import './stdlib/itertools';
import './stdlib/functools';
import './stdlib/collections';
import './stdlib/operator';
import './stdlib/matplotlib';
import './stdlib/sourceModules';
import '../torch/index';
import { Namespace, None, typeOf, type PyModule, type PyValue } from './objects/core';
import { PyException, type CodeUnit } from './objects/exceptions';
import { repr } from './ops/convert';
import { CompileError, parseModule } from './parse';
import { NotebookCodeRefused, runtime, type MimeBundle } from './runtime';
import type { HostFiles } from './files';
import { exceptionLine, formatException, formatSyntaxError } from './traceback';

export { registerModule } from './modules';
export type { FileKind, HostFiles } from './files';
export { NotebookCodeRefused };

export interface InterpreterHost {
  /** Called for every write to sys.stdout / sys.stderr (print). */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** Polled by loops and calls; returning true makes the running code raise KeyboardInterrupt. */
  interruptRequested(): boolean;
  /** Receives rich outputs (plt.show()'s figures) in order with the printed text. Optional. */
  display?(data: MimeBundle): void;
  /** The host's file system, for torch.save/torch.load. Optional: without it file access raises a clear error. */
  files?: HostFiles;
}

export interface RunOptions {
  /** How tracebacks name this code unit: 'Cell [3]' for a notebook cell, 'File "script.py"' for a file. */
  origin: string;
  /** Added to line numbers in tracebacks/syntax errors (a cell taken from line 10 of a .py file passes 9). Default 0. */
  lineOffset?: number;
  /** Jupyter behaviour: if the last statement is an expression whose value is not None, return its repr. */
  displayLastExpression: boolean;
}

/** traceback: the lines CPython would print to stderr; the last is "ename: evalue" (or "ename"). */
export interface PythonError {
  ename: string;
  evalue: string;
  traceback: string[];
}

/** display: repr() of the cell's last expression, when it is not None; value: that object, for rich displays. */
export type RunOutcome = { ok: true; display?: string; value?: PyValue } | { ok: false; error: PythonError };

export interface NamespaceEntry {
  name: string;
  typeName: string;
  repr: string;
  /** The object itself, for hosts that describe some types further (tensors in the inspector). */
  value: PyValue;
}

const MAX_NAMESPACE_REPR = 200;

/** What an inspection sees: the notebook's names, and modules it may look into without importing them. */
export interface InspectionScope {
  globals: ReadonlyMap<string, PyValue>;
  /** A module by name, from a private cache: inspecting never adds to the notebook's sys.modules. */
  importModule(name: string): PyModule | undefined;
}

export class Interpreter {
  private readonly globals = mainNamespace();
  private readonly modules = new ModuleCache();
  private readonly inspectionModules = new ModuleCache();

  constructor(private readonly host: InterpreterHost) {}

  run(source: string, options: RunOptions): RunOutcome {
    runtime.reset(this.host, this.modules);
    const text = source.replace(/\r\n?/g, '\n');
    const unit: CodeUnit = { origin: options.origin, lineOffset: options.lineOffset ?? 0, lines: text.split('\n') };
    let compiled: CompiledModule;
    try {
      compiled = compileModule(parseModule(text), unit, options.displayLastExpression);
    } catch (e) {
      if (e instanceof CompileError) {
        return { ok: false, error: { ename: e.ename, evalue: e.message, traceback: formatSyntaxError(e, unit.origin, unit.lineOffset, unit.lines) } };
      }
      return { ok: false, error: internalError(e) };
    }
    const frame = new Frame(compiled.code, this.globals, []);
    runtime.enterModule(frame);
    try {
      compiled.body(frame);
      if (compiled.last) {
        const value = compiled.last(frame);
        if (value !== None) return { ok: true, display: repr(value), value };
      }
      return { ok: true };
    } catch (e) {
      try {
        const exc = addTraceback(e, frame);
        const { ename, evalue } = exceptionLine(exc);
        return { ok: false, error: { ename, evalue, traceback: formatException(exc) } };
      } catch (inner) {
        return { ok: false, error: internalError(inner) };
      }
    }
  }

  /**
   * Runs `body` over the live namespace for hovers and completions. It runs no notebook code: calling a
   * function defined in Python throws NotebookCodeRefused, output is dropped, and after `budgetMs` the work is
   * cut off with KeyboardInterrupt (native loops poll for it).
   */
  inspect<T>(body: (scope: InspectionScope) => T, budgetMs: number): T {
    const deadline = Date.now() + budgetMs;
    runtime.reset({ write: () => {}, interruptRequested: () => Date.now() > deadline }, this.inspectionModules);
    runtime.inspecting = true;
    try {
      return body({
        globals: this.globals,
        importModule: (name) => {
          try {
            return this.inspectionModules.import(name);
          } catch (e) {
            if (e instanceof PyException) return undefined;
            throw e;
          }
        },
      });
    } finally {
      runtime.inspecting = false;
    }
  }

  /**
   * What Jupyter does after a cell (post_execute hooks), called by hosts after they showed the cell's result:
   * pyplot displays the figures the cell left open. Returns the error if a hook raised.
   */
  endCell(): PythonError | undefined {
    runtime.reset(this.host, this.modules);
    try {
      for (const hook of this.modules.cellEndHooks) hook();
      return undefined;
    } catch (e) {
      if (!(e instanceof PyException)) return internalError(e);
      const { ename, evalue } = exceptionLine(e);
      return { ename, evalue, traceback: formatException(e) };
    }
  }

  namespace(): NamespaceEntry[] {
    runtime.reset(this.host, this.modules);
    const out: NamespaceEntry[] = [];
    for (const [name, value] of this.globals) {
      if (name.startsWith('_')) continue;
      let text: string;
      try {
        text = repr(value);
      } catch (e) {
        text = e instanceof PyException ? `<repr failed: ${exceptionLine(e).line}>` : '<repr failed>';
      }
      if (text.length > MAX_NAMESPACE_REPR) text = text.slice(0, MAX_NAMESPACE_REPR - 3) + '...';
      out.push({ name, typeName: typeOf(value).name, repr: text, value });
    }
    return out;
  }
}

/** A notebook's globals before its first cell. */
function mainNamespace(): Namespace {
  const globals = new Namespace();
  globals.set('__name__', '__main__');
  return globals;
}

function internalError(e: unknown): PythonError {
  const evalue = `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return { ename: 'SystemError', evalue, traceback: [`SystemError: ${evalue}`] };
}
