// Built-in functions CPython has and agnb deliberately does not: calling one raises NotImplementedError with the
// reason, and the language server flags calls to them as diagnostics (diagnostics.ts) before the cell runs.

export const UNSUPPORTED_BUILTINS: ReadonlyMap<string, string> = new Map([
  ['input', 'cells cannot read from stdin'],
  ['exec', 'dynamic code execution is not available'],
  ['eval', 'dynamic code execution is not available'],
  ['compile', 'dynamic code execution is not available'],
  ['__import__', 'modules are imported with import statements only'],
  ['globals', 'namespaces cannot be inspected as dicts yet'],
  ['locals', 'namespaces cannot be inspected as dicts yet'],
  ['breakpoint', 'there is no debugger'],
  ['help', 'there is no interactive help; hover a name to see its documentation'],
]);

export function unsupportedBuiltinMessage(name: string): string {
  return `${name}() is not supported in agnb: ${UNSUPPORTED_BUILTINS.get(name)}`;
}
