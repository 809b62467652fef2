// int, bool and float: constructors and methods.
import { NotImplemented, PyFloat, boolType, floatType, intType, typeName, type PyType, type PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { PyClassMethod, PyNativeFunction } from '../objects/functions';
import { notImplemented, overflowError, typeError, valueError } from '../objects/exceptions';
import { floatHex, floatRepr, parseFloatHex, parseFloatText } from '../objects/float';
import { bitLength, floatToInt, intAbs, normalizeInt, parseIntText, type Int } from '../objects/int';
import type { BinaryOperator } from '../ast';
import { DUNDERS, numericOp, unaryOp } from '../ops/arith';
import { callSpecial } from '../ops/call';
import { richCompare, type RichOp } from '../ops/compare';
import { floatValue, indexValue, repr, requireIndex, strRepr, truthy } from '../ops/convert';
import { iterate } from '../ops/iter';
import { call } from '../ops/call';
import { arity, defineGetters, defineMethods, keywords } from './define';

/** int(x): truncates floats, parses strings, honours __int__/__index__/__trunc__. */
export function toInt(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToIntChecked(v.value);
  if (typeof v === 'string') {
    const parsed = parseIntText(v, 10);
    if (parsed === null) throw valueError(`invalid literal for int() with base 10: ${strRepr(v)}`);
    return parsed;
  }
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const r = callSpecial(v, name, []);
    if (r === undefined) continue;
    if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') return toInt(r);
    throw typeError(`${name} returned non-int (type ${typeName(r)})`);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

export function floatToIntChecked(f: number): Int {
  if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
  return floatToInt(f);
}

intType.construct = (_cls, args, kwargs) => {
  const kw = keywords('int', kwargs, ['base']);
  arity('int', args, 0, 2);
  const base = args[1] ?? kw.base;
  if (args.length === 0) return 0;
  if (base === undefined) return toInt(args[0]);
  const text = args[0];
  if (typeof text !== 'string') throw typeError("int() can't convert non-string with explicit base");
  const b = Number(indexValue(base));
  if (b !== 0 && (b < 2 || b > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const parsed = parseIntText(text, b);
  if (parsed === null) throw valueError(`invalid literal for int() with base ${b}: ${strRepr(text)}`);
  return parsed;
};

boolType.construct = (_cls, args) => {
  arity('bool', args, 0, 1);
  return args.length ? truthy(args[0]) : false;
};

export function toFloat(v: PyValue): number {
  if (typeof v === 'string') {
    const parsed = parseFloatText(v);
    if (parsed === null) throw valueError(`could not convert string to float: ${repr(v)}`);
    return parsed;
  }
  const f = floatValue(v);
  if (f === undefined) throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
  return f;
}

floatType.construct = (_cls, args) => {
  arity('float', args, 0, 1);
  return new PyFloat(args.length ? toFloat(args[0]) : 0);
};

defineMethods(intType, {
  bit_length: (args) => bitLength(intAbs(args[0] as Int)),
  bit_count: (args) => popCount(intAbs(toInt(args[0]))),
  as_integer_ratio: (args) => new PyTuple([toInt(args[0]), 1]),
  to_bytes: () => {
    throw notImplemented('int.to_bytes() returns bytes, which agnb does not support');
  },
  __index__: (args) => args[0],
  __int__: (args) => args[0],
  __float__: (args) => new PyFloat(Number(args[0])),
  conjugate: (args) => args[0],
});
intType.dict.set('from_bytes', new PyClassMethod(new PyNativeFunction('from_bytes', (args, kwargs) => {
  const kw = keywords('from_bytes', kwargs, ['bytes', 'byteorder', 'signed']);
  arity('from_bytes', args, 1, 3);
  const [cls, source = kw.bytes, order = kw.byteorder ?? 'big'] = args;
  const value = intFromBytes(source, order, truthy(kw.signed ?? false));
  return cls === intType ? value : call(cls, [value]);
})));

/** int.from_bytes over an iterable of byte values (agnb has no bytes objects). */
function intFromBytes(source: PyValue | undefined, order: PyValue, signed: boolean): Int {
  if (source === undefined) throw typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  if (typeof order !== 'string') throw typeError(`from_bytes() argument 'byteorder' must be str, not ${typeName(order)}`);
  if (order !== 'little' && order !== 'big') throw valueError("byteorder must be either 'little' or 'big'");
  if (typeof source === 'string' || typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean' || source instanceof PyFloat) {
    throw typeError(`cannot convert '${typeName(source)}' object to bytes`);
  }
  const bytes: bigint[] = [];
  const next = iterate(source);
  for (let v = next(); v !== undefined; v = next()) {
    const byte = requireIndex(v);
    if (byte < 0 || byte > 255) throw valueError('bytes must be in range(0, 256)');
    bytes.push(BigInt(byte));
  }
  if (order === 'little') bytes.reverse();
  let result = 0n;
  for (const byte of bytes) result = (result << 8n) | byte;
  if (signed && bytes.length && bytes[0] >= 128n) result -= 1n << BigInt(8 * bytes.length);
  return normalizeInt(result);
}

defineGetters(intType, {
  real: (self) => (typeof self === 'boolean' ? +self : self),
  imag: () => 0,
  numerator: (self) => (typeof self === 'boolean' ? +self : self),
  denominator: () => 1,
});

defineMethods(floatType, {
  is_integer: (args) => Number.isInteger((args[0] as PyFloat).value),
  hex: (args) => floatHex((args[0] as PyFloat).value),
  __float__: (args) => args[0],
  __int__: (args) => floatToIntChecked((args[0] as PyFloat).value),
  __repr__: (args) => floatRepr((args[0] as PyFloat).value),
  conjugate: (args) => args[0],
  as_integer_ratio: (args) => {
    const f = (args[0] as PyFloat).value;
    if (!Number.isFinite(f)) throw Number.isNaN(f) ? valueError('cannot convert NaN to integer ratio') : overflowError('cannot convert Infinity to integer ratio');
    let num = f;
    let den = 1n;
    while (!Number.isInteger(num)) {
      num *= 2;
      den *= 2n;
    }
    let n = BigInt(num);
    const g = gcd(n < 0n ? -n : n, den);
    n /= g;
    const d = den / g;
    const norm = (x: bigint): Int => (x >= -BigInt(Number.MAX_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
    return new PyTuple([norm(n), norm(d)]);
  },
});
floatType.dict.set('fromhex', new PyClassMethod(new PyNativeFunction('fromhex', (args) => {
  arity('fromhex', args.slice(1), 1);
  const [cls, text] = args;
  if (typeof text !== 'string') throw typeError('bad argument type for built-in operation');
  const value = parseFloatHex(text);
  if (value === null) throw valueError('invalid hexadecimal floating-point string');
  return cls === floatType ? new PyFloat(value) : call(cls, [new PyFloat(value)]);
})));

defineGetters(floatType, {
  real: (self) => self,
  imag: () => new PyFloat(0),
});

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

function popCount(n: Int): number {
  let count = 0;
  for (const digit of n.toString(2)) if (digit === '1') count++;
  return count;
}

/**
 * The operator dunders of int and float (`(5).__add__(3)`, `float.__rsub__(x, 1)`), so explicit calls and
 * user code delegating to them behave as the operators do: NotImplemented for operands of other types.
 */
function defineNumberDunders(type: PyType, operators: BinaryOperator[], accepts: (other: PyValue) => boolean): void {
  const methods: Record<string, (args: PyValue[]) => PyValue> = {};
  for (const op of operators) {
    const [forward, reflected] = DUNDERS[op];
    methods[forward] = (args) => (accepts(args[1]) ? numericOp(op, args[0], args[1]) ?? NotImplemented : NotImplemented);
    methods[reflected] = (args) => (accepts(args[1]) ? numericOp(op, args[1], args[0]) ?? NotImplemented : NotImplemented);
  }
  const comparisons: [string, RichOp][] = [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>='], ['__eq__', '=='], ['__ne__', '!=']];
  for (const [name, op] of comparisons) methods[name] = (args) => (accepts(args[1]) ? richCompare(op, args[0], args[1]) : NotImplemented);
  methods.__neg__ = (args) => unaryOp('-', args[0]);
  methods.__pos__ = (args) => unaryOp('+', args[0]);
  methods.__abs__ = (args) => (args[0] instanceof PyFloat ? new PyFloat(Math.abs(args[0].value)) : intAbs(toInt(args[0])));
  methods.__bool__ = (args) => truthy(args[0]);
  if (type === intType) methods.__invert__ = (args) => unaryOp('~', args[0]);
  defineMethods(type, methods);
}

const arithmetic: BinaryOperator[] = ['+', '-', '*', '/', '//', '%', '**'];
// int's methods take only ints (int.__add__(1, 2.5) is NotImplemented); float's take ints and floats.
const isInt = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
defineNumberDunders(intType, [...arithmetic, '<<', '>>', '&', '|', '^'], isInt);
defineNumberDunders(floatType, arithmetic, (v) => isInt(v) || v instanceof PyFloat);
