// PyTorch 1.13's tensor printing (torch/_tensor_str.py behaviour) over plain element data.

export { formatTensor, type TensorSuffixes } from './formatTensor';
export { formatSize } from './shape';
export { defaultPrintOptions, setPrintOptions, type PrintOptions, type PrintOptionsRequest, type PrintProfile } from './options';
export type { PrintDType } from './dtype';
export type { ElementValues } from './elementFormatter';
export { formatExponential, formatFixed } from './pythonFloatFormat';
