// Scope analysis: decides for every name in every scope whether it is a fast local, a cell (local captured
// by an inner function), a free variable (captured from an enclosing function), a global, or (in module and
// class bodies) a namespace lookup. Mirrors CPython's symtable rules.
import type * as A from './ast';
import { CompileError } from './parse';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export type NameAccess =
  | { kind: 'fast'; slot: number }
  | { kind: 'cell'; index: number; free: boolean }
  | { kind: 'global' }
  | { kind: 'name' } // module/class namespace, then globals, then builtins
  | { kind: 'classcell'; index: number }; // class body reading a variable of an enclosing function

export class Scope {
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Where each `nonlocal` name was declared, for error messages. */
  readonly nonlocalAt = new Map<string, A.Pos>();
  readonly children: Scope[] = [];
  /** Names in fast-slot order: parameters first. */
  readonly locals: string[] = [];
  readonly cellvars: string[] = [];
  readonly freevars: string[] = [];
  /** Whether `super()` appears (the enclosing class then provides a `__class__` cell). */
  usesSuper = false;
  /** Whether the body contains `yield` (calling the function creates a generator). */
  isGenerator = false;

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly name: string,
  ) {
    parent?.children.push(this);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }

  bind(name: string): void {
    this.bound.add(name);
  }

  access(name: string): NameAccess {
    if (this.kind === 'module') return { kind: this.globals.has(name) ? 'global' : 'name' };
    const cell = this.cellIndex(name);
    if (this.kind === 'class') {
      if (this.globals.has(name)) return { kind: 'global' };
      if (cell >= 0 && !this.bound.has(name)) return { kind: 'classcell', index: cell };
      return { kind: 'name' };
    }
    if (cell >= 0) return { kind: 'cell', index: cell, free: !this.cellvars.includes(name) };
    const slot = this.locals.indexOf(name);
    if (slot >= 0) return { kind: 'fast', slot };
    return { kind: 'global' };
  }

  /** Index into the frame's cells: cellvars first, then freevars. */
  cellIndex(name: string): number {
    const c = this.cellvars.indexOf(name);
    if (c >= 0) return c;
    const f = this.freevars.indexOf(name);
    return f >= 0 ? this.cellvars.length + f : -1;
  }

  /** The qualified-name prefix for definitions inside this scope (`f.<locals>.`, `C.`). */
  qualPrefix(): string {
    if (this.kind === 'module') return '';
    const own = this.parent ? this.parent.qualPrefix() + this.name : this.name;
    return this.kind === 'class' ? own + '.' : own + '.<locals>.';
  }
}

/** Builds the scope tree for a module; returns the module scope and a map from defining nodes to their scopes. */
export function analyze(module: A.Module): { root: Scope; scopes: Map<object, Scope> } {
  const builder = new Builder();
  const root = new Scope('module', null, '<module>');
  builder.stmts(module.body, root);
  for (const scope of builder.scopes.values()) resolveFree(scope);
  resolveFree(root);
  for (const scope of [...builder.scopes.values()]) finishLocals(scope);
  return { root, scopes: builder.scopes };
}

class Builder {
  readonly scopes = new Map<object, Scope>();

  stmts(body: A.Stmt[], scope: Scope): void {
    for (const s of body) this.stmt(s, scope);
  }

  error(message: string, node: A.Pos): never {
    throw new CompileError(message, node.line, node.col);
  }

