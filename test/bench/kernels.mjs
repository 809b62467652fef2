// The WebAssembly SIMD kernels against the TypeScript kernels, side by side in one process: matrix product
// GFLOP/s for square sizes with each operand plain or transposed (a transposed view, as backward passes it),
// then elementwise add, mul, relu and the float32 sum of contiguous tensors (copies in and out included).
// Usage: node test/bench/kernels.mjs [sizes...] [--float64]   (default sizes 64 256 512 1024, float32)
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const dtype = args.includes('--float64') ? 'float64' : 'float32';
const sizes = args.filter((arg) => !arg.startsWith('--')).map(Number);
if (sizes.length === 0) sizes.push(64, 256, 512, 1024);

// The engine and its kernel switch, bundled from source.
const bundle = await esbuild.build({
  stdin: {
    contents: "export * from './engine/tensor/index'; export { selectKernels, kernelsInUse } from './engine/tensor/kernels/wasm/instance';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  absWorkingDir: root,
  logLevel: 'warning',
});
const torch = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

function randomMatrix(rows, columns) {
  const values = dtype === 'float32' ? new Float32Array(rows * columns) : new Float64Array(rows * columns);
  for (let i = 0; i < values.length; i++) values[i] = Math.random() * 2 - 1;
  return torch.Tensor.fromStorage(values, [rows, columns], dtype);
}

/** An n×n operand, or the transposed view of one. */
const operand = (n, transposed) => (transposed ? torch.t(randomMatrix(n, n)) : randomMatrix(n, n));

/**
 * Microseconds per call of `run`: the best of several rounds of about 20 ms each, timed in CPU time
 * (process.cpuUsage) so that time the process spends descheduled on a shared machine does not count.
 */
function microseconds(run, rounds) {
  run();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    const wall = performance.now();
    let runs = 0;
    do {
      run();
      runs++;
    } while (performance.now() - wall < 20);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / runs);
  }
  return best;
}

/** Runs `run` on the wasm kernels and on the TypeScript kernels: [wasm µs, TypeScript µs]. */
function sideBySide(run, rounds, typescriptRounds = rounds) {
  torch.selectKernels('wasm');
  const fast = microseconds(run, rounds);
  torch.selectKernels('typescript');
  const slow = microseconds(run, typescriptRounds);
  torch.selectKernels('wasm');
  return [fast, slow];
}

const LAYOUTS = [
  ['A·B', false, false],
  ['Aᵀ·B', true, false],
  ['A·Bᵀ', false, true],
  ['Aᵀ·Bᵀ', true, true],
];
console.log(`${dtype} matmul, GFLOP/s (CPU time, best of rounds); wasm kernels available: ${(torch.selectKernels('wasm'), torch.kernelsInUse() === 'wasm')}`);
console.log('size  layout   wasm      TS   ratio');
for (const n of sizes) {
  for (const [label, transposeA, transposeB] of LAYOUTS) {
    const a = operand(n, transposeA);
    const b = operand(n, transposeB);
    const [fast, slow] = sideBySide(() => torch.mm(a, b), 10, n >= 512 ? 1 : 3).map((us) => (2 * n ** 3) / (us * 1e3));
    console.log(`${String(n).padStart(4)}  ${label.padEnd(6)} ${fast.toFixed(1).padStart(6)}  ${slow.toFixed(2).padStart(6)}  ${(fast / slow).toFixed(1).padStart(5)}x`);
  }
}

console.log(`\n${dtype} elementwise and sum, µs per call`);
console.log('   length  op     wasm        TS   ratio');
for (const length of [16, 64, 256, 1024, 16384, 65536, 262144, 1048576]) {
  const a = randomMatrix(1, length);
  const b = randomMatrix(1, length);
  for (const op of ['add', 'mul', 'relu', 'sum']) {
    const [fast, slow] = sideBySide(op === 'sum' ? () => torch.sum(a) : () => torch[op](a, b), 5);
    console.log(`${String(length).padStart(9)}  ${op.padEnd(4)}  ${fast.toFixed(2).padStart(8)}  ${slow.toFixed(2).padStart(8)}  ${(slow / fast).toFixed(2).padStart(5)}x`);
  }
}
