// repr(tensor) and torch.set_printoptions, through the engine's PyTorch-exact formatter.
import type { Tensor } from '../tensor/index';
import { defaultPrintOptions, formatTensor, setPrintOptions, type PrintOptions, type PrintProfile } from '../tensor/print/index';
import { None, type PyValue } from '../python/objects/core';
import { valueError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';

let printOptions: PrintOptions = defaultPrintOptions;

export function tensorRepr(tensor: Tensor): string {
  return formatTensor(
    tensor.contiguousData(),
    tensor.shape,
    tensor.dtype,
    { requiresGrad: tensor.requiresGrad, gradFn: tensor.gradFn?.name, isParameter: tensor.isParameter },
    printOptions,
  );
}

/** A few values of a tensor for a hover: PyTorch's summarised print with the current precision, small. */
export function tensorPreview(tensor: Tensor): string {
  const preview = { ...printOptions, threshold: 24, edgeitems: 2 };
  return formatTensor(tensor.contiguousData(), tensor.shape, tensor.dtype, {}, preview);
}

/** The precision a fresh kernel prints with (a setting); torch.set_printoptions changes it from there. */
export function setDefaultPrintPrecision(precision: number): void {
  printOptions = setPrintOptions(printOptions, { precision });
}

const PROFILES = ['default', 'short', 'full'];

/** torch.set_printoptions(precision=, threshold=, edgeitems=, linewidth=, profile=, sci_mode=). */
export function setPrintOptionsFrom(args: BoundArgs): PyValue {
  const profile = args.raw('profile');
  if (profile !== undefined && (typeof profile !== 'string' || !PROFILES.includes(profile))) throw valueError(`Unknown profile: ${String(profile)}`);
  printOptions = setPrintOptions(printOptions, {
    precision: args.optionalInt('precision'),
    threshold: args.optionalNumber('threshold'),
    edgeitems: args.optionalInt('edgeitems'),
    linewidth: args.optionalInt('linewidth'),
    profile: profile as PrintProfile | undefined,
    sciMode: args.has('sci_mode') ? args.bool('sci_mode') : null,
  });
  return None;
}
