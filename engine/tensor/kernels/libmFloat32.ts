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
const INV_LN2_N = 1.4426950408889634 * 32; // 1.4426950408889634 * 32
const SHIFT = 6755399441055744; // 6755399441055744.0: adding it rounds to an integer held in the low bits
const EXPF_C0 = 1.6938359250920212e-6; // 0.05550361559341535 / 32^3
const EXPF_C1 = 0.00023459809789509004; // 0.2402284522445722 / 32^2
const EXPF_C2 = 0.021660849396613134; // 0.6931471806916203 / 32

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

/**
 * glibc's result for an argument outside the domain: (x - x) / (x - x), the processor's default NaN (its sign bit
 * set on x86), or x itself when x is a NaN.
 */
const invalid = (x: number): number => (x - x) / (x - x);

// ---- logf and exp2f: glibc's table-driven algorithms in double precision (FMA build)

/** 1/c and log(c) for the 16 subintervals of logf's reduced argument. */
const LOGF_TABLE = [
  [1.398907162146528, -0.33569133332882284], [1.3403141896637998, -0.2929040563774074],
  [1.286432210124115, -0.2518726580937369], [1.2367150214269895, -0.21245868807117255],
  [1.1906977166711752, -0.17453945183745634], [1.1479821020556429, -0.1380057072319758],
  [1.1082251448272158, -0.10275976698545139], [1.0711297413057381, -0.06871392447020525],
  [1.036437278977283, -0.0357891387398228], [1, 0],
  [0.9492859795739057, 0.05204517742929496], [0.8951049428609004, 0.11081431298787942],
  [0.8476821620351103, 0.1652495223695143], [0.8050314851692001, 0.21687389031699977],
  [0.7664671008843108, 0.2659635028121397], [0.731428603316328, 0.3127556664073557],
];
const LOGF_LN2 = 0.6931471805599453;
const LOGF_A0 = -0.25089342214237154;
const LOGF_A1 = 0.333456765744066;
const LOGF_A2 = -0.4999997485802103;
const LOGF_OFF = 0x3f330000;

export function logf(x: number): number {
  let ix = floatBits(x) >>> 0;
  if (ix === 0x3f800000) return 0;
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000) {
    if ((ix & 0x7fffffff) === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || (ix & 0x7fffffff) > 0x7f800000) return invalid(x);
    // subnormal: normalise
    ix = (floatBits(f(x * 8388608.0)) >>> 0) - (23 << 23);
  }
  const tmp = (ix - LOGF_OFF) | 0;
  const i = (tmp >>> 19) % 16;
  const k = tmp >> 23;
  const z = bitsFloat((ix - (tmp & (0x1ff << 23))) | 0);
  const [invc, logc] = LOGF_TABLE[i]!;
  const r = fma(z, invc!, -1);
  const y0 = fma(k, LOGF_LN2, logc!);
  const r2 = r * r;
  let y = fma(LOGF_A1, r, LOGF_A2);
  y = fma(LOGF_A0, r2, y);
  y = fma(y, r2, y0 + r);
  return f(y);
}

const EXP2F_SHIFT = 6755399441055744.0 / 32;
const EXP2F_C0 = 0.05550361559341535;
const EXP2F_C1 = 0.2402284522445722;
const EXP2F_C2 = 0.6931471806916203;

export function exp2f(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) >= 128) {
    if (x === -Infinity) return 0;
    if (x > 0) return Infinity;
    if (x <= -150) return 0;
  }
  const shifted = x + EXP2F_SHIFT;
  // the low bits of the shifted sum hold k, the nearest multiple of 1/32 in units of 1/32
  float64[0] = shifted;
  const ki = Number(bits64[0]! & 0xffffffffn) | 0;
  const kd = shifted - EXP2F_SHIFT;
  const r = x - kd;
  const s = EXP2_FRACTIONS[ki & 31]! * 2 ** (ki >> 5);
  const z = fma(EXP2F_C0, r, EXP2F_C1);
  const r2 = r * r;
  const y = fma(z, r2, fma(EXP2F_C2, r, 1));
  return f(y * s);
}

// ---- atanf, atan2f, sinhf, coshf, asinhf, acoshf, atanhf: fdlibm's float algorithms, every step rounded

const ATAN_HI = [4.6364760399e-1, 7.8539812565e-1, 9.8279368877e-1, 1.5707962513].map(f);
const ATAN_LO = [5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8].map(f);
const AT = [
  3.3333334327e-1, -2.0000000298e-1, 1.4285714924e-1, -1.1111110449e-1, 9.0908870101e-2, -7.6918758452e-2, 6.6610731184e-2,
  -5.8335702866e-2, 4.9768779427e-2, -3.6531571299e-2, 1.6285819933e-2,
].map(f);

