// Matrix products shared with helper threads (engine/tensor/kernels/wasm/threads.ts, started as the kernel worker
// starts them: dist/kernelHelper.js, built before the tests run) equal the single-threaded kernel's bit for bit,
// with the helpers really computing part of them, also after a large product replaced the kernels' memory.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { test } from 'node:test';
import { xorshift } from '../support/xorshift';
import { Tensor, addmm, mm, t, type DType } from '../../engine/tensor/index';
import { wasmKernels } from '../../engine/tensor/kernels/wasm/instance';
import { helperPanelsComputed, helperThreadCount, useHelperThreads } from '../../engine/tensor/kernels/wasm/threads';
import { startHelperThreads, startHelperThreadsWhenNeeded } from '../../extension/server/helperThreads';

const helperScript = join(__dirname, '..', '..', '..', 'dist', 'kernelHelper.js');
const nextUnit = xorshift(0x51ed2701);

function randomMatrix(rows: number, columns: number, transposed: boolean, dtype: DType): Tensor {
  const values = dtype === 'float32' ? new Float32Array(rows * columns) : new Float64Array(rows * columns);
  for (let i = 0; i < values.length; i++) values[i] = (nextUnit() < 0.5 ? -1 : 1) * (1 + nextUnit()) * 2 ** Math.floor(nextUnit() * 16 - 8);
  return transposed ? t(Tensor.fromStorage(values, [columns, rows], dtype)) : Tensor.fromStorage(values, [rows, columns], dtype);
}

const bits = (tensor: Tensor): Uint8Array => {
  const data = tensor.contiguousData();
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
};

/** Runs products until the helpers have computed some panels (a helper starts asynchronously), at most ~10 s. */
async function untilHelpersCompute(product: () => void): Promise<void> {
  const before = helperPanelsComputed();
  for (let attempt = 0; attempt < 1000 && helperPanelsComputed() === before; attempt++) {
    product();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.ok(helperPanelsComputed() > before, 'the helper threads computed no panel');
}

test('products shared with helper threads equal the single-threaded ones bit for bit', async () => {
  const shapes: [number, number, number][] = [[64, 784, 128], [128, 64, 784], [257, 129, 65], [9, 300, 400], [512, 40, 33]];
  const cases = shapes.flatMap(([m, k, n]) =>
    (['float32', 'float64'] as DType[]).flatMap((dtype) =>
      [false, true].map((transposed) => ({
        a: randomMatrix(m, k, transposed, dtype),
        b: randomMatrix(k, n, !transposed, dtype),
        c: randomMatrix(m, n, false, dtype),
      })),
    ),
  );
  // addmm onto c: with a row-major mat2 gemm adds the products onto c, else adds c to the products.
  const products = ({ a, b, c }: (typeof cases)[number]): Uint8Array[] => [bits(mm(a, b)), bits(addmm(c, a, b))];
  const expected = cases.map(products);
  const stop = startHelperThreads(helperScript, 1);
  try {
    assert.equal(helperThreadCount(), 1);
    await untilHelpersCompute(() => mm(cases[0]!.a, cases[0]!.b));
    for (let round = 0; round < 3; round++) {
      cases.forEach((operands, index) => assert.deepEqual(products(operands), expected[index], `case ${index}, round ${round}`));
    }
  } finally {
    stop();
  }
  assert.equal(helperThreadCount(), 0);
});

test('helper threads follow the kernels to a new memory after a large product', async () => {
  const a = randomMatrix(96, 300, false, 'float32');
  const b = randomMatrix(300, 200, true, 'float32');
  const tall = randomMatrix(8192, 1024, false, 'float32');
  const narrow = randomMatrix(1024, 8, false, 'float32');
  const expected = bits(mm(a, b));
  const tallExpected = bits(mm(tall, narrow));
  const stop = startHelperThreads(helperScript, 1);
  try {
    await untilHelpersCompute(() => mm(a, b));
    const memoryBefore = wasmKernels()!.memory;
    // 8192×1024 operands take over 64 MiB of kernel memory: the instance and its memory are replaced afterwards.
    assert.deepEqual(bits(mm(tall, narrow)), tallExpected);
    assert.notEqual(wasmKernels()!.memory, memoryBefore);
    await untilHelpersCompute(() => assert.deepEqual(bits(mm(a, b)), expected));
    assert.deepEqual(bits(mm(tall, narrow)), tallExpected);
  } finally {
    stop();
  }
});

test('helper threads offered for later start with the first product large enough to share', async () => {
  const small = randomMatrix(8, 8, false, 'float32');
  const a = randomMatrix(128, 256, false, 'float32');
  const b = randomMatrix(256, 64, false, 'float32');
  const expected = bits(mm(a, b));
  startHelperThreadsWhenNeeded(helperScript, 1);
  try {
    mm(small, small);
    assert.equal(helperThreadCount(), 0, 'a small product starts no helper');
    await untilHelpersCompute(() => assert.deepEqual(bits(mm(a, b)), expected));
    assert.equal(helperThreadCount(), 1);
  } finally {
    useHelperThreads([]);
  }
});
