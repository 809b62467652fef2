// Python's '{:.Nf}' and '{:.Ne}' for a double: correctly rounded from the exact binary value, with ties
// going to the even digit. JS toFixed/toExponential are also exact but send ties away from zero, stop at
// 100 digits, and toFixed switches to exponent form from 1e21, so those cases take an exact BigInt route.

const MAX_BUILTIN_DIGITS = 100;
const FIXED_BUILTIN_LIMIT = 1e21;

/** '{:.<precision>f}'.format(x) */
export function formatFixed(x: number, precision: number): string {
  if (!Number.isFinite(x)) return nonFiniteText(x);
  const magnitude = Math.abs(x);
  const digits =
    precision <= MAX_BUILTIN_DIGITS && magnitude < FIXED_BUILTIN_LIMIT && !isHalfway(magnitude, precision)
      ? magnitude.toFixed(precision)
      : exactFixed(magnitude, precision);
  return signOf(x) + digits;
}

/** '{:.<precision>e}'.format(x): like JS toExponential, but the exponent has at least two digits. */
export function formatExponential(x: number, precision: number): string {
  if (!Number.isFinite(x)) return nonFiniteText(x);
  const magnitude = Math.abs(x);
  let mantissa: string;
  let exponent: number;
  if (precision <= MAX_BUILTIN_DIGITS) {
    const builtin = magnitude.toExponential(precision);
    const e = builtin.indexOf('e');
    mantissa = builtin.slice(0, e);
    exponent = Number(builtin.slice(e + 1));
    // A tie rounded away from zero by the builtin keeps its exponent (the rounded digit is odd, so no carry).
    if (magnitude !== 0 && isHalfway(magnitude, precision - exponent)) {
      ({ mantissa, exponent } = exactExponential(magnitude, precision));
    }
  } else {
    ({ mantissa, exponent } = exactExponential(magnitude, precision));
  }
  const exponentDigits = String(Math.abs(exponent)).padStart(2, '0');
  return `${signOf(x)}${mantissa}e${exponent < 0 ? '-' : '+'}${exponentDigits}`;
}

function nonFiniteText(x: number): string {
  // Python drops the sign of a NaN.
  if (Number.isNaN(x)) return 'nan';
  return x < 0 ? '-inf' : 'inf';
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/**
 * Whether magnitude * 10^scale lies exactly halfway between two integers. That holds exactly when
 * magnitude * 2^(scale+1) is an odd integer which, for a negative scale, 5^-scale also divides.
 */
function isHalfway(magnitude: number, scale: number): boolean {
  const doubled = magnitude * 2 ** (scale + 1);
  if (!Number.isInteger(doubled) || doubled % 2 !== 1) return false;
  return scale >= 0 || doubled % 5 ** -scale === 0;
}

function exactFixed(magnitude: number, precision: number): string {
  const digits = roundHalfEvenScaled(magnitude, precision).toString().padStart(precision + 1, '0');
  if (precision === 0) return digits;
  const point = digits.length - precision;
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function exactExponential(magnitude: number, precision: number): { mantissa: string; exponent: number } {
  if (magnitude === 0) return { mantissa: precision === 0 ? '0' : `0.${'0'.repeat(precision)}`, exponent: 0 };
  const lowest = 10n ** BigInt(precision);
  const highest = lowest * 10n;
  // log10 may be off by one near powers of ten; step until the rounded digits have precision + 1 places.
  let exponent = Math.floor(Math.log10(magnitude));
  for (;;) {
    const scaled = roundHalfEvenScaled(magnitude, precision - exponent);
    if (scaled >= highest) exponent += 1;
    else if (scaled < lowest) exponent -= 1;
    else {
      const digits = scaled.toString();
      const mantissa = precision === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
      return { mantissa, exponent };
    }
  }
}

/** round(magnitude * 10^scale), ties to even, computed exactly. */
function roundHalfEvenScaled(magnitude: number, scale: number): bigint {
  const { significand, binaryExponent } = splitDouble(magnitude);
  let numerator = BigInt(significand);
  let denominator = 1n;
  if (binaryExponent >= 0) numerator <<= BigInt(binaryExponent);
  else denominator <<= BigInt(-binaryExponent);
  if (scale >= 0) numerator *= 10n ** BigInt(scale);
  else denominator *= 10n ** BigInt(-scale);
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator - quotient * denominator);
  const roundUp = twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n);
  return roundUp ? quotient + 1n : quotient;
}

const doubleView = new DataView(new ArrayBuffer(8));

/** magnitude = significand * 2^binaryExponent, with an integer significand below 2^53. */
function splitDouble(magnitude: number): { significand: number; binaryExponent: number } {
  doubleView.setFloat64(0, magnitude);
  const high = doubleView.getUint32(0);
  const low = doubleView.getUint32(4);
  const biasedExponent = (high >>> 20) & 0x7ff;
  const fraction = (high & 0xfffff) * 2 ** 32 + low;
  if (biasedExponent === 0) return { significand: fraction, binaryExponent: -1074 };
  return { significand: fraction + 2 ** 52, binaryExponent: biasedExponent - 1075 };
}
