// Factory functions: torch.tensor, zeros/ones/full/arange/linspace/eye, the *_like forms, and the random
// ones (rand/randn/randint/randperm) drawing from PyTorch's generator streams.
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import { checkedScalar, scalarTypeName } from '../tensor/dtype';
import * as random from '../random/index';
import { None, PyType, typeName, type PyValue } from '../python/objects/core';
import { PyList } from '../python/objects/containers';
import { notImplemented, typeError, valueError } from '../python/objects/exceptions';
import { floatValue } from '../python/ops/convert';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { tensorFromData } from './tensorData';
import { PyTensor, tensorType } from './tensorObject';
import { toPythonResult } from './ops';
import { guarded } from './errors';
import { generatorOf } from './generators';
import { setRequiresGrad } from './tensorType';
import { PyDType, checkDevice, dtypeObjects, legacyDtype, legacyTensorTypes, pythonNumber } from './values';

/** dtype=, device= and requires_grad= as every factory takes them. */
function finish(args: BoundArgs, tensor: Tensor): Tensor {
  checkDevice(args.raw('device'));
  if (args.bool('requires_grad')) setRequiresGrad(tensor, true);
  return tensor;
}

const FACTORY_OPTIONS = '*, dtype=, device=, requires_grad=, layout=, pin_memory=';

/** The dtype PyTorch gives a Python number used as a fill value or range bound. */
function numberDtype(values: Array<PyValue | undefined>): DType {
  const dtypes = values.flatMap((value) => (value === undefined ? [] : [pythonNumber(value)?.dtype]));
  if (dtypes.includes(engine.defaultFloatDtype())) return engine.defaultFloatDtype();
  return dtypes.every((dtype) => dtype === 'bool') ? 'bool' : 'int64';
}

function number(args: BoundArgs, name: string): number {
  const value = args.raw(name);
  const result = value === undefined ? undefined : floatValue(value);
  if (result === undefined) throw typeError(`${args.fn}(): argument '${name}' must be Number, not ${value === undefined ? 'None' : typeName(value)}`);
  return result;
}

// ---- random

const UNIFORM = 'check_uniform_bounds';
const NORMAL = 'normal_kernel_cpu';

/** rand and randn fill floats only; PyTorch names its kernel for any other dtype. */
function floatDtype(args: BoundArgs, kernel: string, fallback?: DType): DType {
  const dtype = args.dtype() ?? fallback ?? engine.defaultFloatDtype();
  if (dtype !== 'float32' && dtype !== 'float64') throw new engine.TorchError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(dtype)}'`);
  return dtype;
}

function uniform(args: BoundArgs, shape: readonly number[], dtype: DType): Tensor {
  const tensor = engine.zeros(shape, dtype);
  const generator = generatorOf(args);
  if (tensor.storage instanceof Float32Array) random.uniformFloat32(generator, tensor.storage, 0, 1);
  else random.uniformFloat64(generator, tensor.storage as Float64Array, 0, 1);
  return finish(args, tensor);
}

function normal(args: BoundArgs, shape: readonly number[], dtype: DType): Tensor {
  const tensor = engine.zeros(shape, dtype);
  const generator = generatorOf(args);
  if (tensor.storage instanceof Float32Array) random.normalFloat32(generator, tensor.storage, 0, 1);
  else random.normalFloat64(generator, tensor.storage as Float64Array, 0, 1);
  return finish(args, tensor);
}

/** randint(high, size) or randint(low, high, size). */
function randint(args: BoundArgs): Tensor {
  const hasThree = args.has('size');
  const low = hasThree ? args.int('low') : 0;
  const high = hasThree ? args.int('high') : args.int('low');
  const shape = hasThree ? args.ints('size') : args.ints('high');
  return randomIntegers(args, low, high, shape, args.dtype() ?? 'int64');
}

/** randint_like(input, high) or randint_like(input, low, high): the input's shape and, by default, dtype. */
function randintLike(args: BoundArgs): Tensor {
  const [low, high] = args.has('high') ? [args.int('low'), args.int('high')] : [0, args.int('low')];
  return randomIntegers(args, low, high, like(args).shape, args.dtype() ?? like(args).dtype);
}

