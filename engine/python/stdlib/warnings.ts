// The `warnings` module: warn(), the filter list (filterwarnings, simplefilter, resetwarnings), catch_warnings
// (with record=True) and CPython's default filters and actions. Warnings that torch raises from native code go
// through the same filters (see issueWarning), so `warnings.filterwarnings("ignore")` silences them as in CPython.
import { None, PyModule, PyObject, PyType, objectType, typeName, typeOf, type Kwargs, type PyValue } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { AssertionError, PyException, exceptionTypes, pyError, typeError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { call } from '../ops/call';
import { onNotImplementedTruth, repr, str } from '../ops/convert';
import type { Frame } from '../frame';
import { registerModule } from '../modules';
import { runtime } from '../runtime';
import { defineMethods, keywords } from '../types/define';

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];
const warningType = exceptionTypes.get('Warning')!;
const userWarning = exceptionTypes.get('UserWarning')!;

/** Where a warning is attributed: the file and line shown, the module name filters match, the registry it dedups in. */
export interface WarningSite {
  filename: string;
  lineno: number;
  source: string | undefined;
  moduleName: string;
  registryOwner: object;
}

/** A filter as CPython keeps it in warnings.filters: (action, message, category, module, lineno). */
const filterEntry = (action: string, message: string | null, category: PyType, module: string | null, lineno: number) =>
  new PyTuple([action, message ?? None, category, module ?? None, lineno]);

function defaultFilters(): PyValue[] {
  const named = (name: string) => exceptionTypes.get(name)!;
  return [
    filterEntry('default', null, named('DeprecationWarning'), '__main__', 0),
    filterEntry('ignore', null, named('DeprecationWarning'), null, 0),
    filterEntry('ignore', null, named('PendingDeprecationWarning'), null, 0),
    filterEntry('ignore', null, named('ImportWarning'), null, 0),
    filterEntry('ignore', null, named('ResourceWarning'), null, 0),
  ];
}

/** The running interpreter's warnings module state. */
class WarningsState {
  /** Bumped when the filters change: registries then forget what they showed, as CPython's do. */
  version = 0;
  readonly once = new Set<string>();
  readonly registries = new WeakMap<object, { version: number; shown: Set<string> }>();
  constructor(readonly module: PyModule) {}

  get filters(): PyList {
    const filters = this.module.dict!.get('filters');
    if (!(filters instanceof PyList)) throw typeError('warnings.filters must be a list');
    return filters;
  }
}

const states = new WeakMap<PyModule, WarningsState>();
const stateOf = (module: PyModule): WarningsState => states.get(module)!;
const currentState = (): WarningsState => stateOf(runtime.modules.import('warnings'));

const matches = (pattern: PyValue, text: string, flags: string): boolean => pattern === None || new RegExp(`^(?:${str(pattern)})`, flags).test(text);

function chooseAction(state: WarningsState, text: string, category: PyType, site: WarningSite): string {
  for (const entry of state.filters.items) {
    const [action, message, filterCategory, module, lineno] = (entry as PyTuple).items;
    if (!(filterCategory instanceof PyType) || !category.isSubtypeOf(filterCategory)) continue;
    if (!matches(message!, text, 'i') || !matches(module!, site.moduleName, '')) continue;
    if (Number(lineno) !== 0 && Number(lineno) !== site.lineno) continue;
    return str(action!);
  }
  return 'default';
}

/** The text CPython's formatwarning produces. */
const formatWarning = (text: string, category: PyType, filename: string, lineno: number, source: string | undefined): string =>
  `${filename}:${lineno}: ${category.name}: ${text}\n${source ? `  ${source.trim()}\n` : ''}`;

/** warn_explicit: filter, deduplicate, then raise, record or print. */
export function issueWarning(message: PyValue, category: PyType, site: WarningSite): void {
  const state = currentState();
  const text = str(message);
  const action = chooseAction(state, text, category, site);
  if (action === 'ignore') return;
  if (action === 'error') throw message instanceof PyException ? message : pyError(category, text);
  if (action === 'once' || action === 'module' || action === 'default') {
    let registry = state.registries.get(site.registryOwner);
    if (!registry || registry.version !== state.version) {
      registry = { version: state.version, shown: new Set() };
      state.registries.set(site.registryOwner, registry);
    }
    const key = `${category.name}\u0000${text}\u0000${action === 'default' ? site.lineno : 0}`;
    const seen = action === 'once' ? state.once : registry.shown;
    if (seen.has(key)) return;
    seen.add(key);
  }
  const show = state.module.dict!.get('showwarning')!;
  const warning = message instanceof PyException ? message : call(category, [text]);
  if (show instanceof PyNativeFunction && show === nativeShowWarning) {
    runtime.write('stderr', formatWarning(text, category, site.filename, site.lineno, site.source));
  } else {
    call(show, [warning, category, site.filename, site.lineno]);
  }
}

