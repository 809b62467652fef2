// Problems a cell has before it runs, for the language server: syntax errors (CPython's messages, from the same
// parser and compiler that run the cell) and uses of what agnb does not support (unavailable modules,
// unsupported built-in functions), each with the message the cell would fail with.
import type * as A from './ast';
import { compileModule } from './compiler';
import './index';
import { isModuleAvailable, missingModuleMessage } from './modules';
import { CompileError, parseModule } from './parse';
import { UNSUPPORTED_BUILTINS, unsupportedBuiltinMessage } from './unsupported';

/** Lines are 1-based and columns 0-based UTF-16 offsets (so a column is a JS string index into the line). */
export interface Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface DiagnoseOptions {
  /** Names already defined in the notebook (e.g. by earlier cells): a call to `eval` is the user's own `eval`. */
  definedNames?: Iterable<string>;
}

/** Everything agnb would reject in `source`; empty when the cell would compile and use only supported features. */
export function diagnose(source: string, options: DiagnoseOptions = {}): Diagnostic[] {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let module: A.Module;
  try {
    module = parseModule(text);
    compileModule(module, { origin: '<diagnostics>', lineOffset: 0, lines }, false);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const prefix = e.ename === 'SyntaxError' ? 'SyntaxError' : e.ename;
    return [{ line: e.line, column: e.col, endLine: e.line, endColumn: Math.max(e.endCol, e.col + 1), message: `${prefix}: ${e.message}`, severity: 'error' }];
  }
  const walk = new UsageWalk(lines);
  walk.visit(module.body);
  const defined = new Set([...walk.bound, ...(options.definedNames ?? [])]);
  return walk.found.filter((d) => !(d.builtin && defined.has(d.builtin))).map(({ builtin: _, ...d }) => d);
}

interface Finding extends Diagnostic {
  /** Set for calls of unsupported built-ins, which do not apply when the program binds that name itself. */
  builtin?: string;
}

/** Collects imports of unavailable modules, calls of unsupported built-ins, and every name the code binds. */
class UsageWalk {
  readonly found: Finding[] = [];
  readonly bound = new Set<string>();

  constructor(private readonly lines: string[]) {}

  visit(node: unknown): void {
    if (Array.isArray(node)) {
      for (const child of node) this.visit(child);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    switch (n.kind) {
      case 'Import':
        for (const alias of (n as unknown as A.Import).names) {
          this.bound.add(alias.asname ?? alias.name.split('.')[0]);
          this.checkModule(alias.name, n as unknown as A.Pos);
        }
        break;
      case 'ImportFrom': {
        const s = n as unknown as A.ImportFrom;
        for (const alias of s.names) this.bound.add(alias.asname ?? alias.name);
        if (s.level === 0) this.checkModule(s.module, s);
        break;
      }
      case 'FunctionDef':
      case 'ClassDef':
        this.bound.add(n.name as string);
        break;
      case 'Call': {
        const func = (n as unknown as A.Call).func;
        if (func.kind === 'Name' && UNSUPPORTED_BUILTINS.has(func.id)) {
          this.found.push({ ...this.span(func, func.id), message: `NotImplementedError: ${unsupportedBuiltinMessage(func.id)}`, severity: 'error', builtin: func.id });
        }
        break;
      }
    }
    if ('target' in n) this.bindTarget(n.target);
    if ('targets' in n) for (const t of n.targets as A.Expr[]) this.bindTarget(t);
    if (typeof n.name === 'string' && 'body' in n && Array.isArray(n.body) && !('kind' in n)) this.bound.add(n.name); // except ... as name
    if ('posonly' in n) {
      const args = n as unknown as A.Arguments;
      for (const p of [...args.posonly, ...args.args, ...args.kwonly]) this.bound.add(p.name);
      if (args.vararg) this.bound.add(args.vararg);
      if (args.kwarg) this.bound.add(args.kwarg);
    }
    for (const key in n) {
      const child = n[key];
      if (child !== null && typeof child === 'object') this.visit(child);
    }
  }

  private bindTarget(target: unknown): void {
    if (target === null || typeof target !== 'object') return;
    const t = target as A.Expr;
    if (t.kind === 'Name') this.bound.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) this.bindTarget(e);
    else if (t.kind === 'Starred') this.bindTarget(t.value);
  }

  private checkModule(name: string, statement: A.Pos): void {
    if (isModuleAvailable(name)) return;
    this.found.push({ ...this.span(statement, name), message: `ModuleNotFoundError: ${missingModuleMessage(name)}`, severity: 'error' });
  }

  /** The range of `text` at or after `at` on its line (the whole rest of the line if it is not found there). */
  private span(at: A.Pos, text: string): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
    const line = this.lines[at.line - 1] ?? '';
    const found = line.indexOf(text, at.col);
    const column = found >= 0 ? found : at.col;
    return { line: at.line, column, endLine: at.line, endColumn: found >= 0 ? found + text.length : Math.max(line.length, column + 1) };
  }
}
