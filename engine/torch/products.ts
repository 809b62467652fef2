// Matrix and vector products beyond mm/matmul bound with PyTorch's signatures: addmm, addmv, addr, baddbmm,
// addbmm (PRODUCTS_IN_PLACE holds their in-place methods), vdot, inner, kron, tensordot and cross. One table
// entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { PyList, PyTuple } from '../python/objects/containers';
import { TorchError } from '../tensor/index';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';

type ScaledProduct = (bias: Tensor, first: Tensor, second: Tensor, beta: number, alpha: number) => Tensor;

/** The ops computing beta × input + alpha × a product, with the names of their two operands. */
const SCALED_PRODUCTS: Record<string, [ScaledProduct, string, string]> = {
  addmm: [engine.addmm, 'mat1', 'mat2'],
  addmv: [engine.addmv, 'mat', 'vec'],
  addr: [engine.addr, 'vec1', 'vec2'],
  baddbmm: [engine.baddbmm, 'batch1', 'batch2'],
  addbmm: [engine.addbmm, 'batch1', 'batch2'],
};

const scaledProduct = ([fn, first, second]: [ScaledProduct, string, string], a: BoundArgs, input: Tensor): Tensor =>
  fn(input, a.tensor(first), a.tensor(second), a.number('beta', 1), a.number('alpha', 1));

const signatureOf = ([, first, second]: [ScaledProduct, string, string]) => `input, ${first}, ${second}, *, beta=, alpha=`;

/** tensordot's dims: a count of trailing/leading dims, or the two lists (or single dims) to contract. */
function tensordotDims(a: BoundArgs): [number[], number[]] {
  const dims = a.raw('dims');
  if (dims instanceof PyTuple || dims instanceof PyList) {
    const [first, second] = dims.items.map((item) => (item instanceof PyTuple || item instanceof PyList ? item.items.map(Number) : [Number(item)]));
    return [first ?? [], second ?? []];
  }
  const count = a.int('dims', 2);
  if (count < 0) throw new TorchError('RuntimeError', `tensordot expects dims >= 0, but got dims=${count}`);
  return [Array.from({ length: count }, (_, i) => i - count), Array.from({ length: count }, (_, i) => i)];
}

export const PRODUCT_OPS: Record<string, OpDefinition> = {
  ...Object.fromEntries(
    Object.entries(SCALED_PRODUCTS).map(([name, product]) => [name, { signature: signatureOf(product), run: (a: BoundArgs) => scaledProduct(product, a, a.tensor('input')) }]),
  ),
  vdot: { signature: 'input, other', run: (a) => engine.vdot(a.tensor('input'), a.tensor('other')) },
  inner: { signature: 'input, other', run: (a) => engine.inner(a.tensor('input'), a.tensor('other')) },
  kron: { signature: 'input, other', run: (a) => engine.kron(a.tensor('input'), a.tensor('other')) },
  cross: { signature: 'input, other, dim=', run: (a) => engine.cross(a.tensor('input'), a.tensor('other'), a.optionalInt('dim')) },
  tensordot: {
    signature: 'a, b, dims=',
    run: (a) => {
      const [dimsA, dimsB] = tensordotDims(a);
      return engine.tensordot(a.tensor('a'), a.tensor('b'), dimsA, dimsB);
    },
    on: 'torch',
  },
};

export const PRODUCTS_IN_PLACE: Record<string, OpDefinition> = Object.fromEntries(
  Object.entries(SCALED_PRODUCTS).map(([name, product]) => [
    `${name}_`,
    { signature: signatureOf(product), run: (a: BoundArgs) => engine.applyInPlace(a.tensor('input'), (input) => scaledProduct(product, a, input), false) },
  ]),
);