/** Where a warning raised while `frame` runs is shown: its file, line and source, its module's name and registry. */
export function frameSite(frame: Frame): WarningSite {
  const unitOrigin = frame.code.unit.origin;
  const moduleName = frame.globals.get('__name__');
  return {
    filename: /^File "(.*)"$/.exec(unitOrigin)?.[1] ?? unitOrigin,
    lineno: frame.line + frame.code.unit.lineOffset,
    source: frame.code.unit.lines[frame.line - 1],
    moduleName: typeof moduleName === 'string' ? moduleName : '<string>',
    registryOwner: frame.globals,
  };
}

/** The site of Python code `stacklevel` frames up from the innermost one (sys when there is none). */
function pythonSite(stacklevel: number): WarningSite {
  const frame = runtime.frameAt(Math.max(0, runtime.depth - (stacklevel - 1))) ?? runtime.currentFrame();
  return frame ? frameSite(frame) : { filename: 'sys', lineno: 1, source: undefined, moduleName: 'sys', registryOwner: runtime.modules };
}

onNotImplementedTruth(() => issueWarning('NotImplemented should not be used in a boolean context', exceptionTypes.get('DeprecationWarning')!, pythonSite(1)));

function warn(args: PyValue[], kwargs: Kwargs): PyValue {
  const given = keywords('warn', kwargs, ['message', 'category', 'stacklevel', 'source']);
  const message = args[0] ?? given.message;
  if (message === undefined) throw typeError("warn() missing required argument 'message' (pos 1)");
  let category = args[1] ?? given.category ?? None;
  if (message instanceof PyException) category = typeOf(message);
  else if (category === None) category = userWarning;
  if (!(category instanceof PyType) || !category.isSubtypeOf(warningType)) {
    throw typeError(`category must be a Warning subclass, not '${category instanceof PyType ? category.name : typeName(category)}'`);
  }
  const stacklevel = Number(args[2] ?? given.stacklevel ?? 1);
  issueWarning(message, category, pythonSite(stacklevel));
  return None;
}

function addFilter(state: WarningsState, entry: PyTuple, append: boolean): void {
  const items = state.filters.items;
  const same = (other: PyValue) => other instanceof PyTuple && other.items.every((item, i) => item === entry.items[i] || (typeof item === 'string' && item === entry.items[i]));
  const existing = items.findIndex(same);
  if (!append) {
    if (existing >= 0) items.splice(existing, 1);
    items.unshift(entry);
  } else if (existing < 0) {
    items.push(entry);
  }
  state.version++;
}

function checkAction(action: PyValue): string {
  if (typeof action !== 'string' || !ACTIONS.includes(action)) throw pyError(AssertionError, `invalid action: ${typeof action === 'string' ? `'${action}'` : str(action)}`);
  return action;
}

function checkCategory(category: PyValue): PyType {
  if (!(category instanceof PyType)) throw pyError(AssertionError, 'category must be a class');
  if (!category.isSubtypeOf(warningType)) throw pyError(AssertionError, 'category must be a Warning subclass');
  return category;
}

function filterwarnings(args: PyValue[], kwargs: Kwargs): PyValue {
  const given = keywords('filterwarnings', kwargs, ['action', 'message', 'category', 'module', 'lineno', 'append']);
  const [action, message, category, module, lineno, append] = ['action', 'message', 'category', 'module', 'lineno', 'append'].map((name, i) => args[i] ?? given[name]);
  const text = message === undefined ? '' : message;
  if (typeof text !== 'string') throw pyError(AssertionError, 'message must be a string');
  const moduleText = module === undefined ? '' : module;
  if (typeof moduleText !== 'string') throw pyError(AssertionError, 'module must be a string');
  const state = currentState();
  const entry = filterEntry(checkAction(action ?? None), text || null, checkCategory(category ?? warningType), moduleText || null, Number(lineno ?? 0));
  addFilter(state, entry, append === true);
  return None;
}

function simplefilter(args: PyValue[], kwargs: Kwargs): PyValue {
  const given = keywords('simplefilter', kwargs, ['action', 'category', 'lineno', 'append']);
  const [action, category, lineno, append] = ['action', 'category', 'lineno', 'append'].map((name, i) => args[i] ?? given[name]);
  const entry = filterEntry(checkAction(action ?? None), null, checkCategory(category ?? warningType), null, Number(lineno ?? 0));
  addFilter(currentState(), entry, append === true);
  return None;
}

