// torch.autograd.gradcheck: compares the gradients backward computes (analytical) with central finite
// differences (numerical), one Jacobian per (output, input) pair, and reports the first mismatch as PyTorch does.
import { TorchError, valueError, warn } from '../errors';
import { zeros } from '../ops/creation';
import { formatTensor } from '../print/index';
import { Tensor } from '../tensor';
import { grad } from './api';

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

/** The function checked, called with all the inputs (tensors and any other values, in order). */
type Fn<Inputs> = (inputs: Inputs) => Tensor | Tensor[];

/** The outputs gradcheck differentiates: PyTorch skips those that are not floating point (e.g. argmax's indices). */
const outputsOf = <Inputs>(fn: Fn<Inputs>, inputs: Inputs): Tensor[] => {
  const result = fn(inputs);
  return (Array.isArray(result) ? result : [result]).filter((output) => output.dtype === 'float32' || output.dtype === 'float64');
};

/**
 * d(output)/d(input) by central differences: row j is the change of every output element per input element j.
 * `fn` runs with grad mode as the caller has it, as in PyTorch: it may itself call autograd.grad.
 */
function numericalJacobian<Inputs>(fn: Fn<Inputs>, inputs: Inputs, input: Tensor, output: number, eps: number): Float64Array {
  const n = input.numel;
  const reference = outputsOf(fn, inputs)[output]!;
  const m = reference.numel;
  const jacobian = new Float64Array(n * m);
  for (let j = 0; j < n; j++) {
    const at = storageIndex(input, j);
    const original = input.storage[at]!;
    input.storage[at] = original + eps;
    // Copies: an output may be a view sharing the input's storage, which the next perturbation changes.
    const plus = outputsOf(fn, inputs)[output]!.contiguousData().slice();
    input.storage[at] = original - eps;
    const minus = outputsOf(fn, inputs)[output]!.contiguousData().slice();
    input.storage[at] = original;
    for (let k = 0; k < m; k++) jacobian[j * m + k] = (plus[k]! - minus[k]!) / (2 * eps);
  }
  return jacobian;
}

/** The same Jacobian from backward: one vector-Jacobian product per output element. */
function analyticalJacobian<Inputs>(fn: Fn<Inputs>, inputs: Inputs, input: Tensor, output: number): Float64Array {
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

/** Where PyTorch 1.13's gradcheck.py (as installed for the reference outputs) issues its dtype warning. */
const DTYPE_WARNING_ORIGIN = { file: '/usr/lib/python3/dist-packages/torch/autograd/gradcheck.py', line: 652, source: 'warnings.warn(' };

/**
 * Checks every (output, input) Jacobian; inputs that are not tensors are passed through to `fn`. PyTorch numbers
 * inputs by position in warnings and by position among the inputs that require grad in mismatch reports.
 */
export function gradcheck<Inputs extends readonly unknown[]>(fn: Fn<Inputs>, inputs: Inputs, options: GradcheckOptions = {}): boolean {
  const { eps = 1e-6, atol = 1e-5, rtol = 1e-3, raiseException = true } = options;
  const differentiable = inputs.filter((input): input is Tensor => input instanceof Tensor && input.requiresGrad);
  inputs.forEach((input, i) => {
    if (input instanceof Tensor && input.requiresGrad && input.dtype !== 'float64') {
      warn(
        `Input #${i} requires gradient and is not a double precision floating point or complex. This check will likely fail if all the inputs are not of double precision floating point or complex. `,
        DTYPE_WARNING_ORIGIN,
      );
    }
  });
  if (differentiable.length === 0) throw valueError('gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.');
  const outputCount = outputsOf(fn, inputs).length;
  for (let o = 0; o < outputCount; o++) {
    for (const [i, input] of differentiable.entries()) {
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
