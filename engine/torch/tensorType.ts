// The torch.Tensor type's methods, properties and operators. Operations shared with the torch module come
// from ops.ts; this file adds what only a tensor object has (autograd state, conversions, protocols).
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import { BYTES, isFloating } from '../tensor/dtype';
import { warn } from '../tensor/errors';
import { runtime } from '../python/runtime';
import { None, NotImplemented, PyFloat, typeName, type Kwargs, type PyValue } from '../python/objects/core';
import { PyIterator, PyList, PyTuple, iteratorTypeNamed } from '../python/objects/containers';
import { AssertionError, RuntimeError, indexError, notImplemented, pyError, typeError, valueError } from '../python/objects/exceptions';
import { PyProperty } from '../python/objects/functions';
import { call } from '../python/ops/call';
import { formatValue } from '../python/ops/format';
import { bindArguments } from './args';
import { nativeFunction } from './errors';
import { removableHandle } from './hooks';
import { wrapNode } from './nodes';
import { getItem, setItem } from './indexing';
import { IN_PLACE } from './inplace';
import { operandFor, power, reflectedPower } from './operands';
import { OPS, opFunction } from './ops';
import { tensorRepr } from './printing';
import { PyTensor, tensorType, wrapTensor } from './tensorObject';
import { NO_CUDA, checkDevice, cpuDevice, isDeviceArgument, dtypeObjects, makeSize, toPython, dtypeOf, legacyDtype, pythonNumber, truthValue, LEGACY_TYPE_NAMES } from './values';

const self = (args: PyValue[]): Tensor => (args[0] as PyTensor).tensor;

/**
 * requires_grad only makes sense for floating point tensors. The entry points word it differently: factories and
 * nn.Parameter as the default here, the attribute setter and requires_grad_() in lower case.
 */
export function setRequiresGrad(tensor: Tensor, value: boolean, message = 'Only Tensors of floating point and complex dtype can require gradients'): void {
  if (value && !isFloating(tensor.dtype)) throw pyError(RuntimeError, message);
  tensor.requiresGrad = value;
}

const LEAF_ONLY = 'you can only change requires_grad flags of leaf variables.';
const USE_DETACH = " If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().";

const DETACH_VIEW =
  "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view " +
  'is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer ' +
  'to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution.';

/** The single value of a one-element tensor (item(), float(), int()). */
function scalarValue(tensor: Tensor): number {
  if (tensor.numel !== 1) throw valueError('only one element tensors can be converted to Python scalars');
  return tensor.at(0);
}

function toList(tensor: Tensor): PyValue {
  const data = tensor.contiguousData();
  if (tensor.ndim === 0) return toPython(data[0]!, tensor.dtype);
  let at = 0;
  const build = (dim: number): PyValue => {
    const items: PyValue[] = [];
    for (let i = 0; i < tensor.shape[dim]!; i++) items.push(dim === tensor.ndim - 1 ? toPython(data[at++]!, tensor.dtype) : build(dim + 1));
    return new PyList(items);
  };
  return build(0);
}

// ---- conversions: to(dtype), float(), ...

/** tensor.type(): the legacy type name; tensor.type(dtype, name or legacy type): a conversion, like to(dtype). */
function legacyType(args: PyValue[], kwargs: Kwargs): PyValue {
  const bound = bindArguments('type', 'input, dtype=, non_blocking=', args, kwargs);
  const tensor = bound.tensor('input');
  const requested = bound.raw('dtype');
  if (requested === undefined || requested === None) return `torch.${LEGACY_TYPE_NAMES[tensor.dtype]}`;
  const legacy = legacyDtype(requested);
  if (legacy) return wrapTensor(engine.toDtype(tensor, legacy));
  if (typeof requested === 'string') {
    const known = Object.values(LEGACY_TYPE_NAMES).map((name) => `torch.${name}`);
    throw notImplemented(`type(): '${requested}' is not a tensor type agnb supports (${known.join(', ')})`);
  }
  return wrapTensor(engine.toDtype(tensor, dtypeOf(requested, 'type(): argument')));
}

