// The `operator` module: the operators as functions (for reduce, map, sorted keys), their in-place forms,
// item/attr getters and methodcaller.
import { None, NotImplemented, PyModule, PyObject, PyType, objectType, typeName, typeOf, type Kwargs, type PyValue } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import type { BinaryOperator, CompareOperator } from '../ast';
import { binaryOp, inplaceOp, unaryOp } from '../ops/arith';
import { getAttr } from '../ops/attr';
import { call, callMethod, callSpecial } from '../ops/call';
import { compare, contains, equals } from '../ops/compare';
import { indexValue, repr, requireIndex, truthy } from '../ops/convert';
import { iterate } from '../ops/iter';
import { delItem, getItem, len, setItem } from '../ops/sequence';
import { builtins } from '../builtins';
import { registerModule } from '../modules';
import { arity, defineMethods, keywords } from '../types/define';

const BINARY: Record<string, BinaryOperator> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**', matmul: '@',
  lshift: '<<', rshift: '>>', and_: '&', or_: '|', xor: '^',
};
const COMPARISONS: Record<string, CompareOperator> = { lt: '<', le: '<=', eq: '==', ne: '!=', ge: '>=', gt: '>' };

/** itemgetter / attrgetter objects: one key gives the value, several give a tuple. */
function getterType(name: string, fetch: (obj: PyValue, key: PyValue) => PyValue, checkKey: (key: PyValue) => void = () => {}): PyType {
  const type = new PyType(name, [objectType], 'operator');
  class Getter extends PyObject {
    constructor(readonly keys: PyValue[]) {
      super(type);
    }
  }
  type.construct = (_cls, args) => {
    if (!args.length) throw typeError(`${name} expected 1 argument, got 0`);
    args.forEach(checkKey);
    return new Getter(args);
  };
  defineMethods(type, {
    __call__: (args) => {
      arity(name, args.slice(1), 1);
      const keys = (args[0] as Getter).keys;
      return keys.length === 1 ? fetch(args[1], keys[0]) : new PyTuple(keys.map((k) => fetch(args[1], k)));
    },
    __repr__: (args) => `operator.${name}(${(args[0] as Getter).keys.map(repr).join(', ')})`,
  });
  return type;
}

/** attrgetter accepts dotted names ('a.b'). */
const attrPath = (obj: PyValue, key: PyValue) => (key as string).split('.').reduce(getAttr, obj);
const attributeName = (key: PyValue) => {
  if (typeof key !== 'string') throw typeError('attribute name must be a string');
};

const methodcallerType = new PyType('methodcaller', [objectType], 'operator');

class PyMethodCaller extends PyObject {
  constructor(
    readonly name: string,
    readonly args: PyValue[],
    readonly kwargs: Kwargs,
  ) {
    super(methodcallerType);
  }
}

methodcallerType.construct = (_cls, args, kwargs) => {
  if (!args.length) throw typeError('methodcaller needs at least one argument, the method name');
  if (typeof args[0] !== 'string') throw typeError('method name must be a string');
  return new PyMethodCaller(args[0], args.slice(1), kwargs && kwargs.size ? new Map(kwargs) : null);
};
defineMethods(methodcallerType, {
  __call__: (args, kwargs) => {
    const caller = args[0] as PyMethodCaller;
    keywords('methodcaller', kwargs, []);
    if (args.length !== 2) throw typeError(`methodcaller expected 1 argument, got ${args.length - 1}`);
    return callMethod(args[1], caller.name, caller.args, caller.kwargs, getAttr);
  },
  __repr__: (args) => {
    const caller = args[0] as PyMethodCaller;
    const parts = [repr(caller.name), ...caller.args.map(repr), ...[...(caller.kwargs ?? [])].map(([k, v]) => `${k}=${repr(v)}`)];
    return `operator.methodcaller(${parts.join(', ')})`;
  },
});

