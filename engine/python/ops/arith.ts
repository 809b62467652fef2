// Arithmetic and bitwise operators: native fast paths for numbers, strings and sequences, then the
// __op__ / __rop__ protocol, then CPython's TypeError messages.
import { NotImplemented, PyFloat, PyInstance, PyObject, typeOf, typeName, type PyValue } from '../objects/core';
import { PyDict, PyDictView, PyList, PySet, PyTuple } from '../objects/containers';
import { overflowError, typeError, zeroDivision } from '../objects/exceptions';
import { floatDivmod, floatFloorDiv, floatMod, floatPow } from '../objects/float';
import {
  intAdd,
  intBitwise,
  intFloorDiv,
  intInvert,
  intMod,
  intMul,
  intNeg,
  intPow,
  intShift,
  intSub,
  intToFloat,
  toBig,
  type Int,
} from '../objects/int';
import type { BinaryOperator } from '../ast';
import { callBinarySpecial, callSpecial } from './call';
import { hasCustom } from './compare';
import { indexValue } from './convert';
import { isIterable, toArray } from './iter';
import { hashKey, setIterationOrder } from './hash';
import { repeatedLength } from './sequence';
import { formatPercent } from './format';

export const DUNDERS: Record<BinaryOperator, [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'],
  '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'],
  '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
  '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'],
  '&': ['__and__', '__rand__', '__iand__'],
  '|': ['__or__', '__ror__', '__ior__'],
  '^': ['__xor__', '__rxor__', '__ixor__'],
};

function intOp(op: BinaryOperator, a: Int, b: Int): PyValue | undefined {
  switch (op) {
    case '+':
      return intAdd(a, b);
    case '-':
      return intSub(a, b);
    case '*':
      return intMul(a, b);
    case '/':
      if (b === 0) throw zeroDivision('division by zero');
      return new PyFloat(intTrueDiv(a, b));
    case '//':
      return intFloorDiv(a, b);
    case '%':
      return intMod(a, b);
    case '**':
      return b < 0 ? new PyFloat(floatPow(intToFloat(a), intToFloat(b))) : intPow(a, b);
    case '<<':
      return intShift(a, b, true);
    case '>>':
      return intShift(a, b, false);
    case '&':
    case '|':
    case '^':
      return intBitwise(a, b, op);
    default:
      return undefined;
  }
}

function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x / y;
  // Scale both down until they fit a double; the quotient keeps full precision.
  const shift = BigInt(Math.max(toBig(a).toString(2).length, toBig(b).toString(2).length) - 1000);
  const q = Number(toBig(a) >> shift) / Number(toBig(b) >> shift);
  if (!Number.isFinite(q)) throw overflowError('integer division result too large for a float');
  return q;
}

function floatOp(op: BinaryOperator, a: number, b: number): PyValue | undefined {
  switch (op) {
    case '+':
      return new PyFloat(a + b);
    case '-':
      return new PyFloat(a - b);
    case '*':
      return new PyFloat(a * b);
    case '/':
      if (b === 0) throw zeroDivision('float division by zero');
      return new PyFloat(a / b);
    case '//':
      return new PyFloat(floatFloorDiv(a, b));
    case '%':
      return new PyFloat(floatMod(a, b));
    case '**':
      return new PyFloat(floatPow(a, b));
    default:
      return undefined;
  }
}

function asInt(v: PyValue): Int | undefined {
  return typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : undefined;
}

/** Arithmetic between two built-in numbers; undefined if either is not one (or the op does not apply). */
export function numericOp(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
    return op === '&' ? a && b : op === '|' ? a || b : a !== b;
  }
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return intOp(op, ia, ib);
  const fa = a instanceof PyFloat ? a.value : ia !== undefined ? intToFloat(ia) : undefined;
  const fb = b instanceof PyFloat ? b.value : ib !== undefined ? intToFloat(ib) : undefined;
  if (fa !== undefined && fb !== undefined) return floatOp(op, fa, fb);
  return undefined;
}

