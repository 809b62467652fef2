// agnb's engine through its TypeScript API (docs/engine.md): random float32 tensors for the suites that call it.
import * as engine from '../../engine/tensor/index';
import { Generator, normalFloat32 } from '../../engine/random/index';

const generator = new Generator().manualSeed(0);

/** A float32 tensor of standard normal values times `scale`, optionally a leaf that requires grad. */
export function randn(shape: number[], scale = 1, requiresGrad = false): engine.Tensor {
  const values = new Float32Array(shape.reduce((product, size) => product * size, 1));
  normalFloat32(generator, values, 0, scale);
  const tensor = engine.Tensor.fromStorage(values, shape, 'float32');
  tensor.requiresGrad = requiresGrad;
  return tensor;
}