function to(args: PyValue[], kwargs: Kwargs): PyValue {
  const tensor = self(args);
  let dtype: DType | undefined;
  for (const value of [...args.slice(1), ...(kwargs?.values() ?? [])]) {
    if (value instanceof PyTensor) dtype = value.tensor.dtype;
    else if (isDeviceArgument(value)) checkDevice(value);
    else if (value !== None && typeof value !== 'boolean') dtype = dtypeOf(value, 'to(): argument');
  }
  return wrapTensor(dtype ? engine.toDtype(tensor, dtype) : tensor);
}

const conversion = (dtype: DType) => (args: PyValue[]) => wrapTensor(engine.toDtype(self(args), dtype));

// ---- operators

type Binary = (a: Tensor, b: Tensor) => Tensor;

/**
 * `tensor op other` and the reflected `other op tensor`; NotImplemented for operands that are neither tensors
 * nor numbers (so `x == None` falls back to identity, as in PyTorch).
 */
function binaryDunder(op: Binary, reflected?: Binary) {
  return (args: PyValue[]) => {
    const tensor = self(args);
    const operand = operandFor(args[1], tensor);
    if (!operand) return NotImplemented;
    return wrapTensor(reflected ? reflected(tensor, operand) : op(tensor, operand));
  };
}

/** The in-place operator forms (`x += y`): the in-place method, returning self. */
const inPlaceOperator = (method: string) => (args: PyValue[], kwargs: Kwargs) => call(tensorType.dict.get(method)!, args, kwargs);

const dunders: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  __add__: binaryDunder(engine.add),
  __radd__: binaryDunder(engine.add, (t, n) => engine.add(t, n)),
  __sub__: binaryDunder(engine.sub),
  __rsub__: binaryDunder(engine.sub, (t, n) => engine.rsub(t, n)),
  __mul__: binaryDunder(engine.mul),
  __rmul__: binaryDunder(engine.mul, (t, n) => engine.mul(t, n)),
  __truediv__: binaryDunder(engine.div),
  // PyTorch computes number / tensor as reciprocal(tensor) * number.
  __rtruediv__: binaryDunder(engine.div, (t, n) => engine.mul(engine.reciprocal(t), n)),
  __floordiv__: binaryDunder(engine.floorDivide),
  __rfloordiv__: binaryDunder(engine.floorDivide, (t, n) => engine.floorDivide(n, t)),
  __mod__: binaryDunder(engine.remainder),
  __rmod__: binaryDunder(engine.remainder, (t, n) => engine.remainder(n, t)),
  __matmul__: (args) => (args[1] instanceof PyTensor ? wrapTensor(engine.matmul(self(args), args[1].tensor)) : NotImplemented),
  __pow__: (args) => (args[1] instanceof PyTensor || pythonNumber(args[1]!) ? wrapTensor(power(self(args), args[1], '__pow__')) : NotImplemented),
  __rpow__: (args) => {
    const number = pythonNumber(args[1]!);
    return number ? wrapTensor(reflectedPower(number, self(args))) : NotImplemented;
  },
  __neg__: (args) => wrapTensor(engine.neg(self(args))),
  __pos__: (args) => args[0]!,
  __abs__: (args) => wrapTensor(engine.abs(self(args))),
  __eq__: binaryDunder(engine.eq),
  __ne__: binaryDunder(engine.ne),
  __lt__: binaryDunder(engine.lt),
  __le__: binaryDunder(engine.le),
  __gt__: binaryDunder(engine.gt),
  __ge__: binaryDunder(engine.ge),
  __and__: binaryDunder(engine.bitwiseAnd),
  __rand__: binaryDunder(engine.bitwiseAnd, (t, n) => engine.bitwiseAnd(n, t)),
  __or__: binaryDunder(engine.bitwiseOr),
  __ror__: binaryDunder(engine.bitwiseOr, (t, n) => engine.bitwiseOr(n, t)),
  __xor__: binaryDunder(engine.bitwiseXor),
  __rxor__: binaryDunder(engine.bitwiseXor, (t, n) => engine.bitwiseXor(n, t)),
  __invert__: (args) => {
    const tensor = self(args);
    if (isFloating(tensor.dtype)) throw typeError('~ (operator.invert) is only implemented on integer and Boolean-type tensors');
    return wrapTensor(engine.bitwiseNot(tensor));
  },
  __iadd__: inPlaceOperator('add_'),
  __isub__: inPlaceOperator('sub_'),
  __imul__: inPlaceOperator('mul_'),
  __itruediv__: inPlaceOperator('div_'),
  __ifloordiv__: inPlaceOperator('floor_divide_'),
  __imod__: inPlaceOperator('remainder_'),
  __ipow__: inPlaceOperator('pow_'),
  __iand__: inPlaceOperator('bitwise_and_'),
  __ior__: inPlaceOperator('bitwise_or_'),
  __ixor__: inPlaceOperator('bitwise_xor_'),
  __repr__: (args) => tensorRepr(self(args)),
  __format__: (args) => {
    const tensor = self(args);
    const spec = args[1] as string;
    if (tensor.ndim === 0) return formatValue(toPython(tensor.at(0), tensor.dtype), spec);
    if (spec !== '') throw typeError('unsupported format string passed to Tensor.__format__');
    return tensorRepr(tensor);
  },
  __len__: (args) => {
    const tensor = self(args);
    if (tensor.ndim === 0) throw typeError('len() of a 0-d tensor');
    return tensor.shape[0]!;
  },
  __iter__: (args) => {
    const tensor = self(args);
    if (tensor.ndim === 0) throw typeError('iteration over a 0-d tensor');
    const rows = engine.unbind(tensor, 0);
    let i = 0;
    return new PyIterator(iteratorTypeNamed('iterator'), () => (i < rows.length ? wrapTensor(rows[i++]!) : undefined));
  },
  __getitem__: (args) => wrapTensor(getItem(self(args), args[1]!)),
  __setitem__: (args) => {
    setItem(self(args), args[1]!, args[2]!);
    return None;
  },
  __bool__: (args) => truthValue(self(args)),
  __float__: (args) => new PyFloat(scalarValue(self(args))),
  __int__: (args) => Math.trunc(scalarValue(self(args))),
  __index__: (args) => {
    const tensor = self(args);
    if (isFloating(tensor.dtype) || tensor.numel !== 1) throw typeError('only integer tensors of a single element can be converted to an index');
    return tensor.at(0);
  },
};

