// The WebAssembly SIMD kernels against the TypeScript kernels, bit for bit: the TypeScript kernels are the ones
// checked against PyTorch's fixtures, so equal bits keep every conformance result. Inputs span many binades so
// that any other summation order, or a fused multiply-add, changes some output.
import { strict as assert } from 'node:assert';
import { afterEach, test } from 'node:test';
import { xorshift } from '../support/xorshift';
import { Tensor, add, addmm, backward, bmm, div, matmul, mean, mm, mul, relu, slice, sub, sum, t, type DType } from '../../engine/tensor/index';
import { kernelsInUse, reserve, selectKernels, wasmKernels, type WasmKernels } from '../../engine/tensor/kernels/wasm/instance';
import { wasmMatmul } from '../../engine/tensor/kernels/wasm/matmul';

afterEach(() => selectKernels('wasm'));

const nextUnit = xorshift(0x2545f491);

/** Values of both signs over 2^-8..2^8, rounded to the dtype. */
function randomTensor(shape: number[], dtype: DType): Tensor {
  const values = dtype === 'float32' ? new Float32Array(shape.reduce((a, b) => a * b, 1)) : new Float64Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < values.length; i++) values[i] = (nextUnit() < 0.5 ? -1 : 1) * (1 + nextUnit()) * 2 ** Math.floor(nextUnit() * 16 - 8);
  return Tensor.fromStorage(values, shape, dtype);
}

/** A rows×columns matrix, contiguous or (transposed) the transpose of a contiguous columns×rows one. */
const randomMatrix = (rows: number, columns: number, transposed: boolean, dtype: DType): Tensor =>
  transposed ? t(randomTensor([columns, rows], dtype)) : randomTensor([rows, columns], dtype);

function assertSameBits(actual: Tensor, expected: Tensor, what: string): void {
  assert.deepEqual(actual.shape, expected.shape, what);
  const bits = (tensor: Tensor) => {
    const data = tensor.contiguousData();
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  };
  assert.deepEqual(bits(actual), bits(expected), what);
}

/** The TypeScript kernels' result of `run`. */
function withTypeScriptKernels<T>(run: () => T): T {
  selectKernels('typescript');
  try {
    return run();
  } finally {
    selectKernels('wasm');
  }
}

/** start + a·b with every product, then every sum, rounded to the dtype, in increasing k (what gemm computes from beta × C). */
function sequentialAccumulation(start: Tensor, a: Tensor, b: Tensor): Tensor {
  const [m, k] = a.shape as [number, number];
  const n = b.shape[1]!;
  const [left, right, out] = [a.contiguousData(), b.contiguousData(), start.contiguousData().slice()];
  const round = start.dtype === 'float32' ? Math.fround : (value: number) => value;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = out[i * n + j]!;
      for (let p = 0; p < k; p++) sum = round(sum + round(left[i * k + p]! * right[p * n + j]!));
      out[i * n + j] = sum;
    }
  }
  return Tensor.fromStorage(out, [m, n], start.dtype);
}

/**
 * The wasm kernel's m×k·k×n product (whatever its size) equals the TypeScript kernel's, bit for bit; and added
 * onto a start matrix, equals the sequential accumulation from it.
 */
function assertKernelsAgree(m: number, k: number, n: number, transposeA: boolean, transposeB: boolean, dtype: DType): void {
  const a = randomMatrix(m, k, transposeA, dtype);
  const b = randomMatrix(k, n, transposeB, dtype);
  const what = `${m}x${k} @ ${k}x${n}, transposed ${transposeA}/${transposeB}`;
  const operand = (matrix: Tensor, transposed: boolean) => ({
    data: (transposed ? t(matrix) : matrix).contiguousData() as Float32Array | Float64Array,
    transposed,
  });
  const out = dtype === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n);
  assert.ok(wasmMatmul(operand(a, transposeA), operand(b, transposeB), m, k, n, out, false, 0));
  assertSameBits(Tensor.fromStorage(out, [m, n], dtype), withTypeScriptKernels(() => mm(a, b)), what);
  const start = randomTensor([m, n], dtype);
  const sums = start.contiguousData().slice() as Float32Array | Float64Array;
  assert.ok(wasmMatmul(operand(a, transposeA), operand(b, transposeB), m, k, n, sums, true, 0));
  assertSameBits(Tensor.fromStorage(sums, [m, n], dtype), sequentialAccumulation(start, a, b), `${what}, added onto a start`);
}

const EDGE_SIZES = [1, 3, 5, 17, 63, 64, 65, 129];
const LAYOUTS: [boolean, boolean][] = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
];