function repeat<T>(items: readonly T[], times: PyValue): T[] {
  const n = indexValue(times)!;
  const total = repeatedLength(items.length, n);
  const out: T[] = new Array(total);
  for (let i = 0; i < total; i++) out[i] = items[i % items.length];
  return out;
}

/** str, list, tuple, dict and set operators. */
function containerOp(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'string') {
    if (op === '+' && typeof b === 'string') return a + b;
    if (op === '*' && indexValue(b) !== undefined) {
      const total = repeatedLength(a.length, indexValue(b)!);
      return total === 0 ? '' : a.repeat(total / a.length);
    }
    if (op === '%') return formatPercent(a, b);
    return undefined;
  }
  if (op === '*' && typeof b === 'string' && indexValue(a) !== undefined) return containerOp(op, b, a);
  if (a instanceof PyList || a instanceof PyTuple) {
    const make = (items: PyValue[]) => (a instanceof PyList ? new PyList(items) : new PyTuple(items));
    if (op === '+' && b instanceof PyObject && b.cls === a.cls) return make([...a.items, ...(b as PyList).items]);
    if (op === '*' && indexValue(b) !== undefined) return make(repeat(a.items, b));
    return undefined;
  }
  if (op === '*' && (b instanceof PyList || b instanceof PyTuple) && indexValue(a) !== undefined) return containerOp(op, b, a);
  // Subclasses that define their own `|` (Counter) take the dunder path.
  if (a instanceof PyDict && b instanceof PyDict && op === '|' && !hasCustom(a, '__or__') && !hasCustom(b, '__ror__')) {
    const out = new PyDict();
    for (const [k, e] of a.entries) out.entries.set(k, { ...e });
    for (const [k, e] of b.entries) out.entries.set(k, { key: out.entries.get(k)?.key ?? e.key, value: e.value });
    return out;
  }
  if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b, new PySet(a.cls));
  // Keys and items views combine with any iterable like sets do, giving a set.
  if ((isSetLikeView(a) && isIterable(b)) || (isSetLikeView(b) && isIterable(a))) return setOp(op, asSet(a), asSet(b), new PySet());
  return undefined;
}

function isSetLikeView(v: PyValue): boolean {
  return v instanceof PyDictView && v.kind !== 'values';
}

function asSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const set = new PySet();
  for (const item of toArray(v)) set.items.set(hashKey(item), item);
  return set;
}

/** Set algebra into `out` (a fresh set, or `a` itself for in-place operators). */
function setOp(op: BinaryOperator, a: PySet, b: PySet, out: PySet): PySet | undefined {
  const keep = (pred: (k: unknown) => boolean) => {
    for (const [k, v] of [...a.items]) if (pred(k)) out.items.set(k, v);
    else out.items.delete(k);
  };
  switch (op) {
    case '|':
      keep(() => true);
      if (out === a) {
        const values = setIterationOrder(b.items);
        out.items.merge(values, values.map(hashKey));
      } else for (const v of setIterationOrder(b.items)) out.items.set(hashKey(v), v);
      return out;
    case '&':
      keep((k) => b.items.has(k));
      return out;
    case '-':
      keep((k) => !b.items.has(k));
      return out;
    case '^':
      keep((k) => !b.items.has(k));
      for (const [k, v] of b.items) if (!a.items.has(k)) out.items.set(k, v);
      return out;
    default:
      return undefined;
  }
}

// The arithmetic compiled code does most: ints that are JS numbers and floats, combined here without the
// generic dispatch (an int beside a float converts exactly: it is a safe integer). Anything else, overflow to
// bigints and division by zero take `binaryOp`.

export function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (b instanceof PyFloat) return new PyFloat(a + b.value);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.value + b.value);
    if (typeof b === 'number') return new PyFloat(a.value + b);
  }
  return binaryOp('+', a, b);
}

export function subtract(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    } else if (b instanceof PyFloat) return new PyFloat(a - b.value);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.value - b.value);
    if (typeof b === 'number') return new PyFloat(a.value - b);
  }
  return binaryOp('-', a, b);
}

