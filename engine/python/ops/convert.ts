// repr(), str(), truth value, and conversions to JS numbers (__index__, __float__).
import {
  NotImplemented,
  None,
  PyFloat,
  PyModule,
  PyObject,
  PySingleton,
  PyType,
  objectType,
  typeName,
  type PyValue,
} from '../objects/core';
import { PyDict, PyDictView, PyIterator, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyException, typeError, KeyError } from '../objects/exceptions';
import { floatRepr } from '../objects/float';
import { PyBoundMethod, PyFunction, PyNativeFunction, PyProperty } from '../objects/functions';
import { intToFloat, intToString, type Int } from '../objects/int';
import { callSpecial } from './call';
import { setIterationOrder } from './hash';

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A stable fake address for `<... object at 0x...>` reprs and id(). */
export function objectId(obj: object): number {
  let id = ids.get(obj);
  if (id === undefined) {
    id = 0x7f3a5c000000 + nextId++ * 48;
    ids.set(obj, id);
  }
  return id;
}

export function address(obj: object): string {
  return '0x' + objectId(obj).toString(16).padStart(12, '0');
}

/** Containers being repr'd right now, so self-references print as `[...]` instead of recursing forever. */
const reprInProgress = new Set<PyObject>();

function guarded(obj: PyObject, placeholder: string, body: () => string): string {
  if (reprInProgress.has(obj)) return placeholder;
  reprInProgress.add(obj);
  try {
    return body();
  } finally {
    reprInProgress.delete(obj);
  }
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intToString(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat) return floatRepr(v.value);
  const custom = v.cls.lookup('__repr__');
  if (custom !== undefined && custom !== objectType.dict.get('__repr__')) {
    const r = callSpecial(v, '__repr__', [])!;
    if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  return nativeRepr(v);
}

/** ascii(v): the repr with non-ASCII characters escaped as \\x, \\u or \\U. */
export function asciiRepr(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? '\\x' + code.toString(16).padStart(2, '0') : code <= 0xffff ? '\\u' + code.toString(16).padStart(4, '0') : '\\U' + code.toString(16).padStart(8, '0');
  });
}

/** object.__repr__ and the built-in types' reprs. */
export function nativeRepr(v: PyObject): string {
  if (v instanceof PySingleton) return v.repr;
  if (v instanceof PyList) return guarded(v, '[...]', () => `[${v.items.map(repr).join(', ')}]`);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return guarded(v, '(...)', () => `(${repr(v.items[0])},)`);
    return guarded(v, '(...)', () => `(${v.items.map(repr).join(', ')})`);
  }
  if (v instanceof PyDict) {
    return guarded(v, '{...}', () => `{${[...v.entries.values()].map((e) => `${repr(e.key)}: ${repr(e.value)}`).join(', ')}}`);
  }
  if (v instanceof PySet) {
    const name = v.cls.name;
    return guarded(v, `${name}(...)`, () => {
      if (!v.items.size) return `${name}()`;
      const body = `{${setIterationOrder(v.items).map(repr).join(', ')}}`;
      return v.cls.name === 'set' ? body : `${name}(${body})`;
    });
  }
  if (v instanceof PyDictView) {
    const items = v.kind === 'keys' ? [...v.mapping.entries.values()].map((e) => repr(e.key)) : v.kind === 'values' ? [...v.mapping.entries.values()].map((e) => repr(e.value)) : [...v.mapping.entries.values()].map((e) => `(${repr(e.key)}, ${repr(e.value)})`);
    return guarded(v, '...', () => `${v.cls.name}([${items.join(', ')}])`);
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${repr(v.start)}, ${repr(v.stop)})` : `range(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyType) return v.module === 'builtins' ? `<class '${v.qualname}'>` : `<class '${v.module}.${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${address(v)}>`;
  if (v instanceof PyNativeFunction) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeName(v.self)} object at ${address(v.self as object)}>`;
    return v.ownerName ? `<method '${v.name}' of '${v.ownerName}' objects>` : `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    const fname = v.func instanceof PyFunction ? v.func.qualname : repr(v.func);
    return `<bound method ${fname} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v instanceof PyException) {
    const args = v.args.length === 1 ? repr(v.args[0]) : v.args.map(repr).join(', ');
    return `${v.cls.name}(${args})`;
  }
  if (v instanceof PyProperty) return `<property object at ${address(v)}>`;
  if (v instanceof PyIterator) return `<${v.cls.name} object ${v.generatorName ? `${v.generatorName} ` : ''}at ${address(v)}>`;
  const t = v.cls;
  return `<${t.module === 'builtins' ? '' : t.module + '.'}${t.qualname} object at ${address(v)}>`;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return repr(v);
  if (v instanceof PyFloat) return floatRepr(v.value);
  const custom = v.cls.lookup('__str__');
  if (custom !== undefined && custom !== objectType.dict.get('__str__')) {
    const r = callSpecial(v, '__str__', [])!;
    if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  return repr(v);
}

/** BaseException.__str__ (KeyError quotes its single argument, like CPython). */
export function exceptionStr(e: PyException): string {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return e.cls.isSubtypeOf(KeyError) ? repr(e.args[0]) : str(e.args[0]);
  return repr(new PyTuple(e.args));
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (code > 0x7f && ch !== ' ' && NON_PRINTABLE.test(ch)) {
      out += code <= 0xff ? '\\x' + code.toString(16).padStart(2, '0') : code <= 0xffff ? '\\u' + code.toString(16).padStart(4, '0') : '\\U' + code.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

let warnNotImplementedTruth = (): void => {};

/** The warnings module installs the DeprecationWarning that testing NotImplemented's truth issues. */
export function onNotImplementedTruth(warn: () => void): void {
  warnNotImplementedTruth = warn;
}

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return true;
  }
  if (v instanceof PySingleton) {
    if (v === NotImplemented) warnNotImplementedTruth();
    return v !== None;
  }
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.entries.size > 0;
  if (v instanceof PySet) return v.items.size > 0;
  if (v instanceof PyRange) return v.length !== 0;
  const viaBool = callSpecial(v, '__bool__', []);
  if (viaBool !== undefined) {
    if (typeof viaBool !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(viaBool)}`);
    return viaBool;
  }
  const viaLen = callSpecial(v, '__len__', []);
  if (viaLen !== undefined) return truthy(viaLen);
  return true;
}

/** `operator.index(v)`: ints (and bools) as-is, or `__index__`; undefined when v is not an integer. */
export function indexValue(v: PyValue): Int | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || v instanceof PyFloat) return undefined;
  const r = callSpecial(v, '__index__', []);
  if (r === undefined) return undefined;
  if (typeof r !== 'number' && typeof r !== 'bigint') throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return r;
}

/** An int argument (`range(x)`, `'a' * n`, ...), with CPython's message when it is not one. */
export function requireIndex(v: PyValue): Int {
  const i = indexValue(v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** A numeric value as a JS float (int, bool, float, or `__float__`/`__index__`); undefined when not numeric. */
export function floatValue(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'string') return undefined;
  const r = callSpecial(v, '__float__', []);
  if (r instanceof PyFloat) return r.value;
  if (r !== undefined) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
  const i = indexValue(v);
  return i === undefined ? undefined : Number(i);
}
