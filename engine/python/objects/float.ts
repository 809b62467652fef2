// float semantics: CPython's repr, exact decimal rounding for formatting, and the arithmetic corner cases
// (floor division/modulo signs, pow domain and overflow rules, error messages).
import { notImplemented, OverflowError, PyException, zeroDivision } from './exceptions';
import { asciiDigits } from './int';
import * as libm from './libm';

/** Shortest round-tripping digits and decimal exponent: 1234.5 → { digits: '12345', exp: 3 }. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  return { digits: s.slice(0, e).replace('.', ''), exp: Number(s.slice(e + 1)) };
}

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return sign + placePoint(digits, exp, 1);
}

/** Writes digits d1d2d3... (value d1.d2d3 × 10^exp) in positional notation with at least `minFrac` fraction digits. */
function placePoint(digits: string, exp: number, minFrac: number): string {
  let intPart: string;
  let frac: string;
  if (exp >= 0) {
    const padded = digits.padEnd(exp + 1, '0');
    intPart = padded.slice(0, exp + 1);
    frac = padded.slice(exp + 1);
  } else {
    intPart = '0';
    frac = '0'.repeat(-exp - 1) + digits;
  }
  frac = frac.padEnd(minFrac, '0');
  return frac ? `${intPart}.${frac}` : intPart;
}

/** |x| as mantissa × 2^exponent with an integer mantissa (exact). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: frac, exponent: -1074 };
  return { mantissa: frac | (1n << 52n), exponent: biased - 1075 };
}

/** round(|x| × 10^k) to an integer, ties to even, computed exactly. */
function roundScaled(x: number, k: number): bigint {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent > 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (k > 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && q % 2n === 1n) ? q + 1n : q;
}

/** |x| with exactly `precision` digits after the point, correctly rounded (ties to even), like C's %.Nf. */
export function toFixedDigits(x: number, precision: number): string {
  const n = roundScaled(x, precision).toString().padStart(precision + 1, '0');
  return precision ? `${n.slice(0, -precision)}.${n.slice(-precision)}` : n;
}

/** |x| rounded to `significant` digits: the digit string and the decimal exponent of the first digit. */
export function toSignificantDigits(x: number, significant: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(significant), exp: 0 };
  let exp = shortestDigits(x).exp;
  for (;;) {
    const n = roundScaled(x, significant - 1 - exp).toString();
    if (n.length > significant) exp++;
    else return { digits: n, exp };
  }
}

export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivision('float modulo');
  return floatDivmod(x, y)[1];
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivision('float floor division by zero');
  return floatDivmod(x, y)[0];
}

/** CPython's float divmod: the remainder takes the divisor's sign, the quotient is floored. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDivision('float divmod()');
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = x / y < 0 ? -0 : 0;
  }
  return [floorDiv, mod];
}

/** float ** float with C99 pow special cases and CPython's errors. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (x === 0 && y < 0 && Number.isFinite(y)) throw zeroDivision('0.0 cannot be raised to a negative power');
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    throw notImplemented('a negative number raised to a fractional power is complex; complex numbers are not supported in agnb');
  }
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (x === 1) return 1;
  const r = libm.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new PyException(OverflowError, [34, 'Numerical result out of range']);
  }
  return r;
}

/** Parses the text of `float(s)`; returns null when it is not a valid float literal. */
export function parseFloatText(text: string): number | null {
  const s = asciiDigits(text).trim().toLowerCase().replace(/(\d)_(?=\d)/g, '$1');
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return null;
  return Number(s);
}
