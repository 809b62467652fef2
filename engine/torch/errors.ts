// How engine failures and warnings reach Python: a TorchError becomes the Python exception its `kind` names,
// with the same message; engine warnings are printed the way Python's warnings module prints them.
import { TorchError, setWarningSink } from '../tensor/index';
import { PyNativeFunction } from '../python/objects/functions';
import { PyException, RuntimeError, exceptionTypes, pyError } from '../python/objects/exceptions';
import type { NativeFn } from '../python/objects/core';
import { runtime } from '../python/runtime';
import { frameSite, issueWarning } from '../python/stdlib/warnings';

/** The Python exception for a failure inside the engine or the RNG (which reports through RangeError). */
function toPythonError(e: unknown): unknown {
  if (e instanceof TorchError) return pyError(exceptionTypes.get(e.kind) ?? RuntimeError, e.message);
  if (e instanceof RangeError && !/call stack|invalid (array|string) length|allocation failed/i.test(e.message)) {
    return pyError(RuntimeError, e.message);
  }
  return e;
}

/** Runs native code, converting engine errors so they surface as Python exceptions raised at the caller's line. */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw asPythonError(e);
  }
}

const asPythonError = (e: unknown): unknown => (e instanceof PyException ? e : toPythonError(e));

/** A native function whose engine errors become Python exceptions. */
export function nativeFunction(name: string, fn: NativeFn, ownerName?: string): PyNativeFunction {
  // Not through guarded(): this wraps every torch call, and a closure per call costs as much as a tiny op.
  const guardedFn: NativeFn = (args, kwargs) => {
    try {
      return fn(args, kwargs);
    } catch (e) {
      throw asPythonError(e);
    }
  };
  return new PyNativeFunction(name, guardedFn, undefined, ownerName);
}

/**
 * Engine warnings go through the warnings module's filters like `warnings.warn`. They are attributed to the
 * innermost running Python frame, since they are raised from native code called by that line, unless the warning
 * names its origin in PyTorch's own Python code (then that module's file, line and registry apply).
 */
setWarningSink((warning) => {
  const frame = runtime.currentFrame();
  if (!frame) return;
  const origin = warning.origin;
  const category = exceptionTypes.get(warning.category)!;
  if (origin) {
    const moduleName = origin.file.replace(/^.*\/dist-packages\//, '').replace(/\.py$/, '').replace(/\//g, '.');
    issueWarning(warning.message, category, { filename: origin.file, lineno: origin.line, source: origin.source, moduleName, registryOwner: runtime.modules });
    return;
  }
  issueWarning(warning.message, category, frameSite(frame));
});
