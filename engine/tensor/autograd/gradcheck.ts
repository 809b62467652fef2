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
 * d(output)/d(input) for every output by central differences: row j is the change of every output element per
 * input element j. `fn` runs with grad mode as the caller has it, as in PyTorch: it may itself call autograd.grad.
 */
function numericalJacobians<Inputs>(fn: Fn<Inputs>, inputs: Inputs, outputs: readonly Tensor[], input: Tensor, eps: number): Float64Array[] {
  const n = input.numel;
  const jacobians = outputs.map((output) => new Float64Array(n * output.numel));
  for (let j = 0; j < n; j++) {
    const at = storageIndex(input, j);
    const original = input.storage[at]!;
    input.storage[at] = original + eps;
    // Copies: an output may be a view sharing the input's storage, which the next perturbation changes.
    const plus = outputsOf(fn, inputs).map((output) => output.contiguousData().slice());
    input.storage[at] = original - eps;
    const minus = outputsOf(fn, inputs).map((output) => output.contiguousData().slice());
    input.storage[at] = original;
    jacobians.forEach((jacobian, o) => {
      const m = plus[o]!.length;
      for (let k = 0; k < m; k++) jacobian[j * m + k] = (plus[o]![k]! - minus[o]![k]!) / (2 * eps);
    });
  }
  return jacobians;
}

/** The same Jacobians of one output from backward: one vector-Jacobian product per output element, for all inputs at once. */
function analyticalJacobians(target: Tensor, inputs: readonly Tensor[]): Float64Array[] {
  const m = target.numel;
  const jacobians = inputs.map((input) => new Float64Array(input.numel * m));
  for (let k = 0; k < m; k++) {
    const unit = zeros(target.shape, target.dtype);
    unit.storage[k] = 1;
    const grads = grad([target], [...inputs], { gradOutputs: [unit], retainGraph: true, allowUnused: true });
    grads.forEach((g, i) => {
      if (!g) return;
      const values = g.contiguousData();
      for (let j = 0; j < values.length; j++) jacobians[i]![j * m + k] = values[j]!;
    });
  }
  return jacobians;
}

const FAILED_NONDETERMINISM =
  '\n\nNOTE: If your op relies on non-deterministic operations i.e., it is listed here:\n' +
  'https://pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html\nthis failure might be expected.\n\n' +
  'If you are adding a new operator, please file an issue and then use one of the\n' +
  'workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.\nIf the test\n' +
  '- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck\n  with `nondet_tol=<tol>` as a keyword argument.\n' +
  '- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test\n  to have `gradcheck_nondet_tol=<tol>`.\n' +
  '- is a Module test (e.g., in common_nn.py), then modify the corresponding\n  module_test entry to have `gradcheck_nondet_tol=<tol>`\n';

const NOT_REENTRANT =
  'Backward is not reentrant, i.e., running backward with same input and grad_output multiple times gives different values, although analytical gradient matches numerical gradient.The tolerance for nondeterminism was 0.0.';

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
 * As PyTorch's slow mode: the outputs once, every numerical Jacobian, then per output the analytical ones,
 * computed twice to check that backward is deterministic.
 */
function checkJacobians<Inputs>(fn: Fn<Inputs>, inputs: Inputs, differentiable: readonly Tensor[], tolerances: { eps: number; atol: number; rtol: number }): Tensor[] {
  const { eps, atol, rtol } = tolerances;
  const outputs = outputsOf(fn, inputs);
  const numerical = differentiable.map((input) => numericalJacobians(fn, inputs, outputs, input, eps));
  for (const [o, output] of outputs.entries()) {
    const analytical = analyticalJacobians(output, differentiable);
    const again = analyticalJacobians(output, differentiable);
    if (analytical.some((jacobian, i) => jacobian.some((value, k) => value !== again[i]![k]))) throw new GradcheckError(NOT_REENTRANT + FAILED_NONDETERMINISM);
    for (const [i, input] of differentiable.entries()) {
      const expected = numerical[i]![o]!;
      const actual = analytical[i]!;
      if (expected.every((value, k) => Math.abs(actual[k]! - value) <= atol + rtol * Math.abs(value))) continue;
      const shape = [input.numel, expected.length / Math.max(input.numel, 1)];
      throw new GradcheckError(
        `Jacobian mismatch for output ${o} with respect to input ${i},\n` +
          `numerical:${formatTensor(expected, shape, 'float64')}\nanalytical:${formatTensor(actual, shape, 'float64')}\n`,
      );
    }
  }
  return outputs;
}

const UNDEFINED_GRAD_WARNING_ORIGIN = { file: '/usr/lib/python3/dist-packages/torch/autograd/gradcheck.py', line: 950, source: 'warnings.warn((' };

/**
 * PyTorch's last checks: zero output gradients must give zero input gradients, through the graph of `outputs`
 * (backward multiplied by grad_output) and through a new one whose output gradients are undefined (which custom
 * Functions see as zeros).
 */
function checkZeroGradOutputs<Inputs>(outputs: Tensor[], fn: Fn<Inputs>, inputs: Inputs, differentiable: readonly Tensor[]): void {
  const allZero = (outputs: Tensor[]) =>
    grad(outputs, [...differentiable], { gradOutputs: outputs.map((output) => zeros(output.shape, output.dtype)), allowUnused: true }).every(
      (g) => g === null || g.contiguousData().every((value) => value === 0),
    );
  if (!allZero(outputs)) throw new GradcheckError('backward not multiplied by grad_output');
  // All outputs' gradients undefined, then (with several outputs) each output's in turn: a new graph each time.
  const rounds = outputs.length > 1 ? 1 + outputs.length : 1;
  for (let round = 0; round < rounds; round++) {
    if (allZero(outputsOf(fn, inputs))) continue;
    warn(
      'Backwards compatibility: New undefined gradient support checking feature is enabled by default, but it may break existing callers of this function. If this is true for you, you can call this function with "check_undefined_grad=False" to disable the feature',
      UNDEFINED_GRAD_WARNING_ORIGIN,
    );
    throw new GradcheckError(
      'Expected all input grads to be undefined or zero when all output grads are undefined or zero. Please look at "Notes about undefined output gradients" in "tools/autograd/derivatives.yaml"',
    );
  }
}

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
  try {
    const outputs = checkJacobians(fn, inputs, differentiable, { eps, atol, rtol });
    checkZeroGradOutputs(outputs, fn, inputs, differentiable);
  } catch (error) {
    if (error instanceof GradcheckError && !raiseException) return false;
    throw error;
  }
  return true;
}
