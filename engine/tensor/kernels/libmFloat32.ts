// The float32 functions of the C library (glibc 2.36) that PyTorch's CPU kernels call for the elements their
// vectorised loops leave over (std::exp, std::log1p, std::expm1, std::tanh and std::erf on floats): the same
// algorithms, step by step. expf is glibc's table-driven one, evaluated in double precision (its FMA build,
// selected on CPUs with FMA, fuses every multiply-add); expm1f, log1pf, tanhf and erff are the classic fdlibm float
// algorithms, every operation rounded to float32.
import { fma } from '../../numeric/fma';

const f = Math.fround;

const bits32 = new Int32Array(1);
const float32 = new Float32Array(bits32.buffer);

function floatBits(x: number): number {
  float32[0] = x;
  return bits32[0]!;
}

function bitsFloat(bits: number): number {
  bits32[0] = bits;
  return float32[0]!;
}

const bits64 = new BigUint64Array(1);
const float64 = new Float64Array(bits64.buffer);

// ---- expf

/** 2^(i/32) for i = 0..31 as double bit patterns, less i << 47 (the exponent is added back from k). */
const EXP2_TABLE = [
  0x3ff0000000000000n, 0x3fefd9b0d3158574n, 0x3fefb5586cf9890fn, 0x3fef9301d0125b51n, 0x3fef72b83c7d517bn, 0x3fef54873168b9aan,
  0x3fef387a6e756238n, 0x3fef1e9df51fdee1n, 0x3fef06fe0a31b715n, 0x3feef1a7373aa9cbn, 0x3feedea64c123422n, 0x3feece086061892dn,
  0x3feebfdad5362a27n, 0x3feeb42b569d4f82n, 0x3feeab07dd485429n, 0x3feea47eb03a5585n, 0x3feea09e667f3bcdn, 0x3fee9f75e8ec5f74n,
  0x3feea11473eb0187n, 0x3feea589994cce13n, 0x3feeace5422aa0dbn, 0x3feeb737b0cdc5e5n, 0x3feec49182a3f090n, 0x3feed503b23e255dn,
  0x3feee89f995ad3adn, 0x3feeff76f2fb5e47n, 0x3fef199bdd85529cn, 0x3fef3720dcef9069n, 0x3fef5818dcfba487n, 0x3fef7c97337b9b5fn,
  0x3fefa4afa2a490dan, 0x3fefd0765b6e4540n,
];
const INV_LN2_N = 1.4426950408889634 * 32; // 0x1.71547652b82fep0 * 32
const SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer held in the low bits
const EXPF_C0 = 1.6938359250920212e-6; // 0x1.c6af84b912394p-5 / 32^3
const EXPF_C1 = 0.00023459809789509004; // 0x1.ebfce50fac4f3p-3 / 32^2
const EXPF_C2 = 0.021660849396613134; // 0x1.62e42ff0c52d6p-1 / 32

/** 2^(i/32) as doubles, from the table. */
const EXP2_FRACTIONS = EXP2_TABLE.map((entry, i) => {
  bits64[0] = entry + (BigInt(i) << 47n);
  return float64[0]!;
});

export function expf(x: number): number {
  if (x !== x) return x;
  if (x > 88.72283172607421875) return Infinity;
  if (x < -103.97207641601562) return 0;
  const k = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(INV_LN2_N, x, -k);
  const s = EXP2_FRACTIONS[k & 31]! * 2 ** (k >> 5);
  const z = fma(EXPF_C0, r, EXPF_C1);
  const y = fma(z, r * r, fma(EXPF_C2, r, 1));
  return f(y * s);
}

// ---- expm1f

const LN2_HI = f(6.9313812256e-1);
const LN2_LO = f(9.0580006145e-6);
const INV_LN2 = f(1.4426950216);
const Q1 = f(-3.3333335072e-2);
const Q2 = f(1.5873016091e-3);
const Q3 = f(-7.9365076090e-5);
const Q4 = f(4.0082177293e-6);
const Q5 = f(-2.0109921195e-7);

