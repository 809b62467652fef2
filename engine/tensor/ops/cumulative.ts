// Running extremes along a dim: cummax and cummin, with the position each value came from. A NaN wins as soon
// as it appears and stays; among equal values the latest position is kept, as in PyTorch's CPU kernel.
import { allocate } from '../dtype';
import { normalizeDim } from '../shape';
import { Tensor } from '../tensor';
import { zeros } from './creation';
import type { ValuesAndIndices } from './extrema';
import { scatterAdd } from './gather';
import { record } from './record';
import { newTensor, reductionLayout } from './statistics';

type Running = 'max' | 'min';

function runningExtreme(tensor: Tensor, dim: number, which: Running): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  const data = tensor.contiguousData();
  const values = allocate(tensor.dtype, data.length);
  const indices = new Float64Array(data.length);
  if (tensor.ndim === 0) values[0] = data[0]!;
  else {
    const { outputs, elements } = reductionLayout(tensor.shape, [d]);
    const wantMax = which === 'max';
    for (let o = 0; o < outputs.length; o++) {
      const base = outputs[o]!;
      let best = data[base]!;
      let at = 0;
      for (let k = 0; k < elements.length; k++) {
        const x = data[base + elements[k]!]!;
        if (x !== x || (best === best && (wantMax ? x >= best : x <= best))) {
          best = x;
          at = k;
        }
        values[base + elements[k]!] = best;
        indices[base + elements[k]!] = at;
      }
    }
  }
  const out = { values: newTensor(values, tensor.shape, tensor.dtype), indices: newTensor(indices, tensor.shape, 'int64') };
  const inputShape = [...tensor.shape];
  // cummaxmin_backward: each gradient added at the position its value came from.
  record(which === 'max' ? 'CummaxBackward0' : 'CumminBackward0', [tensor], out.values, ([grad], [positions]) => [
    inputShape.reduce((a, b) => a * b, 1) === 0 ? zeros(inputShape, grad!.dtype) : scatterAdd(zeros(inputShape, grad!.dtype), d, positions!, grad!),
  ], [out.indices]);
  return out;
}

/** cummax(dim): the largest value so far along `dim` and where it was. */
export const cummax = (tensor: Tensor, dim: number): ValuesAndIndices => runningExtreme(tensor, dim, 'max');
/** cummin(dim): the smallest value so far along `dim` and where it was. */
export const cummin = (tensor: Tensor, dim: number): ValuesAndIndices => runningExtreme(tensor, dim, 'min');
