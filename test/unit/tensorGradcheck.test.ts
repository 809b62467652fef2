// gradcheck (float64 finite differences against backward) for every differentiable op case of every family:
// each case recorded from PyTorch is rerun with its floating inputs in float64.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradcheck } from '../../engine/tensor/autograd/gradcheck';
import { clone, detach, toDtype } from '../../engine/tensor/ops/copy';
import type { Tensor } from '../../engine/tensor/tensor';
import { fromRecorded, loadOpCases, type OpCase } from '../support/opCases';
import * as core from '../support/opTables/core';
import * as cumulative from '../support/opTables/cumulative';
import * as division from '../support/opTables/division';
import * as elementwise from '../support/opTables/elementwise';
import * as layers from '../support/opTables/layers';
import * as nn from '../support/opTables/nn';
import * as products from '../support/opTables/products';
import * as rearrange from '../support/opTables/rearrange';
import * as reductions from '../support/opTables/reductions';
import * as scatter from '../support/opTables/scatter';
import * as shapes from '../support/opTables/shapes';
import * as sorting from '../support/opTables/sorting';
import * as triangular from '../support/opTables/triangular';

const FAMILIES: Record<string, Record<string, OpCase>> = {
  core: core.OPS,
  cumulative: cumulative.OPS,
  division: division.OPS,
  elementwise: elementwise.OPS,
  layers: layers.OPS,
  nn: nn.OPS,
  products: products.OPS,
  rearrange: rearrange.OPS,
  reductions: reductions.OPS,
  scatter: scatter.OPS,
  shapes: shapes.OPS,
  sorting: sorting.OPS,
  triangular: triangular.OPS,
};

/**
 * Cases gradcheck cannot judge, and why: PyTorch's own gradcheck fails on them too (a kink or a jump inside the
 * finite-difference step, or a gradient that is defined by convention).
 */
const NOT_CHECKED: Record<string, string> = {
  'nn/embedding_padding': 'by definition the padding row gets no gradient, though the output depends on it',
  'reductions/max_all_ties': 'ties: max is not differentiable where two elements are equal',
  'reductions/max_dim_ties': 'ties: max is not differentiable where two elements are equal',
  'reductions/min_dim_ties': 'ties: min is not differentiable where two elements are equal',
  'reductions/amax_dims': 'ties: amax is not differentiable where two elements are equal',
  'reductions/amin_all': 'ties: amin is not differentiable where two elements are equal',
  'reductions/norm_inf': 'ties: the inf-norm is not differentiable where two elements are equal',
  'products/cdist_pinf': 'ties: the inf-norm distance is not differentiable where two differences are equal in size',
  'layers/max_pool2d_ties': 'ties: max pooling is not differentiable where two elements of a window are equal',
  'division/pow_zero_base': 'a zero base: pow is not differentiable there (PyTorch gradcheck fails too)',
  'division/pow_zero_number_base': '0 ** x jumps from 0 to infinity at x = 0 (PyTorch gradcheck fails too)',
  'triangular/trace_tall': "PyTorch's trace backward also writes past the diagonal of a matrix with more rows than columns (PyTorch gradcheck fails too)",
  'cumulative/logcumsumexp_infinities': 'infinite and NaN inputs: logcumsumexp has no finite derivative there',
  'scatter/scatter_src': 'repeated indices: a src element that another overwrites still gets its gradient (PyTorch gradcheck fails too)',
  'scatter/scatter_src_dim1': 'repeated indices: a src element that another overwrites still gets its gradient (PyTorch gradcheck fails too)',
  'scatter/scatter_inplace': 'repeated indices: a src element that another overwrites still gets its gradient (PyTorch gradcheck fails too)',
  'scatter/scatter_reduce_amax': 'ties: amax is not differentiable where two reduced elements are equal',
  'scatter/scatter_reduce_amin': 'ties: amin is not differentiable where two reduced elements are equal',
  'elementwise/view_copy_into_zeros': 'writes into a float32 tensor the case creates: float64 finite differences are lost to float32 rounding',
};

for (const name of sorting.TIED_CASES) NOT_CHECKED[`sorting/${name}`] = 'ties: sorting and selection are not differentiable where two elements are equal';
for (const name of cumulative.TIED_CASES) NOT_CHECKED[`cumulative/${name}`] = 'ties: a running extreme is not differentiable where two elements are equal';

for (const [family, ops] of Object.entries(FAMILIES)) {
  for (const [name, recorded] of Object.entries(loadOpCases(family))) {
    if (!recorded.grads) continue; // no floating input needs a gradient: nothing to check
    const reason = NOT_CHECKED[`${family}/${name}`];
    test(`gradcheck ${family}/${name}`, { skip: reason }, () => {
      const inputs: Tensor[] = recorded.inputs.map((input, i) => {
        const tensor = fromRecorded(input);
        const converted = input.dtype === 'float32' ? detach(toDtype(tensor, 'float64')) : tensor;
        converted.requiresGrad = recorded.requires_grad[i]!;
        return converted;
      });
      // Cases that write in place get a copy of each input, as a leaf that requires grad may not be written.
      // Outputs that are not differentiable (indices, updated running statistics) are left out, as PyTorch's
      // gradcheck does.
      const op = (values: Tensor[]) => {
        const result = ops[name]!(...values.map((value) => (value.requiresGrad ? clone(value) : value)));
        return Array.isArray(result) ? result.filter((out) => out.requiresGrad) : result;
      };
      assert.equal(gradcheck(op, inputs), true);
    });
  }
}