export function multiply(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a * b;
      if (Number.isSafeInteger(r)) return r + 0; // + 0 turns -0 into 0
    } else if (b instanceof PyFloat) return new PyFloat(a * b.value);
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.value * b.value);
    if (typeof b === 'number') return new PyFloat(a.value * b);
  }
  return binaryOp('*', a, b);
}

export function trueDivide(a: PyValue, b: PyValue): PyValue {
  const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
  const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
  return x !== undefined && y !== undefined && y !== 0 ? new PyFloat(x / y) : binaryOp('/', a, b);
}

export function modulo(a: PyValue, b: PyValue): PyValue {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? intMod(a, b) : binaryOp('%', a, b);
}

/** `a op b`; `inplace` when it stands for `a op= b` (the TypeError then names `op=`). */
export function binaryOp(op: BinaryOperator, a: PyValue, b: PyValue, inplace = false): PyValue {
  // Two ints, two floats, or two instances of Python classes (which only the dunders can combine) go straight to their case.
  const native =
    typeof a === 'number' && typeof b === 'number'
      ? intOp(op, a, b)
      : a instanceof PyFloat && b instanceof PyFloat
        ? floatOp(op, a.value, b.value)
        : a instanceof PyInstance && b instanceof PyInstance
          ? undefined
          : (numericOp(op, a, b) ?? containerOp(op, a, b));
  if (native !== undefined) return native;
  const viaDunder = dunderBinary(op, a, b);
  if (viaDunder !== undefined) return viaDunder;
  throw unsupported(op, a, b, inplace);
}