export function expm1f(input: number): number {
  let x = input;
  const hx = floatBits(x) & 0x7fffffff;
  const negative = floatBits(x) < 0;
  if (hx >= 0x4195b844) {
    // |x| >= 27 ln 2
    if (hx >= 0x42b17218) {
      if (hx > 0x7f800000) return x;
      if (hx === 0x7f800000) return negative ? -1 : x;
      if (x > f(8.8721679688e1)) return Infinity;
    }
    if (negative) return -1;
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3eb17218) {
    // |x| > ln 2 / 2: x = k ln 2 + (hi - lo)
    let hi: number;
    let lo: number;
    if (hx < 0x3f851592) {
      hi = negative ? f(x + LN2_HI) : f(x - LN2_HI);
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(f(f(INV_LN2 * x) + (negative ? -0.5 : 0.5)));
      hi = f(x - f(k * LN2_HI));
      lo = f(k * LN2_LO);
    }
    x = f(hi - lo);
    c = f(f(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  }
  const hfx = f(0.5 * x);
  const hxs = f(x * hfx);
  const r1 = f(1 + f(hxs * f(Q1 + f(hxs * f(Q2 + f(hxs * f(Q3 + f(hxs * f(Q4 + f(hxs * Q5))))))))));
  const t = f(3 - f(r1 * hfx));
  let e = f(hxs * f(f(r1 - t) / f(6 - f(x * t))));
  if (k === 0) return f(x - f(f(x * e) - hxs));
  e = f(f(x * f(e - c)) - c);
  e = f(e - hxs);
  if (k === -1) return f(f(0.5 * f(x - e)) - 0.5);
  if (k === 1) return x < -0.25 ? f(-2 * f(e - f(x + 0.5))) : f(1 + f(2 * f(x - e)));
  if (k <= -2 || k > 56) {
    let y = f(1 - f(e - x));
    y = k === 128 ? f(f(y * 2) * 2 ** 127) : bitsFloat(floatBits(y) + (k << 23));
    return f(y - 1);
  }
  if (k < 23) {
    const y = f(bitsFloat(0x3f800000 - (0x1000000 >> k)) - f(e - x));
    return bitsFloat(floatBits(y) + (k << 23));
  }
  const y = f(f(x - f(e + bitsFloat((0x7f - k) << 23))) + 1);
  return bitsFloat(floatBits(y) + (k << 23));
}

// ---- log1pf

const LOG1P_LN2_HI = f(6.9313812256e-1);
const LOG1P_LN2_LO = f(9.0580006145e-6);
const LP = [6.6666668653e-1, 4.0000000596e-1, 2.8571429849e-1, 2.2222198546e-1, 1.8183572590e-1, 1.5313838422e-1, 1.4798198640e-1].map(f);

export function log1pf(x: number): number {
  const hx = floatBits(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f1 = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) {
      // |x| < 2^-29
      return ax < 0x24800000 ? x : f(x - f(f(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f1 = x;
      hu = 1;
    }
  } else if (hx >= 0x7f800000) {
    return x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x);
      hu = floatBits(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1));
      c = f(c / u);
    } else {
      u = x;
      hu = floatBits(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = bitsFloat(hu | 0x3f800000);
    } else {
      k += 1;
      u = bitsFloat(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f1 = f(u - 1);
  }
  const hfsq = f(f(0.5 * f1) * f1);
  if (hu === 0) {
    // |f| < 2^-20
    if (f1 === 0) {
      if (k === 0) return 0;
      c = f(c + f(k * LOG1P_LN2_LO));
      return f(f(k * LOG1P_LN2_HI) + c);
    }
    const r = f(hfsq * f(1 - f(f(0.66666666666666666) * f1)));
    if (k === 0) return f(f1 - r);
    return f(f(k * LOG1P_LN2_HI) - f(f(r - f(f(k * LOG1P_LN2_LO) + c)) - f1));
  }
  const s = f(f1 / f(2 + f1));
  const z = f(s * s);
  let poly = LP[6]!;
  for (let i = 5; i >= 0; i--) poly = f(LP[i]! + f(z * poly));
  const r = f(z * poly);
  if (k === 0) return f(f1 - f(hfsq - f(s * f(hfsq + r))));
  return f(f(k * LOG1P_LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + r)) + f(f(k * LOG1P_LN2_LO) + c))) - f1));
}

// ---- tanhf