const methods: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  ...dunders,
  size: (args, kwargs) => {
    const bound = bindArguments('size', 'input, dim=', args, kwargs);
    const tensor = bound.tensor('input');
    if (!bound.has('dim')) return makeSize(tensor.shape);
    const dim = bound.int('dim');
    return tensor.shape[dimIndex(dim, tensor.ndim)]!;
  },
  dim: (args) => self(args).ndim,
  is_contiguous: (args) => self(args).isContiguous(),
  element_size: (args) => BYTES[self(args).dtype],
  is_inference: (args) => self(args).isInference,
  stride: (args, kwargs) => {
    const bound = bindArguments('stride', 'input, dim=', args, kwargs);
    const tensor = bound.tensor('input');
    if (!bound.has('dim')) return new PyTuple([...tensor.strides]);
    return tensor.strides[dimIndex(bound.int('dim'), tensor.ndim)]!;
  },
  storage_offset: (args) => self(args).offset,
  expand_as: (args) => wrapTensor(engine.expand(self(args), tensorArgument(args[1]).shape)),
  view_as: (args) => wrapTensor(engine.view(self(args), tensorArgument(args[1]).shape)),
  reshape_as: (args) => wrapTensor(engine.reshape(self(args), tensorArgument(args[1]).shape)),
  new_zeros: newFilled('new_zeros', 0),
  new_ones: newFilled('new_ones', 1),
  ndimension: (args) => self(args).ndim,
  nelement: (args) => self(args).numel,
  item: (args) => toPython(scalarValue(self(args)), self(args).dtype),
  tolist: (args) => toList(self(args)),
  backward: (args, kwargs) => {
    const bound = bindArguments('backward', 'input, gradient=, retain_graph=, create_graph=, inputs=', args, kwargs);
    const inputs = bound.raw('inputs');
    engine.backward(bound.tensor('input'), {
      gradient: bound.optionalTensor('gradient') ?? null,
      ...(bound.has('retain_graph') ? { retainGraph: bound.bool('retain_graph') } : {}),
      createGraph: bound.bool('create_graph'),
      ...(inputs !== undefined ? { inputs: tensorList(inputs) } : {}),
    });
    return None;
  },
  retain_grad: (args) => {
    engine.retainGrad(self(args));
    return None;
  },
  register_hook: (args) => {
    const tensor = self(args);
    const hook = args[1]!;
    const remove = engine.registerHook(tensor, (grad) => {
      const replaced = call(hook, [wrapTensor(grad)]);
      return replaced instanceof PyTensor ? replaced.tensor : undefined;
    });
    return removableHandle(remove);
  },
  requires_grad_: (args, kwargs) => {
    const bound = bindArguments('requires_grad_', 'input, requires_grad=', args, kwargs);
    const tensor = bound.tensor('input');
    const value = bound.bool('requires_grad', true);
    if (!tensor.isLeaf) {
      if (!value) throw pyError(RuntimeError, LEAF_ONLY + USE_DETACH);
      return args[0]!;
    }
    setRequiresGrad(tensor, value, 'only Tensors of floating point dtype can require gradients');
    return args[0]!;
  },
  detach_: (args) => {
    const tensor = self(args);
    if (tensor.base) throw pyError(RuntimeError, DETACH_VIEW);
    tensor.gradFn = null;
    tensor.requiresGrad = false;
    return args[0]!;
  },
  to,
  float: conversion('float32'),
  double: conversion('float64'),
  long: conversion('int64'),
  bool: conversion('bool'),
  int: conversion('int32'),
  short: conversion('int16'),
  char: conversion('int8'),
  byte: conversion('uint8'),
  type: legacyType,
  type_as: (args) => wrapTensor(engine.toDtype(self(args), (args[1] as PyTensor).tensor.dtype)),
  cpu: (args) => args[0]!,
  cuda: () => {
    throw pyError(AssertionError, NO_CUDA);
  },
  numpy: () => {
    throw notImplemented('agnb has no NumPy; use tolist() or item()');
  },
};

