// The builtins namespace: built-in types, exception types and functions.
import './types/object';
import './types/numbers';
import './types/str';
import './types/collections';
import {
  Ellipsis,
  Namespace,
  None,
  NotImplemented,
  PyFloat,
  PyObject,
  PyType,
  boolType,
  classmethodType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  propertyType,
  rangeType,
  setType,
  sliceType,
  staticmethodType,
  strType,
  tupleType,
  typeOf,
  typeType,
  typeName,
  type Kwargs,
  type NativeFn,
  type PyValue,
} from './objects/core';
import { PyDict, PyDictView, PyIterator, PyList, PyRange, PySet, PyTuple, iteratorTypeNamed } from './objects/containers';
import { AttributeError, PyException, StopIteration, exceptionTypes, notImplemented, typeError, valueError } from './objects/exceptions';
import { PyGenerator } from './generators';
import { toFixedDigits } from './objects/float';
import { intAbs, intPow, intPowMod, normalizeInt, toBig, type Int } from './objects/int';
import { PyNativeFunction, superType } from './objects/functions';
import { binaryOp, divmod } from './ops/arith';
import { delAttr, getAttr, getAttrOrUndefined, hasAttr, invokeMethod, setAttr } from './ops/attr';
import { call, callSpecial, isCallable } from './ops/call';
import { equals, richCompare } from './ops/compare';
import { asciiRepr, indexValue, objectId, repr, requireIndex, str, truthy } from './ops/convert';
import { formatValue } from './ops/format';
import { pyHash } from './ops/hash';
import { getIter, iterate, nextOrUndefined, toArray } from './ops/iter';
import { len } from './ops/sequence';
import { runtime } from './runtime';
import { arity, keywords } from './types/define';
import { UNSUPPORTED_BUILTINS, unsupportedBuiltinMessage } from './unsupported';
import { openFile } from './types/textFile';
import { floatToIntChecked } from './types/numbers';
import { sortItems } from './types/collections';

export const builtins = new Namespace();

/** The `super` type; the compiler recognises zero-argument calls to it. */
export const superFunction: PyValue = superType;

for (const t of [intType, floatType, strType, boolType, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, objectType, typeType, propertyType, staticmethodType, classmethodType, superType]) {
  builtins.set(t.name, t);
}
for (const [name, t] of exceptionTypes) builtins.set(name, t);
builtins.set('None', None);
builtins.set('NotImplemented', NotImplemented);
builtins.set('Ellipsis', Ellipsis);

function def(name: string, fn: NativeFn): void {
  builtins.set(name, new PyNativeFunction(name, fn));
}

function iteratorOf(name: string, next: () => PyValue | undefined): PyIterator {
  return new PyIterator(iteratorTypeNamed(name), next);
}

def('print', (args, kwargs) => {
  const kw = keywords('print', kwargs, ['sep', 'end', 'file', 'flush']);
  const sep = kw.sep === undefined || kw.sep === None ? ' ' : kw.sep;
  const end = kw.end === undefined || kw.end === None ? '\n' : kw.end;
  if (typeof sep !== 'string') throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (typeof end !== 'string') throw typeError(`end must be None or a string, not ${typeName(end)}`);
  const text = args.map(str).join(sep) + end;
  if (kw.file === undefined || kw.file === None) runtime.write('stdout', text);
  else invokeMethod(kw.file, 'write', [text]);
  return None;
});

def('repr', (args) => {
  arity('repr', args, 1);
  return repr(args[0]);
});
def('ascii', (args) => {
  arity('ascii', args, 1);
  return asciiRepr(args[0]);
});
def('len', (args) => {
  arity('len', args, 1);
  return len(args[0]);
});
def('format', (args) => {
  arity('format', args, 1, 2);
  const spec = args[1] ?? '';
  if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  return formatValue(args[0], spec);
});