  target(t: A.Expr, scope: Scope): void {
    switch (t.kind) {
      case 'Name':
        this.declareBinding(t.id, scope);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, scope);
        return;
      case 'Starred':
        this.target(t.value, scope);
        return;
      default:
        this.expr(t, scope);
    }
  }

  declareBinding(name: string, scope: Scope): void {
    if (scope.globals.has(name) || scope.nonlocals.has(name)) return;
    scope.bind(name);
  }

  stmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'Expr':
        return this.expr(s.value, scope);
      case 'Assign':
        this.expr(s.value, scope);
        for (const t of s.targets) this.target(t, scope);
        return;
      case 'AugAssign':
        this.expr(s.value, scope);
        if (s.target.kind === 'Name') scope.used.add(s.target.id);
        return this.target(s.target, scope);
      case 'AnnAssign':
        if (s.value) this.expr(s.value, scope);
        this.expr(s.annotation, scope);
        return this.target(s.target, scope);
      case 'Delete':
        for (const t of s.targets) this.target(t, scope);
        return;
      case 'Return':
        if (!scope.isFunctionLike) this.error("'return' outside function", s);
        if (s.value) this.expr(s.value, scope);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc, scope);
        if (s.cause) this.expr(s.cause, scope);
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) {
          const kind = s.kind === 'Global' ? 'global' : 'nonlocal';
          if (scope.bound.has(name) || scope.used.has(name)) {
            this.error(`name '${name}' is ${scope.bound.has(name) ? 'assigned to' : 'used'} prior to ${kind} declaration`, s);
          }
          if (s.kind === 'Nonlocal') {
            if (scope.kind === 'module') this.error('nonlocal declaration not allowed at module level', s);
            scope.nonlocals.add(name);
            scope.nonlocalAt.set(name, s);
          } else scope.globals.add(name);
        }
        return;
      case 'Assert':
        this.expr(s.test, scope);
        if (s.msg) this.expr(s.msg, scope);
        return;
      case 'Import':
        for (const a of s.names) this.declareBinding(a.asname ?? a.name.split('.')[0], scope);
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (scope.kind !== 'module') this.error('import * only allowed at module level', s);
          } else this.declareBinding(a.asname ?? a.name, scope);
        }
        return;
      case 'If':
      case 'While':
        this.expr(s.test, scope);
        this.stmts(s.body, scope);
        return this.stmts(s.orelse, scope);
      case 'For':
        this.expr(s.iter, scope);
        this.target(s.target, scope);
        this.stmts(s.body, scope);
        return this.stmts(s.orelse, scope);
      case 'Try':
        this.stmts(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, scope);
          if (h.name) this.declareBinding(h.name, scope);
          this.stmts(h.body, scope);
        }
        this.stmts(s.orelse, scope);
        return this.stmts(s.finalbody, scope);
      case 'With':
        for (const item of s.items) {
          this.expr(item.context, scope);
          if (item.target) this.target(item.target, scope);
        }
        return this.stmts(s.body, scope);
      case 'FunctionDef': {
        for (const d of s.decorators) this.expr(d, scope);
        this.defaults(s.args, scope);
        this.declareBinding(s.name, scope);
        const fn = new Scope('function', scope, s.name);
        this.scopes.set(s, fn);
        this.params(s.args, fn);
        return this.stmts(s.body, fn);
      }
      case 'ClassDef': {
        for (const d of s.decorators) this.expr(d, scope);
        for (const b of s.bases) this.expr(b, scope);
        for (const k of s.keywords) this.expr(k.value, scope);
        this.declareBinding(s.name, scope);
        const cls = new Scope('class', scope, s.name);
        this.scopes.set(s, cls);
        return this.stmts(s.body, cls);
      }
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** Defaults and annotations are evaluated where the function is defined. */
  defaults(args: A.Arguments, scope: Scope): void {
    for (const p of [...args.posonly, ...args.args, ...args.kwonly]) if (p.default) this.expr(p.default, scope);
    for (const [, annotation] of args.annotations) this.expr(annotation, scope);
  }

  params(args: A.Arguments, fn: Scope): void {
    const names = [...args.posonly, ...args.args].map((p) => p.name);
    if (args.vararg) names.push(args.vararg);
    names.push(...args.kwonly.map((p) => p.name));
    if (args.kwarg) names.push(args.kwarg);
    for (const n of names) {
      fn.bind(n);
      fn.locals.push(n);
    }
  }

  expr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Name':
        scope.used.add(e.id);
        if (e.id === 'super') scope.usesSuper = true;
        return;
      case 'Constant':
        return;
      case 'FString':
        for (const part of e.parts) this.fstringPart(part, scope);
        return;
      case 'BinOp':
      case 'BoolOp':
        this.expr(e.left, scope);
        return this.expr(e.right, scope);
      case 'UnaryOp':
        return this.expr(e.operand, scope);
      case 'Compare':
        this.expr(e.left, scope);
        for (const c of e.comparators) this.expr(c, scope);
        return;
      case 'Call':
        this.expr(e.func, scope);
        for (const a of e.args) this.expr(a, scope);
        for (const k of e.keywords) this.expr(k.value, scope);
        return;
      case 'Attribute':
        return this.expr(e.value, scope);
      case 'Subscript':
        this.expr(e.value, scope);
        return this.expr(e.index, scope);
      case 'Slice':
        for (const part of [e.lower, e.upper, e.step]) if (part) this.expr(part, scope);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        for (const x of e.elts) this.expr(x, scope);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, scope);
        for (const v of e.values) this.expr(v, scope);
        return;
      case 'Starred':
        return this.expr(e.value, scope);
      case 'Yield':
        if (scope.kind === 'comprehension') this.error(`'yield' inside ${scope.name === '<genexpr>' ? 'generator expression' : scope.name.slice(1, -5) + ' comprehension'}`, e);
        if (scope.kind !== 'function') this.error("'yield' outside function", e);
        if (scope.name === '<lambda>') this.error("'yield' inside lambda is not supported in agnb", e);
        scope.isGenerator = true;
        if (e.value) this.expr(e.value, scope);
        return;
      case 'IfExp':
        this.expr(e.test, scope);
        this.expr(e.body, scope);
        return this.expr(e.orelse, scope);
      case 'NamedExpr': {
        this.expr(e.value, scope);
        // In a comprehension, `:=` binds in the nearest enclosing non-comprehension scope.
        let owner = scope;
        while (owner.kind === 'comprehension') owner = owner.parent!;
        if (owner === scope) return this.declareBinding(e.target.id, scope);
        if (owner.kind === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
        for (let s = scope; s !== owner; s = s.parent!) {
          if (owner.kind === 'module') s.globals.add(e.target.id);
          else s.nonlocals.add(e.target.id);
        }
        if (owner.kind !== 'module') owner.bind(e.target.id);
        return;
      }
      case 'Lambda': {
        this.defaults(e.args, scope);
        const fn = new Scope('function', scope, '<lambda>');
        this.scopes.set(e, fn);
        this.params(e.args, fn);
        return this.expr(e.body, fn);
      }
      case 'Comprehension': {
        // The first iterable is evaluated in the enclosing scope; everything else in the comprehension's own.
        this.expr(e.clauses[0].iter, scope);
        const name = e.type === 'generator' ? '<genexpr>' : `<${e.type}comp>`;
        const comp = new Scope('comprehension', scope, name);
        this.scopes.set(e, comp);
        comp.bind('.0');
        comp.locals.push('.0');
        e.clauses.forEach((clause, i) => {
          if (i > 0) this.expr(clause.iter, comp);
          this.target(clause.target, comp);
          for (const cond of clause.ifs) this.expr(cond, comp);
        });
        this.expr(e.element, comp);
        if (e.value) this.expr(e.value, comp);
        return;
      }
    }
  }

  fstringPart(part: A.FStringPart, scope: Scope): void {
    if (typeof part === 'string') return;
    this.expr(part.value, scope);
    for (const p of part.spec ?? []) this.fstringPart(p, scope);
  }
}

