// einsum as PyTorch 1.13's at::einsum computes it (Linear.cpp): the equation's labels are parsed, each operand's
// repeated labels become diagonals, missing labels are unsqueezed and every operand is permuted to (output
// dims, contracted dims); the operands are then contracted left to right, a pair at a time by sumproduct_pair
// (permute, reshape, bmm). Everything is built from recorded ops, so the graph and gradients are PyTorch's.
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { mul } from './arithmetic';
import { bmm } from './linalg';
import { sum } from './reduce';
import { movedim } from './rearrange';
import { diagonal } from './triangular';
import { permute, reshape, unsqueeze, view } from './views';

const LETTERS = 26;
const TOTAL_LABELS = 2 * LETTERS;
/** The subscript standing for an ellipsis among an operand's labels. */
const ELLIPSIS = TOTAL_LABELS;

const isLetter = (char: string): boolean => /^[A-Za-z]$/.test(char);
/** A label in [A-Za-z] as a subscript in [0, 52): upper case first. */
const subscriptOf = (char: string): number => (char <= 'Z' ? char.charCodeAt(0) - 65 : char.charCodeAt(0) - 97 + LETTERS);
const labelOf = (subscript: number): string => String.fromCharCode(subscript < LETTERS ? subscript + 65 : subscript - LETTERS + 97);

/** Each operand's subscripts (ELLIPSIS for `...`), parsed from the equation's left-hand side with PyTorch's checks. */
function operandLabels(lhs: string, count: number): number[][] {
  const labels: number[][] = Array.from({ length: count }, () => []);
  let operand = 0;
  let ellipsisSeen = false;
  for (let i = 0; i < lhs.length; i++) {
    const char = lhs[i]!;
    if (char === ' ') continue;
    if (char === '.') {
      if (ellipsisSeen) throw runtimeError(`einsum(): found '.' for operand ${operand} for which an ellipsis was already found`);
      if (!(i + 2 < lhs.length && lhs[++i] === '.' && lhs[++i] === '.')) throw runtimeError(`einsum(): found '.' for operand ${operand} that is not part of any ellipsis`);
      labels[operand]!.push(ELLIPSIS);
      ellipsisSeen = true;
    } else if (char === ',') {
      operand++;
      if (operand >= count) throw runtimeError('einsum(): fewer operands were provided than specified in the equation');
      ellipsisSeen = false;
    } else {
      if (!isLetter(char)) throw runtimeError(`einsum(): invalid subscript given at index ${i} in the equation string, subscripts must be in [a-zA-Z]`);
      labels[operand]!.push(subscriptOf(char));
    }
  }
  if (operand !== count - 1) throw runtimeError('einsum(): more operands were provided than specified in the equation');
  return labels;
}

/**
 * sumproduct_pair: (left * right).sum(sumDims, keepdim=True) for operands of equal rank, by permuting both to
 * (dims in both, left only, summed) and (both, summed, right only), flattening each group and one bmm.
 */
function sumproductPair(leftInput: Tensor, rightInput: Tensor, sumDims: readonly number[]): Tensor {
  if (sumDims.length === 0) return mul(leftInput, rightInput);
  let left = leftInput;
  let right = rightInput;
  const both: number[] = [];
  const leftOnly: number[] = [];
  const rightOnly: number[] = [];
  let [bothSize, leftSize, rightSize, summedSize] = [1, 1, 1, 1];
  for (let d = 0; d < left.ndim; d++) {
    const inLeft = left.shape[d] !== 1;
    const inRight = right.shape[d] !== 1;
    if (sumDims.includes(d)) {
      if (inLeft && inRight) summedSize *= left.shape[d]!;
      else if (inLeft) left = sum(left, [d], true);
      else if (inRight) right = sum(right, [d], true);
    } else if (inLeft && inRight) {
      both.push(d);
      bothSize *= left.shape[d]!;
    } else if (inLeft) {
      leftOnly.push(d);
      leftSize *= left.shape[d]!;
    } else {
      rightOnly.push(d);
      rightSize *= right.shape[d]!;
    }
  }
  const outShape = [...both.map((d) => left.shape[d]!), ...leftOnly.map((d) => left.shape[d]!), ...sumDims.map(() => 1), ...rightOnly.map((d) => right.shape[d]!)];
  const outOrder = [...both, ...leftOnly, ...sumDims, ...rightOnly];
  const inverse = new Array<number>(outOrder.length);
  outOrder.forEach((d, i) => (inverse[d] = i));
  const leftMatrix = reshape(permute(left, outOrder), [bothSize, leftSize, summedSize]);
  const rightMatrix = reshape(permute(right, [...both, ...sumDims, ...rightOnly, ...leftOnly]), [bothSize, summedSize, rightSize]);
  return permute(view(bmm(leftMatrix, rightMatrix), outShape), inverse);
}

