// engine/random's fused multiply-adds against exact rational arithmetic (BigInt), including
// the double-rounding traps where computing a*b + c in double and rounding again goes wrong.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { fma, fmaf } from '../../engine/numeric/fma';

const view = new DataView(new ArrayBuffer(8));

/** x = mantissa * 2^exponent with an integer mantissa. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const magnitude = biased === 0 ? fraction : fraction | (1n << 52n);
  return { mantissa: bits >> 63n ? -magnitude : magnitude, exponent: (biased === 0 ? 1 : biased) - 1075 };
}

/** a*b + c rounded once to nearest-even with `precision` significant bits (normal range only). */
function exactFma(a: number, b: number, c: number, precision: number): number {
  const pa = decompose(a);
  const pb = decompose(b);
  const pc = decompose(c);
  const productExponent = pa.exponent + pb.exponent;
  const exponent = Math.min(productExponent, pc.exponent);
  const sum =
    ((pa.mantissa * pb.mantissa) << BigInt(productExponent - exponent)) + (pc.mantissa << BigInt(pc.exponent - exponent));
  if (sum === 0n) return 0;
  const negative = sum < 0n;
  const magnitude = negative ? -sum : sum;
  const shift = Math.max(0, magnitude.toString(2).length - precision);
  let kept = magnitude >> BigInt(shift);
  if (shift > 0) {
    const remainder = magnitude - (kept << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (remainder > half || (remainder === half && (kept & 1n) === 1n)) kept++;
  }
  const result = Number(kept) * 2 ** (exponent + shift);
  return negative ? -result : result;
}

// Deterministic inputs: a small xorshift so failures reproduce.
let state = 0x9e3779b9;
function nextUint32(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
}
const nextUnit = (): number => (nextUint32() * 2 ** 32 + nextUint32()) * 2 ** -64;
const randomDouble = (spread: number): number =>
  (nextUint32() & 1 ? -1 : 1) * (1 + nextUnit()) * 2 ** (Math.floor(nextUnit() * 2 * spread) - spread);

test('fmaf rounds once: crafted ties where double-then-float rounding is wrong', () => {
  // Products a*b = 2^-24 -+ tiny, added to c near 1: the double sum lands on a float32 tie.
  const below: [number, number] = [1 + 2 ** -23, 2 ** -24 * (1 - 2 ** -23)]; // 2^-24 - 2^-70
  const above: [number, number] = [2 ** -24 * (1 + 2 ** -12), 1 - 2 ** -12 + 2 ** -24]; // 2^-24 + 2^-60
  const cases: [number, number, number][] = [
    [...below, 1 + 2 ** -23],
    [...above, 1],
    [-above[0], above[1], -1],
  ];
  for (const [x, y, z] of cases) {
    for (const v of [x, y, z]) assert.equal(Math.fround(v), v, 'inputs are float32');
    const exact = exactFma(x, y, z, 24);
    assert.notEqual(Math.fround(x * y + z), exact, 'the crafted case must defeat naive rounding');
    assert.equal(fmaf(x, y, z), exact);
  }
});

test('fmaf matches exact rounding on 200000 random float32 triples, with and without cancellation', () => {
  for (let i = 0; i < 200_000; i++) {
    const a = Math.fround(randomDouble(20));
    const b = Math.fround(randomDouble(20));
    const c = i % 2 ? Math.fround(-a * b * (1 + (nextUnit() - 0.5) * 2 ** -20)) : Math.fround(randomDouble(40));
    assert.equal(fmaf(a, b, c), exactFma(a, b, c, 24), `fmaf(${a}, ${b}, ${c})`);
  }
});

test('fma matches exact rounding on 200000 random double triples, and beats a*b + c', () => {
  let naiveWrong = 0;
  for (let i = 0; i < 200_000; i++) {
    const a = randomDouble(30);
    const b = randomDouble(30);
    const c = i % 2 ? -a * b * (1 + (nextUnit() - 0.5) * 2 ** -30) : randomDouble(60);
    const exact = exactFma(a, b, c, 53);
    assert.equal(fma(a, b, c), exact, `fma(${a}, ${b}, ${c})`);
    if (a * b + c !== exact) naiveWrong++;
  }
  assert.ok(naiveWrong > 1000, `only ${naiveWrong} cases where fusion matters`);
});