function randomIntegers(args: BoundArgs, low: number, high: number, shape: readonly number[], dtype: DType): Tensor {
  if (low >= high) throw new engine.TorchError('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  const values = new Float64Array(shape.reduce((n, size) => n * size, 1));
  random.randintFloat64(generatorOf(args), values, low, high);
  const tensor = engine.toDtype(engine.Tensor.fromStorage(values, shape, 'int64'), dtype);
  return finish(args, tensor);
}

/**
 * The legacy constructors: torch.Tensor(data) copies data as the default dtype, torch.Tensor(2, 3) makes a 2×3
 * tensor; torch.IntTensor(...) and the other legacy types do the same in their dtype.
 */
function legacyConstructor(dtypeOf: () => DType, name: string): PyType['construct'] {
  return (_cls, args, kwargs) =>
    toPythonResult(
      guarded(() => {
        const sizes = args.every((arg) => typeof arg === 'number');
        const dtype = dtypeOf();
        if (kwargs && kwargs.size > 0) throw typeError(`${name}(): keyword arguments are not supported; use torch.tensor(data, dtype=...)`);
        return sizes ? engine.zeros(args as number[], dtype) : tensorFromData(args[0] ?? new PyList([]), dtype);
      }),
    );
}

tensorType.construct = legacyConstructor(engine.defaultFloatDtype, 'Tensor');
for (const [dtype, type] of Object.entries(legacyTensorTypes) as Array<[DType, PyType]>) type.construct = legacyConstructor(() => dtype, type.name);

/** torch.as_tensor: a tensor of the wanted dtype is returned itself, another converted (differentiably); other data is copied. */
function asTensor(args: BoundArgs): Tensor | PyValue {
  checkDevice(args.raw('device'));
  const data = args.raw('data') ?? None;
  const dtype = args.dtype();
  if (!(data instanceof PyTensor)) return tensorFromData(data, dtype);
  return dtype === undefined || dtype === data.tensor.dtype ? data : engine.toDtype(data.tensor, dtype);
}

/**
 * torch.asarray as PyTorch 1.13 does it: a tensor is aliased (the same object for a leaf) unless copy=True or
 * another dtype asks for a copy; then a result that is not a leaf is detached unless requires_grad=True, and
 * any other has requires_grad set to the argument, so asarray(leaf) clears the leaf's own requires_grad.
 */
function asArray(args: BoundArgs): Tensor | PyValue {
  checkDevice(args.raw('device'));
  const data = args.raw('data') ?? None;
  const dtype = args.dtype();
  const copy = args.has('copy') ? args.bool('copy') : undefined;
  const requiresGrad = args.bool('requires_grad');
  if (!(data instanceof PyTensor)) {
    if (copy === false) throw valueError("can't alias arbitrary sequence into a tensor.");
    const tensor = tensorFromData(data, dtype);
    setRequiresGrad(tensor, requiresGrad);
    return tensor;
  }
  const source = data.tensor;
  const otherDtype = dtype !== undefined && dtype !== source.dtype;
  if (copy === false && otherDtype) {
    throw valueError(`can't alias tensor with dtype '${scalarTypeName(source.dtype)}' into dtype '${scalarTypeName(dtype!)}'.`);
  }
  const tensor = otherDtype ? engine.toDtype(source, dtype!) : copy ? engine.clone(source) : source;
  if (!tensor.isLeaf && !requiresGrad) return engine.detach(tensor);
  setRequiresGrad(tensor, requiresGrad);
  return tensor === source ? data : tensor;
}

const like = (args: BoundArgs) => args.tensor('input');
const LIKE_OPTIONS = 'input, *, dtype=, device=, requires_grad=, layout=, memory_format=';

/** Factories: torch.<name> only. */
export const FACTORIES: Record<string, OpDefinition> = {
  tensor: {
    signature: `data, ${FACTORY_OPTIONS}`,
    run: (a) => finish(a, tensorFromData(a.raw('data') ?? None, a.dtype())),
  },
  as_tensor: { signature: 'data, *, dtype=, device=', run: asTensor },
  asarray: { signature: 'data, *, dtype=, device=, copy=, requires_grad=', run: asArray },
  scalar_tensor: {
    signature: `s, ${FACTORY_OPTIONS}`,
    run: (a) => {
      const dtype = a.dtype() ?? engine.defaultFloatDtype();
      return finish(a, engine.full([], checkedScalar(number(a, 's'), dtype), dtype));
    },
  },
  zeros: { signature: `*size, ${FACTORY_OPTIONS}`, run: (a) => finish(a, engine.zeros(a.ints('size'), a.dtype() ?? engine.defaultFloatDtype())) },
  ones: { signature: `*size, ${FACTORY_OPTIONS}`, run: (a) => finish(a, engine.ones(a.ints('size'), a.dtype() ?? engine.defaultFloatDtype())) },
  empty: { signature: `*size, ${FACTORY_OPTIONS}, memory_format=`, run: (a) => finish(a, engine.zeros(a.ints('size'), a.dtype() ?? engine.defaultFloatDtype())) },
  full: {
    signature: `size, fill_value, ${FACTORY_OPTIONS}`,
    run: (a) => finish(a, engine.full(a.ints('size'), number(a, 'fill_value'), a.dtype() ?? numberDtype([a.raw('fill_value')]))),
  },
  arange: {
    signature: `start, end=, step=, ${FACTORY_OPTIONS}`,
    run: (a) => {
      const [start, end] = a.has('end') ? [number(a, 'start'), number(a, 'end')] : [0, number(a, 'start')];
      const step = a.has('step') ? number(a, 'step') : 1;
      return finish(a, engine.arange(start, end, step, a.dtype() ?? numberDtype([a.raw('start'), a.raw('end'), a.raw('step')])));
    },
  },
  linspace: {
    signature: `start, end, steps, ${FACTORY_OPTIONS}`,
    run: (a) => finish(a, engine.linspace(number(a, 'start'), number(a, 'end'), a.int('steps'), a.dtype() ?? engine.defaultFloatDtype())),
  },
  logspace: {
    signature: `start, end, steps, base=, ${FACTORY_OPTIONS}`,
    run: (a) => finish(a, engine.logspace(number(a, 'start'), number(a, 'end'), a.int('steps'), a.number('base', 10), a.dtype() ?? engine.defaultFloatDtype())),
  },
  eye: { signature: `n, m=, ${FACTORY_OPTIONS}`, run: (a) => finish(a, engine.eye(a.int('n'), a.int('m', a.int('n')), a.dtype() ?? engine.defaultFloatDtype())) },
  zeros_like: { signature: LIKE_OPTIONS, run: (a) => finish(a, engine.zeros(like(a).shape, a.dtype() ?? like(a).dtype)) },
  ones_like: { signature: LIKE_OPTIONS, run: (a) => finish(a, engine.ones(like(a).shape, a.dtype() ?? like(a).dtype)) },
  empty_like: { signature: LIKE_OPTIONS, run: (a) => finish(a, engine.zeros(like(a).shape, a.dtype() ?? like(a).dtype)) },
  full_like: {
    signature: `input, fill_value, *, dtype=, device=, requires_grad=, layout=, memory_format=`,
    run: (a) => finish(a, engine.full(like(a).shape, number(a, 'fill_value'), a.dtype() ?? like(a).dtype)),
  },
  rand: { signature: `*size, generator=, ${FACTORY_OPTIONS}`, run: (a) => uniform(a, a.ints('size'), floatDtype(a, UNIFORM)) },
  randn: { signature: `*size, generator=, ${FACTORY_OPTIONS}`, run: (a) => normal(a, a.ints('size'), floatDtype(a, NORMAL)) },
  rand_like: { signature: LIKE_OPTIONS, run: (a) => uniform(a, like(a).shape, floatDtype(a, UNIFORM, like(a).dtype)) },
  randn_like: { signature: LIKE_OPTIONS, run: (a) => normal(a, like(a).shape, floatDtype(a, NORMAL, like(a).dtype)) },
  randint: { signature: `low, high=, size=, *, generator=, dtype=, device=, requires_grad=, layout=, pin_memory=`, run: randint },
  randint_like: { signature: 'input, low, high=, *, dtype=, device=, requires_grad=, layout=, memory_format=', run: randintLike },
  randperm: {
    signature: `n, *, generator=, dtype=, device=, requires_grad=, layout=, pin_memory=`,
    run: (a) => {
      const n = a.int('n');
      if (n < 0) throw new engine.TorchError('RuntimeError', `Trying to create tensor with negative dimension ${n}: [${n}]`);
      return finish(a, engine.toDtype(engine.Tensor.fromStorage(random.randperm(generatorOf(a), n), [n], 'int64'), a.dtype() ?? 'int64'));
    },
  },
};

const ONLY_FLOATING = 'only floating-point types are supported as the default type';

/** Makes `dtype` the default float dtype; PyTorch has no other (half aside, which agnb lacks). */
function setDefaultDtype(dtype: DType | undefined, invalid: string): PyValue {
  if (dtype === undefined) throw typeError(`${invalid}: ${ONLY_FLOATING}`);
  if (dtype !== 'float32' && dtype !== 'float64') throw typeError(ONLY_FLOATING);
  engine.setDefaultFloatDtype(dtype);
  return None;
}

/**
 * torch.get_default_dtype / set_default_dtype / set_default_tensor_type: the dtype that Python floats, float
 * factories (zeros, rand, tensor([1.5]), ...), int-to-float ops and new nn parameters take.
 */
export const DEFAULT_DTYPE: Record<string, OpDefinition> = {
  get_default_dtype: { signature: '', run: () => dtypeObjects[engine.defaultFloatDtype()] },
  set_default_dtype: {
    signature: 'd',
    run: (a) => {
      const value = a.raw('d');
      return setDefaultDtype(value instanceof PyDType ? value.dtype : undefined, 'invalid dtype object');
    },
  },
  set_default_tensor_type: {
    signature: 't',
    run: (a) => {
      const value = a.raw('t') ?? None;
      if (typeof value === 'string' && legacyDtype(value) === undefined) throw notImplemented(`set_default_tensor_type('${value}'): agnb knows the CPU tensor types only (torch.FloatTensor, torch.DoubleTensor, ...)`);
      return setDefaultDtype(value === tensorType ? engine.defaultFloatDtype() : legacyDtype(value), 'invalid type object');
    },
  },
};
