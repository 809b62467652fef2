// The dropout family of torch.nn.functional: dropout, dropout1d/2d/3d (feature dropout: one draw per channel),
// alpha_dropout and feature_alpha_dropout, as ATen's _dropout_impl computes them: the noise is drawn with
// bernoulli_(1 - p) over its own shape in memory order, then scaled; in place, the input is multiplied (and
// shifted) in place.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { scalarTypeName } from '../../tensor/dtype';
import { warn } from '../../tensor/errors';
import * as random from '../../random/index';
import { RuntimeError, notImplemented, pyError, valueError } from '../../python/objects/exceptions';
import { floatValue, str } from '../../python/ops/convert';
import type { PyValue } from '../../python/objects/core';

export interface DropoutKind {
  /** One draw per (sample, channel), broadcast over the remaining dims. */
  feature: boolean;
  /** Alpha dropout: dropped values go to SELU's negative saturation, the rest rescaled to keep mean and variance. */
  alpha: boolean;
}

const PLAIN: DropoutKind = { feature: false, alpha: false };

/** The check of F.dropout and friends (Python's, before ATen's), with p as Python's str() shows it. */
export function checkProbability(p: PyValue): void {
  const value = floatValue(p) ?? NaN;
  if (value < 0 || value > 1) throw valueError(`dropout probability has to be between 0 and 1, but got ${str(p)}`);
}

// SELU's alpha * scale, as ATen's alpha dropout writes it
const ALPHA = 1.7580993408473766;

/** ATen's _dropout_impl: the input unchanged outside training, else times the noise (plus the alpha shift). */
export function dropout(input: Tensor, p: number, training: boolean, inplace = false, kind: DropoutKind = PLAIN): Tensor {
  if (p < 0 || p > 1) throw pyError(RuntimeError, `dropout probability has to be between 0 and 1, but got ${p}`);
  if (p === 0 || !training || input.numel === 0) return input;
  const multiply = inplace ? engine.mulInPlace : engine.mul;
  if (p === 1) return multiply(input, engine.zeros([], input.dtype));
  if (input.dtype !== 'float32' && input.dtype !== 'float64') throw pyError(RuntimeError, `result type Float can't be cast to the desired output type ${scalarTypeName(input.dtype)}`);
  if (kind.feature && input.ndim < 2) throw pyError(RuntimeError, 'Feature dropout requires at least 2 dimensions in the input');
  const noiseShape = kind.feature ? input.shape.map((size, d) => (d < 2 ? size : 1)) : input.shape;
  const noise = engine.zeros(noiseShape, input.dtype);
  const values = noise.storage as Float32Array | Float64Array;
  if (!kind.alpha) {
    random.dropoutNoise(random.defaultGenerator, values, p);
    return multiply(input, noise);
  }
  random.bernoulliScalar(random.defaultGenerator, values, 1 - p);
  const a = 1 / Math.sqrt((ALPHA * ALPHA * p + 1) * (1 - p));
  const r = input.dtype === 'float32' ? Math.fround : (x: number) => x;
  const shift = engine.zeros(noiseShape, input.dtype);
  const shiftValues = shift.storage;
  // b = (noise - 1) * (alpha * a) + alpha * a * p; noise *= a
  const dropped = r(ALPHA * a);
  const offset = r(ALPHA * a * p);
  const scale = r(a);
  for (let i = 0; i < values.length; i++) {
    shiftValues[i] = r(r(r(values[i]! - 1) * dropped) + offset);
    values[i] = r(values[i]! * scale);
  }
  return engine.addInPlace(multiply(input, noise), shift);
}

const FUNCTIONAL_FILE = '/usr/lib/python3/dist-packages/torch/nn/functional.py';
const DEPRECATED_DIMS = (name: string, ndim: number, spatial: number, dims: string) =>
  `${name}: Received a ${ndim}-D input to ${name}, which is deprecated and will result in an error in a future release. To retain the behavior and silence this warning, please use dropout instead. Note that ${name} exists to provide channel-wise dropout on inputs with ${spatial} spatial dimensions, a channel dimension, and an optional batch dimension (i.e. ${dims} inputs).`;

/** F.dropout1d: a 2-d input is one sample (unbatched); other dims are refused. */
export function dropout1d(input: Tensor, p: number, training: boolean, inplace: boolean): Tensor {
  if (input.ndim !== 2 && input.ndim !== 3) {
    throw pyError(
      RuntimeError,
      `dropout1d: Expected 2D or 3D input, but received a ${input.ndim}D input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).`,
    );
  }
  return unbatchedFeatureDropout(input, p, training, inplace, input.ndim === 3);
}

/** F.dropout2d: 3-d inputs are taken as (N, C, L), with PyTorch's warnings. */
export function dropout2d(input: Tensor, p: number, training: boolean, inplace: boolean): Tensor {
  if (input.ndim !== 3 && input.ndim !== 4) warn(DEPRECATED_DIMS('dropout2d', input.ndim, 2, '3D or 4D'), { file: FUNCTIONAL_FILE, line: 1331, source: 'warnings.warn(warn_msg)' });
  if (input.ndim === 3) {
    warn(
      'dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d instead.',
      { file: FUNCTIONAL_FILE, line: 1338, source: 'warnings.warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "' },
    );
  }
  return dropout(input, p, training, inplace, { feature: true, alpha: false });
}

/** F.dropout3d: a 4-d input is one sample (unbatched). */
export function dropout3d(input: Tensor, p: number, training: boolean, inplace: boolean): Tensor {
  if (input.ndim !== 4 && input.ndim !== 5) warn(DEPRECATED_DIMS('dropout3d', input.ndim, 3, '4D or 5D'), { file: FUNCTIONAL_FILE, line: 1375, source: 'warnings.warn(warn_msg)' });
  return unbatchedFeatureDropout(input, p, training, inplace, input.ndim === 5);
}

/** Feature dropout of an input that may lack its batch dim (then given one of size 1 and squeezed after). */
function unbatchedFeatureDropout(input: Tensor, p: number, training: boolean, inplace: boolean, batched: boolean): Tensor {
  const kind = { feature: true, alpha: false };
  if (batched) return dropout(input, p, training, inplace, kind);
  if (inplace && training && p > 0 && input.numel > 0) throw notImplemented('agnb: in-place channel dropout of an unbatched input is not supported yet');
  return engine.squeeze(dropout(engine.unsqueeze(input, 0), p, training, false, kind), 0);
}
