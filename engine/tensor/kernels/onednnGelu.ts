// gelu (erf form) of float32 tensors as PyTorch computes it for a contiguous input of more than one element:
// through oneDNN's JIT eltwise kernel, which approximates erf by Abramowitz and Stegun 7.1.26 with its own
// exp, every multiply-add fused. Forward and backward, step by step as the kernel's instructions run.
import { fmaf } from '../../numeric/fma';

const f = Math.fround;
const bits = new Int32Array(1);
const float = new Float32Array(bits.buffer);
const fromBits = (word: number): number => {
  bits[0] = word;
  return float[0]!;
};

const ONE_OVER_SQRT_TWO = fromBits(0x3f3504f3);
const ONE_OVER_SQRT_PI = fromBits(0x3f106eba);
const ERF_APPROX_CONST = fromBits(0x3ea7ba05);
/** The erf polynomial in t, highest coefficient first. */
const ERF_POLYNOMIAL = [0x3f87dc22, 0xbfba00e3, 0x3fb5f0e3, 0xbe91a98e, 0x3e827906].map(fromBits);
const EXP_MAX = fromBits(0x42b17218);
const EXP_MIN = fromBits(0xc2aeac50);
const LOG2_E = fromBits(0x3fb8aa3b);
const LN2 = fromBits(0x3f317218);
/** exp's polynomial in r, highest coefficient first, ending with 1. */
const EXP_POLYNOMIAL = [0x3c07cfce, 0x3d2b9d0d, 0x3e2aad40, 0x3efffee3, 0x3f7ffffb, 0x3f800000].map(fromBits);

/** oneDNN's exp: clamp, n = floor(x log2 e + 1/2), r = x - n ln 2, then 2 * 2^(n-1) * p(r). */
function exp(input: number): number {
  const x = Math.max(Math.min(input, EXP_MAX), EXP_MIN);
  const n = Math.floor(f(f(x * LOG2_E) + 0.5));
  const r = fmaf(-n, LN2, x);
  let p = EXP_POLYNOMIAL[0]!;
  for (let i = 1; i < EXP_POLYNOMIAL.length; i++) p = fmaf(p, r, EXP_POLYNOMIAL[i]!);
  return f(f(p * fromBits((n - 1 + 127) << 23)) * 2);
}

/** 1 / (p|x| + 1), the variable of the erf polynomial. */
const erfVariable = (x: number): number => f(1 / fmaf(ERF_APPROX_CONST, Math.abs(x), 1));

/** The erf polynomial at t. */
function erfPolynomial(t: number): number {
  let p = ERF_POLYNOMIAL[0]!;
  for (let i = 1; i < ERF_POLYNOMIAL.length; i++) p = fmaf(p, t, ERF_POLYNOMIAL[i]!);
  return p;
}

/** erf(x) = sign(x) * (1 - t p(t) exp(-x^2)), given -exp(-x^2) * t. */
function erfFrom(x: number, negativeExpTimesT: number, t: number): number {
  const value = fmaf(negativeExpTimesT, erfPolynomial(t), 1);
  return x < 0 || Object.is(x, -0) ? -value : value;
}

export function geluErfForward(s: number): number {
  const x = f(s * ONE_OVER_SQRT_TWO);
  const t = erfVariable(x);
  const erf = erfFrom(x, f(-exp(-f(x * x)) * t), t);
  const half = f(0.5 * s);
  return fmaf(erf, half, half);
}

/** d gelu / ds, which the kernel then multiplies by the upstream gradient. */
export function geluErfDerivative(s: number): number {
  const x = f(s * ONE_OVER_SQRT_TWO);
  const e = exp(-f(x * x));
  const density = f(f(x * ONE_OVER_SQRT_PI) * e);
  const t = erfVariable(x);
  const erf = erfFrom(x, f(-e * t), t);
  return fmaf(erf, 0.5, f(density + 0.5));
}
