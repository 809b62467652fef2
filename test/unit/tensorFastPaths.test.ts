// Shortcuts that skip the general path of an op (writing an unrecorded in-place update straight into storage,
// filling with one value) against that general path, bit for bit: the general path is the one checked against
// PyTorch's fixtures. Inputs span many binades and include the special values, so a different rounding shows.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { xorshift } from '../support/xorshift';
import { Tensor, add, addInPlace, addScaled, copyInto, t, withGradMode, wrapNumber, zeroInPlace, type DType } from '../../engine/tensor/index';

const SPECIAL_VALUES = [0, -0, Infinity, -Infinity, NaN, 1e-40, -1e-310, 3.4e38, -1.7e308, 1, -3];

const nextUnit = xorshift(0x1234567);

function randomTensor(shape: number[], dtype: DType): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const values = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    values[i] = i % 11 === 0 ? SPECIAL_VALUES[(i / 11) % SPECIAL_VALUES.length]! : (nextUnit() < 0.5 ? -1 : 1) * (1 + nextUnit()) * 2 ** Math.floor(nextUnit() * 40 - 20);
  }
  return Tensor.fromStorage(values, shape, dtype);
}

function bits(tensor: Tensor): Uint8Array {
  const data = tensor.contiguousData();
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The last `rows` rows of a fresh (rows+1)×columns tensor: contiguous, at an offset into a larger storage. */
const offsetRows = (rows: number, columns: number, dtype: DType): Tensor => {
  const whole = randomTensor([rows + 1, columns], dtype);
  return whole.viewAs([rows, columns], [columns, 1], columns);
};

for (const dtype of ['float32', 'float64'] as const) {
  test(`${dtype} unrecorded add_(other, alpha) equals add(input, other, alpha) bit for bit`, () => {
    for (const alpha of [-0.01, 3.7, -1e-30, undefined]) {
      for (const self of [randomTensor([37, 29], dtype), offsetRows(37, 29, dtype), t(randomTensor([29, 37], dtype))]) {
        const other = randomTensor([37, 29], dtype);
        const scale = alpha === undefined ? undefined : wrapNumber(alpha, 'float64');
        const expected = scale ? addScaled(self, other, scale, false) : add(self, other);
        const version = self.version.value;
        withGradMode(false, () => addInPlace(self, other, scale));
        assert.deepEqual(bits(self), bits(expected), `alpha ${alpha}, strides ${self.strides}`);
        assert.equal(self.version.value, version + 1);
      }
    }
    const self = randomTensor([50], dtype);
    const expected = addScaled(self, self, wrapNumber(-0.5, 'float64'), false);
    withGradMode(false, () => addInPlace(self, self, wrapNumber(-0.5, 'float64')));
    assert.deepEqual(bits(self), bits(expected), 'self as other');
  });

  test(`${dtype} zero_ and copy_ of one value fill every element, contiguous or not`, () => {
    for (const target of [randomTensor([5, 7], dtype), offsetRows(5, 7, dtype), t(randomTensor([7, 5], dtype))]) {
      const version = target.version.value;
      zeroInPlace(target);
      assert.deepEqual([...target.contiguousData()].map((x) => Object.is(x, 0)), new Array(35).fill(true));
      copyInto(target, Tensor.fromStorage(Float64Array.of(0.1), [1, 1], 'float64'));
      assert.deepEqual([...target.contiguousData()], new Array(35).fill(dtype === 'float32' ? Math.fround(0.1) : 0.1));
      assert.equal(target.version.value, version + 2);
    }
  });
}
