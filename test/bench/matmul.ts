// Square float32 matrix products, plain and with either operand transposed (backward's products): agnb's
// engine, TensorFlow.js wasm and PyTorch (test/bench/torch/matmul.py, the same sizes and layouts), in GFLOP/s.
import { join } from 'node:path';
import * as engine from '../../engine/tensor/index';
import { helperThreadCount } from '../../engine/tensor/kernels/wasm/threads';
import { startHelperThreads } from '../../extension/server/helperThreads';
import { randn } from './engineApi';
import { timeLoop } from './measure';
import { pytorchMissing, root, runProgram, tfjs, timedProgram, peerFigure, type ProgramRun } from './peers';
import type { Group, Row } from './report';

const SIZES = [64, 256, 512, 1024];
/** Labels as matmul.py prints them, and how they show in the table. */
const LAYOUTS = [
  { label: 'A.B', title: 'A·B', transposeA: false, transposeB: false },
  { label: 'At.B', title: 'Aᵀ·B', transposeA: true, transposeB: false },
  { label: 'A.Bt', title: 'A·Bᵀ', transposeA: false, transposeB: true },
];
/** The target: 512² at 40 GFLOP/s on one thread, whatever the layout. */
const TARGET = { size: 512, gigaflops: 40 };
/** Sizes also measured with the kernel's helper threads. */
const THREADED_SIZES = [512, 1024];

/** GFLOP/s of agnb's n×n product in `layout`. */
function agnbGigaflops(n: number, layout: (typeof LAYOUTS)[number], a: engine.Tensor, b: engine.Tensor): number {
  const left = layout.transposeA ? engine.t(a) : a;
  const right = layout.transposeB ? engine.t(b) : b;
  const seconds = timeLoop((iterations) => {
    for (let i = 0; i < iterations; i++) engine.mm(left, right);
  });
  return (2 * n ** 3) / seconds / 1e9;
}

export async function matmulGroup(progress: (text: string) => void): Promise<Group> {
  const tf = await tfjs();
  const missing = pytorchMissing();
  progress('matmul: PyTorch');
  const pytorch: ProgramRun | string = missing ?? runProgram('pytorch', timedProgram('matmul.py'));
  const rows: Row[] = [];
  for (const n of SIZES) {
    const gigaflops = (seconds: number): number => (2 * n ** 3) / seconds / 1e9;
    const a = randn([n, n]);
    const b = randn([n, n]);
    const tfA = tf.tensor2d(a.contiguousData() as Float32Array, [n, n]);
    const tfB = tf.tensor2d(b.contiguousData() as Float32Array, [n, n]);
    for (const layout of LAYOUTS) {
      progress(`matmul: ${n} ${layout.title}`);
      const tfjsSeconds = timeLoop((iterations) => {
        for (let i = 0; i < iterations; i++) {
          const product = tf.matMul(tfA, tfB, layout.transposeA, layout.transposeB);
          product.dataSync();
          product.dispose();
        }
      });
      rows.push({
        name: `matmul ${n} ${layout.title}`,
        unit: 'GFLOP/s',
        agnb: agnbGigaflops(n, layout, a, b),
        peers: { tfjs: gigaflops(tfjsSeconds), pytorch: peerFigure(pytorch, `${n} ${layout.label}`, gigaflops) },
        ...(n === TARGET.size ? { target: { bound: TARGET.gigaflops } } : {}),
      });
    }
    tfA.dispose();
    tfB.dispose();
  }
  const stopHelpers = startHelperThreads(join(root, 'dist', 'kernelHelper.js'));
  const threads = helperThreadCount() + 1;
  for (const n of threads > 1 ? THREADED_SIZES : []) {
    const a = randn([n, n]);
    const b = randn([n, n]);
    for (const layout of LAYOUTS) {
      progress(`matmul: ${n} ${layout.title}, ${threads} threads`);
      rows.push({ name: `matmul ${n} ${layout.title}, ${threads} threads`, unit: 'GFLOP/s', agnb: agnbGigaflops(n, layout, a, b), peers: {} });
    }
  }
  stopHelpers();
  return { name: 'matmul', title: 'Matrix products, float32, one thread unless a row says otherwise (peers: one thread)', rows };
}
