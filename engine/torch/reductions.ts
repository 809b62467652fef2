// Reductions bound with PyTorch's signatures: extremes, products, spread, norms, running sums, truth tests,
// sums and means with a dtype, logsumexp and softmax. One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import { warn } from '../tensor/errors';
import { PyFloat } from '../python/objects/core';
import { notImplemented, typeError, valueError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { namedTensors } from './returnTypes';
import { PyTensor } from './tensorObject';

type Extreme = 'max' | 'min';

/** max()/min(): of all elements; along a dim as (values, indices); or elementwise against another tensor. */
function extreme(which: Extreme) {
  return (a: BoundArgs): Tensor | ReturnType<typeof namedTensors> => {
    const input = a.tensor('input');
    const other = a.raw('dim') instanceof PyTensor ? a.tensor('dim') : a.optionalTensor('other');
    if (other) return which === 'max' ? engine.maximum(input, other) : engine.minimum(input, other);
    if (!a.has('dim')) {
      if (a.given('keepdim')) throw typeError(`${which}(): keepdim= needs dim=`);
      return which === 'max' ? engine.max(input) : engine.min(input);
    }
    const { values, indices } = (which === 'max' ? engine.maxDim : engine.minDim)(input, a.int('dim'), a.bool('keepdim'));
    return namedTensors(which, [values, indices]);
  };
}

/**
 * var()/std(): `unbiased` may come positionally in dim's place (x.var(False)); correction= replaces it.
 * PyTorch 1.13 accepts correction= only in the overload that names dim (None allowed).
 */
function spread(fn: (input: Tensor, dims: number[] | undefined, correction: number, keepdim: boolean) => Tensor | Tensor[]) {
  return (a: BoundArgs): Tensor | Tensor[] => {
    const unbiasedInDimPlace = typeof a.raw('dim') === 'boolean';
    if (a.has('correction') && a.has('unbiased')) throw typeError(`${a.fn}(): cannot give both unbiased= and correction=`);
    if (a.has('correction') && !a.given('dim')) throw typeError(`${a.fn}(): correction= needs dim= in PyTorch 1.13 (dim=None reduces over all dims)`);
    const unbiased = unbiasedInDimPlace ? a.bool('dim') : a.bool('unbiased', true);
    const correction = a.has('correction') ? a.int('correction') : unbiased ? 1 : 0;
    return fn(a.tensor('input'), unbiasedInDimPlace ? undefined : a.dims('dim'), correction, a.bool('keepdim'));
  };
}

/**
 * norm(p='fro', dim=None, keepdim=False, dtype=None) as torch.norm dispatches it: the Frobenius norm over two
 * dims is sqrt(sum(x * x)), over fewer the 2-norm; numeric p is the p-norm over dim (all dims by default).
 */
function norm(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  const p = a.raw('p') ?? 'fro';
  const dims = a.dims('dim');
  const keepdim = a.bool('keepdim');
  if (typeof p === 'string') {
    if (p === 'nuc') throw notImplemented('norm(): the nuclear norm (p=\'nuc\') is not supported in agnb yet');
    if (p !== 'fro') throw new engine.TorchError('RuntimeError', `only valid string values are 'fro' and 'nuc', found ${p}`);
    if (a.has('dtype')) throw valueError('dtype argument is not supported in frobenius norm');
    if (dims === undefined || dims.length <= 1) return engine.norm(input, 2, dims, keepdim);
    if (dims.length > 2) throw new engine.TorchError('RuntimeError', `Expected at most 2 dimensions, but got ${dims.length} dimensions instead.`);
    return engine.sqrt(engine.sum(engine.mul(input, input), dims, keepdim));
  }
  if (a.has('dtype')) throw notImplemented('norm(): dtype= is not supported in agnb yet');
  return engine.norm(input, p instanceof PyFloat ? p.value : a.number('p'), dims, keepdim);
}

/** prod(dtype=): PyTorch converts inside the op, so the graph shows no conversion node; agnb can only do that untracked. */
function prod(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  const dtype = a.dtype();
  const converted = dtype && dtype !== input.dtype ? convertUntracked(input, dtype, a.fn) : input;
  const product = engine.prod(converted, a.optionalInt('dim'), a.bool('keepdim'));
  // prod() widens int32 to int64; dtype=int32 keeps it (the product wraps).
  return dtype && product.dtype !== dtype ? engine.toDtype(product, dtype) : product;
}

function convertUntracked(input: Tensor, dtype: engine.DType, fn: string): Tensor {
  if (engine.isGradEnabled() && input.requiresGrad) throw notImplemented(`${fn}(): dtype= on a tensor that requires grad is not supported in agnb yet`);
  return engine.toDtype(input, dtype);
}

/** sum/mean(dtype=): converted inside the op, the node connecting to the input itself. */
function summed(which: 'sum' | 'mean') {
  return (a: BoundArgs): Tensor => {
    const input = a.tensor('input');
    const dtype = a.dtype();
    const dims = a.dims('dim');
    const keepdim = a.bool('keepdim');
    if (dtype) return (which === 'sum' ? engine.sumAsDtype : engine.meanAsDtype)(input, dtype, dims, keepdim);
    return (which === 'sum' ? engine.sum : engine.mean)(input, dims, keepdim);
  };
}

/** cummax/cummin(dim): the running extreme and its positions, as torch.return_types.cummax/cummin. */
function runningExtreme(name: 'cummax' | 'cummin') {
  return (a: BoundArgs) => {
    const { values, indices } = engine[name](a.tensor('input'), a.int('dim'));
    return namedTensors(name, [values, indices]);
  };
}

/** aminmax(dim=, keepdim=) as torch.return_types.aminmax(min, max). */
function aminmax(a: BoundArgs) {
  const { min, max } = engine.aminmax(a.tensor('input'), a.optionalInt('dim'), a.bool('keepdim'));
  return namedTensors('aminmax', [min, max]);
}

/** quantile / nanquantile(input, q, dim=None, keepdim=False, *, interpolation='linear'). */
function quantile(ignoreNan: boolean) {
  return (a: BoundArgs): Tensor => {
    const q = a.raw('q') instanceof PyTensor ? a.tensor('q') : a.number('q');
    return engine.quantile(a.tensor('input'), q, a.optionalInt('dim'), a.bool('keepdim'), a.string('interpolation', 'linear'), ignoreNan);
  };
}

/** cov(input, *, correction=1): observation weights are refused by name rather than ignored. */
function cov(a: BoundArgs): Tensor {
  for (const name of ['fweights', 'aweights']) if (a.has(name)) throw notImplemented(`torch.cov(${name}=...) is not supported by agnb yet`);
  return engine.cov(a.tensor('input'), a.int('correction', 1));
}

/** trapezoid's spacing: the sample points x, else the constant dx (1 by default). */
const spacing = (a: BoundArgs): Tensor | number => a.optionalTensor('x') ?? a.number('dx', 1);

const softmaxOf = (fn: typeof engine.softmax) => (a: BoundArgs) => fn(a.tensor('input'), a.int('dim'), a.dtype());

export const REDUCTIONS: Record<string, OpDefinition> = {
  sum: { signature: 'input, dim=, keepdim=, *, dtype=', run: summed('sum') },
  mean: { signature: 'input, dim=, keepdim=, *, dtype=', run: summed('mean') },
  max: { signature: 'input, dim=, keepdim=, *, other=', run: extreme('max') },
  min: { signature: 'input, dim=, keepdim=, *, other=', run: extreme('min') },
  amax: { signature: 'input, dim=, keepdim=', run: (a) => engine.amax(a.tensor('input'), a.dims('dim') ?? [], a.bool('keepdim')) },
  amin: { signature: 'input, dim=, keepdim=', run: (a) => engine.amin(a.tensor('input'), a.dims('dim') ?? [], a.bool('keepdim')) },
  argmax: { signature: 'input, dim=, keepdim=', run: (a) => engine.argmax(a.tensor('input'), a.optionalInt('dim'), a.bool('keepdim')) },
  argmin: { signature: 'input, dim=, keepdim=', run: (a) => engine.argmin(a.tensor('input'), a.optionalInt('dim'), a.bool('keepdim')) },
  prod: { signature: 'input, dim=, keepdim=, *, dtype=', run: prod },
  var: { signature: 'input, dim=, unbiased=, keepdim=, *, correction=', run: spread(engine.variance) },
  std: { signature: 'input, dim=, unbiased=, keepdim=, *, correction=', run: spread(engine.std) },
  var_mean: { signature: 'input, dim=, unbiased=, keepdim=, *, correction=', run: spread((...args) => engine.varianceMean(...args, false)), on: 'torch' },
  std_mean: { signature: 'input, dim=, unbiased=, keepdim=, *, correction=', run: spread((...args) => engine.varianceMean(...args, true)), on: 'torch' },
  aminmax: { signature: 'input, *, dim=, keepdim=', run: aminmax },
  nansum: { signature: 'input, dim=, keepdim=, *, dtype=', run: (a) => engine.nansum(a.tensor('input'), a.dims('dim'), a.bool('keepdim'), a.dtype()) },
  nanmean: { signature: 'input, dim=, keepdim=, *, dtype=', run: (a) => engine.nanmean(a.tensor('input'), a.dims('dim'), a.bool('keepdim'), a.dtype()) },
  norm: { signature: 'input, p=, dim=, keepdim=, dtype=', run: norm },
  quantile: { signature: 'input, q, dim=, keepdim=, *, interpolation=', run: quantile(false) },
  nanquantile: { signature: 'input, q, dim=, keepdim=, *, interpolation=', run: quantile(true) },
  cov: { signature: 'input, *, correction=, fweights=, aweights=', run: cov },
  corrcoef: { signature: 'input', run: (a) => engine.corrcoef(a.tensor('input')) },
  diff: {
    signature: 'input, n=, dim=, prepend=, append=',
    run: (a) => engine.diff(a.tensor('input'), a.int('n', 1), a.int('dim', -1), a.optionalTensor('prepend'), a.optionalTensor('append')),
  },
  trapezoid: { signature: 'y, x=, *, dx=, dim=', run: (a) => engine.trapezoid(a.tensor('y'), spacing(a), a.int('dim', -1)), on: 'torch' },
  trapz: { signature: 'y, x=, *, dx=, dim=', run: (a) => engine.trapezoid(a.tensor('y'), spacing(a), a.int('dim', -1)), on: 'torch' },
  cumulative_trapezoid: { signature: 'y, x=, *, dx=, dim=', run: (a) => engine.cumulativeTrapezoid(a.tensor('y'), spacing(a), a.int('dim', -1)), on: 'torch' },
  cumsum: { signature: 'input, dim, *, dtype=', run: (a) => engine.cumsum(a.tensor('input'), a.int('dim'), a.dtype()) },
  cumprod: { signature: 'input, dim, *, dtype=', run: (a) => engine.cumprod(a.tensor('input'), a.int('dim'), a.dtype()) },
  logcumsumexp: { signature: 'input, dim', run: (a) => engine.logcumsumexp(a.tensor('input'), a.int('dim')) },
  cummax: { signature: 'input, dim', run: runningExtreme('cummax') },
  cummin: { signature: 'input, dim', run: runningExtreme('cummin') },
  all: { signature: 'input, dim=, keepdim=', run: (a) => engine.all(a.tensor('input'), a.optionalInt('dim'), a.bool('keepdim')) },
  any: { signature: 'input, dim=, keepdim=', run: (a) => engine.any(a.tensor('input'), a.optionalInt('dim'), a.bool('keepdim')) },
  logsumexp: { signature: 'input, dim, keepdim=', run: (a) => engine.logsumexp(a.tensor('input'), a.dims('dim')!, a.bool('keepdim')) },
  softmax: { signature: 'input, dim, dtype=', run: softmaxOf(engine.softmax) },
  log_softmax: { signature: 'input, dim, dtype=', run: softmaxOf(engine.logSoftmax) },
};

const SOFTMAX_FUNCTIONS = {
  softmax: engine.softmax,
  log_softmax: engine.logSoftmax,
  // softmin(x) = softmax(-x)
  softmin: (input: Tensor, dim: number, dtype?: DType) => engine.softmax(engine.neg(input), dim, dtype),
};

/**
 * F.softmax / F.log_softmax / F.softmin: without dim, PyTorch warns and picks dim 0 for 0-, 1- and 3-dim inputs, else 1.
 */
export function functionalSoftmax(name: 'softmax' | 'log_softmax' | 'softmin'): OpDefinition {
  const fn = SOFTMAX_FUNCTIONS[name];
  return {
    signature: 'input, dim=, _stacklevel=, dtype=',
    run: (a) => {
      const input = a.tensor('input');
      if (a.has('dim')) return fn(input, a.int('dim'), a.dtype());
      warn(`Implicit dimension choice for ${name} has been deprecated. Change the call to include dim=X as an argument.`);
      return fn(input, [0, 1, 3].includes(input.ndim) ? 0 : 1, a.dtype());
    },
  };
}
