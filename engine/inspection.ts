// What the editor asks of a live kernel: hovers (a name or attribute chain described from the kernel's state),
// completions (the names and attributes a live object has) and signatures. Everything here runs inside
// `Interpreter.inspect`, so it reads native state only and never runs the notebook's own Python code: a value
// whose repr or attribute would need notebook code shows its type instead, and a hover is cut off after a
// fixed time budget.
import { NotebookCodeRefused, type InspectionScope, type Interpreter } from './python/index';
import { builtins } from './python/builtins';
import { PyModule, PyObject, PyType, typeOf, type PyValue } from './python/objects/core';
import { PyDict, PyTuple } from './python/objects/containers';
import { PyException } from './python/objects/exceptions';
import { PyBoundMethod, PyFunction, PyNativeFunction, PyProperty } from './python/objects/functions';
import { getAttrOrUndefined } from './python/ops/attr';
import { call } from './python/ops/call';
import { repr } from './python/ops/convert';
import { toArray } from './python/ops/iter';
import { describeTensor, type TensorDescription } from './torch/index';
import { signatureOf, type CallableSignature } from './torch/docs';
import { tensorPreview } from './torch/printing';
import { PyTensor } from './torch/tensorObject';

export type { CallableSignature };

/** How long a hover or completion may take inside the kernel before it gives up. */
const INSPECTION_BUDGET_MS = 300;
const MAX_HOVER_REPR = 600;
const MAX_LISTED_PARAMETERS = 20;

/** Names a cell usually binds by import; resolved for completions and signatures before the import ran. */
const CONVENTIONAL_IMPORTS: Record<string, string> = {
  torch: 'torch',
  nn: 'torch.nn',
  F: 'torch.nn.functional',
  optim: 'torch.optim',
  math: 'math',
  random: 'random',
};

export interface ModuleParameter {
  name: string;
  shape: number[];
  count: number;
}

export interface HoverInfo {
  /** The chain that was looked up, e.g. `model.fc1.weight`. */
  expression: string;
  /** The value's type name (`Tensor`, `Linear`, `int`). */
  type: string;
  tensor?: TensorDescription & { preview: string };
  /** For nn.Module values. */
  parameters?: ModuleParameter[];
  totalParameters?: number;
  /** repr(), truncated; absent when only notebook code could produce it. */
  repr?: string;
  signature?: CallableSignature;
  /** Why something is not shown. */
  note?: string;
}

export type CompletionKind = 'variable' | 'tensor' | 'module' | 'function' | 'method' | 'property' | 'class' | 'package';

export interface CompletionEntry {
  name: string;
  kind: CompletionKind;
  /** A short description: a tensor's shape and dtype, a value's type. */
  detail?: string;
}

/** What the editor may ask a live kernel; answered from its state without running notebook code. */
export type InspectQuery =
  | { kind: 'hover'; expression: string }
  | { kind: 'complete'; chain: string }
  | { kind: 'signature'; expression: string };

export interface InspectAnswers {
  hover: HoverInfo | undefined;
  complete: CompletionEntry[];
  signature: CallableSignature | undefined;
}