for (const dtype of ['float32', 'float64'] as const) {
  test(`${dtype} wasm matmul kernel equals the TypeScript kernel for edge sizes and every transpose`, () => {
    assert.equal(kernelsInUse(), 'wasm');
    EDGE_SIZES.forEach((m, mIndex) => {
      EDGE_SIZES.forEach((n, nIndex) => {
        // k walks the sizes too, plus lengths that cross the kernel's blocks of k.
        for (const k of [EDGE_SIZES[(mIndex + nIndex) % EDGE_SIZES.length]!, (mIndex * nIndex) % 7 === 0 ? 300 : 2]) {
          for (const [transposeA, transposeB] of LAYOUTS) assertKernelsAgree(m, k, n, transposeA, transposeB, dtype);
        }
      });
    });
  });

  test(`${dtype} wasm matmul kernel equals the TypeScript kernel for every size up to 33, 127 and 513, and mm on strided operands`, () => {
    const sizes = [...Array.from({ length: 33 }, (_, i) => i + 1), 127, 513];
    sizes.forEach((size, i) => {
      // m, k and n each walk the sizes at their own pace, so shapes are not all square.
      const [m, k, n] = [size, sizes[(i * 7 + 3) % sizes.length]!, sizes[(i * 5 + 11) % sizes.length]!];
      for (const [transposeA, transposeB] of LAYOUTS) assertKernelsAgree(m, k, n, transposeA, transposeB, dtype);
    });
    // Every other column of a wider matrix, and every other row.
    const a = slice(randomTensor([40, 2 * 37], dtype), 1, 0, 2 * 37, 2);
    const b = slice(randomTensor([2 * 37, 29], dtype), 0, 1, 2 * 37, 2);
    assertSameBits(mm(a, b), withTypeScriptKernels(() => mm(a, b)), 'strided operands');
  });

  test(`${dtype} mm, addmm, bmm and their gradients agree bit for bit with wasm kernels on and off`, () => {
    for (const [transposeA, transposeB] of LAYOUTS) {
      const a = randomMatrix(70, 300, transposeA, dtype);
      const b = randomMatrix(300, 33, transposeB, dtype);
      const bias = randomTensor([33], dtype);
      a.requiresGrad = true;
      b.requiresGrad = true;
      const run = () => {
        a.gradValue = null;
        b.gradValue = null;
        const product = addmm(bias, a, b);
        backward(sum(mm(product, t(product))));
        return [product, mm(a, b), a.gradValue!, b.gradValue!];
      };
      const expected = withTypeScriptKernels(run);
      run().forEach((actual, i) => assertSameBits(actual, expected[i]!, `result ${i}, transposed ${transposeA}/${transposeB}`));
    }
    const left = randomTensor([3, 40, 50], dtype);
    const right = randomTensor([3, 50, 20], dtype);
    assertSameBits(bmm(left, right), withTypeScriptKernels(() => bmm(left, right)), 'bmm');
    assertSameBits(matmul(left, right), withTypeScriptKernels(() => matmul(left, right)), 'batched matmul');
  });
}

test('without WebAssembly SIMD the TypeScript kernels run', () => {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    selectKernels('wasm');
    assert.equal(kernelsInUse(), 'typescript');
    const a = randomTensor([64, 64], 'float32');
    assertSameBits(mm(a, t(a)), withTypeScriptKernels(() => mm(a, t(a))), 'mm');
  } finally {
    WebAssembly.validate = validate;
  }
  selectKernels('wasm');
  assert.equal(kernelsInUse(), 'wasm');
});

test('a product too large for the kernels memory stays on the TypeScript path', () => {
  const kernels = { memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }) } as WasmKernels;
  assert.equal(reserve(kernels, 2 * 65536), true);
  assert.equal(reserve(kernels, 3 * 65536), false);
  assert.equal(kernels.memory.buffer.byteLength, 2 * 65536);
});

/** Values of every kind an elementwise kernel must treat alike: both zeros, infinities, NaN, subnormals, extremes. */
const SPECIAL_VALUES = [0, -0, Infinity, -Infinity, NaN, 1e-40, -1e-310, 3.4e38, -1.7e308, 1, -3];

for (const dtype of ['float32', 'float64', 'int64'] as const) {
  test(`${dtype} elementwise add, sub, mul, div and relu agree bit for bit with wasm kernels on and off`, () => {
    for (const length of [1024, 1027, 4099, 40000]) {
      const random = randomTensor([length], 'float64');
      const values = Float64Array.from(random.contiguousData(), (value, i) =>
        dtype === 'int64' ? Math.round(value * 1000) : i % 7 === 0 ? SPECIAL_VALUES[(i / 7) % SPECIAL_VALUES.length]! : value,
      );
      const a = Tensor.fromStorage(dtype === 'float32' ? Float32Array.from(values) : values, [length], dtype);
      const reversed = values.slice().reverse();
      const b = Tensor.fromStorage(dtype === 'float32' ? Float32Array.from(reversed) : reversed, [length], dtype);
      for (const op of [add, sub, mul, div]) {
        assertSameBits(op(a, b), withTypeScriptKernels(() => op(a, b)), `${op.name} of ${length}`);
      }
      assertSameBits(relu(a), withTypeScriptKernels(() => relu(a)), `relu of ${length}`);
    }
  });
}

test('memory a large product grew is freed afterwards, and the product is still exact', () => {
  const a = randomTensor([1, 4500], 'float32');
  const b = randomTensor([4500, 4000], 'float32');
  const expected = withTypeScriptKernels(() => mm(a, b));
  assertSameBits(mm(a, b), expected, 'mm');
  assert.ok(wasmKernels()!.memory.buffer.byteLength < 2 ** 20);
});

test('float32 sums over contiguous elements agree bit for bit with wasm kernels on and off', () => {
  // Lengths that fold the cascade's levels 1, 2 and 3 several times, with a tail of items and of elements.
  for (const length of [2053, 40000, 262221, (1 << 20) + 3]) {
    const values = randomTensor([length], 'float32');
    assertSameBits(sum(values), withTypeScriptKernels(() => sum(values)), `sum of ${length}`);
  }
  const rows = randomTensor([3, 70000], 'float32');
  assertSameBits(sum(rows, [1]), withTypeScriptKernels(() => sum(rows, [1])), 'row sums');
  assertSameBits(mean(rows), withTypeScriptKernels(() => mean(rows)), 'mean');
});
