// float32 log, log2, log10, log1p, expm1, tanh, sin, cos, tan, sigmoid and pow against a sweep of inputs through real
// PyTorch (test/fixtures/ops/sleef_float32.json, written by tools/gen_sleef_fixtures.py): bit for bit, as
// PyTorch's CPU kernels compute them with SLEEF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { powScalar } from '../../engine/tensor/ops/arithmetic';
import { wrapNumber } from '../../engine/tensor/ops/elementwise';
import { cos, expm1, log, log10, log1p, log2, sigmoid, sin, tan, tanh } from '../../engine/tensor/ops/unaryMath';
import { Tensor } from '../../engine/tensor/tensor';

interface Fixture {
  inputs: string;
  outputs: Record<string, string>;
  pow: { bases: string; outputs: Record<string, string> };
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

const FUNCTIONS: Record<string, (tensor: Tensor) => Tensor> = { log, log2, log10, log1p, expm1, tanh, sin, cos, tan, sigmoid };

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
