// The dtypes the printer understands and what it needs to know about each.
import { defaultFloatDtype } from '../dtype';

export type PrintDType =
  | 'float64'
  | 'float32'
  | 'float16'
  | 'bfloat16'
  | 'int64'
  | 'int32'
  | 'int16'
  | 'int8'
  | 'uint8'
  | 'bool';

export type DTypeKind = 'float' | 'int' | 'bool';

export function dtypeKind(dtype: PrintDType): DTypeKind {
  if (dtype === 'bool') return 'bool';
  return dtype.startsWith('int') || dtype === 'uint8' ? 'int' : 'float';
}

/** str(torch.<dtype>), e.g. 'torch.float64'. */
export function dtypeName(dtype: PrintDType): string {
  return `torch.${dtype}`;
}

/** Dtypes torch infers from Python values (float: the default dtype, int, bool), which it therefore leaves out of repr. */
export function isInferredDType(dtype: PrintDType): boolean {
  return dtype === defaultFloatDtype() || dtype === 'int64' || dtype === 'bool';
}