/** Answers any inspection query (the kernel worker and the kernel server's reference kernel share this). */
export function answer<K extends InspectQuery['kind']>(interpreter: Interpreter, query: Extract<InspectQuery, { kind: K }>): InspectAnswers[K] {
  const q = query as InspectQuery;
  switch (q.kind) {
    case 'hover':
      return hover(interpreter, q.expression) as InspectAnswers[K];
    case 'complete':
      return complete(interpreter, q.chain) as InspectAnswers[K];
    case 'signature':
      return signature(interpreter, q.expression) as InspectAnswers[K];
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IDENTIFIER_CHAIN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Looks `expression` (a name or dotted attribute chain) up in the notebook and describes its value. */
export function hover(interpreter: Interpreter, expression: string): HoverInfo | undefined {
  if (!IDENTIFIER_CHAIN.test(expression)) return undefined;
  return guardedInspection(interpreter, (scope) => {
    const resolved = resolve(scope, expression.split('.'));
    if (resolved.kind !== 'value') return resolved.kind === 'refused' ? { expression, type: '?', note: refusedNote(resolved.name) } : undefined;
    return describe(expression, resolved.value);
  });
}

/** Completions for `chain.` (the attributes of its value) or, for an empty chain, the notebook's names. */
export function complete(interpreter: Interpreter, chain: string): CompletionEntry[] {
  if (chain !== '' && !IDENTIFIER_CHAIN.test(chain)) return [];
  return (
    guardedInspection(interpreter, (scope) => {
      if (chain === '') return namesInScope(scope);
      const resolved = resolve(scope, chain.split('.'));
      return resolved.kind === 'value' ? attributesOf(resolved.value) : [];
    }) ?? []
  );
}

/** The signature of the callable `expression` names (a torch function or Tensor method). */
export function signature(interpreter: Interpreter, expression: string): CallableSignature | undefined {
  if (!IDENTIFIER_CHAIN.test(expression)) return undefined;
  return guardedInspection(interpreter, (scope) => {
    const resolved = resolve(scope, expression.split('.'));
    return resolved.kind === 'value' ? callableSignature(resolved.value, expression) : undefined;
  });
}

/** Anything that goes wrong while inspecting (a refusal, the time budget, a failing repr) means "no answer". */
function guardedInspection<T>(interpreter: Interpreter, body: (scope: InspectionScope) => T): T | undefined {
  try {
    return interpreter.inspect(body, INSPECTION_BUDGET_MS);
  } catch (e) {
    if (e instanceof PyException || e instanceof NotebookCodeRefused) return undefined;
    throw e;
  }
}

type Resolved = { kind: 'value'; value: PyValue } | { kind: 'missing' } | { kind: 'refused'; name: string };

function resolve(scope: InspectionScope, parts: string[]): Resolved {
  const [root, ...attributes] = parts as [string, ...string[]];
  let value = scope.globals.get(root) ?? builtins.get(root);
  if (value === undefined && root in CONVENTIONAL_IMPORTS) value = scope.importModule(CONVENTIONAL_IMPORTS[root]!);
  if (value === undefined) return { kind: 'missing' };
  for (const name of attributes) {
    try {
      value = getAttrOrUndefined(value, name);
    } catch (e) {
      if (e instanceof NotebookCodeRefused) return { kind: 'refused', name };
      if (e instanceof PyException) return { kind: 'missing' };
      throw e;
    }
    if (value === undefined) return { kind: 'missing' };
  }
  return { kind: 'value', value };
}

function refusedNote(name: string): string {
  return `\`${name}\` is computed by notebook code; hovers never run notebook code.`;
}

function describe(expression: string, value: PyValue): HoverInfo {
  const info: HoverInfo = { expression, type: typeOf(value).name };
  const tensor = describeTensor(value);
  if (tensor && value instanceof PyTensor) {
    info.tensor = { ...tensor, preview: tensorPreview(value.tensor) };
    return info;
  }
  const signatureInfo = callableSignature(value, expression);
  if (signatureInfo) info.signature = signatureInfo;
  if (isNnModule(value)) {
    const parameters = moduleParameters(value);
    if (parameters) {
      info.totalParameters = parameters.reduce((total, parameter) => total + parameter.count, 0);
      info.parameters = parameters.slice(0, MAX_LISTED_PARAMETERS);
    }
  }
  try {
    const text = repr(value);
    info.repr = text.length > MAX_HOVER_REPR ? `${text.slice(0, MAX_HOVER_REPR)}…` : text;
  } catch (e) {
    if (e instanceof NotebookCodeRefused) info.note = `repr() of a ${info.type} runs notebook code, which hovers never run.`;
    else if (e instanceof PyException) info.note = `repr() raised ${e.cls.name}.`;
    else throw e;
  }
  return info;
}

/** torch.nn.Module and its subclasses (duck-typed by the base's module, so any nn implementation qualifies). */
function isNnModule(value: PyValue): boolean {
  return !(value instanceof PyType) && typeOf(value).mro.some((base) => base.name === 'Module' && base.module.startsWith('torch.nn'));
}

/** named_parameters(), when the module's own (native) method answers without notebook code. */
function moduleParameters(module: PyValue): ModuleParameter[] | undefined {
  try {
    const method = getAttrOrUndefined(module, 'named_parameters');
    if (method === undefined) return undefined;
    return toArray(call(method, [])).flatMap((item) => {
      if (!(item instanceof PyTuple) || typeof item.items[0] !== 'string' || !(item.items[1] instanceof PyTensor)) return [];
      const tensor = item.items[1].tensor;
      return [{ name: item.items[0], shape: [...tensor.shape], count: tensor.numel }];
    });
  } catch (e) {
    if (e instanceof NotebookCodeRefused) return undefined;
    throw e;
  }
}

function callableSignature(value: PyValue, name: string): CallableSignature | undefined {
  // Calling a class runs its __init__: a native layer's (nn.Linear) has its parameters registered.
  if (value instanceof PyType) {
    const init = value.lookup('__init__');
    return init === undefined ? undefined : signatureOf(init, name);
  }
  return signatureOf(value, name) ?? pythonFunctionSignature(value, name);
}

/** A function defined in the notebook: its docstring's first line; its parameters are known only to its code. */
function pythonFunctionSignature(value: PyValue, name: string): CallableSignature | undefined {
  const fn = value instanceof PyBoundMethod ? value.func : value;
  if (!(fn instanceof PyFunction)) return undefined;
  return { name, parameters: [], ...(typeof fn.doc === 'string' ? { doc: fn.doc.trim().split('\n')[0]! } : {}) };
}

function namesInScope(scope: InspectionScope): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  for (const [name, value] of scope.globals) if (!name.startsWith('__')) entries.push(entryFor(name, value));
  for (const [name, value] of builtins) if (!scope.globals.has(name)) entries.push(entryFor(name, value));
  for (const name of Object.keys(CONVENTIONAL_IMPORTS)) {
    if (!scope.globals.has(name)) entries.push({ name, kind: 'package', detail: `import ${CONVENTIONAL_IMPORTS[name]}` });
  }
  return entries;
}

/** dir(value) without running notebook code: own attributes, then everything along the type's MRO. */
function attributesOf(value: PyValue): CompletionEntry[] {
  const entries = new Map<string, CompletionEntry>();
  if (value instanceof PyObject && value.dict) {
    for (const [name, attribute] of value.dict) entries.set(name, entryFor(name, attribute));
    // A module's parameters, buffers and submodules live in its registries (reached through __getattr__).
    if (isNnModule(value)) {
      for (const registry of ['_parameters', '_buffers', '_modules']) {
        const members = value.dict.get(registry);
        if (members instanceof PyDict) for (const { key, value: member } of members.entries.values()) entries.set(String(key), entryFor(String(key), member));
      }
    }
  }
  const types = value instanceof PyType ? value.mro : typeOf(value).mro;
  for (const type of types) {
    for (const [name, attribute] of type.dict) {
      if (!entries.has(name)) entries.set(name, typeEntry(name, attribute, value instanceof PyType));
    }
  }
  // Submodules of nn.Sequential are named '0', '1', ...: not reachable with `.`.
  return [...entries.values()].filter((entry) => IDENTIFIER.test(entry.name));
}

/** An attribute found on a type, classified without calling it (properties stay unevaluated). */
function typeEntry(name: string, attribute: PyValue, onType: boolean): CompletionEntry {
  if (attribute instanceof PyProperty) return { name, kind: 'property' };
  if (attribute instanceof PyFunction || attribute instanceof PyNativeFunction) {
    const signatureInfo = signatureOf(attribute, name);
    return { name, kind: onType ? 'function' : 'method', ...(signatureInfo ? { detail: `(${signatureInfo.parameters.join(', ')})` } : {}) };
  }
  return entryFor(name, attribute);
}

function entryFor(name: string, value: PyValue): CompletionEntry {
  const tensor = describeTensor(value);
  if (tensor) return { name, kind: 'tensor', detail: `${tensor.dtype} [${tensor.shape.join(', ')}]${tensor.requiresGrad ? ' requires_grad' : ''}` };
  if (value instanceof PyModule) return { name, kind: 'package', detail: `module ${value.name}` };
  if (value instanceof PyType) return { name, kind: 'class' };
  if (value instanceof PyFunction || value instanceof PyNativeFunction || value instanceof PyBoundMethod) {
    const signatureInfo = signatureOf(value, name);
    return { name, kind: 'function', ...(signatureInfo ? { detail: `(${signatureInfo.parameters.join(', ')})` } : {}) };
  }
  if (isNnModule(value)) return { name, kind: 'module', detail: typeOf(value).name };
  return { name, kind: 'variable', detail: typeOf(value).name };
}
