// The typed Python AST the compiler consumes. Shapes follow CPython's `ast` module where that is natural.
// Every node carries its 1-based line and 0-based column in the code unit it came from.

export interface Pos {
  line: number;
  col: number;
}

export type Expr =
  | Name
  | Constant
  | FString
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | Call
  | Attribute
  | Subscript
  | Slice
  | TupleExpr
  | ListExpr
  | DictExpr
  | SetExpr
  | Comprehension
  | Lambda
  | IfExp
  | NamedExpr
  | Starred
  | Yield;

export interface Name extends Pos { kind: 'Name'; id: string }

export type ConstantValue =
  | { type: 'int'; value: number | bigint }
  | { type: 'float'; value: number }
  | { type: 'str'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

export interface Constant extends Pos { kind: 'Constant'; value: ConstantValue }

/** One `{expr!conv:spec}` of an f-string; the spec is itself a list of parts (it may nest replacements). */
export interface FormattedValue {
  value: Expr;
  conversion: 's' | 'r' | 'a' | null;
  spec: FStringPart[] | null;
}
export type FStringPart = string | FormattedValue;
export interface FString extends Pos { kind: 'FString'; parts: FStringPart[] }

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export interface BinOp extends Pos { kind: 'BinOp'; op: BinaryOperator; left: Expr; right: Expr }

export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: '-' | '+' | '~' | 'not'; operand: Expr }
export interface BoolOp extends Pos { kind: 'BoolOp'; op: 'and' | 'or'; left: Expr; right: Expr }

export type CompareOperator = '<' | '>' | '==' | '!=' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CompareOperator[]; comparators: Expr[] }

export interface Keyword { name: string | null; value: Expr } // name null: `**mapping`
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }

export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; index: Expr }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export interface TupleExpr extends Pos { kind: 'Tuple'; elts: Expr[] }
export interface ListExpr extends Pos { kind: 'List'; elts: Expr[] }
export interface DictExpr extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] } // key null: `**mapping`
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }

export interface ComprehensionClause { target: Expr; iter: Expr; ifs: Expr[] }
export interface Comprehension extends Pos {
  kind: 'Comprehension';
  type: 'list' | 'set' | 'dict' | 'generator';
  element: Expr;
  value: Expr | null; // dict comprehensions only
  clauses: ComprehensionClause[];
}

export interface Arguments {
  posonly: Param[];
  args: Param[];
  vararg: string | null;
  kwonly: Param[];
  kwarg: string | null;
  /** Parameter annotations in declaration order, then 'return' (the function's `__annotations__`). */
  annotations: [name: string, annotation: Expr][];
}
export interface Param { name: string; default: Expr | null }

export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface Starred extends Pos { kind: 'Starred'; value: Expr }
/** `yield value` / `yield from value`; value null for a bare `yield`. */
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null; isFrom: boolean }

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | Delete
  | Pass
  | Break
  | Continue
  | Return
  | Raise
  | Global
  | Nonlocal
  | Assert
  | Import
  | ImportFrom
  | If
  | While
  | For
  | Try
  | With
  | FunctionDef
  | ClassDef;

export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: BinaryOperator; value: Expr }
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Alias { name: string; asname: string | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string; level: number; names: Alias[] } // names [{name:'*'}] for star
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ExceptHandler extends Pos { type: Expr | null; name: string | null; body: Stmt[] }
export interface Try extends Pos { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface WithItem { context: Expr; target: Expr | null }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
}
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Module { body: Stmt[] }