/** Links each free name of `scope` to the enclosing function scope that binds it, creating cells on the way. */
function resolveFree(scope: Scope): void {
  if (scope.kind === 'module') return;
  const candidates = new Set<string>([...scope.used, ...scope.nonlocals]);
  if (scope.usesSuper && scope.isFunctionLike) candidates.add('__class__');
  for (const name of candidates) {
    if (scope.globals.has(name)) continue;
    if (scope.bound.has(name) && !scope.nonlocals.has(name)) continue;
    let owner: Scope | null = null;
    for (let s = scope.parent; s; s = s.parent) {
      if (s.kind === 'class') {
        if (name === '__class__') {
          owner = s;
          break;
        }
        continue;
      }
      if (s.kind === 'module' || s.globals.has(name)) break;
      if (s.bound.has(name) && !s.nonlocals.has(name)) {
        owner = s;
        break;
      }
    }
    if (!owner) {
      const at = scope.nonlocalAt.get(name);
      if (at) throw new CompileError(`no binding for nonlocal '${name}' found`, at.line, at.col);
      continue;
    }
    if (!owner.cellvars.includes(name)) owner.cellvars.push(name);
    for (let s: Scope = scope; s !== owner; s = s.parent!) if (!s.freevars.includes(name)) s.freevars.push(name);
  }
}

/** Gives every non-cell local of a function scope a fast slot (parameters already have theirs). */
function finishLocals(scope: Scope): void {
  if (!scope.isFunctionLike) return;
  for (const name of scope.bound) if (!scope.locals.includes(name)) scope.locals.push(name);
}
