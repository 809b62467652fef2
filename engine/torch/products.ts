// Matrix and vector products beyond mm/matmul bound with PyTorch's signatures: addmm, addmv, addr, baddbmm,
// addbmm (PRODUCTS_IN_PLACE holds their in-place methods), vdot, inner, kron, einsum, tensordot, cross, and the
// distances cdist and dist. One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { PyList, PyTuple } from '../python/objects/containers';
import { Ellipsis, None, typeName, type PyValue } from '../python/objects/core';
import { str } from '../python/ops/convert';
import { typeError, valueError } from '../python/objects/exceptions';
import { PyTensor } from './tensorObject';
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

/** A subscript list of einsum's sublist form as equation text: 0-25 are A-Z, 26-51 a-z, Ellipsis is `...`. */
function subscriptText(list: PyValue): string {
  const items = list instanceof PyList || list instanceof PyTuple ? list.items : [list];
  return items
    .map((item) => {
      if (item === Ellipsis) return '...';
      const n = Number(item);
      if (n >= 0 && n < 26) return String.fromCharCode(65 + n);
      if (n >= 26 && n < 52) return String.fromCharCode(97 + n - 26);
      throw valueError('einsum(): subscript in subscript list is not within the valid range [0, 52)');
    })
    .join('');
}

const isSubscript = (item: PyValue): boolean => !(item instanceof PyTensor || item instanceof PyList || item instanceof PyTuple);

/**
 * torch.einsum(equation, *operands), the operands also as one list, or the sublist form
 * einsum(op1, sublist1, op2, sublist2, ..., [output sublist]) turned into an equation as torch/functional.py does.
 */
function einsum(a: BoundArgs): Tensor {
  const first = a.raw('equation');
  const rest = a.raw('operands');
  if (!(first instanceof PyTensor)) {
    if (rest === undefined || (rest instanceof PyTuple && rest.items.length === 0)) throw valueError(EINSUM_ARGUMENTS);
    return engine.einsum(a.string('equation', ''), a.tensors('operands'));
  }
  // A lone sublist arrives unwrapped as the varargs value itself.
  const restItems = rest === undefined ? [] : rest instanceof PyList && rest.items.every(isSubscript) ? [rest] : rest instanceof PyTuple || rest instanceof PyList ? rest.items : [rest];
  const args = [first, ...restItems];
  if (args.length < 2) throw valueError(EINSUM_ARGUMENTS);
  const pairs = Math.floor(args.length / 2);
  const operands = Array.from({ length: pairs }, (_, i) => args[2 * i]!);
  let equation = Array.from({ length: pairs }, (_, i) => subscriptText(args[2 * i + 1]!)).join(',');
  if (args.length % 2 === 1) equation += `->${subscriptText(args[args.length - 1]!)}`;
  return engine.einsum(
    equation,
    operands.map((operand) => {
      if (!(operand instanceof PyTensor)) throw typeError(`einsum(): expected a Tensor operand, got ${typeName(operand)}`);
      return operand.tensor;
    }),
  );
}

/** cdist's compute_mode names, as the mode numbers ATen takes. */
const CDIST_MODES: Record<string, number> = { use_mm_for_euclid_dist_if_necessary: 0, use_mm_for_euclid_dist: 1, donot_use_mm_for_euclid_dist: 2 };

function cdist(a: BoundArgs): Tensor {
  const given = a.given('compute_mode') ? (a.raw('compute_mode') ?? None) : undefined;
  const mode = given === undefined ? 0 : typeof given === 'string' ? CDIST_MODES[given] : undefined;
  if (mode === undefined) throw valueError(`${str(given!)} is not a valid value for compute_mode`);
  return engine.cdist(a.tensor('x1'), a.tensor('x2'), a.number('p', 2), mode);
}

const EINSUM_ARGUMENTS = 'einsum(): must specify the equation string and at least one operand, or at least one operand and its subscripts list';

export const PRODUCT_OPS: Record<string, OpDefinition> = {
  ...Object.fromEntries(
    Object.entries(SCALED_PRODUCTS).map(([name, product]) => [name, { signature: signatureOf(product), run: (a: BoundArgs) => scaledProduct(product, a, a.tensor('input')) }]),
  ),
  vdot: { signature: 'input, other', run: (a) => engine.vdot(a.tensor('input'), a.tensor('other')) },
  inner: { signature: 'input, other', run: (a) => engine.inner(a.tensor('input'), a.tensor('other')) },
  kron: { signature: 'input, other', run: (a) => engine.kron(a.tensor('input'), a.tensor('other')) },
  cross: { signature: 'input, other, dim=', run: (a) => engine.cross(a.tensor('input'), a.tensor('other'), a.optionalInt('dim')) },
  einsum: { signature: 'equation, *operands', run: einsum, on: 'torch' },
  cdist: { signature: 'x1, x2, p=, compute_mode=', run: cdist, on: 'torch' },
  dist: { signature: 'input, other, p=', run: (a) => engine.dist(a.tensor('input'), a.tensor('other'), a.number('p', 2)) },
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
