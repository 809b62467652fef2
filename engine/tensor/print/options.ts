// torch.set_printoptions state, kept as plain immutable values so the engine owns where it lives.

export interface PrintOptions {
  /** Digits after the point (fixed) or after the first digit (scientific). */
  readonly precision: number;
  /** Tensors with more elements than this are summarised with '...'; may be Infinity. */
  readonly threshold: number;
  /** Items kept at each end of a summarised dimension. */
  readonly edgeitems: number;
  /** Line width used to wrap the innermost rows. */
  readonly linewidth: number;
  /** Forces (true) or forbids (false) scientific notation; null lets the values decide. */
  readonly sciMode: boolean | null;
}

export type PrintProfile = 'default' | 'short' | 'full';

/** The keyword arguments of torch.set_printoptions. */
export interface PrintOptionsRequest {
  precision?: number;
  threshold?: number;
  edgeitems?: number;
  linewidth?: number;
  profile?: PrintProfile;
  sciMode?: boolean | null;
}

export const defaultPrintOptions: PrintOptions = Object.freeze({
  precision: 4,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 80,
  sciMode: null,
});

/** What each profile resets; a profile leaves sciMode to the request. */
const profiles: Record<PrintProfile, Omit<PrintOptions, 'sciMode'>> = {
  default: { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 },
  short: { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 },
  full: { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 },
};

/**
 * The options after torch.set_printoptions(**request): the profile applies first, explicit values
 * override it, and sciMode is always replaced (omitting it resets it to null, as torch does).
 */
export function setPrintOptions(current: PrintOptions, request: PrintOptionsRequest): PrintOptions {
  const base = request.profile === undefined ? current : { ...current, ...profiles[request.profile] };
  return Object.freeze({
    precision: request.precision ?? base.precision,
    threshold: request.threshold ?? base.threshold,
    edgeitems: request.edgeitems ?? base.edgeitems,
    linewidth: request.linewidth ?? base.linewidth,
    sciMode: request.sciMode ?? null,
  });
}
