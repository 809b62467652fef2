// Helpers for writing native methods and functions: registration and argument checking.
import { PyType, type Kwargs, type NativeFn, type PyValue } from '../objects/core';
import { typeError } from '../objects/exceptions';
import { PyNativeFunction, PyProperty } from '../objects/functions';
import { None } from '../objects/core';

/** Installs native methods (self is args[0]) into a type's dict. */
export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) type.dict.set(name, new PyNativeFunction(name, fn, undefined, type.name));
}

/** Installs read-only native attributes computed from the instance. */
export function defineGetters(type: PyType, getters: Record<string, (self: PyValue) => PyValue>): void {
  for (const [name, fn] of Object.entries(getters)) {
    type.dict.set(name, new PyProperty(new PyNativeFunction(name, (args) => fn(args[0])), None, None, None));
  }
}

/** Installs native attributes that can be read and assigned (`fn.__name__ = ...`, `exc.args = ...`). */
export function defineAccessors(type: PyType, accessors: Record<string, [get: (self: PyValue) => PyValue, set: (self: PyValue, value: PyValue) => void]>): void {
  for (const [name, [get, set]] of Object.entries(accessors)) {
    const setter = new PyNativeFunction(name, (args) => {
      set(args[0], args[1]);
      return None;
    });
    type.dict.set(name, new PyProperty(new PyNativeFunction(name, (args) => get(args[0])), setter, None, None));
  }
}

/** Checks the positional argument count of a native callable, with CPython-style messages. */
export function arity(name: string, args: PyValue[], min: number, max = min): void {
  checkCount(name, args.length, min, max);
}

/** Method arity: like `arity` but not counting self. */
export function methodArity(name: string, args: PyValue[], min: number, max = min): void {
  checkCount(name, args.length - 1, min, max);
}

function checkCount(name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Reads allowed keyword arguments into an object; unknown ones raise TypeError. */
export function keywords(name: string, kwargs: Kwargs, allowed: string[]): Record<string, PyValue | undefined> {
  const out: Record<string, PyValue | undefined> = {};
  if (!kwargs) return out;
  for (const [k, v] of kwargs) {
    if (!allowed.includes(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    out[k] = v;
  }
  return out;
}

export function noKeywords(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size) throw typeError(`${name}() takes no keyword arguments`);
}