function dunderBinary(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
  const [name, rname] = DUNDERS[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  // A subclass's reflected method wins over its base's forward method, as in CPython.
  const rightFirst = tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(rname) !== undefined;
  if (rightFirst) {
    const r = callBinarySpecial(b, rname, a);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const forward = callBinarySpecial(a, name, b);
  if (forward !== undefined && forward !== NotImplemented) return forward;
  if (!rightFirst && tb !== ta) {
    const r = callBinarySpecial(b, rname, a);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return undefined;
}

function unsupported(op: BinaryOperator, a: PyValue, b: PyValue, inplace: boolean) {
  if (op === '+' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    return typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  if (op === '*' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)) {
    const other = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? b : a;
    return typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
  }
  const shown = inplace ? `${op}=` : op === '**' ? '** or pow()' : op;
  return typeError(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** `a op= b`: in-place for mutable built-ins and `__iop__`, otherwise the binary operator. */
export function inplaceOp(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if ((typeof a === 'number' || a instanceof PyFloat) && (typeof b === 'number' || b instanceof PyFloat)) {
    switch (op) {
      case '+':
        return add(a, b);
      case '-':
        return subtract(a, b);
      case '*':
        return multiply(a, b);
      case '/':
        return trueDivide(a, b);
      default:
        return binaryOp(op, a, b, true);
    }
  }
  if (a instanceof PyList) {
    if (op === '+') {
      a.items.push(...toArray(b));
      return a;
    }
    if (op === '*' && indexValue(b) !== undefined) {
      a.items = repeat(a.items, b);
      return a;
    }
  }
  if (a instanceof PyDict && op === '|' && b instanceof PyDict && !hasCustom(a, '__ior__') && !hasCustom(a, '__or__')) {
    for (const [k, e] of b.entries) {
      const existing = a.entries.get(k);
      if (existing) existing.value = e.value;
      else a.entries.set(k, { ...e });
    }
    return a;
  }
  if (a instanceof PySet && b instanceof PySet && !a.frozen) {
    const r = setOp(op, a, b, a);
    if (r) return r;
  }
  if (a instanceof PyObject && a.cls.module !== 'builtins') {
    const r = callBinarySpecial(a, DUNDERS[op][2], b);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return binaryOp(op, a, b, true);
}

export function unaryOp(op: '-' | '+' | '~', v: PyValue): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const i = typeof v === 'boolean' ? +v : v;
    return op === '-' ? intNeg(i) : op === '+' ? i : intInvert(i);
  }
  if (v instanceof PyFloat && op !== '~') return op === '-' ? new PyFloat(-v.value) : v;
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  const r = callSpecial(v, name, []);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

/** divmod(a, b). */
export function divmod(a: PyValue, b: PyValue): PyValue {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return new PyTuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  const fa = a instanceof PyFloat ? a.value : ia !== undefined ? intToFloat(ia) : undefined;
  const fb = b instanceof PyFloat ? b.value : ib !== undefined ? intToFloat(ib) : undefined;
  if (fa !== undefined && fb !== undefined) {
    const [q, r] = floatDivmod(fa, fb);
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  const r = callSpecial(a, '__divmod__', [b]) ?? callSpecial(b, '__rdivmod__', [a]);
  if (r !== undefined && r !== NotImplemented) return r;
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

// Chained float arithmetic (`w * x + b - y`) without a box per intermediate result: an inner node of such an
// expression may return UNBOXED, meaning "a float, whose value is in unboxedFloat[0]", which its parent reads
// before evaluating anything else. Only the outermost node boxes. Operands that are not floats or safe-integer
// ints (bigints, bools, user objects, ...) and division by zero take the operator's ordinary path.

/** The operators whose float results can stay unboxed between nodes. */
export type FusedOperator = '+' | '-' | '*' | '/' | '**';
export const FUSED_OPERATORS: ReadonlySet<BinaryOperator> = new Set<FusedOperator>(['+', '-', '*', '/', '**']);

export const UNBOXED: unique symbol = Symbol('unboxed float');
export const unboxedFloat = new Float64Array(1);

/** A compiled expression that may leave its float result unboxed. */
export type NumericEval<F> = (f: F) => PyValue | typeof UNBOXED;

function floatResult(op: FusedOperator, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '**':
      return floatPow(x, y);
  }
}

export function boxed(v: PyValue | typeof UNBOXED): PyValue {
  return v === UNBOXED ? new PyFloat(unboxedFloat[0]) : v;
}

/**
 * `left op right` where either side may be unboxed. With `keepUnboxed` a float result is left in unboxedFloat[0]
 * (for a parent node); otherwise it is boxed.
 */
export function fusedArithmetic<F>(op: FusedOperator, left: NumericEval<F>, right: NumericEval<F>, keepUnboxed: boolean): NumericEval<F> {
  return (f) => {
    const a = left(f);
    let x: number;
    let leftInt = false;
    if (a === UNBOXED) x = unboxedFloat[0];
    else if (a instanceof PyFloat) x = a.value;
    else if (typeof a === 'number') {
      x = a;
      leftInt = true;
    } else return binaryOp(op, a, boxed(right(f)));
    const b = right(f);
    let y: number;
    if (b === UNBOXED) y = unboxedFloat[0];
    else if (b instanceof PyFloat) y = b.value;
    else if (typeof b === 'number' && !leftInt) y = b;
    else return binaryOp(op, a === UNBOXED ? new PyFloat(x) : a, b);
    if (y === 0 && op === '/') return binaryOp(op, a === UNBOXED ? new PyFloat(x) : a, boxed(b));
    const r = floatResult(op, x, y);
    if (!keepUnboxed) return new PyFloat(r);
    unboxedFloat[0] = r;
    return UNBOXED;
  };
}

/** `name op= value` for a float `a` and a value that may be unboxed. */
export function fusedInplace(op: FusedOperator, a: PyFloat, b: PyValue | typeof UNBOXED): PyValue {
  const y = b === UNBOXED ? unboxedFloat[0] : b instanceof PyFloat ? b.value : typeof b === 'number' ? b : undefined;
  if (y === undefined || (y === 0 && op === '/')) return inplaceOp(op, a, boxed(b));
  return new PyFloat(floatResult(op, a.value, y));
}