// ---- catch_warnings and WarningMessage

const warningMessageType = new PyType('WarningMessage', [objectType], 'warnings');

class PyCatchWarnings extends PyObject {
  saved: { filters: PyValue[]; showwarning: PyValue } | null = null;
  constructor(
    readonly record: boolean,
    readonly action: PyValue[] | null,
  ) {
    super(catchWarningsType);
  }
}

const catchWarningsType = new PyType('catch_warnings', [objectType], 'warnings');
catchWarningsType.construct = (_cls, args, kwargs) => {
  if (args.length > 0) throw typeError('catch_warnings.__init__() takes 1 positional argument but ' + (args.length + 1) + ' were given');
  const given = keywords('catch_warnings', kwargs, ['record', 'module', 'action', 'category', 'lineno', 'append']);
  const action = given.action === undefined || given.action === None ? null : [given.action, given.category ?? warningType, given.lineno ?? 0, given.append ?? false];
  return new PyCatchWarnings(given.record === true, action);
};
defineMethods(catchWarningsType, {
  __enter__: (args) => {
    const self = args[0] as PyCatchWarnings;
    if (self.saved) throw pyError(exceptionTypes.get('RuntimeError')!, `Cannot enter ${str(self)} twice`);
    const state = currentState();
    self.saved = { filters: [...state.filters.items], showwarning: state.module.dict!.get('showwarning')! };
    state.version++;
    if (self.action) simplefilter(self.action, null);
    if (!self.record) return None;
    const log = new PyList([]);
    state.module.dict!.set(
      'showwarning',
      new PyNativeFunction('_showwarnmsg', (shown) => {
        const entry = new PyObject(warningMessageType);
        entry.dict = new Map();
        ['message', 'category', 'filename', 'lineno', 'file', 'line'].forEach((name, i) => entry.dict!.set(name, shown[i] ?? None));
        entry.dict.set('source', None);
        log.items.push(entry);
        return None;
      }),
    );
    return log;
  },
  __exit__: (args) => {
    const self = args[0] as PyCatchWarnings;
    if (!self.saved) throw pyError(exceptionTypes.get('RuntimeError')!, `Cannot exit ${str(self)} without entering first`);
    const state = currentState();
    state.filters.items.splice(0, state.filters.items.length, ...self.saved.filters);
    state.module.dict!.set('showwarning', self.saved.showwarning);
    state.version++;
    self.saved = null;
    return false;
  },
  __repr__: (args) => ((args[0] as PyCatchWarnings).record ? 'catch_warnings(record=True)' : 'catch_warnings()'),
});
defineMethods(warningMessageType, {
  __str__: (args) => {
    const get = (name: string) => (args[0] as PyObject).dict!.get(name) ?? None;
    const category = get('category');
    return `{message : ${repr(get('message'))}, category : '${category instanceof PyType ? category.name : 'None'}', filename : ${repr(get('filename'))}, lineno : ${str(get('lineno'))}, line : ${repr(get('line'))}}`;
  },
});

const nativeShowWarning = new PyNativeFunction('showwarning', (args) => {
  const [message, category, filename, lineno, , line] = args;
  const source = typeof line === 'string' ? line : undefined;
  runtime.write('stderr', formatWarning(str(message!), category as PyType, str(filename!), Number(lineno), source));
  return None;
});

registerModule('warnings', () => {
  const module = new PyModule('warnings');
  const set = (name: string, value: PyValue) => module.dict!.set(name, value);
  set('filters', new PyList(defaultFilters()));
  set('warn', new PyNativeFunction('warn', warn));
  set('filterwarnings', new PyNativeFunction('filterwarnings', filterwarnings));
  set('simplefilter', new PyNativeFunction('simplefilter', simplefilter));
  set(
    'resetwarnings',
    new PyNativeFunction('resetwarnings', () => {
      const state = stateOf(module);
      state.filters.items.length = 0;
      state.version++;
      return None;
    }),
  );
  set('catch_warnings', catchWarningsType);
  set('WarningMessage', warningMessageType);
  set('showwarning', nativeShowWarning);
  set(
    'formatwarning',
    new PyNativeFunction('formatwarning', (args) => formatWarning(str(args[0]!), args[1] as PyType, str(args[2]!), Number(args[3]), typeof args[4] === 'string' ? args[4] : undefined)),
  );
  states.set(module, new WarningsState(module));
  return module;
});
