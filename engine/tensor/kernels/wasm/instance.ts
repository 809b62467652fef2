// The WebAssembly SIMD kernels' instance and the switch between them and the TypeScript kernels. The module's
// bytes are bundled (kernels.generated.ts, assembled by tools/wasm-kernels.mjs from the .wat sources) and
// compiled synchronously on first use, so any bundle can use them without file access. Where WebAssembly or
// its SIMD proposal is missing the kernels report themselves unavailable and callers keep the TypeScript path.
import { KERNELS_WASM_BASE64, MAX_PAGES, SHARED_KERNELS_WASM_BASE64 } from './kernels.generated';

export type KernelChoice = 'wasm' | 'typescript';
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div';
type BinaryKernels = { [name in `${BinaryOp}_${'f32' | 'f64'}`]: (a: number, b: number, out: number, n: number) => void };

/** The module's exports; addresses and sizes are byte offsets into `memory` (see the .wat sources). */
export interface WasmKernels extends BinaryKernels {
  readonly memory: WebAssembly.Memory;
  pack_f32(src: number, dst: number, outer: number, k: number, width: number, outerStride: number, kStride: number): void;
  pack_f64(src: number, dst: number, outer: number, k: number, width: number, outerStride: number, kStride: number): void;
  pack_rows_f32(src: number, dst: number, outer: number, k: number, width: number): void;
  gemm_f32(a: number, b: number, c: number, aPanels: number, bPanels: number, k: number, kc: number, mcPanels: number, accumulate: number): void;
  gemm_f64(a: number, b: number, c: number, aPanels: number, bPanels: number, k: number, kc: number, mcPanels: number, accumulate: number): void;
  relu_f32(a: number, out: number, n: number): void;
  relu_f64(a: number, out: number, n: number): void;
  cascade_rows32_f32(src: number, stepBytes: number, count: number, levelPower: number, levels: number, out: number): void;
}

/** AGNB_KERNELS=typescript in the environment (where there is one) starts with the TypeScript kernels. */
function environmentChoice(): KernelChoice {
  const environment = typeof process === 'object' ? process.env : undefined;
  return environment?.AGNB_KERNELS === 'typescript' ? 'typescript' : 'wasm';
}

let choice: KernelChoice = environmentChoice();
/** undefined until first use; null when WebAssembly SIMD is unavailable. */
let instance: WasmKernels | null | undefined;
/** The compiled module, kept when an instance is dropped to free its memory; `shared` when it imports a shared memory. */
let compiled: { module: WebAssembly.Module; shared: boolean } | undefined;
/** Told of every new instance (helper threads then work in its memory). */
let onInstance: ((module: WebAssembly.Module, memory: WebAssembly.Memory) => void) | undefined;

/**
 * Chooses the kernels: 'typescript' runs every op on the TypeScript fallbacks (what tests compare against);
 * 'wasm' uses the WebAssembly kernels where they are available and faster. Choosing again retries loading.
 */
export function selectKernels(kernels: KernelChoice): void {
  choice = kernels;
  instance = undefined;
  compiled = undefined;
}

/** The WebAssembly kernels when they are chosen and available, else null. */
export function wasmKernels(): WasmKernels | null {
  if (choice === 'typescript') return null;
  if (instance === undefined) instance = instantiate();
  return instance;
}

/** The kernels ops run on now: 'wasm' only when chosen and available. */
export const kernelsInUse = (): KernelChoice => (wasmKernels() ? 'wasm' : 'typescript');

/** Whether memory can be shared with other threads here (not in a browser page that is not cross-origin isolated). */
function canShareMemory(): boolean {
  try {
    new WebAssembly.Memory({ initial: 0, maximum: 1, shared: true });
    return true;
  } catch {
    return false;
  }
}

function instantiate(): WasmKernels | null {
  if (!compiled) {
    if (typeof WebAssembly !== 'object') return null;
    const shared = canShareMemory();
    const bytes = Uint8Array.from(atob(shared ? SHARED_KERNELS_WASM_BASE64 : KERNELS_WASM_BASE64), (character) => character.charCodeAt(0));
    if (!WebAssembly.validate(bytes)) return null;
    compiled = { module: new WebAssembly.Module(bytes), shared };
  }
  const memory = new WebAssembly.Memory({ initial: 1, maximum: MAX_PAGES, shared: compiled.shared });
  const kernels = new WebAssembly.Instance(compiled.module, { env: { memory } }).exports as unknown as WasmKernels;
  if (compiled.shared) onInstance?.(compiled.module, memory);
  return kernels;
}

/**
 * Calls `listener` with the module and memory of the current instance and of every later one, when memory is
 * shared (undefined: stops calling the last one).
 */
export function watchSharedInstances(listener: ((module: WebAssembly.Module, memory: WebAssembly.Memory) => void) | undefined): void {
  onInstance = listener;
  const kernels = listener && wasmKernels();
  if (kernels && compiled?.shared) listener(compiled.module, kernels.memory);
}

/** Memory a kernel call may leave behind; past this, the instance is dropped after the call and its memory freed. */
const RETAINED_BYTES = 64 * 2 ** 20;

/** Called after a kernel call: frees the memory a large operation grew (a WebAssembly memory cannot shrink). */
export function releaseLargeMemory(kernels: WasmKernels): void {
  if (kernels === instance && kernels.memory.buffer.byteLength > RETAINED_BYTES) instance = undefined;
}

/**
 * Makes the memory at least `bytes` long; false when it cannot grow that far (the caller then keeps the
 * TypeScript path, which allocates as every op does and raises PyTorch's allocator error when memory runs out).
 */
export function reserve(kernels: WasmKernels, bytes: number): boolean {
  const PAGE = 65536;
  const needed = Math.ceil(bytes / PAGE) - kernels.memory.buffer.byteLength / PAGE;
  if (needed <= 0) return true;
  try {
    kernels.memory.grow(needed);
    return true;
  } catch {
    return false;
  }
}
