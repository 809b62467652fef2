// Activations (frames) and the bookkeeping that turns anything thrown inside one into a Python exception
// with a traceback entry.
import { None, type Namespace, type PyValue } from './objects/core';
import {
  MemoryError,
  NameError,
  PyException,
  RecursionError,
  SystemError,
  UnboundLocalError,
  pyError,
  type CodeUnit,
  type TracebackEntry,
} from './objects/exceptions';
import type { Cell } from './objects/functions';
import { builtins } from './builtins';

/** What tracebacks say about an activation: its code unit, function name and local variable names. */
export interface CodeInfo {
  name: string;
  unit: CodeUnit;
  locals: readonly string[];
}

/** One activation of a module, class body, function or comprehension. */
export class Frame {
  /** Set by the code's cell setup when it has cells (shared and empty otherwise, to spare an allocation per call). */
  cells: Cell[] = NO_CELLS;
  line = 0;
  returnValue: PyValue = None;

  constructor(
    readonly code: CodeInfo,
    readonly globals: Namespace,
    /** Fast local slots, the parameters first (call sites may fill them before the frame exists). */
    readonly fast: (PyValue | undefined)[],
    /** The namespace of a class body; null elsewhere (module code uses `globals`). */
    readonly ns: Map<string, PyValue> | null = null,
  ) {}
}

const NO_CELLS: Cell[] = [];

/** Normalises anything thrown inside the interpreter to a Python exception. */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError) {
    // The JS stack ran out before Python's recursion limit, or an allocation was too large for JS.
    if (/call stack/i.test(e.message)) return pyError(RecursionError, 'maximum recursion depth exceeded');
    if (/invalid (array|string) length|allocation failed/i.test(e.message)) return pyError(MemoryError);
  }
  const message = e instanceof Error ? e.message : String(e);
  const err = pyError(SystemError, `internal error: ${message}`);
  if (e instanceof Error && e.stack) err.dict!.set('__js_stack__', e.stack);
  return err;
}

/** Records that an exception passed through `f` (once per activation, so re-raises keep the original line). */
export function addTraceback(e: unknown, f: Frame): PyException {
  const exc = toPyException(e);
  if (exc.traceback[0]?.frame !== f) exc.traceback.unshift(tracebackEntry(f));
  return exc;
}

export function tracebackEntry(f: Frame): TracebackEntry {
  return { frame: f, unit: f.code.unit, line: f.line, name: f.code.name, locals: f.code.locals, globals: f.globals };
}

export function unboundLocal(name: string) {
  return pyError(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string) {
  const err = pyError(NameError, `name '${name}' is not defined`);
  err.dict!.set('name', name);
  return err;
}

export function lookupGlobal(f: Frame, name: string): PyValue {
  const v = f.globals.get(name) ?? builtins.get(name);
  if (v === undefined) throw nameError(name);
  return v;
}
