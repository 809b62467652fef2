// Compiles the AST to JS closures: every expression becomes `(frame) => value` and every statement
// `(frame) => signal`, where the signal says how control leaves it (normal, break, continue, return).
// Names are resolved at compile time (symtable.ts) to fast slots, cells or namespace lookups.
import type * as A from './ast';
import {
  Ellipsis,
  None,
  PyFloat,
  PyInstance,
  type Binding,
  type Namespace,
  PyModule,
  PyType,
  typeOf,
  typeName,
  type Kwargs,
  type PyValue,
} from './objects/core';
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple } from './objects/containers';
import {
  AssertionError,
  AttributeError,
  BaseException,
  ImportError,
  NameError,
  PyException,
  RuntimeError,
  isExceptionType,
  pyError,
  typeError,
  valueError,
  type CodeUnit,
} from './objects/exceptions';
import { Cell, PyBoundMethod, PyFunction, PyNativeFunction, PySuper, type FunctionCode } from './objects/functions';
import {
  add,
  binaryOp,
  boxed,
  FUSED_OPERATORS,
  fusedArithmetic,
  fusedInplace,
  inplaceOp,
  modulo,
  multiply,
  subtract,
  trueDivide,
  unaryOp,
  type FusedOperator,
  type NumericEval,
} from './ops/arith';
import { AttributeSite, delAttr } from './ops/attr';
import { bindsDirectly, call, checkInitResult, directInit, fillDefaults } from './ops/call';
import { compare, contains, richCompare } from './ops/compare';
import { asciiRepr, repr, str, truthy } from './ops/convert';
import { formatValue } from './ops/format';
import { hashKey } from './ops/hash';
import { getIter, isIterable, iterate, toArray } from './ops/iter';
import { delItem, getItem, inplaceItem, setItem, sliceOf } from './ops/sequence';
import { CompileError } from './parse';
import { runtime } from './runtime';
import { isModuleAvailable } from './modules';
import { Signature } from './signature';
import { analyze, type Scope } from './symtable';
import { builtins, superFunction } from './builtins';
import { PyGenerator, type GeneratorBody } from './generators';
import { createClass } from './classes';
import { Frame, addTraceback, lookupGlobal, nameError, toPyException, tracebackEntry, unboundLocal, type CodeInfo } from './frame';

export type Eval = (f: Frame) => PyValue;
type Exec = (f: Frame) => number;
type Store = (f: Frame, v: PyValue) => void;
/** A statement compiled in generator mode: it may suspend (yield) before producing its signal. */
type GenExec = (f: Frame) => GeneratorBody;

const YIELD_POSITIONS = "agnb supports 'yield' as a statement or as the value of an assignment (x = yield v), not inside other expressions";

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;

export interface CompiledModule {
  body: Exec;
  /** The trailing expression statement, compiled separately when the caller wants its value displayed. */
  last: Eval | null;
  code: CodeInfo;
}

export function compileModule(module: A.Module, unit: CodeUnit, splitLastExpression: boolean): CompiledModule {
  const { root, scopes } = analyze(module);
  const compiler = new Compiler(unit, scopes);
  const stmts = module.body.slice();
  const lastStmt = splitLastExpression && stmts[stmts.length - 1]?.kind === 'Expr' ? (stmts.pop() as A.ExprStmt) : null;
  const ctx: Context = { scope: root, loop: false, fn: null };
  const body = compiler.block(stmts, ctx);
  let last: Eval | null = null;
  if (lastStmt) {
    const value = compiler.expr(lastStmt.value, ctx);
    const line = lastStmt.line;
    last = (f) => {
      f.line = line;
      return value(f);
    };
  }
  return { body, last, code: { name: '<module>', unit, locals: [] } };
}

/**
 * A `for` loop's iterator, and the generator only this loop refers to, if any: a fresh one made by the loop's own header (`for x in
 * gen()`, `for x in (... for ...)`) or by the iterable's `__iter__`. CPython frees it, running its `finally`
 * blocks, the moment the loop exits; we close it there. (A generator stored elsewhere is left alone.)
 */
function loopIterator(header: A.Expr, iterable: PyValue): { next: () => PyValue | undefined; owned: PyGenerator | null } {
  const iterator = getIter(iterable);
  let owned: PyGenerator | null = null;
  if (iterator instanceof PyGenerator && !iterator.started) {
    const fresh = iterator !== iterable || header.kind === 'Call' || (header.kind === 'Comprehension' && header.type === 'generator');
    if (fresh) owned = iterator;
  }
  return { next: iterate(iterator), owned };
}

interface Context {
  scope: Scope;
  loop: boolean;
  /** The enclosing function definition (for `super()`'s first argument). */
  fn: A.FunctionDef | A.Lambda | null;
}

class Compiler {
  constructor(
    private readonly unit: CodeUnit,
    private readonly scopes: Map<object, Scope>,
  ) {}

  error(message: string, node: A.Pos): never {
    throw new CompileError(message, node.line, node.col);
  }

  // ---- names