function tensorArgument(value: PyValue | undefined): Tensor {
  if (!(value instanceof PyTensor)) throw typeError(`expected Tensor as argument 1, but got ${value === undefined ? 'nothing' : typeName(value)}`);
  return value.tensor;
}

/** new_zeros / new_ones: a tensor of the given size with self's dtype unless dtype= says otherwise. */
function newFilled(name: string, value: number): (args: PyValue[], kwargs: Kwargs) => PyValue {
  return (args, kwargs) => {
    const bound = bindArguments(name, 'input, *size, dtype=, device=, requires_grad=', args, kwargs);
    const out = engine.full(bound.ints('size'), value, bound.dtype() ?? bound.tensor('input').dtype);
    if (bound.bool('requires_grad')) setRequiresGrad(out, true);
    return wrapTensor(out);
  };
}

function dimIndex(dim: number, rank: number): number {
  const low = rank === 0 ? -1 : -rank;
  const high = rank === 0 ? 0 : rank - 1;
  if (dim < low || dim > high) throw indexError(`Dimension out of range (expected to be in range of [${low}, ${high}], but got ${dim})`);
  return dim < 0 ? dim + Math.max(rank, 1) : dim;
}

function tensorList(value: PyValue): Tensor[] {
  if (value instanceof PyTensor) return [value.tensor];
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : [];
  return items.map((item) => {
    if (!(item instanceof PyTensor)) throw typeError(`expected a Tensor, got ${typeName(item)}`);
    return item.tensor;
  });
}

const T_DEPRECATED =
  'The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. ' +
  'Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. ' +
  '(Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3277.)';

/** PyTorch's TORCH_WARN_ONCE: a warning printed once per process, here once per interpreter (its module cache). */
const warnedOnce = new WeakMap<object, Set<string>>();
function warnOnce(message: string): void {
  const warned = warnedOnce.get(runtime.modules) ?? new Set<string>();
  warnedOnce.set(runtime.modules, warned);
  if (warned.has(message)) return;
  warned.add(message);
  warn(message);
}

