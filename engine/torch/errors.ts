// How engine failures and warnings reach Python: a TorchError becomes the Python exception its `kind` names,
// with the same message; engine warnings are printed the way Python's warnings module prints them.
import { TorchError, setWarningSink } from '../tensor/index';
import { PyNativeFunction } from '../python/objects/functions';
import { PyException, RuntimeError, exceptionTypes, pyError } from '../python/objects/exceptions';
import type { NativeFn } from '../python/objects/core';
import { runtime } from '../python/runtime';

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
    throw e instanceof PyException ? e : toPythonError(e);
  }
}

/** A native function whose engine errors become Python exceptions. */
export function nativeFunction(name: string, fn: NativeFn, ownerName?: string): PyNativeFunction {
  return new PyNativeFunction(name, (args, kwargs) => guarded(() => fn(args, kwargs)), undefined, ownerName);
}

/**
 * Python's default warning filter: a warning prints once per (message, category, line) of the module that
 * issued it, as `file:line: Category: message` followed by the stripped source line. The location is the
 * innermost running Python frame, since engine warnings are raised from native code called by that line,
 * unless the warning names its origin in PyTorch's own Python code (then that module's registry applies).
 */
const warningRegistries = new WeakMap<object, Set<string>>();

setWarningSink((warning) => {
  const frame = runtime.currentFrame();
  if (!frame) return;
  const origin = warning.origin;
  const line = origin ? origin.line : frame.line + frame.code.unit.lineOffset;
  const registryOwner = origin ? runtime.modules : frame.globals;
  const registry = warningRegistries.get(registryOwner) ?? new Set<string>();
  warningRegistries.set(registryOwner, registry);
  const key = `${origin?.file ?? ''}\u0000${warning.category}\u0000${line}\u0000${warning.message}`;
  if (registry.has(key)) return;
  registry.add(key);
  const unitOrigin = frame.code.unit.origin;
  const fileName = origin ? origin.file : (/^File "(.*)"$/.exec(unitOrigin)?.[1] ?? unitOrigin);
  const source = origin ? origin.source : frame.code.unit.lines[frame.line - 1]?.trim();
  runtime.write('stderr', `${fileName}:${line}: ${warning.category}: ${warning.message}\n${source ? `  ${source}\n` : ''}`);
});