  load(name: string, ctx: Context): Eval {
    const access = ctx.scope.access(name);
    switch (access.kind) {
      case 'fast': {
        const slot = access.slot;
        return (f) => {
          const v = f.fast[slot];
          if (v === undefined) throw unboundLocal(name);
          return v;
        };
      }
      case 'cell': {
        const { index, free } = access;
        return (f) => {
          const v = f.cells[index].value;
          if (v === undefined) {
            throw free ? pyError(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`) : unboundLocal(name);
          }
          return v;
        };
      }
      case 'classcell': {
        const index = access.index;
        return (f) => f.ns!.get(name) ?? f.cells[index].value ?? lookupGlobal(f, name);
      }
      case 'name':
        if (ctx.scope.kind === 'class') return (f) => f.ns!.get(name) ?? lookupGlobal(f, name);
        return globalLoad(name);
      case 'global':
        return globalLoad(name);
    }
  }

  storeName(name: string, ctx: Context): Store {
    const access = ctx.scope.access(name);
    switch (access.kind) {
      case 'fast': {
        const slot = access.slot;
        return (f, v) => {
          f.fast[slot] = v;
        };
      }
      case 'cell':
      case 'classcell': {
        const index = access.index;
        return (f, v) => {
          f.cells[index].value = v;
        };
      }
      case 'name':
        if (ctx.scope.kind === 'class') {
          return (f, v) => {
            f.ns!.set(name, v);
          };
        }
        return globalStore(name);
      case 'global':
        return globalStore(name);
    }
  }

  deleteName(name: string, ctx: Context): Exec {
    const access = ctx.scope.access(name);
    switch (access.kind) {
      case 'fast': {
        const slot = access.slot;
        return (f) => {
          if (f.fast[slot] === undefined) throw unboundLocal(name);
          f.fast[slot] = undefined;
          return NORMAL;
        };
      }
      case 'cell':
      case 'classcell': {
        const index = access.index;
        return (f) => {
          if (f.cells[index].value === undefined) throw unboundLocal(name);
          f.cells[index].value = undefined;
          return NORMAL;
        };
      }
      default: {
        const inClass = ctx.scope.kind === 'class' && access.kind === 'name';
        return (f) => {
          if (!(inClass ? f.ns! : f.globals).delete(name)) throw nameError(name);
          return NORMAL;
        };
      }
    }
  }

  // ---- assignment targets

  target(t: A.Expr, ctx: Context): Store {
    switch (t.kind) {
      case 'Name':
        return this.storeName(t.id, ctx);
      case 'Attribute': {
        const obj = this.expr(t.value, ctx);
        const site = new AttributeSite(t.attr);
        return (f, v) => site.store(obj(f), v);
      }
      case 'Subscript': {
        const obj = this.expr(t.value, ctx);
        const index = this.expr(t.index, ctx);
        return (f, v) => setItem(obj(f), index(f), v);
      }
      case 'Tuple':
      case 'List':
        return this.unpackTarget(t.elts, ctx, t);
      case 'Starred':
        return this.error('starred assignment target must be in a list or tuple', t);
      default:
        return this.error('cannot assign to expression', t);
    }
  }

  unpackTarget(elts: A.Expr[], ctx: Context, node: A.Pos): Store {
    const starIndex = elts.findIndex((e) => e.kind === 'Starred');
    if (elts.filter((e) => e.kind === 'Starred').length > 1) this.error('multiple starred expressions in assignment', node);
    const stores = elts.map((e) => (e.kind === 'Starred' ? this.target(e.value, ctx) : this.target(e, ctx)));
    const n = elts.length;
    return (f, v) => {
      let items: readonly PyValue[];
      if (v instanceof PyTuple || v instanceof PyList) items = v.items;
      else if (isIterable(v)) items = toArray(v);
      else throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
      if (starIndex < 0) {
        if (items.length !== n) {
          if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
          throw valueError(`too many values to unpack (expected ${n})`);
        }
        for (let i = 0; i < n; i++) stores[i](f, items[i]);
        return;
      }
      if (items.length < n - 1) throw valueError(`not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
      const after = n - 1 - starIndex;
      for (let i = 0; i < starIndex; i++) stores[i](f, items[i]);
      stores[starIndex](f, new PyList(items.slice(starIndex, items.length - after)));
      for (let i = 0; i < after; i++) stores[starIndex + 1 + i](f, items[items.length - after + i]);
    };
  }

  // ---- statements

  block(stmts: A.Stmt[], ctx: Context): Exec {
    if (stmts.length === 0) return () => NORMAL;
    if (stmts.length === 1) return this.stmt(stmts[0], ctx);
    // The loop records each statement's line itself, sparing every statement a wrapper.
    const compiled = stmts.map((s) => this.stmtBody(s, ctx));
    const lines = stmts.map((s) => s.line);
    return (f) => {
      for (let i = 0; i < compiled.length; i++) {
        f.line = lines[i];
        const signal = compiled[i](f);
        if (signal !== NORMAL) return signal;
      }
      return NORMAL;
    };
  }

  stmt(s: A.Stmt, ctx: Context): Exec {
    const inner = this.stmtBody(s, ctx);
    const line = s.line;
    return (f) => {
      f.line = line;
      return inner(f);
    };
  }

  stmtBody(s: A.Stmt, ctx: Context): Exec {
    switch (s.kind) {
      case 'Expr': {
        const value = this.expr(s.value, ctx);
        return (f) => {
          value(f);
          return NORMAL;
        };
      }
      case 'Assign': {
        const value = this.expr(s.value, ctx);
        const stores = s.targets.map((t) => this.target(t, ctx));
        if (stores.length === 1) {
          const store = stores[0];
          return (f) => {
            store(f, value(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = value(f);
          for (const store of stores) store(f, v);
          return NORMAL;
        };
      }
      case 'AugAssign':
        return this.augAssign(s, ctx);
      case 'AnnAssign': {
        const annotate = this.annotation(s, ctx);
        if (!s.value) {
          return (f) => {
            annotate(f);
            return NORMAL;
          };
        }
        const value = this.expr(s.value, ctx);
        const store = this.target(s.target, ctx);
        return (f) => {
          const v = value(f);
          annotate(f);
          store(f, v);
          return NORMAL;
        };
      }
      case 'Delete': {
        const deletes = s.targets.map((t) => this.deleteTarget(t, ctx));
        return (f) => {
          for (const d of deletes) d(f);
          return NORMAL;
        };
      }
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return () => NORMAL;
      case 'Break':
        if (!ctx.loop) this.error("'break' outside loop", s);
        return () => BREAK;
      case 'Continue':
        if (!ctx.loop) this.error("'continue' not properly in loop", s);
        return () => CONTINUE;
      case 'Return': {
        const value = s.value ? this.expr(s.value, ctx) : null;
        return (f) => {
          f.returnValue = value ? value(f) : None;
          return RETURN;
        };
      }
      case 'Raise':
        return this.raise(s, ctx);
      case 'Assert': {
        const test = this.expr(s.test, ctx);
        const msg = s.msg ? this.expr(s.msg, ctx) : null;
        return (f) => {
          if (!truthy(test(f))) throw msg ? call(AssertionError, [msg(f)]) : pyError(AssertionError);
          return NORMAL;
        };
      }
      case 'Import':
        return this.importStmt(s, ctx);
      case 'ImportFrom':
        return this.importFrom(s, ctx);
      case 'If': {
        const test = this.expr(s.test, ctx);
        const body = this.block(s.body, ctx);
        const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
        return (f) => {
          const t = test(f);
          if (t === true || (t !== false && truthy(t))) return body(f);
          return orelse ? orelse(f) : NORMAL;
        };
      }
      case 'While':
        return this.whileLoop(s, ctx);
      case 'For':
        return this.forLoop(s, ctx);
      case 'Try':
        return this.tryStmt(s, ctx);
      case 'With':
        return this.withStmt(s, ctx);
      case 'FunctionDef': {
        const make = this.functionMaker(s, s.args, s.body, s.name, ctx);
        const decorators = s.decorators.map((d) => this.expr(d, ctx));
        const store = this.storeName(s.name, ctx);
        return (f) => {
          const decos = decorators.map((d) => d(f));
          let fn: PyValue = make(f);
          for (let i = decos.length - 1; i >= 0; i--) fn = call(decos[i], [fn]);
          store(f, fn);
          return NORMAL;
        };
      }
      case 'ClassDef':
        return this.classDef(s, ctx);
    }
  }

  /**
   * What an annotated assignment does with its annotation: in a function, nothing (it is not evaluated); in a
   * module or class body, a plain name's annotation goes into the namespace's `__annotations__` dict (created on
   * first use), which dataclasses read; other targets' annotations are evaluated and dropped.
   */
  annotation(s: A.AnnAssign, ctx: Context): (f: Frame) => void {
    if (ctx.scope.kind === 'function') return () => {};
    const annotation = this.expr(s.annotation, ctx);
    if (s.target.kind !== 'Name') return (f) => void annotation(f);
    const name = s.target.id;
    return (f) => {
      const namespace = f.ns ?? f.globals;
      let annotations = namespace.get('__annotations__');
      if (annotations === undefined) namespace.set('__annotations__', (annotations = new PyDict()));
      setItem(annotations, name, annotation(f));
    };
  }

  deleteTarget(t: A.Expr, ctx: Context): Exec {
    switch (t.kind) {
      case 'Name':
        return this.deleteName(t.id, ctx);
      case 'Attribute': {
        const obj = this.expr(t.value, ctx);
        return (f) => {
          delAttr(obj(f), t.attr);
          return NORMAL;
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, ctx);
        const index = this.expr(t.index, ctx);
        return (f) => {
          delItem(obj(f), index(f));
          return NORMAL;
        };
      }
      default: {
        const parts = (t as A.TupleExpr).elts.map((e) => this.deleteTarget(e, ctx));
        return (f) => {
          for (const p of parts) p(f);
          return NORMAL;
        };
      }
    }
  }

  augAssign(s: A.AugAssign, ctx: Context): Exec {
    const op = s.op;
    const t = s.target;
    if (t.kind === 'Name') {
      const load = this.load(t.id, ctx);
      const store = this.storeName(t.id, ctx);
      if (isFusedOperator(op)) {
        // Counters and float accumulators skip the in-place dispatch; a float keeps the value unboxed.
        const numeric = this.numeric(s.value, ctx);
        return (f) => {
          const a = load(f);
          const b = numeric(f);
          store(f, a instanceof PyFloat ? fusedInplace(op, a, b) : inplaceOp(op, a, boxed(b)));
          return NORMAL;
        };
      }
      const value = this.expr(s.value, ctx);
      return (f) => {
        store(f, inplaceOp(op, load(f), value(f)));
        return NORMAL;
      };
    }
    const value = this.expr(s.value, ctx);
    if (t.kind === 'Attribute') {
      const obj = this.expr(t.value, ctx);
      const site = new AttributeSite(t.attr);
      return (f) => {
        const o = obj(f);
        site.store(o, inplaceOp(op, site.load(o), value(f)));
        return NORMAL;
      };
    }
    if (t.kind === 'Subscript') {
      const obj = this.expr(t.value, ctx);
      const index = this.expr(t.index, ctx);
      if (s.value.kind === 'Constant' || s.value.kind === 'Name') {
        return (f) => {
          inplaceItem(obj(f), index(f), op, value, f);
          return NORMAL;
        };
      }
      return (f) => {
        const o = obj(f);
        const i = index(f);
        setItem(o, i, inplaceOp(op, getItem(o, i), value(f)));
        return NORMAL;
      };
    }
    return this.error("'expression' is an illegal expression for augmented assignment", s);
  }

  raise(s: A.Raise, ctx: Context): Exec {
    const exc = s.exc ? this.expr(s.exc, ctx) : null;
    const cause = s.cause ? this.expr(s.cause, ctx) : null;
    return (f) => {
      if (!exc) {
        const active = runtime.handling[runtime.handling.length - 1];
        if (!active) throw pyError(RuntimeError, 'No active exception to reraise');
        throw active;
      }
      const err = instantiateException(exc(f), 'exceptions must derive from BaseException');
      if (cause) {
        const c = cause(f);
        err.cause = c === None ? null : instantiateException(c, 'exception causes must derive from BaseException');
        err.suppressContext = true;
      }
      err.traceback.unshift(tracebackEntry(f));
      throw err;
    };
  }

  importStmt(s: A.Import, ctx: Context): Exec {
    const steps = s.names.map((alias) => {
      const store = this.storeName(alias.asname ?? alias.name.split('.')[0], ctx);
      const top = alias.name.split('.')[0];
      return (f: Frame) => {
        const module = runtime.modules.import(alias.name);
        store(f, alias.asname || alias.name === top ? module : runtime.modules.import(top));
      };
    });
    return (f) => {
      for (const step of steps) step(f);
      return NORMAL;
    };
  }

  importFrom(s: A.ImportFrom, ctx: Context): Exec {
    if (s.level > 0) this.error('relative imports are not supported in agnb', s);
    const star = s.names[0].name === '*';
    const stores = s.names.map((a) => (star ? null : this.storeName(a.asname ?? a.name, ctx)));
    return (f) => {
      const module = runtime.modules.import(s.module);
      if (star) {
        for (const [name, value] of module.dict!) if (!name.startsWith('_')) f.globals.set(name, value);
        return NORMAL;
      }
      s.names.forEach((alias, i) => {
        const value = importedName(module, s.module, alias.name);
        if (value === undefined) {
          throw pyError(ImportError, `cannot import name '${alias.name}' from '${s.module}' (unknown location)`);
        }
        stores[i]!(f, value);
      });
      return NORMAL;
    };
  }

  whileLoop(s: A.While, ctx: Context): Exec {
    const test = this.expr(s.test, ctx);
    const body = this.block(s.body, { ...ctx, loop: true });
    const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
    const line = s.line;
    return (f) => {
      for (;;) {
        runtime.tick();
        f.line = line;
        const t = test(f);
        if (!(t === true || (t !== false && truthy(t)))) break;
        const signal = body(f);
        if (signal === BREAK) return NORMAL;
        if (signal === RETURN) return RETURN;
      }
      return orelse ? orelse(f) : NORMAL;
    };
  }

  forLoop(s: A.For, ctx: Context): Exec {
    const iter = this.expr(s.iter, ctx);
    const store = this.target(s.target, ctx);
    const body = this.block(s.body, { ...ctx, loop: true });
    const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
    const line = s.line;
    return (f) => {
      const iterable = iter(f);
      if (isIntRange(iterable)) {
        const { start, stop, step } = iterable;
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
          runtime.tick();
          store(f, i);
          const signal = body(f);
          if (signal === BREAK) return NORMAL;
          if (signal === RETURN) return RETURN;
        }
      } else if (iterable instanceof PyList || iterable instanceof PyTuple) {
        // Index-based, so items appended during the loop are visited, as in CPython.
        for (let i = 0; i < iterable.items.length; i++) {
          runtime.tick();
          store(f, iterable.items[i]);
          const signal = body(f);
          if (signal === BREAK) return NORMAL;
          if (signal === RETURN) return RETURN;
        }
      } else {
        const { next, owned } = loopIterator(s.iter, iterable);
        try {
          for (;;) {
            // Errors raised while fetching the next item are reported on the `for` line.
            f.line = line;
            const item = next();
            if (item === undefined) break;
            runtime.tick();
            store(f, item);
            const signal = body(f);
            if (signal === BREAK) return NORMAL;
            if (signal === RETURN) return RETURN;
          }
        } finally {
          owned?.close();
        }
      }
      return orelse ? orelse(f) : NORMAL;
    };
  }

  handlers(s: A.Try, ctx: Context): Handler[] {
    return s.handlers.map((h) => ({
      type: h.type ? this.expr(h.type, ctx) : null,
      store: h.name ? this.storeName(h.name, ctx) : null,
      unbind: h.name ? this.deleteName(h.name, ctx) : null,
      line: h.line,
    }));
  }

  tryStmt(s: A.Try, ctx: Context): Exec {
    const body = this.block(s.body, ctx);
    const handlers = this.handlers(s, ctx);
    const handlerBodies = s.handlers.map((h) => this.block(h.body, ctx));
    const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody, ctx) : null;

    const tryExcept = handlers.length
      ? (f: Frame): number => {
          let signal: number;
          try {
            signal = body(f);
          } catch (e) {
            const exc = addTraceback(e, f);
            const index = findHandler(handlers, f, exc);
            runtime.handling.push(exc);
            try {
              return handlerBodies[index](f);
            } catch (e2) {
              throw chained(e2, exc);
            } finally {
              runtime.handling.pop();
              unbindHandlerName(handlers[index], f);
            }
          }
          return orelse && signal === NORMAL ? orelse(f) : signal;
        }
      : body;
    if (!finalbody) return tryExcept;
    return (f) => {
      let signal: number;
      try {
        signal = tryExcept(f);
      } catch (e) {
        const exc = addTraceback(e, f);
        runtime.handling.push(exc);
        let finalSignal: number;
        try {
          finalSignal = finalbody(f);
        } catch (e2) {
          throw chained(e2, exc);
        } finally {
          runtime.handling.pop();
        }
        if (finalSignal !== NORMAL) return finalSignal;
        throw exc;
      }
      const finalSignal = finalbody(f);
      return finalSignal !== NORMAL ? finalSignal : signal;
    };
  }

  withStmt(s: A.With, ctx: Context): Exec {
    if (s.items.length > 1) {
      const [first, ...rest] = s.items;
      return this.withStmt({ ...s, items: [first], body: [{ ...s, items: rest }] }, ctx);
    }
    const { context, target } = s.items[0];
    const mgr = this.expr(context, ctx);
    const store = target ? this.target(target, ctx) : null;
    const body = this.block(s.body, ctx);
    return (f) => {
      const { manager, exit } = enterContext(mgr(f), store, f);
      let signal: number;
      try {
        signal = body(f);
      } catch (e) {
        const exc = addTraceback(e, f);
        if (exitContext(manager, exit, exc)) return NORMAL;
        throw exc;
      }
      call(exit, [manager, None, None, None]);
      return signal;
    };
  }

  // ---- generator mode: statements that contain `yield` compile to JS generators

  genBlock(stmts: A.Stmt[], ctx: Context): GenExec {
    const parts = stmts.map((s) => (containsYield(s) ? { gen: this.genStmt(s, ctx), exec: null } : { gen: null, exec: this.stmt(s, ctx) }));
    return function* (f) {
      for (const part of parts) {
        const signal = part.gen ? yield* part.gen(f) : part.exec!(f);
        if (signal !== NORMAL) return signal;
      }
      return NORMAL;
    };
  }

  genStmt(s: A.Stmt, ctx: Context): GenExec {
    const inner = this.genStmtBody(s, ctx);
    const line = s.line;
    return function* (f) {
      f.line = line;
      return yield* inner(f);
    };
  }

  genStmtBody(s: A.Stmt, ctx: Context): GenExec {
    switch (s.kind) {
      case 'Expr':
        if (s.value.kind !== 'Yield') break;
        return this.genYield(s.value, ctx, () => {});
      case 'Assign': {
        if (s.value.kind !== 'Yield') break;
        const stores = s.targets.map((t) => this.target(t, ctx));
        return this.genYield(s.value, ctx, (f, v) => {
          for (const store of stores) store(f, v);
        });
      }
      case 'If': {
        const test = this.expr(s.test, ctx);
        const body = this.genBlock(s.body, ctx);
        const orelse = s.orelse.length ? this.genBlock(s.orelse, ctx) : null;
        return function* (f) {
          if (truthy(test(f))) return yield* body(f);
          return orelse ? yield* orelse(f) : NORMAL;
        };
      }
      case 'While': {
        const test = this.expr(s.test, ctx);
        const body = this.genBlock(s.body, { ...ctx, loop: true });
        const orelse = s.orelse.length ? this.genBlock(s.orelse, ctx) : null;
        const line = s.line;
        return function* (f) {
          for (;;) {
            f.line = line;
            if (!truthy(test(f))) break;
            runtime.tick();
            const signal = yield* body(f);
            if (signal === BREAK) return NORMAL;
            if (signal === RETURN) return RETURN;
          }
          return orelse ? yield* orelse(f) : NORMAL;
        };
      }
      case 'For': {
        const iter = this.expr(s.iter, ctx);
        const store = this.target(s.target, ctx);
        const body = this.genBlock(s.body, { ...ctx, loop: true });
        const orelse = s.orelse.length ? this.genBlock(s.orelse, ctx) : null;
        const line = s.line;
        return function* (f) {
          const { next, owned } = loopIterator(s.iter, iter(f));
          try {
            for (;;) {
              f.line = line;
              const item = next();
              if (item === undefined) break;
              runtime.tick();
              store(f, item);
              const signal = yield* body(f);
              if (signal === BREAK) return NORMAL;
              if (signal === RETURN) return RETURN;
            }
          } finally {
            owned?.close();
          }
          return orelse ? yield* orelse(f) : NORMAL;
        };
      }
      case 'Try':
        return this.genTry(s, ctx);
      case 'With': {
        if (s.items.length > 1) {
          const [first, ...rest] = s.items;
          return this.genStmtBody({ ...s, items: [first], body: [{ ...s, items: rest }] }, ctx);
        }
        const { context, target } = s.items[0];
        const mgr = this.expr(context, ctx);
        const store = target ? this.target(target, ctx) : null;
        const body = this.genBlock(s.body, ctx);
        return function* (f) {
          const { manager, exit } = enterContext(mgr(f), store, f);
          let signal: number;
          try {
            signal = yield* body(f);
          } catch (e) {
            const exc = addTraceback(e, f);
            if (exitContext(manager, exit, exc)) return NORMAL;
            throw exc;
          }
          call(exit, [manager, None, None, None]);
          return signal;
        };
      }
      default:
        break;
    }
    return this.error(YIELD_POSITIONS, s);
  }

  /** `yield v` / `yield from it`, handing the value sent back in to `receive`. */
  genYield(y: A.Yield, ctx: Context, receive: (f: Frame, sent: PyValue) => void): GenExec {
    const value = y.value ? this.expr(y.value, ctx) : null;
    if (!y.isFrom) {
      return function* (f) {
        receive(f, yield value ? value(f) : None);
        return NORMAL;
      };
    }
    return function* (f) {
      const source = value!(f);
      const next = iterate(source);
      for (let item = next(); item !== undefined; item = next()) yield item;
      receive(f, source instanceof PyGenerator ? source.returnValue : None);
      return NORMAL;
    };
  }

  genTry(s: A.Try, ctx: Context): GenExec {
    const body = this.genBlock(s.body, ctx);
    const handlers = this.handlers(s, ctx);
    const handlerBodies = s.handlers.map((h) => this.genBlock(h.body, ctx));
    const orelse = s.orelse.length ? this.genBlock(s.orelse, ctx) : null;
    const finalbody = s.finalbody.length ? this.genBlock(s.finalbody, ctx) : null;
    return function* (f) {
      let signal: number;
      try {
        try {
          signal = yield* body(f);
        } catch (e) {
          if (!handlers.length) throw e;
          const exc = addTraceback(e, f);
          const index = findHandler(handlers, f, exc);
          runtime.handling.push(exc);
          try {
            return yield* handlerBodies[index](f);
          } catch (e2) {
            throw chained(e2, exc);
          } finally {
            runtime.handling.pop();
            unbindHandlerName(handlers[index], f);
          }
        }
        if (orelse && signal === NORMAL) signal = yield* orelse(f);
      } finally {
        // A `finally` body that itself returns/breaks overrides; JS generators honour `return` in finally.
        if (finalbody) {
          const finalSignal = yield* finalbody(f);
          if (finalSignal !== NORMAL) return finalSignal;
        }
      }
      return signal;
    };
  }

  // ---- functions and classes

  functionMaker(node: A.FunctionDef | A.Lambda, args: A.Arguments, body: A.Stmt[] | A.Expr, name: string, ctx: Context): (f: Frame) => PyFunction {
    const scope = this.scopes.get(node)!;
    const qualname = ctx.scope.qualPrefix() + name;
    const positional = [...args.posonly, ...args.args];
    const signature = new Signature(
      positional.map((p) => p.name),
      args.posonly.length,
      args.vararg,
      args.kwonly.map((p) => p.name),
      args.kwarg,
    );
    const defaults = positional.filter((p) => p.default).map((p) => this.expr(p.default!, ctx));
    const kwdefaults = args.kwonly.filter((p) => p.default).map((p) => [p.name, this.expr(p.default!, ctx)] as const);
    const annotations = args.annotations.map(([name, e]) => [name, this.expr(e, ctx)] as const);
    const fnCtx: Context = { scope, loop: false, fn: node };
    const generatorBody = scope.isGenerator && Array.isArray(body) ? this.genBlock(body, fnCtx) : null;
    // Frames start on the line of a lone statement (or the lambda), which then needs no statement wrapper.
    const lone = Array.isArray(body) && body.length === 1 && !generatorBody ? body[0] : null;
    const firstLine = lone ? lone.line : node.line;
    // A lambda, or a body that is one `return value`: its frame's result is the value, evaluated directly.
    const resultOnly = !Array.isArray(body) ? body : lone?.kind === 'Return' ? lone.value : null;
    const result = resultOnly ? this.expr(resultOnly, fnCtx) : null;
    const run: Exec = !Array.isArray(body) || generatorBody ? () => NORMAL : lone ? this.stmtBody(lone, fnCtx) : this.block(body, fnCtx);
    const code: CodeInfo = { name, unit: this.unit, locals: scope.locals };
    const slotCount = scope.locals.length;
    const cellSetup = this.cellSetup(scope);
    const parentCells = scope.freevars.map((n) => ctx.scope.cellIndex(n));
    const first = Array.isArray(body) ? body[0] : undefined;
    const doc = first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str' ? first.value.value.value : undefined;

    const directArity = signature.directArity;
    const runFrame = (fn: PyFunction, fast: (PyValue | undefined)[]): PyValue => {
      const frame = new Frame(code, fn.globals, fast);
      frame.line = firstLine;
      if (cellSetup) cellSetup(frame, fn.closure);
      if (generatorBody) return new PyGenerator(fn.qualname, frame, generatorBody(frame));
      runtime.enterCall(frame);
      try {
        if (result !== null) return result(frame);
        return run(frame) === RETURN ? frame.returnValue : None;
      } catch (e) {
        throw addTraceback(e, frame);
      } finally {
        runtime.depth--;
      }
    };
    const functionCode: FunctionCode = {
      directArity,
      slotCount,
      run: runFrame,
      invoke(fn, callArgs, kwargs) {
        const fast = new Array<PyValue | undefined>(slotCount);
        if (kwargs === null && bindsDirectly(fn, callArgs.length)) {
          for (let i = 0; i < callArgs.length; i++) fast[i] = callArgs[i];
          if (callArgs.length < directArity) fillDefaults(fn, fast, callArgs.length);
        } else {
          signature.bind(fn, callArgs, kwargs, fast);
        }
        return runFrame(fn, fast);
      },
    };

    return (f) => {
      const closure = parentCells.length ? parentCells.map((i) => f.cells[i]) : NO_CLOSURE;
      let kw = NO_KWDEFAULTS;
      if (kwdefaults.length) {
        kw = new Map<string, PyValue>();
        for (const [k, ev] of kwdefaults) kw.set(k, ev(f));
      }
      const fn = new PyFunction(name, qualname, '__main__', functionCode, defaults.length ? defaults.map((d) => d(f)) : NO_DEFAULTS, kw, closure, f.globals, doc);
      if (annotations.length) {
        const dict = new PyDict();
        for (const [key, ev] of annotations) setItem(dict, key, ev(f));
        fn.dict!.set('__annotations__', dict);
      }
      return fn;
    };
  }

  /** Creates a frame's cells: fresh ones for its captured locals (seeded from parameters), then the closure's. */
  cellSetup(scope: Scope): ((frame: Frame, closure: Cell[]) => void) | null {
    if (!scope.cellvars.length && !scope.freevars.length) return null;
    const paramSlots = scope.cellvars.map((n) => scope.locals.indexOf(n));
    const own = paramSlots.length;
    return (frame, closure) => {
      const cells = new Array<Cell>(own + closure.length);
      for (let i = 0; i < own; i++) {
        const slot = paramSlots[i];
        cells[i] = new Cell(slot >= 0 ? frame.fast[slot] : undefined);
      }
      for (let i = 0; i < closure.length; i++) cells[own + i] = closure[i];
      frame.cells = cells;
    };
  }

  classDef(s: A.ClassDef, ctx: Context): Exec {
    const scope = this.scopes.get(s)!;
    const qualname = ctx.scope.qualPrefix() + s.name;
    if (s.keywords.length) this.error('class keyword arguments (such as metaclass=) are not supported in agnb', s);
    const bases = s.bases.map((b) => this.expr(b, ctx));
    const decorators = s.decorators.map((d) => this.expr(d, ctx));
    const body = this.block(s.body, { scope, loop: false, fn: null });
    const store = this.storeName(s.name, ctx);
    const code: CodeInfo = { name: s.name, unit: this.unit, locals: [] };
    const cellSetup = this.cellSetup(scope);
    const parentCells = scope.freevars.map((n) => ctx.scope.cellIndex(n));
    const classCell = scope.cellvars.indexOf('__class__');
    return (f) => {
      const decos = decorators.map((d) => d(f));
      const baseValues = bases.map((b) => b(f));
      const ns = new Map<string, PyValue>([
        ['__module__', f.globals.get('__name__') ?? '__main__'],
        ['__qualname__', qualname],
      ]);
      const frame = new Frame(code, f.globals, [], ns);
      frame.line = s.line;
      cellSetup?.(frame, parentCells.map((i) => f.cells[i]));
      runtime.enterCall(frame);
      try {
        body(frame);
      } catch (e) {
        throw addTraceback(e, frame);
      } finally {
        runtime.depth--;
      }
      let cls: PyValue = createClass(s.name, qualname, baseValues, ns);
      if (classCell >= 0) frame.cells[classCell].value = cls;
      for (let i = decos.length - 1; i >= 0; i--) cls = call(decos[i], [cls]);
      store(f, cls);
      return NORMAL;
    };
  }

  // ---- expressions

  expr(e: A.Expr, ctx: Context): Eval {
    switch (e.kind) {
      case 'Name':
        return this.load(e.id, ctx);
      case 'Constant':
        return constant(e.value);
      case 'FString':
        return this.fstring(e.parts, ctx);
      case 'BinOp':
        return this.binOp(e, ctx);
      case 'UnaryOp': {
        const operand = this.expr(e.operand, ctx);
        if (e.op === 'not') return (f) => !truthy(operand(f));
        const op = e.op;
        return (f) => unaryOp(op, operand(f));
      }
      case 'BoolOp': {
        const left = this.expr(e.left, ctx);
        const right = this.expr(e.right, ctx);
        if (e.op === 'and') {
          return (f) => {
            const l = left(f);
            return truthy(l) ? right(f) : l;
          };
        }
        return (f) => {
          const l = left(f);
          return truthy(l) ? l : right(f);
        };
      }
      case 'Compare':
        return this.compare(e, ctx);
      case 'Call':
        return this.callExpr(e, ctx);
      case 'Attribute': {
        const obj = this.expr(e.value, ctx);
        const site = new AttributeSite(e.attr);
        return (f) => site.load(obj(f));
      }
      case 'Subscript': {
        const obj = this.expr(e.value, ctx);
        if (e.index.kind === 'Slice' && !e.index.step) {
          const lower = e.index.lower ? this.expr(e.index.lower, ctx) : null;
          const upper = e.index.upper ? this.expr(e.index.upper, ctx) : null;
          return (f) => {
            const o = obj(f);
            const lo = lower ? lower(f) : None;
            return sliceOf(o, lo, upper ? upper(f) : None);
          };
        }
        const index = this.expr(e.index, ctx);
        return (f) => getItem(obj(f), index(f));
      }
      case 'Slice': {
        const parts = [e.lower, e.upper, e.step].map((p) => (p ? this.expr(p, ctx) : null));
        const [lo, hi, st] = parts;
        return (f) => new PySlice(lo ? lo(f) : None, hi ? hi(f) : None, st ? st(f) : None);
      }
      case 'Tuple': {
        const items = this.sequence(e.elts, ctx);
        return (f) => new PyTuple(items(f));
      }
      case 'List': {
        const items = this.sequence(e.elts, ctx);
        return (f) => new PyList(items(f));
      }
      case 'Set': {
        const items = this.sequence(e.elts, ctx);
        return (f) => {
          const set = new PySet();
          for (const v of items(f)) set.items.set(hashKey(v), v);
          return set;
        };
      }
      case 'Dict':
        return this.dict(e, ctx);
      case 'Comprehension':
        return this.comprehension(e, ctx);
      case 'Lambda': {
        const make = this.functionMaker(e, e.args, e.body, '<lambda>', ctx);
        return make;
      }
      case 'IfExp': {
        const test = this.expr(e.test, ctx);
        const body = this.expr(e.body, ctx);
        const orelse = this.expr(e.orelse, ctx);
        return (f) => (truthy(test(f)) ? body(f) : orelse(f));
      }
      case 'NamedExpr': {
        const value = this.expr(e.value, ctx);
        const store = this.storeName(e.target.id, ctx);
        return (f) => {
          const v = value(f);
          store(f, v);
          return v;
        };
      }
      case 'Starred':
        return this.error("can't use starred expression here", e);
      case 'Yield':
        return this.error(YIELD_POSITIONS, e);
    }
  }

  /** Elements of a display, expanding `*iterable`. */
  sequence(elts: A.Expr[], ctx: Context): (f: Frame) => PyValue[] {
    const parts = elts.map((e) => (e.kind === 'Starred' ? { star: true, ev: this.expr(e.value, ctx) } : { star: false, ev: this.expr(e, ctx) }));
    if (parts.every((p) => !p.star)) {
      const evs = parts.map((p) => p.ev);
      return (f) => {
        const out = new Array<PyValue>(evs.length);
        for (let i = 0; i < evs.length; i++) out[i] = evs[i](f);
        return out;
      };
    }
    return (f) => {
      const out: PyValue[] = [];
      for (const p of parts) {
        if (p.star) out.push(...toArray(p.ev(f)));
        else out.push(p.ev(f));
      }
      return out;
    };
  }

  dict(e: A.DictExpr, ctx: Context): Eval {
    const entries = e.keys.map((k, i) => ({ key: k ? this.expr(k, ctx) : null, value: this.expr(e.values[i], ctx) }));
    return (f) => {
      const d = new PyDict();
      for (const { key, value } of entries) {
        if (key) {
          const k = key(f);
          setItem(d, k, value(f));
        } else {
          const src = value(f);
          if (!(src instanceof PyDict)) throw typeError(`'${typeName(src)}' object is not a mapping`);
          for (const [hk, entry] of src.entries) d.entries.set(hk, { ...entry });
        }
      }
      return d;
    };
  }

  fstring(parts: A.FStringPart[], ctx: Context): Eval {
    const pieces = parts.map((part): Eval | string => {
      if (typeof part === 'string') return part;
      const value = this.expr(part.value, ctx);
      // A spec without replacement fields (`{w:>10}`, nearly all of them) is a constant.
      const spec = part.spec === null ? '' : part.spec.every((p) => typeof p === 'string') ? part.spec.join('') : this.fstring(part.spec, ctx);
      const conversion = part.conversion;
      return (f) => {
        let v = value(f);
        if (conversion === 'r') v = repr(v);
        else if (conversion === 'a') v = asciiRepr(v);
        else if (conversion === 's') v = str(v);
        const s = typeof spec === 'string' ? spec : (spec(f) as string);
        return typeof v === 'string' && s === '' ? v : formatValue(v, s);
      };
    });
    return (f) => {
      let out = '';
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i];
        out += typeof piece === 'string' ? piece : (piece(f) as string);
      }
      return out;
    };
  }

  binOp(e: A.BinOp, ctx: Context): Eval {
    if (isFusedOperator(e.op) && (isFusedArithmetic(e.left) || isFusedArithmetic(e.right))) {
      return fusedArithmetic(e.op, this.numeric(e.left, ctx), this.numeric(e.right, ctx), false) as Eval;
    }
    const left = this.expr(e.left, ctx);
    const right = this.expr(e.right, ctx);
    const op = e.op;
    switch (op) {
      case '+':
        return (f) => add(left(f), right(f));
      case '-':
        return (f) => subtract(left(f), right(f));
      case '*':
        return (f) => multiply(left(f), right(f));
      case '/':
        return (f) => trueDivide(left(f), right(f));
      case '%':
        return (f) => modulo(left(f), right(f));
      default:
        return (f) => binaryOp(op, left(f), right(f));
    }
  }

  /** An operand of chained arithmetic: inner `+ - * / **` nodes leave float results unboxed (see fusedArithmetic). */
  numeric(e: A.Expr, ctx: Context): NumericEval<Frame> {
    if (e.kind === 'BinOp' && isFusedOperator(e.op)) return fusedArithmetic(e.op, this.numeric(e.left, ctx), this.numeric(e.right, ctx), true);
    return this.expr(e, ctx);
  }

  compare(e: A.Compare, ctx: Context): Eval {
    const left = this.expr(e.left, ctx);
    const rights = e.comparators.map((c) => this.expr(c, ctx));
    const ops = e.ops;
    if (ops.length === 1) {
      const op = ops[0];
      const right = rights[0];
      // Two ints (JS numbers) or two floats compare natively; everything else takes the rich comparison.
      switch (op) {
        case '<':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return typeof a === 'number' && typeof b === 'number' ? a < b : a instanceof PyFloat && b instanceof PyFloat ? a.value < b.value : richCompare(op, a, b);
          };
        case '<=':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return typeof a === 'number' && typeof b === 'number' ? a <= b : a instanceof PyFloat && b instanceof PyFloat ? a.value <= b.value : richCompare(op, a, b);
          };
        case '>':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return typeof a === 'number' && typeof b === 'number' ? a > b : a instanceof PyFloat && b instanceof PyFloat ? a.value > b.value : richCompare(op, a, b);
          };
        case '>=':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return typeof a === 'number' && typeof b === 'number' ? a >= b : a instanceof PyFloat && b instanceof PyFloat ? a.value >= b.value : richCompare(op, a, b);
          };
        case '==':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string') ? a === b : richCompare(op, a, b);
          };
        case '!=':
          return (f) => {
            const a = left(f);
            const b = right(f);
            return (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string') ? a !== b : richCompare(op, a, b);
          };
        case 'in':
          return (f) => {
            const item = left(f);
            return contains(right(f), item);
          };
        case 'not in':
          return (f) => {
            const item = left(f);
            return !contains(right(f), item);
          };
        default:
          return (f) => compare(op, left(f), right(f));
      }
    }
    return (f) => {
      let a = left(f);
      let result: PyValue = true;
      for (let i = 0; i < ops.length; i++) {
        const b = rights[i](f);
        result = compare(ops[i], a, b);
        if (!truthy(result)) return result;
        a = b;
      }
      return result;
    };
  }

  callExpr(e: A.Call, ctx: Context): Eval {
    if (e.func.kind === 'Name' && e.func.id === 'super' && !e.args.length && !e.keywords.length) return this.zeroArgSuper(ctx);
    if (e.args.every((a) => a.kind !== 'Starred') && e.keywords.length === 0) {
      const argEvs = e.args.map((a) => this.expr(a, ctx));
      return e.func.kind === 'Attribute' ? this.positionalMethodCall(e.func, argEvs, ctx) : this.positionalCall(this.expr(e.func, ctx), argEvs);
    }
    const evalArgs = this.sequence(e.args, ctx);
    const kwargs = this.keywords(e.keywords, ctx);
    const func = e.func.kind === 'Attribute' ? this.expr(e.func.value, ctx) : this.expr(e.func, ctx);
    const site = e.func.kind === 'Attribute' ? new AttributeSite(e.func.attr) : null;
    return (f) => {
      const fn = site ? site.load(func(f)) : func(f);
      return call(fn, evalArgs(f), kwargs ? keywordArguments(kwargs, f, () => fn) : null);
    };
  }

  /** `fn(a, b)`. */
  positionalCall(func: Eval, argEvs: Eval[]): Eval {
    return (f) => callWithArguments(func(f), undefined, argEvs, f);
  }

  /** `obj.name(a, b)`: a plain method of obj's type is called with obj first, without a bound method object. */
  positionalMethodCall(func: A.Attribute, argEvs: Eval[], ctx: Context): Eval {
    const obj = this.expr(func.value, ctx);
    const site = new AttributeSite(func.attr);
    return (f) => {
      const o = obj(f);
      const method = site.unboundMethod(o);
      return method !== undefined ? callWithArguments(method, o, argEvs, f) : callWithArguments(site.load(o), undefined, argEvs, f);
    };
  }

  keywords(keywords: A.Keyword[], ctx: Context): ((f: Frame) => Kwargs) | null {
    if (!keywords.length) return null;
    const parts = keywords.map((k) => ({ name: k.name, value: this.expr(k.value, ctx) }));
    return (f) => {
      const out = new Map<string, PyValue>();
      for (const { name, value } of parts) {
        if (name !== null) {
          if (out.has(name)) throw new RepeatedKeyword(name);
          out.set(name, value(f));
          continue;
        }
        const mapping = value(f);
        if (!(mapping instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeName(mapping)}`);
        for (const { key, value: v } of mapping.entries.values()) {
          if (typeof key !== 'string') throw typeError('keywords must be strings');
          if (out.has(key)) throw new RepeatedKeyword(key);
          out.set(key, v);
        }
      }
      return out;
    };
  }

  /** `super()` inside a method: the class comes from the `__class__` cell, the instance from the first parameter. */
  zeroArgSuper(ctx: Context): Eval {
    const load = this.load('super', ctx);
    const classCell = ctx.scope.cellIndex('__class__');
    const fn = ctx.fn;
    const firstParam = fn ? [...fn.args.posonly, ...fn.args.args][0]?.name : undefined;
    const self = firstParam && ctx.scope.kind === 'function' ? this.load(firstParam, ctx) : null;
    return (f) => {
      const sup = load(f);
      if (sup !== superFunction) return call(sup, []);
      if (classCell < 0 || !self) throw pyError(RuntimeError, 'super(): no arguments');
      const cls = f.cells[classCell].value;
      if (!(cls instanceof PyType)) throw pyError(RuntimeError, 'super(): __class__ cell not found');
      return new PySuper(cls, self(f));
    };
  }

  comprehension(e: A.Comprehension, ctx: Context): Eval {
    const scope = this.scopes.get(e)!;
    const compCtx: Context = { scope, loop: false, fn: null };
    const firstIter = this.expr(e.clauses[0].iter, ctx);
    const element = this.expr(e.element, compCtx);
    const value = e.value ? this.expr(e.value, compCtx) : null;
    const clauses = e.clauses.map((clause, i) => ({
      iter: i === 0 ? (f: Frame) => f.fast[0]! : this.expr(clause.iter, compCtx),
      store: this.target(clause.target, compCtx),
      conditions: clause.ifs.map((c) => this.expr(c, compCtx)),
    }));
    const accepts = (f: Frame, conditions: Eval[]) => {
      for (let i = 0; i < conditions.length; i++) if (!truthy(conditions[i](f))) return false;
      return true;
    };
    const code: CodeInfo = { name: scope.name, unit: this.unit, locals: scope.locals };
    const slotCount = scope.locals.length;
    const cellSetup = this.cellSetup(scope);
    const parentCells = scope.freevars.map((n) => ctx.scope.cellIndex(n));
    const line = e.line;
    const newFrame = (f: Frame, iterable: PyValue) => {
      const frame = new Frame(code, f.globals, new Array<PyValue | undefined>(slotCount));
      frame.line = line;
      frame.fast[0] = iterable;
      cellSetup?.(frame, parentCells.map((i) => f.cells[i]));
      return frame;
    };

    if (e.type === 'generator') {
      // Lazy, like CPython: the first iterable is evaluated now, everything else as items are requested.
      let produce = function* (f: Frame): Generator<PyValue, void, PyValue> {
        yield element(f);
      };
      for (let i = clauses.length - 1; i >= 0; i--) {
        const { iter, store, conditions } = clauses[i];
        const inner = produce;
        produce = function* (f) {
          const next = iterate(iter(f));
          for (let item = next(); item !== undefined; item = next()) {
            runtime.tick();
            store(f, item);
            if (accepts(f, conditions)) yield* inner(f);
          }
        };
      }
      const qualname = ctx.scope.qualPrefix() + '<genexpr>';
      return (f) => {
        const frame = newFrame(f, getIter(firstIter(f)));
        const body = (function* () {
          yield* produce(frame);
          return NORMAL;
        })();
        return new PyGenerator(qualname, frame, body);
      };
    }

    type Sink = PyValue[] | PyDict | PySet;
    const emit: (f: Frame, out: Sink) => void =
      e.type === 'dict'
        ? (f, out) => {
            const k = element(f);
            setItem(out as PyDict, k, value!(f));
          }
        : e.type === 'set'
          ? (f, out) => {
              const v = element(f);
              (out as PySet).items.set(hashKey(v), v);
            }
          : (f, out) => {
              (out as PyValue[]).push(element(f));
            };
    // Nested loops, built from the innermost clause outwards.
    let run = emit;
    for (let i = clauses.length - 1; i >= 0; i--) {
      const { iter, store, conditions } = clauses[i];
      const inner = run;
      run = (f, out) => {
        const next = iterate(iter(f));
        for (let item = next(); item !== undefined; item = next()) {
          runtime.tick();
          store(f, item);
          if (accepts(f, conditions)) inner(f, out);
        }
      };
    }
    const kind = e.type;
    return (f) => {
      const frame = newFrame(f, firstIter(f));
      const out: Sink = kind === 'dict' ? new PyDict() : kind === 'set' ? new PySet() : [];
      runtime.enterCall(frame);
      try {
        run(frame, out);
      } catch (err) {
        throw addTraceback(err, frame);
      } finally {
        runtime.depth--;
      }
      return kind === 'list' ? new PyList(out as PyValue[]) : (out as PyValue);
    };
  }
}

/**
 * Calls `fn` with what `argEvs` evaluate to, after `self` when it is given (`fn` is then a function or method
 * descriptor found on self's type). A Python function whose parameters bind directly gets the values straight
 * in its fast slots.
 */
function callWithArguments(fn: PyValue, self: PyValue | undefined, argEvs: Eval[], f: Frame): PyValue {
  const first = self === undefined ? 0 : 1;
  const n = argEvs.length + first;
  if (fn instanceof PyFunction) {
    if (bindsDirectly(fn, n)) return runDirect(fn, self, argEvs, f);
  } else if (fn instanceof PyType && self === undefined) {
    // `Cls(a, b)`: a plain instance and its Python __init__'s frame filled here, as constructInstance would.
    const init = directInit(fn);
    if (init !== null && bindsDirectly(init, n + 1)) {
      const instance = new PyInstance(fn);
      checkInitResult(runDirect(init, instance, argEvs, f));
      return instance;
    }
  }
  const args = new Array<PyValue>(n);
  if (self !== undefined) args[0] = self;
  for (let i = 0; i < argEvs.length; i++) args[first + i] = argEvs[i](f);
  return self !== undefined && fn instanceof PyNativeFunction ? fn.fn(args, null) : call(fn, args, null);
}

/** Runs `fn` on `self` (if given) and what `argEvs` evaluate to, put straight in its fast slots (see `bindsDirectly`). */
function runDirect(fn: PyFunction, self: PyValue | undefined, argEvs: Eval[], f: Frame): PyValue {
  const code = fn.code;
  const fast = new Array<PyValue | undefined>(code.slotCount);
  let n = 0;
  if (self !== undefined) fast[n++] = self;
  for (let i = 0; i < argEvs.length; i++) fast[n++] = argEvs[i](f);
  if (n < code.directArity) fillDefaults(fn, fast, n);
  return code.run(fn, fast);
}

/**
 * Reads a global, then a builtin, through their bindings (see `Namespace`). Compiled code normally runs against
 * one namespace; code compiled once and run in several (standard modules written in Python) rebinds on a change.
 */
function globalLoad(name: string): Eval {
  const builtin = builtins.binding(name);
  let globals: Namespace | null = null;
  let binding = builtin;
  return (f) => {
    if (f.globals !== globals) {
      globals = f.globals;
      binding = globals.binding(name);
    }
    const v = binding.value ?? builtin.value;
    if (v === undefined) throw nameError(name);
    return v;
  };
}

function isFusedOperator(op: A.BinaryOperator): op is FusedOperator {
  return FUSED_OPERATORS.has(op);
}

function isFusedArithmetic(e: A.Expr): boolean {
  return e.kind === 'BinOp' && isFusedOperator(e.op);
}

function globalStore(name: string): Store {
  let globals: Namespace | null = null;
  let binding: Binding | null = null;
  return (f, v) => {
    if (f.globals !== globals) {
      globals = f.globals;
      binding = globals.binding(name);
    }
    globals.setBound(binding!, name, v);
  };
}

/** A range whose bounds are all safe integers, which loops count through directly. */
function isIntRange(v: PyValue): v is PyRange & { start: number; stop: number; step: number } {
  return v instanceof PyRange && typeof v.start === 'number' && typeof v.stop === 'number' && typeof v.step === 'number';
}

/** Shared by functions without defaults or closures (nothing mutates these). */
const NO_DEFAULTS: PyValue[] = [];
const NO_KWDEFAULTS = new Map<string, PyValue>();
const NO_CLOSURE: Cell[] = [];

/** Runs `__enter__` (binding its result to the `as` target); returns what leaving the block needs. */
function enterContext(manager: PyValue, store: Store | null, f: Frame): { manager: PyValue; exit: PyValue } {
  const t = typeOf(manager);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined || exit === undefined) throw typeError(`'${t.name}' object does not support the context manager protocol`);
  const value = call(enter, [manager]);
  store?.(f, value);
  return { manager, exit };
}

/** Calls `__exit__` with the exception; true when the context manager suppresses it. */
function exitContext(manager: PyValue, exit: PyValue, exc: PyException): boolean {
  runtime.handling.push(exc);
  try {
    return truthy(call(exit, [manager, exc.cls, exc, None]));
  } finally {
    runtime.handling.pop();
  }
}

/** Whether a statement contains `yield` outside nested functions, classes, lambdas and comprehensions. */
function containsYield(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsYield);
  if (node === null || typeof node !== 'object') return false;
  const kind = (node as { kind?: string }).kind;
  if (kind === 'Yield') return true;
  if (kind === 'FunctionDef' || kind === 'ClassDef' || kind === 'Lambda' || kind === 'Comprehension') return false;
  return Object.values(node).some(containsYield);
}

/** A compiled `except` clause (its body is compiled separately, as a function or a generator). */
interface Handler {
  type: Eval | null;
  store: Store | null;
  unbind: Exec | null;
  line: number;
}

/** Index of the first `except` clause matching `exc` (binding `as name`); rethrows `exc` if none does. */
function findHandler(handlers: Handler[], f: Frame, exc: PyException): number {
  for (let i = 0; i < handlers.length; i++) {
    const h = handlers[i];
    if (h.type) {
      f.line = h.line;
      if (!exceptionMatches(exc, h.type(f))) continue;
    }
    h.store?.(f, exc);
    return i;
  }
  throw exc;
}

/** Python deletes the `as` name when the handler ends (it may already be gone). */
function unbindHandlerName(h: Handler, f: Frame): void {
  if (!h.unbind) return;
  try {
    h.unbind(f);
  } catch {
    // the handler body deleted it already
  }
}

/** An exception raised while handling `exc` gets `exc` as its __context__. */
function chained(e: unknown, exc: PyException): PyException {
  const next = toPyException(e);
  if (next !== exc && next.context === null) next.context = exc;
  return next;
}

function constant(c: A.ConstantValue): Eval {
  let v: PyValue;
  switch (c.type) {
    case 'int':
    case 'str':
    case 'bool':
      v = c.value;
      break;
    case 'float':
      v = new PyFloat(c.value);
      break;
    case 'None':
      v = None;
      break;
    case 'Ellipsis':
      v = Ellipsis;
      break;
  }
  const value = v;
  return () => value;
}

/** The exception to raise for `raise X`: instances as-is, classes instantiated with no arguments. */
function instantiateException(v: PyValue, message: string): PyException {
  if (v instanceof PyException) return v;
  if (isExceptionType(v)) {
    const e = call(v, []);
    if (e instanceof PyException) return e;
    throw typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeName(e)}`);
  }
  throw typeError(message);
}

function exceptionMatches(exc: PyException, spec: PyValue): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => exceptionMatches(exc, s));
  if (!(spec instanceof PyType) || !spec.isSubtypeOf(BaseException)) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return exc.cls.isSubtypeOf(spec);
}