function classInfoMatches(name: string, cls: PyType, info: PyValue): boolean {
  if (info instanceof PyTuple) return info.items.some((i) => classInfoMatches(name, cls, i));
  if (!(info instanceof PyType)) throw typeError(`${name}() arg 2 must be a type, a tuple of types, or a union`);
  return cls.isSubtypeOf(info);
}
def('isinstance', (args) => {
  arity('isinstance', args, 2);
  return classInfoMatches('isinstance', typeOf(args[0]), args[1]);
});
def('issubclass', (args) => {
  arity('issubclass', args, 2);
  if (!(args[0] instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  return classInfoMatches('issubclass', args[0], args[1]);
});
def('callable', (args) => {
  arity('callable', args, 1);
  return isCallable(args[0]);
});

def('abs', (args) => {
  arity('abs', args, 1);
  const v = args[0];
  if (typeof v === 'number' || typeof v === 'bigint') return intAbs(v);
  if (typeof v === 'boolean') return +v;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
});

function extremum(name: 'min' | 'max', args: PyValue[], kwargs: Kwargs): PyValue {
  const kw = keywords(name, kwargs, ['key', 'default']);
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && kw.default !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (!items.length) {
    if (kw.default !== undefined) return kw.default;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  const key = kw.key === undefined || kw.key === None ? null : kw.key;
  let best = items[0];
  let bestKey = key ? call(key, [best]) : best;
  for (let i = 1; i < items.length; i++) {
    const k = key ? call(key, [items[i]]) : items[i];
    // CPython asks `item > best` for max and `item < best` for min (which shows in TypeError messages).
    const better = typeof k === 'number' && typeof bestKey === 'number' ? (name === 'max' ? k > bestKey : k < bestKey) : truthy(richCompare(name === 'max' ? '>' : '<', k, bestKey));
    if (better) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}
def('min', (args, kwargs) => extremum('min', args, kwargs));
def('max', (args, kwargs) => extremum('max', args, kwargs));

def('sum', (args, kwargs) => {
  const kw = keywords('sum', kwargs, ['start']);
  arity('sum', args, 1, 2);
  let total: PyValue = args[1] ?? kw.start ?? 0;
  if (typeof total === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const next = iterate(args[0]);
  for (let v = next(); v !== undefined; v = next()) {
    if (typeof total === 'number' && typeof v === 'number' && Number.isSafeInteger(total + v)) total += v;
    else total = binaryOp('+', total, v);
  }
  return total;
});

def('sorted', (args, kwargs) => {
  arity('sorted', args, 1);
  return new PyList(sortItems(toArray(args[0]), kwargs, 'sorted'));
});
def('reversed', (args) => {
  arity('reversed', args, 1);
  const v = args[0];
  const custom = callSpecial(v, '__reversed__', []);
  if (custom !== undefined) return custom;
  const builtinReversible = v instanceof PyList || v instanceof PyTuple || typeof v === 'string' || v instanceof PyRange || v instanceof PyDict || v instanceof PyDictView;
  const sequence = v instanceof PyObject && !(v instanceof PySet) && v.cls.lookup('__getitem__') !== undefined && v.cls.lookup('__len__') !== undefined;
  if (!builtinReversible && !sequence) throw typeError(`'${typeName(v)}' object is not reversible`);
  const n = len(v);
  if (!(v instanceof PyList || v instanceof PyTuple || typeof v === 'string' || v instanceof PyObject)) throw typeError(`'${typeName(v)}' object is not reversible`);
  const items = toArray(v);
  let i = Math.min(n, items.length) - 1;
  return iteratorOf(v instanceof PyList ? 'list_reverseiterator' : 'reversed', () => (i >= 0 ? items[i--] : undefined));
});
def('enumerate', (args, kwargs) => {
  const kw = keywords('enumerate', kwargs, ['iterable', 'start']);
  const next = iterate(args[0] ?? kw.iterable!);
  let i: Int = indexValue(args[1] ?? kw.start ?? 0) ?? 0;
  return iteratorOf('enumerate', () => {
    const v = next();
    if (v === undefined) return undefined;
    const out = new PyTuple([i, v]);
    i = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : normalizeInt(toBig(i) + 1n);
    return out;
  });
});
def('zip', (args, kwargs) => {
  const kw = keywords('zip', kwargs, ['strict']);
  const strict = kw.strict !== undefined && truthy(kw.strict);
  const nexts = args.map((a) => iterate(a));
  let done = nexts.length === 0;
  return iteratorOf('zip', () => {
    if (done) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < nexts.length; i++) {
      const v = nexts[i]();
      if (v === undefined) {
        done = true;
        if (strict && (i > 0 || nexts.slice(1).some((n) => n() !== undefined))) {
          throw valueError(i > 0 ? `zip() argument ${i + 1} is shorter than argument${i > 1 ? `s 1-${i}` : ' 1'}` : `zip() argument 2 is longer than argument 1`);
        }
        return undefined;
      }
      items.push(v);
    }
    return new PyTuple(items);
  });
});
def('map', (args) => {
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0];
  const nexts = args.slice(1).map((a) => iterate(a));
  return iteratorOf('map', () => {
    const items: PyValue[] = [];
    for (const n of nexts) {
      const v = n();
      if (v === undefined) return undefined;
      items.push(v);
    }
    return call(fn, items);
  });
});
def('filter', (args) => {
  arity('filter', args, 2);
  const fn = args[0];
  const next = iterate(args[1]);
  return iteratorOf('filter', () => {
    for (let v = next(); v !== undefined; v = next()) if (truthy(fn === None ? v : call(fn, [v]))) return v;
    return undefined;
  });
});
def('any', (args) => {
  arity('any', args, 1);
  const next = iterate(args[0]);
  for (let v = next(); v !== undefined; v = next()) if (truthy(v)) return true;
  return false;
});
def('all', (args) => {
  arity('all', args, 1);
  const next = iterate(args[0]);
  for (let v = next(); v !== undefined; v = next()) if (!truthy(v)) return false;
  return true;
});
def('iter', (args) => {
  arity('iter', args, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  // iter(callable, sentinel): calls until the sentinel comes back.
  const [producer, sentinel] = args;
  if (!isCallable(producer)) throw typeError('iter(v, w): v must be callable');
  let done = false;
  return iteratorOf('callable_iterator', () => {
    if (done) return undefined;
    const v = call(producer, []);
    if (v === sentinel || equals(v, sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  });
});
def('next', (args) => {
  arity('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator) && !(it instanceof PyObject && it.cls.lookup('__next__'))) throw typeError(`'${typeName(it)}' object is not an iterator`);
  const v = nextOrUndefined(it);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  const returned = it instanceof PyGenerator ? it.returnValue : None;
  throw new PyException(StopIteration, returned === None ? [] : [returned]);
});

def('round', (args, kwargs) => {
  const kw = keywords('round', kwargs, ['number', 'ndigits']);
  const x = args[0] ?? kw.number!;
  const nd = args[1] ?? kw.ndigits;
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const n = typeof x === 'boolean' ? +x : x;
    if (nd === undefined || nd === None) return n;
    const digits = Number(requireIndex(nd));
    if (digits >= 0) return n;
    const unit = intPow(10, -digits);
    const q = binaryOp('//', n, unit) as Int;
    const r = binaryOp('-', n, binaryOp('*', q, unit)) as Int;
    const twice = binaryOp('*', r, 2) as Int;
    const roundUp = twice > unit || (twice === unit && binaryOp('%', q, 2) === 1);
    return binaryOp('*', roundUp ? binaryOp('+', q, 1) : q, unit);
  }
  if (x instanceof PyFloat) {
    const f = x.value;
    if (nd === undefined || nd === None) {
      const rounded = Math.abs(f - Math.trunc(f)) === 0.5 ? 2 * Math.round(f / 2) : Math.round(f);
      return floatToIntChecked(rounded);
    }
    const digits = Number(requireIndex(nd));
    if (!Number.isFinite(f) || digits > 323) return x;
    if (digits >= 0) return new PyFloat(Math.sign(f) * Number(toFixedDigits(f, digits)) || (Object.is(f, -0) || f < 0 ? -0 : 0));
    const unit = 10 ** -digits;
    const q = f / unit;
    const rq = Math.abs(q - Math.trunc(q)) === 0.5 ? 2 * Math.round(q / 2) : Math.round(q);
    return new PyFloat(rq * unit);
  }
  const r = callSpecial(x, '__round__', nd === undefined ? [] : [nd]);
  if (r === undefined) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
  return r;
});
def('pow', (args, kwargs) => {
  const kw = keywords('pow', kwargs, ['base', 'exp', 'mod']);
  const [base, exp, mod] = [args[0] ?? kw.base!, args[1] ?? kw.exp!, args[2] ?? kw.mod];
  if (mod !== undefined && mod !== None) {
    const [b, e, m] = [indexValue(base), indexValue(exp), indexValue(mod)];
    if (b === undefined || e === undefined || m === undefined) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    return intPowMod(b, e, m);
  }
  return binaryOp('**', base, exp);
});
def('divmod', (args) => {
  arity('divmod', args, 2);
  return divmod(args[0], args[1]);
});
def('hash', (args) => {
  arity('hash', args, 1);
  return pyHash(args[0]);
});
def('id', (args) => {
  arity('id', args, 1);
  const v = args[0];
  return v instanceof PyObject ? objectId(v) : pyHash(v);
});

def('chr', (args) => {
  arity('chr', args, 1);
  const i = Number(requireIndex(args[0]));
  if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
});
def('ord', (args) => {
  arity('ord', args, 1);
  const s = args[0];
  if (typeof s !== 'string') throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  const chars = [...s];
  if (chars.length !== 1) throw typeError(`ord() expected a character, but string of length ${chars.length} found`);
  return chars[0].codePointAt(0)!;
});
function radix(name: string, base: number, prefix: string): void {
  def(name, (args) => {
    arity(name, args, 1);
    const i = requireIndex(args[0]);
    const negative = i < 0;
    return (negative ? '-' : '') + prefix + intAbs(i).toString(base);
  });
}
radix('bin', 2, '0b');
radix('oct', 8, '0o');
radix('hex', 16, '0x');

def('getattr', (args) => {
  arity('getattr', args, 2, 3);
  const name = args[1];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (args.length === 2) return getAttr(args[0], name);
  // The default also covers AttributeErrors raised by properties and __getattr__.
  try {
    return getAttrOrUndefined(args[0], name) ?? args[2];
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) return args[2];
    throw e;
  }
});
def('setattr', (args) => {
  arity('setattr', args, 3);
  setAttr(args[0], args[1] as string, args[2]);
  return None;
});
def('hasattr', (args) => {
  arity('hasattr', args, 2);
  return hasAttr(args[0], args[1] as string);
});
def('delattr', (args) => {
  arity('delattr', args, 2);
  delAttr(args[0], args[1] as string);
  return None;
});
def('dir', (args) => {
  arity('dir', args, 1);
  const v = args[0];
  const custom = v instanceof PyType ? undefined : typeOf(v).lookup('__dir__');
  if (custom !== undefined) return new PyList(toArray(call(custom, [v])).sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)));
  const names = new Set<string>();
  if (v instanceof PyObject && v.dict) for (const k of v.dict.keys()) names.add(k);
  const t = v instanceof PyType ? v : typeOf(v);
  for (const cls of t.mro) for (const k of cls.dict.keys()) names.add(k);
  return new PyList([...names].sort());
});
def('vars', (args) => {
  arity('vars', args, 1);
  const dict = getAttrOrUndefined(args[0], '__dict__');
  if (dict === undefined) throw typeError('vars() argument must have __dict__ attribute');
  return dict;
});

def('open', openFile);

for (const name of UNSUPPORTED_BUILTINS.keys()) {
  def(name, () => {
    throw notImplemented(unsupportedBuiltinMessage(name));
  });
}
