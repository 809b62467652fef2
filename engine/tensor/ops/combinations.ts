// cartesian_prod and combinations: the rows of a meshgrid over 1-d tensors, all of them or those whose indices
// increase, stacked as columns (ATen's composition: meshgrid, flatten or masked_select, stack).
import { allocate } from '../dtype';
import { runtimeError } from '../errors';
import { Tensor } from '../tensor';
import { zeros } from './creation';
import { maskedSelect } from './indexing';
import { stack } from './join';
import { meshgrid } from './rearrange';
import { flatten } from './reorder';

function checkVector(tensor: Tensor): void {
  if (tensor.ndim !== 1) throw runtimeError(`Expect a 1D vector, but got shape [${tensor.shape.join(', ')}]`);
}

/** cartesian_prod: every combination of one element from each tensor, in row-major order; one tensor is returned itself. */
export function cartesianProd(tensors: readonly Tensor[]): Tensor {
  tensors.forEach(checkVector);
  if (tensors.length === 1) return tensors[0]!;
  return stack(meshgrid(tensors, 'ij').map((grid) => flatten(grid)), 1);
}

/** The r-dimensional n×…×n mask of index tuples i1 < i2 < … (i1 <= i2 <= … with replacement). */
function increasingMask(n: number, r: number, withReplacement: boolean): Tensor {
  const shape = new Array<number>(r).fill(n);
  const storage = allocate('bool', n ** r);
  const index = new Array<number>(r).fill(0);
  for (let flat = 0; flat < storage.length; flat++) {
    let increasing = 1;
    for (let k = 0; k + 1 < r; k++) if (withReplacement ? index[k]! > index[k + 1]! : index[k]! >= index[k + 1]!) increasing = 0;
    storage[flat] = increasing;
    for (let k = r - 1; k >= 0 && ++index[k]! === n; k--) index[k] = 0;
  }
  return Tensor.fromStorage(storage, shape, 'bool');
}

/** combinations(input, r, with_replacement): the r-element combinations of a vector, as itertools orders them. */
export function combinations(input: Tensor, r = 2, withReplacement = false): Tensor {
  checkVector(input);
  if (r < 0) throw runtimeError(`Expect a non-negative number, but got ${r}`);
  if (r === 0) return zeros([0], input.dtype);
  const mask = increasingMask(input.numel, r, withReplacement);
  return stack(meshgrid(new Array<Tensor>(r).fill(input), 'ij').map((grid) => maskedSelect(grid, mask)), 1);
}