/** Thrown while merging `**mapping` keywords; the call site names the callee in the TypeError. */
class RepeatedKeyword {
  constructor(readonly key: string) {}
}

function keywordArguments(kwargs: (f: Frame) => Kwargs, f: Frame, callee: () => PyValue): Kwargs {
  try {
    return kwargs(f);
  } catch (e) {
    if (!(e instanceof RepeatedKeyword)) throw e;
    throw typeError(`${calleeName(callee())}() got multiple values for keyword argument '${e.key}'`);
  }
}

/** How CPython names a callable in argument errors: `__main__.f`, `__main__.K.m`, `len`. */
function calleeName(fn: PyValue): string {
  if (fn instanceof PyBoundMethod) return calleeName(fn.func);
  if (fn instanceof PyFunction) return `${fn.module}.${fn.qualname}`;
  if (fn instanceof PyNativeFunction) return fn.ownerName ? `${fn.ownerName}.${fn.name}` : fn.name;
  return typeName(fn);
}

/**
 * `from module import name`: the module's namespace, then a submodule of that name (imported and bound on the
 * module, as CPython does), then the module's own __getattr__ (PEP 562); undefined when none has it.
 */
function importedName(module: PyModule, moduleName: string, name: string): PyValue | undefined {
  const value = module.dict!.get(name);
  if (value !== undefined) return value;
  if (isModuleAvailable(`${moduleName}.${name}`)) {
    const submodule = runtime.modules.import(`${moduleName}.${name}`);
    module.dict!.set(name, submodule);
    return submodule;
  }
  const hook = module.dict!.get('__getattr__');
  if (hook === undefined) return undefined;
  try {
    return call(hook, [name]);
  } catch (error) {
    if (error instanceof PyException && error.cls.isSubtypeOf(AttributeError)) return undefined;
    throw error;
  }
}