export function tanhf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix >= 0x7f800000) return x !== x ? x : x > 0 ? 1 : -1;
  let z: number;
  if (ix < 0x41b00000) {
    // |x| < 22
    if (ix === 0) return x;
    if (ix < 0x24000000) return f(x * f(1 + x));
    if (ix >= 0x3f800000) {
      const t = expm1f(f(2 * Math.abs(x)));
      z = f(1 - f(2 / f(t + 2)));
    } else {
      const t = expm1f(f(-2 * Math.abs(x)));
      z = f(-t / f(t + 2));
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}

// ---- erff


const ERX = f(8.4506291151e-1);
const EFX = f(1.2837916613e-1);
// the rational approximations' coefficients, highest degree first (the denominators' constant 1 omitted)
const PP = [-2.3763017452e-5, -5.770270247e-3, -2.8481749818e-2, -3.2504209876e-1, 1.2837916613e-1].map(f);
const QQ = [-3.9602282413e-6, 1.3249473704e-4, 5.0813062117e-3, 6.50222525e-2, 3.9791721106e-1].map(f);
const PA = [-2.1663755178e-3, 3.5478305072e-2, -1.1089469492e-1, 3.1834661961e-1, -3.7220788002e-1, 4.1485610604e-1, -2.3621185683e-3].map(f);
const QA = [1.1984500103e-2, 1.3637083583e-2, 1.2617121637e-1, 7.1828655899e-2, 5.4039794207e-1, 1.0642088205e-1].map(f);
const RA = [-9.8143291473, -8.1287437439e1, -1.8460508728e2, -1.6239666748e2, -6.2375331879e1, -1.0558626175e1, -6.938585639e-1, -9.8649440333e-3].map(f);
const SA = [-6.0424413532e-2, 6.5702495575, 1.0863500214e2, 4.2900814819e2, 6.4538726807e2, 4.3456588745e2, 1.3765776062e2, 1.965127182e1].map(f);
const RB = [-4.8351919556e2, -1.0250950928e3, -6.3756646729e2, -1.6063638306e2, -1.7757955551e1, -7.9928326607e-1, -9.864943102e-3].map(f);
const SB = [-2.2440952301e1, 4.7452853394e2, 2.553050293e3, 3.1998581543e3, 1.5367296143e3, 3.2579251099e2, 3.0338060379e1].map(f);

/** c[0] z^n + ... + c[n] by Horner's rule, each step rounded. */
function polynomial(z: number, c: readonly number[]): number {
  let u = c[0]!;
  for (let i = 1; i < c.length; i++) u = f(c[i]! + f(z * u));
  return u;
}

/** 1 + z (c[0] z^(n-1) + ... + c[n-1]), the denominators. */
const denominator = (z: number, c: readonly number[]): number => f(1 + f(z * polynomial(z, c)));

export function erff(input: number): number {
  const hx = floatBits(input);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7f800000) return input !== input ? input : hx < 0 ? -1 : 1;
  if (ix < 0x3f580000) {
    // |x| < 0.84375
    if (ix < 0x31800000) return ix < 0x04000000 ? f(0.0625 * f(f(16 * input) + f(f(16 * EFX) * input))) : f(input + f(EFX * input));
    const z = f(input * input);
    const y = f(polynomial(z, PP) / denominator(z, QQ));
    return f(input + f(input * y));
  }
  if (ix < 0x3fa00000) {
    // 0.84375 <= |x| < 1.25
    const s = f(Math.abs(input) - 1);
    const quotient = f(polynomial(s, PA) / denominator(s, QA));
    return hx >= 0 ? f(ERX + quotient) : f(-ERX - quotient);
  }
  if (ix >= 0x40c00000) return hx >= 0 ? 1 : -1;
  const x = Math.abs(input);
  const s = f(1 / f(x * x));
  const near = ix < 0x4036db6e; // |x| < 1/0.35
  const quotient = f((near ? polynomial(s, RA) : polynomial(s, RB)) / denominator(s, near ? SA : SB));
  const z = bitsFloat(floatBits(x) & 0xfffff000);
  const r = f(expf(f(f(-z * z) - 0.5625)) * expf(f(f(f(z - x) * f(z + x)) + quotient)));
  return hx >= 0 ? f(1 - f(r / x)) : f(f(r / x) - 1);
}
