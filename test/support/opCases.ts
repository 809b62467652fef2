// Runs op cases recorded from real PyTorch (tools/gen_op_fixtures.py FAMILY -> test/fixtures/ops/FAMILY.json)
// through the engine: outputs, grad_fn names and input gradients must match bit for bit, except for the
// cases a test file gives an ulp allowance (with its reason).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocate, type DType } from '../../engine/tensor/dtype';
import { Tensor } from '../../engine/tensor/tensor';
import { contiguous } from '../../engine/tensor/ops/copy';
import { grad } from '../../engine/tensor/autograd/api';
import { qualifiedName } from '../../engine/tensor/autograd/node';
import { TorchError } from '../../engine/tensor/errors';

interface Recorded {
  shape: number[];
  dtype: DType;
  values: Array<string | number>;
}
export interface Case {
  inputs: Recorded[];
  requires_grad: boolean[];
  outputs: Recorded[];
  grad_fns: Array<string | null>;
  upstream?: Recorded[];
  grads?: Array<Recorded | null>;
}

export type OpCase = (...inputs: Tensor[]) => Tensor | Tensor[];

export function fromRecorded({ shape, dtype, values }: Recorded): Tensor {
  if (dtype === 'float32') return Tensor.fromStorage(new Float32Array(new Uint32Array(values.map((hex) => parseInt(hex as string, 16))).buffer), shape, dtype);
  if (dtype === 'float64') return Tensor.fromStorage(new Float64Array(new BigUint64Array(values.map((hex) => BigInt(`0x${hex}`))).buffer), shape, dtype);
  const storage = allocate(dtype, values.length);
  storage.set(values as number[]);
  return Tensor.fromStorage(storage, shape, dtype);
}

function encoded(tensor: Tensor): Array<string | number> {
  const data = contiguous(tensor).contiguousData();
  if (tensor.dtype === 'float32') return [...new Uint32Array(Float32Array.from(data).buffer)].map((word) => word.toString(16).padStart(8, '0'));
  if (tensor.dtype === 'float64') return [...new BigUint64Array(Float64Array.from(data).buffer)].map((word) => word.toString(16).padStart(16, '0'));
  return [...data];
}

/**
 * How far a case may be from PyTorch: a number of ulps, or `relative`, a bound on each element's error
 * relative to the largest magnitude in the expected tensor (for sums whose order is not reproduced, where
 * cancellation makes ulp distances meaningless).
 */
export type Allowance = number | { relative: number };

function assertWithinRelative(label: string, actual: Tensor, expected: Recorded, relative: number): void {
  const reference = fromRecorded(expected).contiguousData();
  const values = contiguous(actual).contiguousData();
  let scale = 0;
  for (const value of reference) scale = Math.max(scale, Math.abs(value));
  values.forEach((value, i) => {
    assert.ok(Math.abs(value - reference[i]!) <= relative * scale, `${label}[${i}]: ${value} differs from PyTorch's ${reference[i]} by more than ${relative} x ${scale}`);
  });
}

function assertClose(label: string, actual: Tensor, expected: Recorded, allowance: Allowance): void {
  assert.deepEqual(actual.shape, expected.shape, `${label} shape`);
  assert.equal(actual.dtype, expected.dtype, `${label} dtype`);
  if (typeof allowance === 'object') {
    assertWithinRelative(label, actual, expected, allowance.relative);
    return;
  }
  const ulps = allowance;
  const values = encoded(actual);
  if (ulps === 0 || typeof expected.values[0] === 'number') {
    assert.deepEqual(values, expected.values, `${label} values`);
    return;
  }
  values.forEach((hex, i) => {
    const distance = Number(BigInt(`0x${hex}`) - BigInt(`0x${expected.values[i]}`));
    assert.ok(Math.abs(distance) <= ulps, `${label}[${i}]: ${hex} is ${distance} ulp from PyTorch's ${expected.values[i]}`);
  });
}

/** The cases real PyTorch recorded for `family` (test/fixtures/ops/FAMILY.json). */
export function loadOpCases(family: string): Record<string, Case> {
  const path = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ops', `${family}.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: Record<string, Case> }).cases;
}

/** Registers one node:test per recorded case of `family`; every recorded case needs an entry in `ops`. */
export function runOpCases(family: string, ops: Record<string, OpCase>, allowances: Record<string, Allowance> = {}): void {
  for (const [name, expected] of Object.entries(loadOpCases(family))) {
    const ulps = allowances[name] ?? 0;
    const within = typeof ulps === 'object' ? ` within ${ulps.relative} of the largest magnitude` : ulps ? ` within ${ulps} ulp` : '';
    test(`${family}/${name}: outputs, grad_fn and gradients match PyTorch${within}`, () => {
      const op = ops[name];
      assert.ok(op, `case ${name} has an engine counterpart`);
      const inputs = expected.inputs.map((recorded, i) => {
        const tensor = fromRecorded(recorded);
        tensor.requiresGrad = expected.requires_grad[i]!;
        return tensor;
      });
      const result = op(...inputs);
      const outputs = Array.isArray(result) ? result : [result];
      assert.equal(outputs.length, expected.outputs.length, 'number of outputs');
      outputs.forEach((out, i) => {
        assertClose(`${name} output ${i}`, out, expected.outputs[i]!, ulps);
        assert.equal(out.gradFn ? qualifiedName(out.gradFn.name) : null, expected.grad_fns[i], `${name} output ${i} grad_fn`);
      });
      if (!expected.grads) return;
      const tracked = inputs.filter((_, i) => expected.requires_grad[i]);
      const differentiable = outputs.filter((out) => out.requiresGrad);
      const grads = grad(differentiable, tracked, { gradOutputs: expected.upstream!.map(fromRecorded), allowUnused: true });
      expected.grads.forEach((recorded, i) => {
        if (recorded === null) assert.equal(grads[i], null, `${name} grad ${i} is None`);
        else assertClose(`${name} grad ${i}`, grads[i]!, recorded, ulps);
      });
    });
  }
}

/**
 * Registers one node:test per error PyTorch recorded for `family` (test/fixtures/ops/FAMILY_errors.json, written
 * from the family's ERRORS): the engine call must raise the same exception class with the same message.
 */
export function runErrorCases(family: string, calls: Record<string, () => unknown>): void {
  const path = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ops', `${family}_errors.json`);
  const { errors } = JSON.parse(readFileSync(path, 'utf8')) as { errors: Record<string, { type: string; message: string }> };
  for (const [name, expected] of Object.entries(errors)) {
    test(`${family} error ${name}: ${expected.type} with PyTorch's message`, () => {
      const call = calls[name];
      assert.ok(call, `error case ${name} has an engine counterpart`);
      assert.throws(call, (error: unknown) => {
        assert.ok(error instanceof TorchError, `${name} raises a TorchError`);
        assert.equal(error.kind, expected.type);
        assert.equal(error.message, expected.message);
        return true;
      });
    });
  }
}
