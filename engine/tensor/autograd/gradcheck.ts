// torch.autograd.gradcheck: compares the gradients backward computes (analytical) with central finite
// differences (numerical), one Jacobian per (output, input) pair, and reports the first mismatch as PyTorch does.
import { TorchError, warn } from '../errors';
import { zeros } from '../ops/creation';
import { formatTensor } from '../print/index';
import type { Tensor } from '../tensor';
import { grad } from './api';
import { withGradMode } from './gradMode';

export interface GradcheckOptions {
  eps?: number;
  atol?: number;
  rtol?: number;
  raiseException?: boolean;
}

/** What PyTorch raises (torch.autograd.gradcheck.GradcheckError, a RuntimeError). */
export class GradcheckError extends TorchError {
  constructor(message: string) {
    super('RuntimeError', message);
    this.name = 'GradcheckError';
  }
}

type Fn = (inputs: Tensor[]) => Tensor | Tensor[];

/** The outputs gradcheck differentiates: PyTorch skips those that are not floating point (e.g. argmax's indices). */
const outputsOf = (fn: Fn, inputs: Tensor[]): Tensor[] => {
  const result = fn(inputs);
  return (Array.isArray(result) ? result : [result]).filter((output) => output.dtype === 'float32' || output.dtype === 'float64');
};

/** d(output)/d(input) by central differences: row j is the change of every output element per input element j. */
function numericalJacobian(fn: Fn, inputs: Tensor[], input: Tensor, output: number, eps: number): Float64Array {
  const n = input.numel;
  const reference = withGradMode(false, () => outputsOf(fn, inputs)[output]!);
  const m = reference.numel;
  const jacobian = new Float64Array(n * m);
  for (let j = 0; j < n; j++) {
    const at = storageIndex(input, j);
    const original = input.storage[at]!;
    input.storage[at] = original + eps;
    // Copies: an output may be a view sharing the input's storage, which the next perturbation changes.
    const plus = withGradMode(false, () => outputsOf(fn, inputs)[output]!.contiguousData().slice());
    input.storage[at] = original - eps;
    const minus = withGradMode(false, () => outputsOf(fn, inputs)[output]!.contiguousData().slice());
    input.storage[at] = original;
    for (let k = 0; k < m; k++) jacobian[j * m + k] = (plus[k]! - minus[k]!) / (2 * eps);
  }
  return jacobian;
}

/** The same Jacobian from backward: one vector-Jacobian product per output element. */
function analyticalJacobian(fn: Fn, inputs: Tensor[], input: Tensor, output: number): Float64Array {
  const n = input.numel;
  const outputs = outputsOf(fn, inputs);
  const target = outputs[output]!;
  const m = target.numel;
  const jacobian = new Float64Array(n * m);
  for (let k = 0; k < m; k++) {
    const unit = zeros(target.shape, target.dtype);
    unit.storage[k] = 1;
    const [g] = grad([target], [input], { gradOutputs: [unit], retainGraph: true, allowUnused: true });
    if (!g) continue;
    const values = g.contiguousData();
    for (let j = 0; j < n; j++) jacobian[j * m + k] = values[j]!;
  }
  return jacobian;
}

function storageIndex(tensor: Tensor, flat: number): number {
  let offset = tensor.offset;
  let rest = flat;
  for (let d = tensor.ndim - 1; d >= 0; d--) {
    offset += (rest % tensor.shape[d]!) * tensor.strides[d]!;
    rest = Math.floor(rest / tensor.shape[d]!);
  }
  return offset;
}

export function gradcheck(fn: Fn, inputs: Tensor[], options: GradcheckOptions = {}): boolean {
  const { eps = 1e-6, atol = 1e-5, rtol = 1e-3, raiseException = true } = options;
  inputs.forEach((input, i) => {
    if (input.requiresGrad && input.dtype !== 'float64') {
      warn(
        `Input #${i} requires gradient and is not a double precision floating point or complex. This check will likely fail if all the inputs are not of double precision floating point or complex. `,
      );
    }
  });
  const outputCount = outputsOf(fn, inputs).length;
  for (let o = 0; o < outputCount; o++) {
    for (const [i, input] of inputs.entries()) {
      if (!input.requiresGrad) continue;
      const numerical = numericalJacobian(fn, inputs, input, o, eps);
      const analytical = analyticalJacobian(fn, inputs, input, o);
      const matches = numerical.every((value, k) => Math.abs(analytical[k]! - value) <= atol + rtol * Math.abs(value));
      if (matches) continue;
      if (!raiseException) return false;
      const shape = [input.numel, numerical.length / Math.max(input.numel, 1)];
      throw new GradcheckError(
        `Jacobian mismatch for output ${o} with respect to input ${i},\n` +
          `numerical:${formatTensor(numerical, shape, 'float64')}\nanalytical:${formatTensor(analytical, shape, 'float64')}\n`,
      );
    }
  }
  return true;
}
