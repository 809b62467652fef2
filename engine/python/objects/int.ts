// Exact integer arithmetic. An int is a JS number while it is a safe integer and a bigint beyond that;
// every result goes through `normalizeInt`/`fromNumberResult` so the representation is canonical
// (number iff safe) and never -0. Small-int loops therefore stay on plain JS numbers.
import { memoryError, overflowError, valueError, zeroDivision } from './exceptions';

export type Int = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;
/** CPython 3.11's default limit for int↔str conversion (sys.get_int_max_str_digits()). */
export const INT_MAX_STR_DIGITS = 4300;
/** Results beyond this many bits are refused with MemoryError instead of hanging or exhausting memory. */
const MAX_INT_BITS = 1 << 26;

export function normalizeInt(b: bigint): Int {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function toBig(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Computes `op` exactly on bigints and returns the canonical representation. */
function viaBig(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint): Int {
  return normalizeInt(op(toBig(a), toBig(b)));
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return viaBig(a, b, (x, y) => x + y);
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return viaBig(a, b, (x, y) => x - y);
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0; // + 0 turns -0 into 0
  }
  checkBits(bitLength(a) + bitLength(b));
  return viaBig(a, b, (x, y) => x * y);
}

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? 0 - a : normalizeInt(-a);
}

export function intAbs(a: Int): Int {
  return typeof a === 'number' ? Math.abs(a) : normalizeInt(a < 0n ? -a : a);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivision('integer division or modulo by zero');
    const r = a % b;
    const q = (a - r) / b;
    return (r !== 0 && r < 0 !== b < 0 ? q - 1 : q) + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) throw zeroDivision('integer division or modulo by zero');
  const q = x / y;
  return normalizeInt(x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivision('integer modulo by zero');
    const r = a % b;
    return (r !== 0 && r < 0 !== b < 0 ? r + b : r) + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) throw zeroDivision('integer modulo by zero');
  const r = x % y;
  return normalizeInt(r !== 0n && r < 0n !== y < 0n ? r + y : r);
}

/** int ** int for a non-negative exponent (negative exponents are float math; see arith.ts). */
export function intPow(base: Int, exp: Int): Int {
  if (typeof base === 'number' && typeof exp === 'number') {
    let result = 1;
    let b = base;
    let e = exp;
    // Square-and-multiply on numbers while every step stays exact.
    while (e > 0) {
      if (e & 1) {
        result *= b;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        b *= b;
        if (!Number.isSafeInteger(b)) break;
      }
    }
    if (e === 0 && Number.isSafeInteger(result)) return result + 0;
  }
  const x = toBig(base);
  const e = toBig(exp);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return e % 2n === 0n ? 1 : -1;
  checkBits(bitLength(base) * Number(e));
  return normalizeInt(x ** e);
}

export function intPowMod(base: Int, exp: Int, mod: Int): Int {
  let m = toBig(mod);
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  let b = toBig(base);
  let e = toBig(exp);
  const negMod = m < 0n;
  if (negMod) m = -m;
  if (e < 0n) {
    b = modInverse(b, m);
    e = -e;
  }
  let result = 1n % m;
  b = ((b % m) + m) % m;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= m;
  return normalizeInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

export function intShift(a: Int, b: Int, left: boolean): Int {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 64) {
    // Scaling by a power of two is exact for doubles; only a result beyond 2**53 needs bigints.
    if (!left) return Math.floor(a / 2 ** b) + 0;
    const shifted = a * 2 ** b;
    if (Number.isSafeInteger(shifted)) return shifted;
  }
  if (left) {
    checkBits(bitLength(a) + Number(b));
    return normalizeInt(toBig(a) << toBig(b));
  }
  if (typeof b === 'bigint' || b > 1e6) return a < 0 ? -1 : 0;
  return normalizeInt(toBig(a) >> BigInt(b));
}

export function intBitwise(a: Int, b: Int, op: '&' | '|' | '^'): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const x = toBig(a);
  const y = toBig(b);
  return normalizeInt(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bitLength(a: Int): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    return x < 2 ** 31 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

function checkBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw memoryError();
}

/** int → float, raising OverflowError like CPython when out of range. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

export function intToString(a: Int): string {
  if (typeof a === 'number') return String(a);
  const s = a.toString();
  if (s.length - (a < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
    throw valueError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** float → int (truncating), for int(x) and friends; the caller rejects inf/nan. */
export function floatToInt(f: number): Int {
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** Parses `int(text, base)`; returns null when the text is not a valid literal in that base. */
/**
 * Replaces non-ASCII decimal digits (Arabic-Indic, Devanagari, fullwidth, ...) with ASCII ones, as int() and
 * float() accept them. Unicode lays decimal digits out in runs of ten, 0 to 9, so a digit's value is its
 * distance from the start of its run modulo 10.
 */
export function asciiDigits(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.replace(/[^\x00-\x7f]/gu, (c) => {
    if (!/\p{Nd}/u.test(c)) return c;
    let start = c.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((c.codePointAt(0)! - start) % 10);
  });
}

export function parseIntText(text: string, base: number): Int | null {
  let s = asciiDigits(text).trim().toLowerCase();
  let sign = 1n;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  const prefix = prefixes[s.slice(0, 2)];
  if (prefix && (base === prefix || base === 0)) {
    base = prefix;
    s = s.slice(2).replace(/^_/, '');
  } else if (base === 0) {
    if (/^0+[1-9]/.test(s.replace(/_/g, ''))) return null;
    base = 10;
  }
  if (!s || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let value = 0n;
  const big = BigInt(base);
  for (const ch of s) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    value = value * big + BigInt(d);
  }
  if (base === 10 && s.length > INT_MAX_STR_DIGITS) {
    throw valueError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return normalizeInt(sign * value);
}
