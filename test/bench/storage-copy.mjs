// Measures what ARCHITECTURE.md's storage decision rests on: an elementwise op over JS-heap typed arrays,
// the same loop over views into a WebAssembly.Memory, and the copies a WebAssembly kernel would need if
// tensors stayed on the JS heap. Usage: node test/bench/storage-copy.mjs
const n = 1 << 20;
const a = new Float32Array(n).map((_, i) => i * 0.5);
const b = new Float32Array(n).map((_, i) => i * 0.25);
const out = new Float32Array(n);
const memory = new WebAssembly.Memory({ initial: Math.ceil((3 * n * 4) / 65536) });
const [wasmA, wasmB, wasmOut] = [0, 1, 2].map((k) => new Float32Array(memory.buffer, k * n * 4, n));

function add(x, y, o) {
  for (let i = 0; i < n; i++) o[i] = x[i] + y[i];
}

function measure(label, run) {
  for (let r = 0; r < 5; r++) run();
  const repeats = 50;
  const start = performance.now();
  for (let r = 0; r < repeats; r++) run();
  console.log(`${label}: ${((performance.now() - start) / repeats).toFixed(3)} ms`);
}

measure('add, 2^20 float32, JS-heap arrays', () => add(a, b, out));
measure('add, 2^20 float32, views into WebAssembly memory', () => add(wasmA, wasmB, wasmOut));
measure('copy two inputs in and the result out', () => {
  wasmA.set(a);
  wasmB.set(b);
  out.set(wasmOut);
});
const square = new Float32Array(512 * 512);
measure('copy one 512x512 matmul operand in', () => wasmA.subarray(0, square.length).set(square));
