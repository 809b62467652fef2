// Errors the engine raises, named after the Python exception PyTorch raises, with PyTorch's message.
// The language layer turns them into that Python exception.

export type TorchErrorKind = 'RuntimeError' | 'ValueError' | 'IndexError' | 'TypeError' | 'NotImplementedError';

export class TorchError extends Error {
  constructor(
    readonly kind: TorchErrorKind,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}

export const runtimeError = (message: string) => new TorchError('RuntimeError', message);
export const valueError = (message: string) => new TorchError('ValueError', message);
export const indexError = (message: string) => new TorchError('IndexError', message);
export const typeError = (message: string) => new TorchError('TypeError', message);

/** A warning PyTorch prints through Python's warnings module (e.g. reading .grad of a non-leaf). */
export interface TorchWarning {
  category: 'UserWarning';
  message: string;
  /** Where PyTorch's Python code issues it, when that is not the user's line (e.g. inside gradcheck.py). */
  origin?: WarningOrigin;
}

export interface WarningOrigin {
  file: string;
  line: number;
  source: string;
}

let warningSink: (warning: TorchWarning) => void = () => {};

/** The language layer installs where warnings go (Python's warnings machinery, printed to stderr). */
export function setWarningSink(sink: (warning: TorchWarning) => void): void {
  warningSink = sink;
}

export function warn(message: string, origin?: WarningOrigin): void {
  warningSink({ category: 'UserWarning', message, ...(origin ? { origin } : {}) });
}