/** einsum(equation, operands): implicit (`ij,jk`) or explicit (`ij,jk->ik`) output, ellipses, repeated labels. */
export function einsum(equation: string, operands: readonly Tensor[]): Tensor {
  if (operands.length === 0) throw runtimeError('einsum(): must provide at least one operand');
  const arrow = equation.indexOf('->');
  const lhs = arrow < 0 ? equation : equation.slice(0, arrow);
  const labels = operandLabels(lhs, operands.length);

  const labelCount = new Array<number>(TOTAL_LABELS).fill(0);
  // The most dims any ellipsis covers.
  let ellipsisDims = 0;
  operands.forEach((operand, i) => {
    const hasEllipsis = labels[i]!.includes(ELLIPSIS);
    const named = labels[i]!.length - (hasEllipsis ? 1 : 0);
    for (const label of labels[i]!) if (label !== ELLIPSIS) labelCount[label]!++;
    if (hasEllipsis) ellipsisDims = Math.max(ellipsisDims, operand.ndim - named);
    if (hasEllipsis ? named > operand.ndim : named !== operand.ndim) {
      throw runtimeError(
        `einsum(): the number of subscripts in the equation (${named}${hasEllipsis ? ') is more than the number of dimensions (' : ') does not match the number of dimensions ('}${operand.ndim}) for operand ${i}${hasEllipsis ? '' : ' and no ellipsis was given'}`,
      );
    }
  });

  // Every label's index in the aligned dims: output dims first, then the contracted ones.
  const position = new Array<number>(TOTAL_LABELS).fill(-1);
  let next = 0;
  let ellipsisAt = 0;
  let ellipsisInOutput = false;
  if (arrow < 0) {
    // Implicit output: the ellipsis dims, then the labels seen once, in subscript order.
    next = ellipsisDims;
    ellipsisInOutput = true;
    for (let label = 0; label < TOTAL_LABELS; label++) if (labelCount[label] === 1) position[label] = next++;
  } else {
    const rhs = equation.slice(arrow + 2);
    for (let i = 0; i < rhs.length; i++) {
      const char = rhs[i]!;
      if (char === ' ') continue;
      if (char === '.') {
        if (ellipsisInOutput) throw runtimeError("einsum(): found '.' for output but an ellipsis (...) was already found");
        if (!(i + 2 < rhs.length && rhs[++i] === '.' && rhs[++i] === '.')) throw runtimeError("einsum(): found '.' for output that is not part of any ellipsis (...)");
        ellipsisAt = next;
        next += ellipsisDims;
        ellipsisInOutput = true;
        continue;
      }
      if (!isLetter(char)) throw runtimeError(`einsum(): invalid subscript given at index ${lhs.length + 2 + i} in the equation string, subscripts must be in [a-zA-Z]`);
      const label = subscriptOf(char);
      if (!(labelCount[label]! > 0 && position[label] === -1)) {
        throw runtimeError(`einsum(): output subscript ${char}${position[label]! > -1 ? ' appears more than once in the output' : ' does not appear in the equation for any input operand'}`);
      }
      position[label] = next++;
    }
  }
  const outputDims = next;
  if (!ellipsisInOutput) {
    ellipsisAt = next;
    next += ellipsisDims;
  }
  for (let label = 0; label < TOTAL_LABELS; label++) if (labelCount[label]! > 0 && position[label] === -1) position[label] = next++;
  const alignedDims = next;

  // Align every operand: check sizes, take diagonals of repeated labels, unsqueeze missing dims, permute. Count
  // for each aligned dim how many operands have it with a size other than 1.
  const labelSize = new Array<number>(TOTAL_LABELS).fill(1);
  const ellipsisSizes = new Array<number>(ellipsisDims).fill(1);
  const dimCounts = new Array<number>(alignedDims).fill(0);
  const ops = operands.map((operand, i) => {
    let op = operand;
    const permutation = new Array<number>(alignedDims).fill(-1);
    let dim = 0;
    for (const label of labels[i]!) {
      if (label === ELLIPSIS) {
        const covered = operand.ndim - (labels[i]!.length - 1);
        for (let j = ellipsisDims - covered; j < ellipsisDims; j++) {
          const size = op.shape[dim]!;
          if (size !== 1) {
            if (ellipsisSizes[j] !== 1 && ellipsisSizes[j] !== size) {
              throw runtimeError(
                `einsum(): dimension ${dim} covered by ellipsis in operand ${i}has size ${size} which does not broadcast with previously seen ellipsis with size ${ellipsisSizes[j]} for the respective dimension`,
              );
            }
            ellipsisSizes[j] = size;
            dimCounts[ellipsisAt + j]!++;
          }
          permutation[ellipsisAt + j] = dim++;
        }
      } else if (permutation[position[label]!] === -1) {
        const size = op.shape[dim]!;
        if (size !== 1) {
          if (labelSize[label] !== 1 && labelSize[label] !== size) {
            throw runtimeError(`einsum(): subscript ${labelOf(label)} has size ${size} for operand ${i} which does not broadcast with previously seen size ${labelSize[label]}`);
          }
          labelSize[label] = size;
          dimCounts[position[label]!]!++;
        }
        permutation[position[label]!] = dim++;
      } else {
        const previous = permutation[position[label]!]!;
        if (op.shape[dim] !== op.shape[previous]) {
          throw runtimeError(`einsum(): subscript ${labelOf(label)} is repeated for operand ${i} but the sizes don't match, ${op.shape[dim]} != ${op.shape[previous]}`);
        }
        op = movedim(diagonal(op, 0, previous, dim), [-1], [previous]);
      }
    }
    for (let d = 0; d < alignedDims; d++) {
      if (permutation[d] !== -1) continue;
      op = unsqueeze(op, dim);
      permutation[d] = dim++;
    }
    return permute(op, permutation);
  });

  // Contract left to right; a dim is summed as soon as no operand still to come has it.
  while (ops.length > 1) {
    let a = ops.shift()!;
    let b = ops.shift()!;
    const sumDims: number[] = [];
    const aDimsToSum: number[] = [];
    const bDimsToSum: number[] = [];
    for (let dim = outputDims; dim < alignedDims; dim++) {
      if (a.shape[dim] !== 1 && b.shape[dim] !== 1) {
        if (--dimCounts[dim]! === 1) {
          sumDims.push(dim);
          dimCounts[dim] = 0;
        }
      } else if (dimCounts[dim] === 1) {
        if (a.shape[dim] !== 1) {
          aDimsToSum.push(dim);
          dimCounts[dim] = 0;
        } else if (b.shape[dim] !== 1) {
          bDimsToSum.push(dim);
          dimCounts[dim] = 0;
        }
      }
    }
    if (aDimsToSum.length > 0) a = sum(a, aDimsToSum, true);
    if (bDimsToSum.length > 0) b = sum(b, bDimsToSum, true);
    ops.unshift(sumproductPair(a, b, sumDims));
  }

  const result = ops[0]!;
  if (alignedDims === outputDims) return result;
  // With several operands the contracted dims are all size 1 by now; a single operand sums them.
  if (operands.length > 1) return view(result, result.shape.slice(0, outputDims));
  return sum(result, Array.from({ length: alignedDims - outputDims }, (_, i) => outputDims + i));
}
