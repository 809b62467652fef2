// Triangles and diagonals bound with PyTorch's signatures: tril/triu (and in place), diag, diagonal, diag_embed,
// diagflat, trace, tril_indices/triu_indices and Tensor.fill_diagonal_. One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { checkScalarFits } from '../tensor/dtype';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { operandFor } from './operands';
import { checkDevice } from './values';

type Triangle = typeof engine.tril;

const triangle = (fn: Triangle): OpDefinition => ({ signature: 'input, diagonal=', run: (a) => fn(a.tensor('input'), a.int('diagonal', 0)) });

const triangleInPlace = (fn: Triangle): OpDefinition => ({
  signature: 'input, diagonal=',
  run: (a) => engine.applyInPlace(a.tensor('input'), (input) => fn(input, a.int('diagonal', 0)), false),
  on: 'tensor',
});

const indices = (fn: typeof engine.trilIndices): OpDefinition => ({
  signature: 'row, col, offset=, *, dtype=, device=, layout=',
  run: (a) => {
    checkDevice(a.raw('device'));
    return fn(a.int('row'), a.int('col'), a.int('offset', 0), a.dtype() ?? 'int64');
  },
  on: 'torch',
});

/** fill_diagonal_(fill_value, wrap=False): the value must fit self's dtype. */
function fillDiagonal(a: BoundArgs): Tensor {
  const self = a.tensor('input');
  checkScalarFits(a.number('fill_value'), self.dtype);
  return engine.fillDiagonalInPlace(self, operandFor(a.raw('fill_value'), self)!, a.bool('wrap'));
}

export const TRIANGULAR_OPS: Record<string, OpDefinition> = {
  tril: triangle(engine.tril),
  triu: triangle(engine.triu),
  tril_: triangleInPlace(engine.tril),
  triu_: triangleInPlace(engine.triu),
  diag: { signature: 'input, diagonal=', run: (a) => engine.diag(a.tensor('input'), a.int('diagonal', 0)) },
  diagonal: {
    signature: 'input, offset=, dim1=, dim2=',
    run: (a) => engine.diagonal(a.tensor('input'), a.int('offset', 0), a.int('dim1', 0), a.int('dim2', 1)),
  },
  diag_embed: {
    signature: 'input, offset=, dim1=, dim2=',
    run: (a) => engine.diagEmbed(a.tensor('input'), a.int('offset', 0), a.int('dim1', -2), a.int('dim2', -1)),
  },
  diagflat: { signature: 'input, offset=', run: (a) => engine.diagflat(a.tensor('input'), a.int('offset', 0)) },
  trace: { signature: 'input', run: (a) => engine.trace(a.tensor('input')) },
  tril_indices: indices(engine.trilIndices),
  triu_indices: indices(engine.triuIndices),
  fill_diagonal_: { signature: 'input, fill_value, wrap=', run: fillDiagonal, on: 'tensor' },
};
