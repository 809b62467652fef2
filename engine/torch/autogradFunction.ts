// torch.autograd.Function: a Python class with static forward(ctx, ...) and backward(ctx, *grads), run through
// the engine's custom-function node. As in PyTorch, the ctx object is the output's grad_fn: an instance of
// `<Class>Backward` (module torch.autograd.function), so attributes set on ctx are visible on grad_fn too.
import * as engine from '../tensor/index';
import type { FunctionContext, Tensor } from '../tensor/index';
import type { Node } from '../tensor/autograd/node';
import { None, PyObject, PyType, objectType, typeName, type Kwargs, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { RuntimeError, notImplemented, pyError, typeError } from '../python/objects/exceptions';
import { PyClassMethod, PyStaticMethod } from '../python/objects/functions';
import { call } from '../python/ops/call';
import { truthy } from '../python/ops/convert';
import { defineGetters, defineMethods } from '../python/types/define';
import { guarded, nativeFunction } from './errors';
import { bindNodeObject, defineNodeInterface, type NodeObject } from './nodes';
import { PyTensor, wrapTensor } from './tensorObject';

const MODULE = 'torch.autograd.function';

const LEGACY_FUNCTION =
  'Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function with static forward method. ' +
  '(Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)';

/** ctx: what forward and backward share. `context` is the engine's side (saved tensors, flags). */
class PyFunctionCtx extends PyObject implements NodeObject {
  node: Node | null = null;
  context: FunctionContext | null = null;

  constructor(cls: PyType) {
    super(cls);
    this.dict = new Map();
  }
}

const contextOf = (self: PyValue): FunctionContext => {
  const context = (self as PyFunctionCtx).context;
  if (!context) throw notImplemented('agnb: a ctx object only exists inside a custom Function');
  return context;
};

/** The tensors of `*args` (Tensor or None), checked as PyTorch checks save_for_backward's arguments. */
function tensorsOrNone(method: string, values: PyValue[]): Array<Tensor | null> {
  return values.map((value, i) => {
    if (value === None) return null;
    if (value instanceof PyTensor) return value.tensor;
    throw typeError(`${method} can only save variables, but argument ${i} is of type ${typeName(value)}`);
  });
}

// PyTorch's class layout: Function and each ctx type derive from _FunctionBase, FunctionCtx and _HookMixin.
const functionBaseType = new PyType('_FunctionBase', [objectType], 'torch._C');
export const functionCtxType = new PyType('FunctionCtx', [objectType], MODULE);
functionCtxType.instancesHaveDict = true;
const hookMixinType = new PyType('_HookMixin', [objectType], MODULE);
const functionBases = [functionBaseType, functionCtxType, hookMixinType];
defineMethods(functionCtxType, {
  save_for_backward: (args) => {
    contextOf(args[0]!).saveForBackward(tensorsOrNone('save_for_backward', args.slice(1)));
    return None;
  },
  mark_non_differentiable: (args) => {
    const context = contextOf(args[0]!);
    for (const tensor of tensorsOrNone('mark_non_differentiable', args.slice(1))) if (tensor) context.nonDifferentiable.add(tensor);
    return None;
  },
  set_materialize_grads: (args) => {
    contextOf(args[0]!).materializeGrads = truthy(args[1] ?? true);
    return None;
  },
  mark_dirty: () => {
    throw notImplemented('agnb: ctx.mark_dirty (in-place custom Functions) is not supported yet');
  },
});
defineGetters(functionCtxType, {
  saved_tensors: (self) => guarded(() => new PyTuple(contextOf(self).savedTensors().map((tensor) => (tensor ? wrapTensor(tensor) : None)))),
});

const backwardCFunctionType = new PyType('BackwardCFunction', functionBases, MODULE);
defineNodeInterface(backwardCFunctionType);

/** `<Class>Backward`, the type of a Function's ctx and grad_fn, one per Function class. */
const ctxTypes = new WeakMap<PyType, PyType>();
function ctxTypeOf(cls: PyType): PyType {
  let type = ctxTypes.get(cls);
  if (!type) {
    type = new PyType(`${cls.name}Backward`, [backwardCFunctionType], MODULE);
    ctxTypes.set(cls, type);
  }
  return type;
}

const staticFunction = (cls: PyType, name: string): PyValue => {
  const found = cls.lookup(name);
  return found instanceof PyStaticMethod ? found.func : found!;
};

/** Function.apply(*args): forward without recording, then one `<Class>Backward` node for the outputs. */
function apply(args: PyValue[], kwargs: Kwargs): PyValue {
  const cls = args[0] as PyType;
  if (kwargs && kwargs.size > 0) throw typeError('apply() takes no keyword arguments');
  const inputs = args.slice(1);
  const forward = staticFunction(cls, 'forward');
  const backward = staticFunction(cls, 'backward');
  const ctx = new PyFunctionCtx(ctxTypeOf(cls));
  let returnsTuple = false;
  const result = engine.applyCustomFunction(
    cls.name,
    inputs.map((value) => (value instanceof PyTensor ? value.tensor : value)),
    (value): value is Tensor => value instanceof engine.Tensor,
    (context) => {
      ctx.context = context;
      ctx.dict!.set('needs_input_grad', new PyTuple(context.needsInputGrad));
      const output = call(forward, [ctx, ...inputs]);
      returnsTuple = output instanceof PyTuple;
      return returnsTuple ? (output as PyTuple).items.map(forwardOutput) : forwardOutput(output);
    },
    (_context, grads) => {
      const returned = call(backward, [ctx, ...grads.map((grad) => (grad ? wrapTensor(grad) : None))]);
      return (returned instanceof PyTuple ? returned.items : [returned]).map(backwardGradient);
    },
  );
  const outputs = Array.isArray(result) ? result : [result];
  if (outputs[0]?.gradFn) {
    ctx.node = outputs[0].gradFn;
    bindNodeObject(ctx.node, ctx);
  }
  return returnsTuple ? new PyTuple(outputs.map(wrapTensor)) : wrapTensor(outputs[0]!);
}

function forwardOutput(value: PyValue): Tensor {
  if (value instanceof PyTensor) return value.tensor;
  throw notImplemented(`agnb: a custom Function's forward must return tensors (got ${typeName(value)})`);
}

function backwardGradient(value: PyValue): Tensor | null {
  if (value === None) return null;
  if (value instanceof PyTensor) return value.tensor;
  throw pyError(RuntimeError, `expected Variable or None (got ${typeName(value)})`);
}

export const functionType = new PyType('Function', functionBases, MODULE);
functionType.construct = (cls) => {
  const instance = new PyObject(cls);
  instance.dict = new Map();
  return instance;
};
functionType.dict.set('apply', new PyClassMethod(nativeFunction('apply', apply)));
functionType.dict.set(
  'forward',
  new PyStaticMethod(
    nativeFunction('forward', () => {
      throw notImplemented('You must implement the forward function for custom autograd.Function.');
    }),
  ),
);
functionType.dict.set(
  'backward',
  new PyStaticMethod(
    nativeFunction('backward', () => {
      throw notImplemented('You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.');
    }),
  ),
);
// Calling an instance is the legacy (non-static forward) protocol PyTorch no longer runs.
defineMethods(functionType, {
  __call__: () => {
    throw pyError(RuntimeError, LEGACY_FUNCTION);
  },
});
