// The `operator` module: the operators as functions (for reduce, map, sorted keys) and item/attr getters.
import { PyModule, PyObject, PyType, objectType, type PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { PyNativeFunction } from '../objects/functions';
import type { BinaryOperator, CompareOperator } from '../ast';
import { binaryOp, unaryOp } from '../ops/arith';
import { getAttr } from '../ops/attr';
import { compare, contains } from '../ops/compare';
import { repr, truthy } from '../ops/convert';
import { getItem } from '../ops/sequence';
import { builtins } from '../builtins';
import { registerModule } from '../modules';
import { arity, defineMethods } from '../types/define';

const BINARY: Record<string, BinaryOperator> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**', matmul: '@',
  lshift: '<<', rshift: '>>', and_: '&', or_: '|', xor: '^',
};
const COMPARISONS: Record<string, CompareOperator> = { lt: '<', le: '<=', eq: '==', ne: '!=', ge: '>=', gt: '>' };

/** itemgetter / attrgetter objects: one key gives the value, several give a tuple. */
function getterType(name: string, fetch: (obj: PyValue, key: PyValue) => PyValue): PyType {
  const type = new PyType(name, [objectType], 'operator');
  class Getter extends PyObject {
    constructor(readonly keys: PyValue[]) {
      super(type);
    }
  }
  type.construct = (_cls, args) => {
    arity(name, args, 1, Infinity);
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
  def('contains', 2, ([a, b]) => contains(a, b));
  def('getitem', 2, ([a, b]) => getItem(a, b));
  def('concat', 2, ([a, b]) => binaryOp('+', a, b));
  def('is_', 2, ([a, b]) => a === b);
  def('is_not', 2, ([a, b]) => a !== b);
  m.dict!.set('itemgetter', getterType('itemgetter', getItem));
  m.dict!.set('attrgetter', getterType('attrgetter', attrPath));
  return m;
});
