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

const bitsView = new DataView(new ArrayBuffer(8));

/** A finite nonzero double as an odd-or-small integer times a power of two: x = mantissa × 2^exponent exactly. */
export function decomposeFloat(x: number): { mantissa: bigint; exponent: number } {
  bitsView.setFloat64(0, x);
  const high = bitsView.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(bitsView.getUint32(4));
  if (biased) mantissa |= 1n << 52n;
  if (high >>> 31) mantissa = -mantissa;
  return { mantissa, exponent: (biased || 1) - 1075 };
}

/** mantissa × 2^exponent rounded once (ties to even) to a double, ±Infinity beyond the largest finite one. */
export function scaledToFloat(mantissa: bigint, exponent: number): number {
  if (mantissa < 0n) return -scaledToFloat(-mantissa, exponent);
  if (mantissa === 0n) return 0;
  const length = mantissa.toString(2).length;
  const top = length - 1 + exponent;
  if (top > 1023) return Infinity;
  // Significant bits a double keeps at this magnitude: 53, fewer among the subnormals.
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep < 0) return 0;
  const shift = length - keep;
  if (shift > 0) {
    const dropped = mantissa & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    mantissa >>= BigInt(shift);
    if (dropped > half || (dropped === half && mantissa & 1n)) mantissa += 1n;
    exponent += shift;
  }
  return Number(mantissa) * 2 ** exponent;
}

/** float.hex(): CPython's `[-]0x1.<13 hex digits>p<exp>` (0x0. for subnormals). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  bitsView.setFloat64(0, x);
  const high = bitsView.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (high & 0xfffff).toString(16).padStart(5, '0') + bitsView.getUint32(4).toString(16).padStart(8, '0');
  const exponent = biased ? biased - 1023 : -1022;
  return `${sign}0x${biased ? 1 : 0}.${fraction}p${exponent < 0 ? '' : '+'}${exponent}`;
}

/** float.fromhex(text); null when the text is not a hexadecimal float. */
export function parseFloatHex(text: string): number | null {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(s);
  if (!m || !(m[2] + (m[3] ?? ''))) return null;
  const fraction = m[3] ?? '';
  const digits = (m[2] + fraction).replace(/^0+/, '');
  // Exponents far beyond the double range only decide between 0 and overflow.
  const exponent = Math.max(-1e7, Math.min(1e7, Number(m[4] ?? 0))) - 4 * fraction.length;
  const magnitude = digits ? scaledToFloat(BigInt('0x' + digits), exponent) : 0;
  if (magnitude === Infinity) throw new PyException(OverflowError, ['hexadecimal value too large to represent as a float']);
  return m[1] === '-' ? -magnitude : magnitude;
}
