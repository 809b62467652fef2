// float32 log, log2, log10, log1p, expm1, tanh, sin, cos, tan, sigmoid, asin, acos, atan, erf, erfc, exp2, asinh, acosh,
// atanh, sinh, cosh, pow and the activations elu, gelu, silu and softplus with sinh, cosh and atan2 (forward and
// backward), and float64 exp, log, sigmoid and activations, against a sweep of inputs through real PyTorch
// (test/fixtures/ops/sleef_float32.json, written by tools/gen_sleef_fixtures.py): bit for bit, as PyTorch's CPU
// kernels compute them with SLEEF and glibc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mul, powScalar, sub } from '../../engine/tensor/ops/arithmetic';
import { wrapNumber } from '../../engine/tensor/ops/elementwise';
import { cos, exp, expm1, log, log10, log1p, log2, sigmoid, sin, tan, tanh } from '../../engine/tensor/ops/unaryMath';
import { Tensor } from '../../engine/tensor/tensor';
import { acos, acosh, asin, asinh, atan, atan2, atanh, cosh, erf, erfc, exp2, sinh } from '../../engine/tensor/ops/transcendental';
import { elu, gelu, silu, softplus } from '../../engine/tensor/ops/activation';
import { grad } from '../../engine/tensor/autograd/api';

interface Fixture {
  inputs: string;
  outputs: Record<string, string>;
  pow: { bases: string; outputs: Record<string, string> };
  float64: { inputs: string; outputs: Record<string, string> };
  activations: {
    lengths: number[];
    inputs: string;
    upstream: string;
    functions: Record<string, { outputs: string; grads: string }>;
    float64: Record<string, { outputs: string; grads: string }>;
  };
}

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/ops/sleef_float32.json'), 'utf8')) as Fixture;

const decode = (base64: string): Float32Array => {
  const bytes = Buffer.from(base64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

function assertSameBits(name: string, inputs: Float32Array, actual: Tensor, expected: Float32Array): void {
  const values = actual.contiguousData();
  const mismatches: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const a = Math.fround(values[i]!);
    const e = expected[i]!;
    if (Object.is(a, e) || (Number.isNaN(a) && Number.isNaN(e))) continue;
    mismatches.push(`${name}(${inputs[i]}) = ${a}, PyTorch ${e}`);
  }
  assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} of ${expected.length} differ`);
}

const FUNCTIONS: Record<string, (tensor: Tensor) => Tensor> = {
  log, log2, log10, log1p, expm1, tanh, sin, cos, tan, sigmoid, asin, acos, atan, erf, erfc, exp2, asinh, acosh, atanh, sinh, cosh,
};

const inputs = decode(fixture.inputs);
for (const [name, fn] of Object.entries(FUNCTIONS)) {
  test(`float32 ${name} matches PyTorch bit for bit on ${inputs.length} inputs`, () => {
    assertSameBits(name, inputs, fn(Tensor.fromStorage(inputs, [inputs.length], 'float32')), decode(fixture.outputs[name]!));
  });
}

const bases = decode(fixture.pow.bases);
for (const [exponent, outputs] of Object.entries(fixture.pow.outputs)) {
  test(`float32 tensor ** ${exponent} matches PyTorch bit for bit on ${bases.length} bases`, () => {
    const e = Number(exponent);
    const result = powScalar(Tensor.fromStorage(bases, [bases.length], 'float32'), wrapNumber(e, 'float32'), e);
    assertSameBits(`pow ${exponent}`, bases, result, decode(outputs));
  });
}

const ACTIVATIONS: Record<string, (tensor: Tensor) => Tensor> = {
  elu: (x) => elu(x, 0.7),
  gelu: (x) => gelu(x),
  gelu_tanh: (x) => gelu(x, 'tanh'),
  silu,
  softplus: (x) => softplus(x, 1.5, 6),
  sinh,
  cosh,
  atan2: (x) => atan2(x, sub(mul(x, x), wrapNumber(2, 'int64'))),
};

const { lengths, functions } = fixture.activations;
const activationInputs = decode(fixture.activations.inputs);
const activationUpstream = decode(fixture.activations.upstream);
const decodeFloat64 = (base64: string): Float64Array => {
  const bytes = Buffer.from(base64, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/** Runs `fn` and its backward on each length's slice of the sweep (separate tensors), concatenating the results. */
function activationSweep(fn: (tensor: Tensor) => Tensor, dtype: 'float32' | 'float64'): [Float64Array, Float64Array] {
  const inputs = Float64Array.from(activationInputs);
  const upstream = Float64Array.from(activationUpstream);
  const outputs = new Float64Array(inputs.length);
  const grads = new Float64Array(inputs.length);
  const storage = (values: Float64Array) => (dtype === 'float32' ? Float32Array.from(values) : values);
  let start = 0;
  for (const length of lengths) {
    const x = Tensor.fromStorage(storage(inputs.slice(start, start + length)), [length], dtype);
    x.requiresGrad = true;
    const y = fn(x);
    const [gradient] = grad([y], [x], { gradOutputs: [Tensor.fromStorage(storage(upstream.slice(start, start + length)), [length], dtype)] });
    outputs.set(y.contiguousData(), start);
    grads.set(gradient!.contiguousData(), start);
    start += length;
  }
  return [outputs, grads];
}

function assertSameFloat64Bits(name: string, actual: Float64Array, expected: Float64Array, inputs: ArrayLike<number> = activationInputs): void {
  const mismatches: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i]) && !(Number.isNaN(actual[i]) && Number.isNaN(expected[i]))) mismatches.push(`${name}(${inputs[i]}) = ${actual[i]}, PyTorch ${expected[i]}`);
  }
  assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} of ${expected.length} differ`);
}

for (const [name, fn] of Object.entries(ACTIVATIONS)) {
  test(`float32 ${name} and its gradient match PyTorch bit for bit on tensors of ${lengths.length} lengths`, () => {
    const [outputs, grads] = activationSweep(fn, 'float32');
    assertSameBits(name, activationInputs, Tensor.fromStorage(Float32Array.from(outputs), [outputs.length], 'float32'), decode(functions[name]!.outputs));
    assertSameBits(`${name} gradient`, activationInputs, Tensor.fromStorage(Float32Array.from(grads), [grads.length], 'float32'), decode(functions[name]!.grads));
  });
}

for (const [name, expected] of Object.entries(fixture.activations.float64)) {
  test(`float64 ${name} and its gradient match PyTorch bit for bit on tensors of ${lengths.length} lengths`, () => {
    const [outputs, grads] = activationSweep(ACTIVATIONS[name]!, 'float64');
    assertSameFloat64Bits(name, outputs, decodeFloat64(expected.outputs));
    assertSameFloat64Bits(`${name} gradient`, grads, decodeFloat64(expected.grads));
  });
}

const FLOAT64_FUNCTIONS: Record<string, (tensor: Tensor) => Tensor> = { exp, log, sigmoid };
const inputsFloat64 = decodeFloat64(fixture.float64.inputs);
for (const [name, expected] of Object.entries(fixture.float64.outputs)) {
  test(`float64 ${name} matches PyTorch bit for bit on ${inputsFloat64.length} inputs`, () => {
    const result = FLOAT64_FUNCTIONS[name]!(Tensor.fromStorage(inputsFloat64, [inputsFloat64.length], 'float64'));
    assertSameFloat64Bits(name, Float64Array.from(result.contiguousData()), decodeFloat64(expected), inputsFloat64);
  });
}