export function atanf(input: number): number {
  const hx = floatBits(input);
  const ix = hx & 0x7fffffff;
  let x = input;
  let id = -1;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x;
    return hx > 0 ? f(ATAN_HI[3]! + ATAN_LO[3]!) : f(-ATAN_HI[3]! - ATAN_LO[3]!);
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = f(f(f(2 * x) - 1) / f(2 + x));
      } else {
        id = 1;
        x = f(f(x - 1) / f(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = f(f(x - 1.5) / f(1 + f(1.5 * x)));
    } else {
      id = 3;
      x = f(-1 / x);
    }
  }
  const z = f(x * x);
  const w = f(z * z);
  const s1 = f(z * f(AT[0]! + f(w * f(AT[2]! + f(w * f(AT[4]! + f(w * f(AT[6]! + f(w * f(AT[8]! + f(w * AT[10]!)))))))))));
  const s2 = f(w * f(AT[1]! + f(w * f(AT[3]! + f(w * f(AT[5]! + f(w * f(AT[7]! + f(w * AT[9]!)))))))));
  if (id < 0) return f(x - f(x * f(s1 + s2)));
  const r = f(ATAN_HI[id]! - f(f(f(x * f(s1 + s2)) - ATAN_LO[id]!) - x));
  return hx < 0 ? -r : r;
}

const PI_O_4 = f(7.8539818525e-1);
const PI_O_2 = f(1.5707963705);
const PI_F = f(3.141592741);
const PI_LO_F = f(-8.7422776573e-8);

export function atan2f(y: number, x: number): number {
  const hx = floatBits(x);
  const ix = hx & 0x7fffffff;
  const hy = floatBits(y);
  const iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return NaN;
  if (hx === 0x3f800000) return atanf(y);
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2);
  if (iy === 0) return m < 2 ? y : m === 2 ? PI_F : -PI_F;
  if (ix === 0) return hy < 0 ? -PI_O_2 : PI_O_2;
  if (ix === 0x7f800000) {
    if (iy === 0x7f800000) return [PI_O_4, -PI_O_4, f(3 * PI_O_4), f(-3 * PI_O_4)][m]!;
    return [0, -0, PI_F, -PI_F][m]!;
  }
  if (iy === 0x7f800000) return hy < 0 ? -PI_O_2 : PI_O_2;
  const k = (iy - ix) >> 23;
  let z: number;
  if (k > 60) z = f(PI_O_2 + f(0.5 * PI_LO_F));
  else if (hx < 0 && k < -60) z = 0;
  else z = atanf(Math.abs(f(y / x)));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return f(PI_F - f(z - PI_LO_F));
    default:
      return f(f(z - PI_LO_F) - PI_F);
  }
}

export function sinhf(x: number): number {
  const jx = floatBits(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x41b00000) {
    if (ix < 0x31800000) return x;
    const t = expm1f(Math.abs(x));
    if (ix < 0x3f800000) return f(h * f(f(2 * t) - f(f(t * t) / f(t + 1))));
    return f(h * f(t + f(t / f(t + 1))));
  }
  if (ix < 0x42b17180) return f(h * expf(Math.abs(x)));
  if (ix <= 0x42b2d4fc) {
    const w = expf(f(0.5 * Math.abs(x)));
    return f(f(h * w) * w);
  }
  return x * Infinity;
}

export function coshf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix < 0x41b00000) {
    if (ix < 0x3eb17218) {
      const t = expm1f(Math.abs(x));
      const w = f(1 + t);
      if (ix < 0x24000000) return w;
      return f(1 + f(f(t * t) / f(w + w)));
    }
    const t = expf(Math.abs(x));
    return f(f(0.5 * t) + f(0.5 / t));
  }
  if (ix < 0x42b17180) return f(0.5 * expf(Math.abs(x)));
  if (ix <= 0x42b2d4fc) {
    const w = expf(f(0.5 * Math.abs(x)));
    return f(f(0.5 * w) * w);
  }
  if (ix >= 0x7f800000) return x * x;
  return Infinity;
}

const LN2_F = f(6.9314718246e-1);
const sqrtf = (x: number): number => f(Math.sqrt(x));
const copysignf = (magnitude: number, sign: number): number => (floatBits(sign) < 0 ? -Math.abs(magnitude) : Math.abs(magnitude));

export function asinhf(x: number): number {
  const ix = floatBits(x) & 0x7fffffff;
  if (ix < 0x38000000) return x;
  let w: number;
  if (ix > 0x47000000) {
    if (ix >= 0x7f800000) return x + x;
    w = f(logf(Math.abs(x)) + LN2_F);
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = logf(f(f(2 * xa) + f(1 / f(sqrtf(f(f(xa * xa) + 1)) + xa))));
    } else {
      const t = f(xa * xa);
      w = log1pf(f(xa + f(t / f(1 + sqrtf(f(1 + t))))));
    }
  }
  return copysignf(w, x);
}

export function acoshf(x: number): number {
  const hx = floatBits(x);
  if (hx < 0x3f800000) return invalid(x);
  if (hx >= 0x4d800000) {
    if (hx >= 0x7f800000) return x + x;
    return f(logf(x) + LN2_F);
  }
  if (hx === 0x3f800000) return 0;
  if (hx > 0x40000000) {
    const t = f(x * x);
    return logf(f(f(2 * x) - f(1 / f(x + sqrtf(f(t - 1))))));
  }
  const t = f(x - 1);
  return log1pf(f(t + sqrtf(f(f(2 * t) + f(t * t)))));
}

export function atanhf(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = f(xa + xa);
    t = f(0.5 * log1pf(f(t + f(f(t * xa) / f(1 - xa)))));
  } else if (xa < 1) {
    t = f(0.5 * log1pf(f(f(xa + xa) / f(1 - xa))));
  } else {
    if (xa > 1) return invalid(x);
    return x / 0;
  }
  return copysignf(t, x);
}
