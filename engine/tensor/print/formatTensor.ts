// repr(tensor) as PyTorch 1.13 prints it; str(tensor) is the same text.

import { defaultFloatDtype } from '../dtype';
import { dtypeName, isInferredDType, type PrintDType } from './dtype';
import type { ElementValues } from './elementFormatter';
import { defaultPrintOptions, type PrintOptions } from './options';
import { elementCount, formatShapeTuple } from './shape';
import { appendSuffixes } from './suffixes';
import { formatTensorBody } from './tensorBody';

export interface TensorSuffixes {
  requiresGrad?: boolean;
  /** Class name of the node that produced the tensor, e.g. 'AddBackward0'; shown instead of requires_grad. */
  gradFn?: string;
  /** nn.Parameter puts 'Parameter containing:' on a line of its own before the tensor. */
  isParameter?: boolean;
}

const PREFIX = 'tensor(';
const PARAMETER_HEADER = 'Parameter containing:\n';

/**
 * Formats a contiguous tensor given its elements in row-major order. Floats come as numbers holding the
 * exact element value (Float32Array for float32 keeps them exact), int64 as bigints or safe integers,
 * bools as booleans or 0/1.
 */
export function formatTensor(
  values: ElementValues,
  shape: readonly number[],
  dtype: PrintDType,
  suffixes: TensorSuffixes = {},
  options: PrintOptions = defaultPrintOptions,
): string {
  const indent = PREFIX.length;
  const trailing: string[] = [];
  let body: string;
  if (elementCount(shape) === 0) {
    // Like NumPy, the shape is spelled out unless it is (0,).
    if (shape.length !== 1) trailing.push(`size=${formatShapeTuple(shape)}`);
    // Having no values to infer it from, an empty tensor names every dtype but torch.get_default_dtype().
    if (dtype !== defaultFloatDtype()) trailing.push(`dtype=${dtypeName(dtype)}`);
    body = '[]';
  } else {
    if (!isInferredDType(dtype)) trailing.push(`dtype=${dtypeName(dtype)}`);
    body = formatTensorBody(values, shape, dtype, options, indent);
  }
  if (suffixes.gradFn !== undefined) trailing.push(`grad_fn=<${suffixes.gradFn}>`);
  else if (suffixes.requiresGrad) trailing.push('requires_grad=True');
  const repr = appendSuffixes(PREFIX + body, trailing, indent, options.linewidth);
  return suffixes.isParameter ? PARAMETER_HEADER + repr : repr;
}