const getters: Record<string, (self: PyValue) => PyValue> = {
  shape: (value) => makeSize((value as PyTensor).tensor.shape),
  dtype: (value) => dtypeObjects[(value as PyTensor).tensor.dtype],
  device: () => cpuDevice,
  is_leaf: (value) => (value as PyTensor).tensor.isLeaf,
  retains_grad: (value) => (value as PyTensor).tensor.retainsGrad,
  _version: (value) => (value as PyTensor).tensor.version.value,
  _base: (value) => {
    const base = (value as PyTensor).tensor.base;
    return base ? wrapTensor(base) : None;
  },
  grad_fn: (value) => wrapNode((value as PyTensor).tensor.gradFn),
  ndim: (value) => (value as PyTensor).tensor.ndim,
  T: (value) => {
    const tensor = (value as PyTensor).tensor;
    if (tensor.ndim !== 2 && tensor.ndim !== 0) warnOnce(T_DEPRECATED);
    return wrapTensor(engine.permute(tensor, tensor.shape.map((_, d) => tensor.ndim - 1 - d)));
  },
  mT: (value) => {
    const tensor = (value as PyTensor).tensor;
    if (tensor.ndim < 2) throw pyError(RuntimeError, `tensor.mT is only supported on matrices or batches of matrices. Got ${tensor.ndim}-D tensor.`);
    return wrapTensor(engine.transpose(tensor, -2, -1));
  },
  is_cuda: () => false,
  // agnb tensors are strided: none is sparse, quantized or meta.
  is_sparse: () => false,
  is_quantized: () => false,
  is_meta: () => false,
};

/** Properties with setters: requires_grad, grad and data. */
const settable: Record<string, { get: (tensor: Tensor) => PyValue; set: (tensor: Tensor, value: PyValue) => void }> = {
  data: {
    get: (tensor) => wrapTensor(engine.variableData(tensor)),
    set: (tensor, value) => {
      if (!(value instanceof PyTensor)) throw typeError(`Variable data has to be a tensor, but got ${typeName(value)}`);
      engine.setData(tensor, value.tensor);
    },
  },
  requires_grad: {
    get: (tensor) => tensor.requiresGrad,
    set: (tensor, value) => {
      if (typeof value !== 'boolean') throw typeError(`requires_grad must be a bool, not ${typeName(value)}`);
      if (!tensor.isLeaf) throw pyError(RuntimeError, value ? LEAF_ONLY : LEAF_ONLY + USE_DETACH);
      setRequiresGrad(tensor, value, 'only Tensors of floating point and complex dtype can require gradients');
    },
  },
  grad: {
    get: (tensor) => {
      const grad = engine.readGrad(tensor);
      return grad ? wrapTensor(grad) : None;
    },
    set: (tensor, value) => {
      if (value === None) {
        tensor.gradValue = null;
        return;
      }
      if (!(value instanceof PyTensor)) throw typeError(`assigned grad expected to be a Tensor or None but got grad of type ${typeName(value)}`);
      const grad = value.tensor;
      if (grad.dtype !== tensor.dtype) throw pyError(RuntimeError, 'assigned grad has data of a different type');
      if (grad.shape.length !== tensor.shape.length || grad.shape.some((size, d) => size !== tensor.shape[d])) {
        throw pyError(RuntimeError, 'assigned grad has data of a different size');
      }
      tensor.gradValue = grad;
    },
  },
};

for (const [name, definition] of Object.entries(OPS)) {
  if (definition.on !== 'torch') tensorType.dict.set(name, opFunction(name, definition.method ?? definition, 'Tensor'));
}
for (const [name, definition] of Object.entries(IN_PLACE)) tensorType.dict.set(name, opFunction(name, definition, 'Tensor'));
for (const [name, fn] of Object.entries(methods)) tensorType.dict.set(name, nativeFunction(name, fn, 'Tensor'));
tensorType.dict.set('__str__', tensorType.dict.get('__repr__')!);
for (const [name, fn] of Object.entries(getters)) {
  tensorType.dict.set(name, new PyProperty(nativeFunction(name, (args) => fn(args[0]!)), None, None, None));
}
for (const [name, { get, set }] of Object.entries(settable)) {
  tensorType.dict.set(
    name,
    new PyProperty(
      nativeFunction(name, (args) => get(self(args))),
      nativeFunction(name, (args) => {
        set(self(args), args[1]!);
        return None;
      }),
      None,
      None,
    ),
  );
}
