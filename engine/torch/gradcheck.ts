// torch.autograd.gradcheck and GradcheckError (module torch.autograd.gradcheck): the engine's finite-difference
// check, called on a Python function with the inputs unpacked as arguments, non-tensor inputs passed through.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { PyModule, PyType, typeName, type PyValue } from '../python/objects/core';
import { PyList, PyTuple } from '../python/objects/containers';
import { RuntimeError, notImplemented, pyError } from '../python/objects/exceptions';
import { call } from '../python/ops/call';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { PyTensor, wrapTensor } from './tensorObject';

const MODULE = 'torch.autograd.gradcheck';

export const gradcheckErrorType = new PyType('GradcheckError', [RuntimeError], MODULE);

/** The checks agnb does not run, with the value that means "not asked for" (PyTorch's defaults). */
const UNSUPPORTED_OPTIONS: Record<string, boolean | number> = {
  check_sparse_nnz: false,
  nondet_tol: 0,
  check_grad_dtypes: false,
  check_batched_grad: false,
  check_batched_forward_grad: false,
  check_forward_ad: false,
  check_backward_ad: true,
  fast_mode: false,
};

type Input = Tensor | PyValue;

function outputTensors(value: PyValue): Tensor[] {
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : [value];
  return items.map((item) => {
    if (!(item instanceof PyTensor)) throw notImplemented(`agnb: gradcheck needs a function that returns tensors (got ${typeName(item)})`);
    return item.tensor;
  });
}

function run(a: BoundArgs): boolean {
  for (const [option, fallback] of Object.entries(UNSUPPORTED_OPTIONS)) {
    if (a.has(option) && (typeof fallback === 'boolean' ? a.bool(option) : a.number(option)) !== fallback) {
      throw notImplemented(`agnb: gradcheck(${option}=) is not supported yet`);
    }
  }
  const func = a.raw('func')!;
  const given = a.raw('inputs');
  const items = given instanceof PyTuple || given instanceof PyList ? given.items : given === undefined ? [] : [given];
  const inputs: Input[] = items.map((item) => (item instanceof PyTensor ? item.tensor : item));
  const pythonArgument = (input: Input): PyValue => (input instanceof engine.Tensor ? wrapTensor(input) : input);
  try {
    return engine.gradcheck((values: readonly Input[]) => outputTensors(call(func, values.map(pythonArgument))), inputs, {
      eps: a.number('eps', 1e-6),
      atol: a.number('atol', 1e-5),
      rtol: a.number('rtol', 1e-3),
      raiseException: a.bool('raise_exception', true),
    });
  } catch (e) {
    throw e instanceof engine.GradcheckError ? pyError(gradcheckErrorType, e.message) : e;
  }
}

export const GRADCHECK: Record<string, OpDefinition> = {
  gradcheck: {
    signature:
      'func, inputs, *, eps=, atol=, rtol=, raise_exception=, check_sparse_nnz=, nondet_tol=, check_undefined_grad=, check_grad_dtypes=, ' +
      'check_batched_grad=, check_batched_forward_grad=, check_forward_ad=, check_backward_ad=, fast_mode=',
    run,
  },
  gradgradcheck: {
    signature: 'func, inputs, grad_outputs=, *, eps=, atol=, rtol=, raise_exception=',
    run: () => {
      throw notImplemented('agnb: torch.autograd.gradgradcheck is not supported yet; check second derivatives with gradcheck on a function that calls torch.autograd.grad(..., create_graph=True)');
    },
  },
};

/** The module torch.autograd.gradcheck; `gradcheck` and `GradcheckError` are imported from it. */
export function gradcheckModule(functions: Record<string, PyValue>): PyModule {
  const module = new PyModule(MODULE);
  for (const [name, value] of Object.entries(functions)) module.dict!.set(name, value);
  module.dict!.set('GradcheckError', gradcheckErrorType);
  return module;
}