/** operator.concat's check: the first operand must be a sequence. */
function concatenable(a: PyValue): void {
  if (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeOf(a).lookup('__getitem__') !== undefined) return;
  throw typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** operator.length_hint: len(), else __length_hint__, else the default. */
function lengthHint(args: PyValue[]): PyValue {
  arity('length_hint', args, 1, 2);
  const fallback = args.length > 1 ? args[1] : 0;
  if (typeof fallback !== 'number' && typeof fallback !== 'bigint' && typeof fallback !== 'boolean') {
    throw typeError(`'${typeName(fallback)}' object cannot be interpreted as an integer`);
  }
  const obj = args[0];
  if (typeof obj === 'string' || obj instanceof PyList || obj instanceof PyTuple || typeOf(obj).lookup('__len__') !== undefined) return len(obj);
  const hint = callSpecial(obj, '__length_hint__', []);
  if (hint === undefined || hint === NotImplemented) return fallback;
  const n = indexValue(hint);
  if (n === undefined || typeof hint === 'boolean') throw typeError(`__length_hint__ must be an integer, not ${typeName(hint)}`);
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return n;
}

registerModule('operator', () => {
  const m = new PyModule('operator');
  const def = (name: string, n: number, fn: (args: PyValue[]) => PyValue) =>
    m.dict!.set(name, new PyNativeFunction(name, (args) => {
      arity(name, args, n);
      return fn(args);
    }));
  for (const [name, op] of Object.entries(BINARY)) def(name, 2, ([a, b]) => binaryOp(op, a, b));
  for (const [name, op] of Object.entries(COMPARISONS)) def(name, 2, ([a, b]) => compare(op, a, b));
  def('neg', 1, ([a]) => unaryOp('-', a));
  def('pos', 1, ([a]) => unaryOp('+', a));
  def('invert', 1, ([a]) => unaryOp('~', a));
  def('not_', 1, ([a]) => !truthy(a));
  def('truth', 1, ([a]) => truthy(a));
  m.dict!.set('abs', builtins.get('abs')!);
  for (const [name, op] of Object.entries(BINARY)) def(`i${name.replace(/_$/, '')}`, 2, ([a, b]) => inplaceOp(op, a, b));
  m.dict!.set('inv', m.dict!.get('invert')!);
  def('contains', 2, ([a, b]) => contains(a, b));
  def('getitem', 2, ([a, b]) => getItem(a, b));
  def('setitem', 3, ([a, b, c]) => {
    setItem(a, b, c);
    return None;
  });
  def('delitem', 2, ([a, b]) => {
    delItem(a, b);
    return None;
  });
  def('concat', 2, ([a, b]) => {
    concatenable(a);
    return binaryOp('+', a, b);
  });
  def('iconcat', 2, ([a, b]) => {
    concatenable(a);
    return inplaceOp('+', a, b);
  });
  def('index', 1, ([a]) => requireIndex(a));
  def('countOf', 2, ([a, b]) => {
    let count = 0;
    const next = iterate(a);
    for (let v = next(); v !== undefined; v = next()) if (v === b || equals(v, b)) count++;
    return count;
  });
  def('indexOf', 2, ([a, b]) => {
    const next = iterate(a);
    for (let i = 0, v = next(); v !== undefined; i++, v = next()) if (v === b || equals(v, b)) return i;
    throw valueError('sequence.index(x): x not in sequence');
  });
  def('is_', 2, ([a, b]) => a === b);
  def('is_not', 2, ([a, b]) => a !== b);
  m.dict!.set('length_hint', new PyNativeFunction('length_hint', lengthHint));
  m.dict!.set('call', new PyNativeFunction('call', (args, kwargs) => {
    if (!args.length) throw typeError('call() missing 1 required positional argument: \'obj\'');
    return call(args[0], args.slice(1), kwargs);
  }));
  m.dict!.set('itemgetter', getterType('itemgetter', getItem));
  m.dict!.set('attrgetter', getterType('attrgetter', attrPath, attributeName));
  m.dict!.set('methodcaller', methodcallerType);
  // Each function is also reachable by its dunder name (operator.__add__), as in CPython.
  const withoutDunder = ['countOf', 'indexOf', 'is_', 'is_not', 'length_hint', 'truth'];
  for (const [name, value] of [...m.dict!]) {
    if (value instanceof PyNativeFunction && !withoutDunder.includes(name)) m.dict!.set(`__${name.replace(/_$/, '')}__`, value);
  }
  return m;
});
