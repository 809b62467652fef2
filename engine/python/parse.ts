// Source text → typed AST (ast.ts). Lezer gives an error-tolerant concrete syntax tree; we reject any error node
// as a Python SyntaxError and convert the rest, checking what lezer accepts but Python does not
// (indentation, assignment targets, leading zeros, ...).
import type { SyntaxNode } from '@lezer/common';
import { parser } from './lezer/parser.generated.js';
import type * as A from './ast';
import { decodeStringBody, parseNumberLiteral } from './literals';

/** A compile-time error; the interpreter turns it into a Python SyntaxError (or the named subclass). */
export class CompileError {
  constructor(
    readonly message: string,
    readonly line: number,
    readonly col: number,
    readonly endCol: number = col + 1,
    readonly ename: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ) {}
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function parseModule(source: string): A.Module {
  return new Converter(source).module();
}

class Converter {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  module(): A.Module {
    const top = parser.parse(this.src).topNode;
    this.checkBrackets();
    this.rejectErrorNodes(top);
    const body = this.block(this.kids(top), 0);
    return { body };
  }

  // ---- positions and errors

  pos(offset: number): A.Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo] };
  }

  at(node: SyntaxNode): A.Pos {
    return this.pos(node.from);
  }

  error(message: string, from: number, to = from + 1, ename: CompileError['ename'] = 'SyntaxError'): never {
    const p = this.pos(from);
    const end = this.pos(Math.max(to, from + 1));
    throw new CompileError(message, p.line, p.col, end.line === p.line ? end.col : p.col + 1, ename);
  }

  text(node: SyntaxNode): string {
    return this.src.slice(node.from, node.to);
  }

  kids(node: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
    return out;
  }

  /** Unclosed brackets and unterminated strings are the most common syntax errors; CPython names them precisely. */
  private checkBrackets(): void {
    const stack: { ch: string; at: number }[] = [];
    const src = this.src;
    for (let i = 0; i < src.length; i++) {
      const ch = src[i];
      if (ch === '#') {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (ch === '"' || ch === "'") {
        i = this.skipString(i);
      } else if (ch in OPENERS) {
        stack.push({ ch, at: i });
      } else if (ch === ')' || ch === ']' || ch === '}') {
        const open = stack.pop();
        if (!open) this.error(`unmatched '${ch}'`, i);
        if (OPENERS[open.ch] !== ch) {
          const o = this.pos(open.at);
          const c = this.pos(i);
          const where = o.line === c.line ? '' : ` on line ${o.line}`;
          this.error(`closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`, i);
        }
      }
    }
    if (stack.length) this.error(`'${stack[stack.length - 1].ch}' was never closed`, stack[stack.length - 1].at);
  }

  /** Returns the index of the closing quote of the string starting at `start`. */
  private skipString(start: number): number {
    const src = this.src;
    const q = src[start];
    const triple = src.startsWith(q + q + q, start);
    let prefixStart = start;
    while (prefixStart > 0 && /[rRbBuUfF]/.test(src[prefixStart - 1])) prefixStart--;
    const raw = /[rR]/.test(src.slice(prefixStart, start));
    let i = start + (triple ? 3 : 1);
    for (; i < src.length; i++) {
      const ch = src[i];
      if (ch === '\\') {
        i++;
        if (raw) continue;
      } else if (triple ? src.startsWith(q + q + q, i) : ch === q) {
        return triple ? i + 2 : i;
      } else if (ch === '\n' && !triple) {
        break;
      }
    }
    const line = this.pos(Math.min(i, src.length)).line;
    if (triple) this.error(`unterminated triple-quoted string literal (detected at line ${line})`, prefixStart);
    this.error(`unterminated string literal (detected at line ${line})`, prefixStart);
  }

  private rejectErrorNodes(top: SyntaxNode): void {
    const cursor = top.cursor();
    do {
      if (cursor.type.isError && !isBareYield(cursor.node)) this.errorAt(cursor.node);
    } while (cursor.next());
  }

  /** Picks CPython's message for the most common shapes of an error node, 'invalid syntax' otherwise. */
  private errorAt(err: SyntaxNode): never {
    const parent = err.parent;
    const prev = err.prevSibling;
    if (parent && parent.name === 'Body' && prev?.name === ':') {
      const header = parent.parent;
      const kw = header?.firstChild ? this.text(header.firstChild) : '';
      const what = kw === 'def' ? 'function definition' : kw === 'class' ? 'class definition' : `'${kw}' statement`;
      const next = this.nextToken(err.from);
      this.error(`expected an indented block after ${what} on line ${this.at(header ?? parent).line}`, next, next + 1, 'IndentationError');
    }
    if (parent && /^(If|While|For|With|Try|FunctionDefinition|ClassDefinition)/.test(parent.name) && this.src[this.nextToken(err.from)] !== ':') {
      const end = prev ? prev.to : err.from;
      if (prev && prev.name !== 'else' && prev.name !== 'try' && prev.name !== 'finally') this.error("expected ':'", end);
    }
    const at = err.from < err.to ? err.from : this.nextToken(err.from);
    // The grammar reads `{x:=^10}` in an f-string as a walrus; CPython reads a format spec starting with '='.
    const walrus = this.src.lastIndexOf(':=', at);
    if (walrus >= 0 && at - walrus <= 2 && this.insideFString(err)) {
      this.error("a format spec that starts with '=' right after ':' (as in f\"{x:=^10}\") is not supported in agnb; write f\"{x:{'='}^10}\"", walrus, walrus + 2);
    }
    if (at >= this.src.length) this.error('invalid syntax', Math.max(0, this.src.length - 1));
    this.error('invalid syntax', at);
  }

  private insideFString(node: SyntaxNode): boolean {
    for (let n: SyntaxNode | null = node; n; n = n.parent) if (n.name === 'FormatString' || n.name === 'FormatReplacement') return true;
    return false;
  }

  private nextToken(offset: number): number {
    let i = offset;
    while (i < this.src.length && /[ \t\n\r\\]/.test(this.src[i])) i++;
    return i;
  }

  // ---- statements

  /** Converts a run of statement nodes that must share one indentation column. */
  block(nodes: SyntaxNode[], expectCol: number | null): A.Stmt[] {
    const out: A.Stmt[] = [];
    let col = expectCol;
    for (const node of nodes) {
      const p = this.at(node);
      const lineStart = this.lineStarts[p.line - 1];
      const startsLine = this.src.slice(lineStart, node.from).trim() === '';
      if (startsLine) {
        if (col === null) col = p.col;
        else if (p.col > col) this.error('unexpected indent', node.from, node.from + 1, 'IndentationError');
        else if (p.col < col) this.error('unindent does not match any outer indentation level', node.from, node.from + 1, 'IndentationError');
      }
      this.statement(node, out);
    }
    return out;
  }

  body(node: SyntaxNode): A.Stmt[] {
    const stmts = this.kids(node).filter((n) => n.name !== ':');
    const first = stmts[0];
    if (!first) return [];
    return this.block(stmts, null);
  }

  statement(node: SyntaxNode, out: A.Stmt[]): void {
    const p = this.at(node);
    const k = this.kids(node);
    switch (node.name) {
      case 'StatementGroup':
        for (const child of k) if (child.name !== ';') this.statement(child, out);
        return;
      case 'ExpressionStatement':
        out.push({ kind: 'Expr', value: this.exprList(k, node), ...p });
        return;
      case 'AssignStatement':
        out.push(this.assignment(node, k));
        return;
      case 'UpdateStatement': {
        const opIndex = k.findIndex((n) => n.name === 'UpdateOp');
        const target = this.exprList(k.slice(0, opIndex), node);
        this.checkTarget(target, 'augmented');
        const op = this.text(k[opIndex]).slice(0, -1) as A.BinaryOperator;
        out.push({ kind: 'AugAssign', target, op, value: this.exprList(k.slice(opIndex + 1), node), ...p });
        return;
      }
      case 'DeleteStatement': {
        const targets = this.commaSep(k.slice(1)).map((g) => this.element(g));
        for (const t of targets) this.checkTarget(t, 'del');
        out.push({ kind: 'Delete', targets, ...p });
        return;
      }
      case 'PassStatement':
        out.push({ kind: 'Pass', ...p });
        return;
      case 'BreakStatement':
        out.push({ kind: 'Break', ...p });
        return;
      case 'ContinueStatement':
        out.push({ kind: 'Continue', ...p });
        return;
      case 'ReturnStatement':
        out.push({ kind: 'Return', value: k.length > 1 ? this.exprList(k.slice(1), node) : null, ...p });
        return;
      case 'RaiseStatement': {
        const fromIndex = k.findIndex((n) => n.name === 'from');
        const exc = k.length > 1 ? this.expr(k[1]) : null;
        if (k.some((n) => n.name === ',')) this.error('invalid syntax', k.find((n) => n.name === ',')!.from);
        out.push({ kind: 'Raise', exc, cause: fromIndex > 0 ? this.expr(k[fromIndex + 1]) : null, ...p });
        return;
      }
      case 'ScopeStatement': {
        const names = k.filter((n) => n.name === 'VariableName').map((n) => this.text(n));
        out.push({ kind: this.text(k[0]) === 'global' ? 'Global' : 'Nonlocal', names, ...p });
        return;
      }
      case 'AssertStatement': {
        const parts = this.commaSep(k.slice(1));
        out.push({ kind: 'Assert', test: this.element(parts[0]), msg: parts[1] ? this.element(parts[1]) : null, ...p });
        return;
      }
      case 'ImportStatement':
        out.push(this.importStatement(node, k));
        return;
      case 'IfStatement':
        out.push(this.ifStatement(k, 0));
        return;
      case 'WhileStatement': {
        const bodies = k.filter((n) => n.name === 'Body');
        out.push({ kind: 'While', test: this.expr(k[1]), body: this.body(bodies[0]), orelse: bodies[1] ? this.body(bodies[1]) : [], ...p });
        return;
      }
      case 'ForStatement':
        out.push(this.forStatement(node, k));
        return;
      case 'TryStatement':
        out.push(this.tryStatement(node, k));
        return;
      case 'WithStatement':
        out.push(this.withStatement(node, k));
        return;
      case 'FunctionDefinition':
        out.push(this.functionDef(node, k, []));
        return;
      case 'ClassDefinition':
        out.push(this.classDef(node, k, []));
        return;
      case 'DecoratedStatement': {
        const decorators = k.filter((n) => n.name === 'Decorator').map((d) => this.decorator(d));
        const def = k[k.length - 1];
        const stmt = def.name === 'ClassDefinition' ? this.classDef(def, this.kids(def), decorators) : this.functionDef(def, this.kids(def), decorators);
        out.push({ ...stmt, line: p.line, col: p.col });
        return;
      }
      case 'PrintStatement':
        return this.error("Missing parentheses in call to 'print'. Did you mean print(...)?", node.from, node.to);
      case 'YieldStatement':
        out.push({ kind: 'Expr', value: this.yieldExpr(node), ...p });
        return;
      case 'MatchStatement':
        return this.unsupported("'match' statements", node);
      case 'TypeDefinition':
        return this.unsupported("'type' statements", node);
      default:
        return this.error('invalid syntax', node.from);
    }
  }

  unsupported(what: string, node: SyntaxNode): never {
    this.error(`${what} ${what.endsWith('s') ? 'are' : 'is'} not supported in agnb`, node.from, node.to);
  }

  assignment(node: SyntaxNode, k: SyntaxNode[]): A.Stmt {
    const p = this.at(node);
    const typeDef = k.find((n) => n.name === 'TypeDef');
    const groups: SyntaxNode[][] = [[]];
    for (const n of k) {
      if (n.name === 'AssignOp') groups.push([]);
      else if (n.name !== 'TypeDef') groups[groups.length - 1].push(n);
    }
    const exprs = groups.map((g) => (g.length === 1 && g[0].name === 'YieldExpression' ? this.yieldExpr(g[0]) : this.exprList(g, node)));
    if (typeDef) {
      const target = exprs[0];
      if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
        this.error('only single target (not tuple) can be annotated', node.from);
      }
      const annotation = this.expr(this.kids(typeDef)[1]);
      return { kind: 'AnnAssign', target, annotation, value: exprs.length > 1 ? exprs[1] : null, ...p };
    }
    const targets = exprs.slice(0, -1);
    for (const t of targets) this.checkTarget(t, 'assign');
    return { kind: 'Assign', targets, value: exprs[exprs.length - 1], ...p };
  }

  /** Mirrors CPython's checks on what can be assigned to. */
  checkTarget(t: A.Expr, context: 'assign' | 'augmented' | 'del' | 'for'): void {
    switch (t.kind) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        return;
      case 'Tuple':
      case 'List':
        if (context === 'augmented') break;
        for (const e of t.elts) this.checkTarget(e.kind === 'Starred' && context !== 'del' ? e.value : e, context);
        return;
      default:
        break;
    }
    const what = describeTarget(t);
    const offset = this.lineStarts[t.line - 1] + t.col;
    if (context === 'augmented') this.error(`'${what}' is an illegal expression for augmented assignment`, offset);
    if (context === 'del') this.error(`cannot delete ${what}`, offset);
    const hint = context === 'assign' && t.kind !== 'Starred' ? " here. Maybe you meant '==' instead of '='?" : '';
    this.error(`cannot assign to ${what}${hint}`, offset);
  }

  importStatement(node: SyntaxNode, k: SyntaxNode[]): A.Stmt {
    const p = this.at(node);
    const aliases = (nodes: SyntaxNode[]): A.Alias[] =>
      this.commaSep(nodes.filter((n) => n.name !== '(' && n.name !== ')')).map((g) => {
        const asIndex = g.findIndex((n) => n.name === 'as');
        const nameNodes = asIndex >= 0 ? g.slice(0, asIndex) : g;
        return { name: nameNodes.map((n) => this.text(n)).join(''), asname: asIndex >= 0 ? this.text(g[asIndex + 1]) : null };
      });
    if (k[0].name === 'import') return { kind: 'Import', names: aliases(k.slice(1)), ...p };
    const importIndex = k.findIndex((n) => n.name === 'import');
    const moduleNodes = k.slice(1, importIndex);
    let level = 0;
    for (const n of moduleNodes) {
      if (n.name === '.') level++;
      else if (n.name === 'Ellipsis') level += 3;
      else break;
    }
    const module = moduleNodes.slice(moduleNodes.findIndex((n) => n.name === 'VariableName')).map((n) => this.text(n)).join('');
    const rest = k.slice(importIndex + 1);
    const names = rest.length === 1 && rest[0].name === '*' ? [{ name: '*', asname: null }] : aliases(rest);
    return { kind: 'ImportFrom', module: level === moduleNodes.length ? '' : module, level, names, ...p };
  }

  ifStatement(k: SyntaxNode[], start: number): A.If {
    const p = this.at(k[start]);
    const test = this.expr(k[start + 1]);
    const body = this.body(k[start + 2]);
    const next = k[start + 3];
    let orelse: A.Stmt[] = [];
    if (next?.name === 'elif') orelse = [this.ifStatement(k, start + 3)];
    else if (next?.name === 'else') orelse = this.body(k[start + 4]);
    return { kind: 'If', test, body, orelse, ...p };
  }

  forStatement(node: SyntaxNode, k: SyntaxNode[]): A.For {
    if (k[0].name === 'async') this.unsupported("'async for'", node);
    const inIndex = k.findIndex((n) => n.name === 'in');
    const bodyIndex = k.findIndex((n) => n.name === 'Body');
    const target = this.exprList(k.slice(1, inIndex), node);
    this.checkTarget(target, 'for');
    const iter = this.exprList(k.slice(inIndex + 1, bodyIndex), node);
    const elseBody = k[bodyIndex + 2];
    return { kind: 'For', target, iter, body: this.body(k[bodyIndex]), orelse: elseBody ? this.body(elseBody) : [], ...this.at(node) };
  }

  tryStatement(node: SyntaxNode, k: SyntaxNode[]): A.Try {
    const stmt: A.Try = { kind: 'Try', body: this.body(k[1]), handlers: [], orelse: [], finalbody: [], ...this.at(node) };
    for (let i = 2; i < k.length; ) {
      const kw = k[i];
      if (kw.name === 'except') {
        let j = i + 1;
        if (k[j].name === '*') this.unsupported("'except*'", k[j]);
        let type: A.Expr | null = null;
        let name: string | null = null;
        if (k[j].name !== 'Body') type = this.expr(k[j++]);
        if (k[j].name === 'as') {
          name = this.text(k[j + 1]);
          j += 2;
        } else if (k[j].name === ',') {
          this.error('multiple exception types must be parenthesized', type ? this.offsetOf(type) : k[j].from);
        }
        if (type === null && stmt.handlers.length && i + 1 < k.length && k.slice(j + 1).some((n) => n.name === 'except')) {
          this.error("default 'except:' must be last", kw.from);
        }
        stmt.handlers.push({ type, name, body: this.body(k[j]), ...this.at(kw) });
        i = j + 1;
      } else if (kw.name === 'else') {
        stmt.orelse = this.body(k[i + 1]);
        i += 2;
      } else {
        stmt.finalbody = this.body(k[i + 1]);
        i += 2;
      }
    }
    if (!stmt.handlers.length && !stmt.finalbody.length) this.error("expected 'except' or 'finally' block", node.to);
    return stmt;
  }

  offsetOf(e: A.Pos): number {
    return this.lineStarts[e.line - 1] + e.col;
  }

  withStatement(node: SyntaxNode, k: SyntaxNode[]): A.With {
    if (k[0].name === 'async') this.unsupported("'async with'", node);
    const bodyIndex = k.findIndex((n) => n.name === 'Body');
    const items = this.commaSep(k.slice(1, bodyIndex)).map((g) => {
      const asIndex = g.findIndex((n) => n.name === 'as');
      if (asIndex < 0) return { context: this.element(g), target: null };
      return { context: this.element(g.slice(0, asIndex)), target: this.expr(g[asIndex + 1]) };
    });
    return { kind: 'With', items, body: this.body(k[bodyIndex]), ...this.at(node) };
  }

  decorator(node: SyntaxNode): A.Expr {
    const k = this.kids(node).filter((n) => n.name !== 'At');
    const p = this.at(k[0]);
    let e: A.Expr = { kind: 'Name', id: this.text(k[0]), ...p };
    for (let i = 1; i < k.length; i++) {
      if (k[i].name === '.') e = { kind: 'Attribute', value: e, attr: this.text(k[++i]), ...p };
      else if (k[i].name === 'ArgList') e = { kind: 'Call', func: e, ...this.argList(k[i]), ...p };
    }
    return e;
  }

  functionDef(node: SyntaxNode, k: SyntaxNode[], decorators: A.Expr[]): A.FunctionDef {
    if (k[0].name === 'async') this.unsupported("'async def' (coroutines)", node);
    if (k.some((n) => n.name === 'TypeParamList')) this.unsupported('type parameter lists', node);
    const name = this.text(k.find((n) => n.name === 'VariableName')!);
    const args = this.params(k.find((n) => n.name === 'ParamList')!, true);
    const returns = k.find((n) => n.name === 'TypeDef');
    if (returns) args.annotations.push(['return', this.typeDef(returns)]);
    const body = this.body(k.find((n) => n.name === 'Body')!);
    return { kind: 'FunctionDef', name, args, body, decorators, ...this.at(node) };
  }

  classDef(node: SyntaxNode, k: SyntaxNode[], decorators: A.Expr[]): A.ClassDef {
    const name = this.text(k.find((n) => n.name === 'VariableName')!);
    const argList = k.find((n) => n.name === 'ArgList');
    const { args, keywords } = argList ? this.argList(argList) : { args: [], keywords: [] };
    return { kind: 'ClassDef', name, bases: args, keywords, body: this.body(k.find((n) => n.name === 'Body')!), decorators, ...this.at(node) };
  }

  /** The expression of an annotation (`: int` after a parameter, `-> int` after the parameter list). */
  typeDef(node: SyntaxNode): A.Expr {
    return this.expr(this.kids(node).at(-1)!);
  }

  params(node: SyntaxNode, allowAnnotations: boolean): A.Arguments {
    const out: A.Arguments = { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null, annotations: [] };
    let afterStar = false;
    let sawDefault = false;
    const seen = new Set<string>();
    const declare = (n: SyntaxNode): string => {
      const name = this.text(n);
      if (seen.has(name)) this.error(`duplicate argument '${name}' in function definition`, n.from);
      seen.add(name);
      return name;
    };
    for (const g of this.commaSep(this.kids(node).filter((n) => n.name !== '(' && n.name !== ')'))) {
      if (!allowAnnotations && g.some((n) => n.name === 'TypeDef')) this.error('invalid syntax', g[0].from);
      const first = g[0];
      const typeDef = g.find((n) => n.name === 'TypeDef');
      const annotate = (name: string) => typeDef && out.annotations.push([name, this.typeDef(typeDef)]);
      // lezer has no node for the positional-only marker `/`: it shows up as an empty group.
      if (first === undefined) {
        out.posonly = out.args;
        out.args = [];
      } else if (first.name === '*') {
        afterStar = true;
        if (g[1]?.name === 'VariableName') annotate((out.vararg = declare(g[1])));
      } else if (first.name === '**') {
        annotate((out.kwarg = declare(g[1])));
      } else {
        const eq = g.findIndex((n) => n.name === 'AssignOp');
        const param = { name: declare(first), default: eq >= 0 ? this.expr(g[eq + 1]) : null };
        annotate(param.name);
        if (afterStar) out.kwonly.push(param);
        else {
          if (param.default) sawDefault = true;
          else if (sawDefault) this.error('non-default argument follows default argument', first.from);
          out.args.push(param);
        }
      }
    }
    return out;
  }

  argList(node: SyntaxNode): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const inner = this.kids(node).filter((n) => n.name !== '(' && n.name !== ')');
    const forAt = inner.findIndex((n) => n.name === 'for');
    if (forAt >= 0) {
      // A generator expression argument: lezer flattens its clauses (and their commas) into the ArgList.
      if (inner.slice(0, forAt).some((n) => n.name === ',')) this.error('Generator expression must be parenthesized', inner[0].from);
      return { args: [this.comprehension('generator', inner, this.at(inner[0]))], keywords };
    }
    const groups = this.commaSep(inner);
    for (const g of groups) {
      if (g[0].name === '**') keywords.push({ name: null, value: this.expr(g[1]) });
      else if (g.length >= 3 && g[1].name === 'AssignOp' && this.text(g[1]) === '=') {
        if (g[0].name !== 'VariableName') this.error('expression cannot contain assignment, perhaps you meant "=="?', g[0].from);
        const name = this.text(g[0]);
        if (keywords.some((kw) => kw.name === name)) this.error(`keyword argument repeated: ${name}`, g[0].from);
        keywords.push({ name, value: this.expr(g[2]) });
      } else if (g.length >= 3 && g[1].name === 'AssignOp' && this.text(g[1]) === ':=') {
        // `f(x := v)`: lezer flattens a named expression argument into the ArgList.
        if (g[0].name !== 'VariableName') this.error(`cannot use assignment expressions with ${describeTarget(this.expr(g[0]))}`, g[0].from);
        const target: A.Name = { kind: 'Name', id: this.text(g[0]), ...this.at(g[0]) };
        args.push({ kind: 'NamedExpr', target, value: this.expr(g[2]), ...this.at(g[0]) });
      } else {
        if (keywords.length && g[0].name !== '*') {
          const unpacking = keywords.some((kw) => kw.name === null);
          this.error(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', g[0].from);
        }
        args.push(this.element(g));
      }
    }
    return { args, keywords };
  }

  // ---- expressions

  /** Splits sibling nodes on top-level commas (lezer flattens commaSep into the parent). */
  commaSep(nodes: SyntaxNode[]): SyntaxNode[][] {
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    for (const n of nodes) {
      if (n.name === ',') {
        groups.push(cur);
        cur = [];
      } else cur.push(n);
    }
    if (cur.length) groups.push(cur);
    return groups;
  }

  /** One comma-separated element: an expression, or `*expr`. */
  element(g: SyntaxNode[]): A.Expr {
    if (g[0].name === '*') return { kind: 'Starred', value: this.expr(g[1]), ...this.at(g[0]) };
    if (g[0].name === '**') this.error('invalid syntax', g[0].from);
    return this.expr(g[0]);
  }

  /** `a`, or `a, b` / `a,` as a tuple (the form of expression statements, targets, return values). */
  exprList(nodes: SyntaxNode[], owner: SyntaxNode): A.Expr {
    if (!nodes.length) this.error('invalid syntax', owner.from);
    const groups = this.commaSep(nodes);
    if (groups.length === 1 && !nodes.some((n) => n.name === ',')) {
      const e = this.element(groups[0]);
      if (e.kind === 'Starred') this.error("can't use starred expression here", nodes[0].from);
      return e;
    }
    return { kind: 'Tuple', elts: groups.map((g) => this.element(g)), ...this.at(nodes[0]) };
  }

  expr(node: SyntaxNode): A.Expr {
    const p = this.at(node);
    switch (node.name) {
      case 'VariableName':
        return { kind: 'Name', id: this.text(node), ...p };
      case 'Number': {
        const parsed = parseNumberLiteral(this.text(node));
        if (typeof parsed === 'string') this.error(parsed, node.from, node.to);
        return { kind: 'Constant', value: parsed, ...p };
      }
      case 'Boolean':
        return { kind: 'Constant', value: { type: 'bool', value: this.text(node) === 'True' }, ...p };
      case 'None':
        return { kind: 'Constant', value: { type: 'None' }, ...p };
      case 'Ellipsis':
        return { kind: 'Constant', value: { type: 'Ellipsis' }, ...p };
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.strings(node.name === 'ContinuedString' ? this.kids(node) : [node], p);
      case 'ParenthesizedExpression': {
        const inner = this.kids(node).filter((n) => n.name !== '(' && n.name !== ')');
        if (inner[0].name === '*') this.error("cannot use starred expression here", inner[0].from);
        return this.expr(inner[0]);
      }
      case 'TupleExpression':
        return { kind: 'Tuple', elts: this.elements(node), ...p };
      case 'ArrayExpression':
        return { kind: 'List', elts: this.elements(node), ...p };
      case 'SetExpression':
        return { kind: 'Set', elts: this.elements(node), ...p };
      case 'DictionaryExpression':
        return this.dict(node, p);
      case 'ComprehensionExpression':
        return this.comprehension('generator', this.inner(node), p);
      case 'ArrayComprehensionExpression':
        return this.comprehension('list', this.inner(node), p);
      case 'SetComprehensionExpression':
        return this.comprehension('set', this.inner(node), p);
      case 'DictionaryComprehensionExpression':
        return this.comprehension('dict', this.inner(node), p);
      case 'BinaryExpression':
        return this.binary(node, p);
      case 'UnaryExpression': {
        const [opNode, operand] = this.kids(node);
        const op = this.text(opNode) as A.UnaryOp['op'];
        return { kind: 'UnaryOp', op, operand: this.expr(operand), ...p };
      }
      case 'CallExpression': {
        const [func, args] = this.kids(node);
        return { kind: 'Call', func: this.expr(func), ...this.argList(args), ...p };
      }
      case 'MemberExpression':
        return this.member(node, p);
      case 'ConditionalExpression': {
        const k = this.kids(node);
        return { kind: 'IfExp', body: this.expr(k[0]), test: this.expr(k[2]), orelse: this.expr(k[4]), ...p };
      }
      case 'LambdaExpression': {
        const k = this.kids(node);
        const params = k.find((n) => n.name === 'ParamList');
        const args = params ? this.params(params, false) : { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null, annotations: [] };
        return { kind: 'Lambda', args, body: this.expr(k[k.length - 1]), ...p };
      }
      case 'NamedExpression': {
        const [target, , value] = this.kids(node);
        if (target.name !== 'VariableName') this.error(`cannot use assignment expressions with ${describeTarget(this.expr(target))}`, target.from);
        return { kind: 'NamedExpr', target: { kind: 'Name', id: this.text(target), ...this.at(target) }, value: this.expr(value), ...p };
      }
      case 'AwaitExpression':
        return this.unsupported("'await'", node);
      case 'YieldExpression':
        return this.yieldExpr(node);
      default:
        return this.error('invalid syntax', node.from);
    }
  }

  /** `yield x`, `yield a, b`, `yield from x` or a bare `yield` (a YieldStatement or YieldExpression node). */
  yieldExpr(node: SyntaxNode): A.Yield {
    const k = this.kids(node).filter((n) => !n.type.isError);
    const isFrom = k[1]?.name === 'from';
    const rest = k.slice(isFrom ? 2 : 1);
    return { kind: 'Yield', value: rest.length ? this.exprList(rest, node) : null, isFrom, ...this.at(node) };
  }

  inner(node: SyntaxNode): SyntaxNode[] {
    return this.kids(node).slice(1, -1);
  }

  elements(node: SyntaxNode): A.Expr[] {
    return this.commaSep(this.inner(node)).map((g) => this.element(g));
  }

  dict(node: SyntaxNode, p: A.Pos): A.DictExpr {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    for (const g of this.commaSep(this.inner(node))) {
      if (g[0].name === '**') {
        keys.push(null);
        values.push(this.expr(g[1]));
      } else {
        keys.push(this.expr(g[0]));
        values.push(this.expr(g[2]));
      }
    }
    return { kind: 'Dict', keys, values, ...p };
  }

  comprehension(type: A.Comprehension['type'], nodes: SyntaxNode[], p: A.Pos): A.Comprehension {
    let i = nodes.findIndex((n) => n.name === 'for' || n.name === 'async');
    const head = nodes.slice(0, i);
    if (head[0].name === '*' || head[0].name === '**') this.error('iterable unpacking cannot be used in comprehension', head[0].from);
    const element = this.expr(head[0]);
    const value = type === 'dict' ? this.expr(head[2]) : null;
    const clauses: A.ComprehensionClause[] = [];
    while (i < nodes.length) {
      const n = nodes[i];
      if (n.name === 'async') this.unsupported("'async for'", n);
      if (n.name === 'for') {
        const inIndex = nodes.findIndex((m, j) => j > i && m.name === 'in');
        const target = this.exprList(nodes.slice(i + 1, inIndex), n);
        this.checkTarget(target, 'for');
        clauses.push({ target, iter: this.expr(nodes[inIndex + 1]), ifs: [] });
        i = inIndex + 2;
      } else if (n.name === 'if') {
        clauses[clauses.length - 1].ifs.push(this.expr(nodes[i + 1]));
        i += 2;
      } else this.error('invalid syntax', n.from);
    }
    return { kind: 'Comprehension', type, element, value, clauses, ...p };
  }

  binary(node: SyntaxNode, p: A.Pos): A.Expr {
    const k = this.kids(node);
    const left = k[0];
    const right = k[k.length - 1];
    const opText = k.slice(1, -1).map((n) => this.text(n)).join(' ');
    if (opText === 'and' || opText === 'or') return { kind: 'BoolOp', op: opText, left: this.expr(left), right: this.expr(right), ...p };
    if (k[1].name === 'CompareOp' || /^(in|not in|is|is not)$/.test(opText)) {
      const op = (opText === '<>' ? this.error('invalid syntax', k[1].from) : opText) as A.CompareOperator;
      const l = this.expr(left);
      // lezer nests `a < b < c` as ((a < b) < c); Python chains it.
      if (l.kind === 'Compare' && left.name === 'BinaryExpression') {
        return { ...l, ops: [...l.ops, op], comparators: [...l.comparators, this.expr(right)] };
      }
      return { kind: 'Compare', left: l, ops: [op], comparators: [this.expr(right)], ...p };
    }
    return { kind: 'BinOp', op: opText as A.BinaryOperator, left: this.expr(left), right: this.expr(right), ...p };
  }

  member(node: SyntaxNode, p: A.Pos): A.Expr {
    const k = this.kids(node);
    const value = this.expr(k[0]);
    if (k[1].name === '.') return { kind: 'Attribute', value, attr: this.text(k[2]), ...p };
    const inside = k.slice(2, -1);
    const groups = this.commaSep(inside);
    const parts = groups.map((g) => this.subscriptPart(g));
    const index: A.Expr = parts.length === 1 && !inside.some((n) => n.name === ',') ? parts[0] : { kind: 'Tuple', elts: parts, ...this.at(inside[0]) };
    return { kind: 'Subscript', value, index, ...p };
  }

  subscriptPart(g: SyntaxNode[]): A.Expr {
    if (!g.some((n) => n.name === ':')) return this.element(g);
    const slots: (A.Expr | null)[] = [null, null, null];
    let slot = 0;
    for (const n of g) {
      if (n.name === ':') slot++;
      else slots[slot] = this.expr(n);
    }
    return { kind: 'Slice', lower: slots[0], upper: slots[1], step: slots[2], ...this.at(g[0]) };
  }

  // ---- strings

  strings(nodes: SyntaxNode[], p: A.Pos): A.Expr {
    const parts: A.FStringPart[] = [];
    let isF = false;
    for (const node of nodes) {
      if (node.name === 'FormatString') {
        isF = true;
        this.fstring(node, parts);
      } else {
        const { body, raw } = this.stringBody(node);
        parts.push(this.decode(body, raw, false, node.from));
      }
    }
    if (!isF) return { kind: 'Constant', value: { type: 'str', value: parts.join('') }, ...p };
    return { kind: 'FString', parts: mergeLiterals(parts), ...p };
  }

  stringBody(node: SyntaxNode): { body: string; raw: boolean; start: number; end: number } {
    const text = this.text(node);
    const quoteAt = text.search(/['"]/);
    const prefix = text.slice(0, quoteAt).toLowerCase();
    if (prefix.includes('b')) this.unsupported('bytes literals', node);
    const q = text.startsWith(text[quoteAt].repeat(3), quoteAt) && text.length >= quoteAt + 6 ? 3 : 1;
    const start = node.from + quoteAt + q;
    const end = node.to - q;
    return { body: this.src.slice(start, end), raw: prefix.includes('r'), start, end };
  }

  decode(body: string, raw: boolean, fstring: boolean, offset: number): string {
    const decoded = decodeStringBody(body, raw, fstring);
    if (typeof decoded !== 'string') this.error(decoded.error, offset);
    return decoded;
  }

  fstring(node: SyntaxNode, parts: A.FStringPart[]): void {
    const { raw, start, end } = this.stringBody(node);
    let cursor = start;
    for (const child of this.kids(node)) {
      if (child.name !== 'FormatReplacement') continue;
      parts.push(this.decode(this.src.slice(cursor, child.from), raw, true, cursor));
      parts.push(...this.replacement(child, raw));
      cursor = child.to;
    }
    parts.push(this.decode(this.src.slice(cursor, end), raw, true, cursor));
  }

  /** One `{...}` field; `{x=}` also yields the literal text `x=` in front of the value. */
  replacement(node: SyntaxNode, raw: boolean): A.FStringPart[] {
    const k = this.kids(node);
    const exprNodes = k.filter((n) => !['{', '}', 'FormatSelfDoc', 'FormatConversion', 'FormatSpec'].includes(n.name));
    if (!exprNodes.length) this.error("f-string: empty expression not allowed", node.from);
    const value = this.exprList(exprNodes, node);
    const conv = k.find((n) => n.name === 'FormatConversion');
    const specNode = k.find((n) => n.name === 'FormatSpec');
    const selfDoc = k.find((n) => n.name === 'FormatSelfDoc');
    let spec: A.FStringPart[] | null = null;
    if (specNode) {
      spec = [];
      let cursor = specNode.from + 1;
      for (const child of this.kids(specNode)) {
        if (child.name !== 'FormatReplacement') continue;
        spec.push(this.decode(this.src.slice(cursor, child.from), raw, true, cursor));
        spec.push(...this.replacement(child, raw));
        cursor = child.to;
      }
      spec.push(this.decode(this.src.slice(cursor, specNode.to), raw, true, cursor));
      spec = mergeLiterals(spec);
    }
    const conversion = conv ? (this.text(conv)[1] as 's' | 'r' | 'a') : selfDoc && !spec ? 'r' : null;
    const formatted: A.FormattedValue = { value, conversion, spec };
    // `{x = }` prints the expression's text, including the spaces around '=', before the value.
    const afterDoc = k[k.indexOf(selfDoc!) + 1];
    return selfDoc ? [this.src.slice(k[0].to, afterDoc ? afterDoc.from : selfDoc.to), formatted] : [formatted];
  }
}

/** lezer's grammar requires a value after `yield`; a bare `yield` shows up as an empty error node after it. */
function isBareYield(err: SyntaxNode): boolean {
  return err.from === err.to && err.prevSibling?.name === 'yield' && (err.parent?.name === 'YieldStatement' || err.parent?.name === 'YieldExpression');
}

function mergeLiterals(parts: A.FStringPart[]): A.FStringPart[] {
  const out: A.FStringPart[] = [];
  for (const part of parts) {
    if (typeof part === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += part;
    else if (part !== '') out.push(part);
  }
  return out;
}

/** The words CPython uses for an expression that is not a valid target. */
function describeTarget(e: A.Expr): string {
  switch (e.kind) {
    case 'Constant':
      if (e.value.type === 'bool') return e.value.value ? 'True' : 'False';
      return e.value.type === 'None' ? 'None' : e.value.type === 'Ellipsis' ? 'ellipsis' : 'literal';
    case 'Call':
      return 'function call';
    case 'Compare':
      return 'comparison';
    case 'Lambda':
      return 'lambda';
    case 'IfExp':
      return 'conditional expression';
    case 'FString':
      return 'f-string expression';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'Comprehension':
      return e.type === 'generator' ? 'generator expression' : `${e.type} comprehension`;
    case 'NamedExpr':
      return 'named expression';
    case 'Starred':
      return 'starred';
    default:
      return 'expression';
  }
}
