// str: constructor and methods.
import { None, strType, typeName, type PyValue } from '../objects/core';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { LookupError, PyException, typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction, PyStaticMethod } from '../objects/functions';
import { hashKey } from '../ops/hash';
import { getItem } from '../ops/sequence';
import { requireIndex, str } from '../ops/convert';
import { strFormat } from '../ops/format';
import { toArray } from '../ops/iter';
import { arity, defineMethods, keywords, methodArity } from './define';
import { astralChars, charIndex, strLength, unitOffset } from '../objects/text';

strType.construct = (_cls, args, kwargs) => {
  keywords('str', kwargs, ['object']);
  arity('str', args, 0, 1);
  const v = args[0] ?? kwargs?.get('object');
  return v === undefined ? '' : str(v);
};

function self(args: PyValue[]): string {
  return args[0] as string;
}

function strArg(method: string, v: PyValue | undefined, position = 1): string | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v !== 'string') throw typeError(`${method}() argument ${position} must be str or None, not ${typeName(v)}`);
  return v;
}

const WHITESPACE = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function strip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars ?? WHITESPACE;
  let start = 0;
  let end = s.length;
  if (left) while (start < end && set.includes(s[start])) start++;
  if (right) while (end > start && set.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

/** Whether a UTF-16 unit is in WHITESPACE (ASCII answered without a search: split() tests every character). */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  return WHITESPACE.includes(String.fromCharCode(code));
}

function split(s: string, sep: string | undefined, maxsplit: number): string[] {
  if (sep === '') throw valueError('empty separator');
  if (sep === undefined) {
    const words: string[] = [];
    let i = 0;
    while (i < s.length) {
      while (i < s.length && isWhitespace(s.charCodeAt(i))) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && words.length === maxsplit) {
        words.push(s.slice(i));
        break;
      }
      const start = i;
      while (i < s.length && !isWhitespace(s.charCodeAt(i))) i++;
      words.push(s.slice(start, i));
    }
    return words;
  }
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function rsplit(s: string, sep: string | undefined, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === undefined) {
    const reversed = split([...s].reverse().join(''), undefined, maxsplit);
    return reversed.map((w) => [...w].reverse().join('')).reverse();
  }
  const parts = s.split(sep);
  if (parts.length <= maxsplit + 1) return parts;
  return [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)];
}

/** Resolves optional start/end arguments (code point indices, like a slice's) to UTF-16 offsets into `s`. */
function range(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  if ((start === undefined || start === None) && (end === undefined || end === None)) return [0, s.length];
  const chars = astralChars(s);
  const length = chars === null ? s.length : chars.length;
  const norm = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined || v === None) return dflt;
    let i = Number(requireIndex(v));
    if (i < 0) i = Math.max(0, i + length);
    i = Math.min(i, length);
    return chars === null ? i : unitOffset(chars, i);
  };
  return [norm(start, 0), norm(end, s.length)];
}

/** A UTF-16 offset found in `s` as the code point index Python reports (-1 stays -1). */
function found(s: string, offset: number): number {
  return offset <= 0 || astralChars(s) === null ? offset : charIndex(s, offset);
}

function affix(args: PyValue[], test: (s: string, affix: string) => boolean, name: string): boolean {
  const [s0, prefix, start, end] = args as [string, PyValue, PyValue?, PyValue?];
  const [a, b] = range(s0, start, end);
  const s = s0.slice(a, b);
  if (prefix instanceof PyTuple) return prefix.items.some((p) => test(s, p as string));
  if (typeof prefix !== 'string') throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
  return test(s, prefix);
}

/** `place` gets the string, how many fill characters to add, and the fill character. */
function pad(args: PyValue[], name: string, place: (s: string, count: number, fill: string) => string): string {
  methodArity(name, args, 1, 2);
  const width = Number(requireIndex(args[1]));
  const fill = (args[2] as string | undefined) ?? ' ';
  if (typeof fill !== 'string' || [...fill].length !== 1) throw typeError('The fill character must be exactly one character long');
  const s = self(args);
  const length = strLength(s);
  return length >= width ? s : place(s, width - length, fill);
}

/** The substring argument of find/index/count/partition: a str, else CPython's TypeError. */
function sub(v: PyValue): string {
  if (typeof v !== 'string') throw typeError(`must be str, not ${typeName(v)}`);
  return v;
}

const isCased = (c: string) => /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c);

/** Titlecase of one character: its uppercase, except that multi-letter uppercases (ß -> SS) keep only the first letter upper. */
function titleChar(c: string): string {
  const digraph = DIGRAPH_TITLE.get(c);
  if (digraph) return digraph;
  const upper = c.toUpperCase();
  return upper.length > 1 && [...upper].length > 1 ? upper[0] + upper.slice(1).toLowerCase() : upper;
}
/** Latin digraphs (DŽ, LJ, NJ, DZ) have a distinct titlecase letter. */
const DIGRAPH_TITLE = new Map([...'\u01c4\u01c5\u01c6'].map((c) => [c, '\u01c5'] as [string, string]).concat(
  [...'\u01c7\u01c8\u01c9'].map((c) => [c, '\u01c8']),
  [...'\u01ca\u01cb\u01cc'].map((c) => [c, '\u01cb']),
  [...'\u01f1\u01f2\u01f3'].map((c) => [c, '\u01f2']),
));

/** Characters with Numeric_Type=Digit (superscripts, circled digits, ...): str.isdigit accepts them, isdecimal does not. */
const DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]+$/u;

function separator(v: PyValue): string {
  if (sub(v) === '') throw valueError('empty separator');
  return v as string;
}

function cased(s: string, test: RegExp): boolean {
  return /\p{L}/u.test(s) && !test.test(s);
}

defineMethods(strType, {
  join: (args) => {
    methodArity('str.join', args, 1);
    const items = toArray(args[1]);
    items.forEach((item, i) => {
      if (typeof item !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeName(item)} found`);
    });
    return items.join(self(args));
  },
  split: (args, kwargs) => {
    const kw = keywords('split', kwargs, ['sep', 'maxsplit']);
    const sep = strArg('split', args[1] ?? kw.sep);
    const maxsplit = Number(requireIndex(args[2] ?? kw.maxsplit ?? -1));
    return new PyList(split(self(args), sep, maxsplit));
  },
  rsplit: (args, kwargs) => {
    const kw = keywords('rsplit', kwargs, ['sep', 'maxsplit']);
    const sep = strArg('rsplit', args[1] ?? kw.sep);
    const maxsplit = Number(requireIndex(args[2] ?? kw.maxsplit ?? -1));
    return new PyList(rsplit(self(args), sep, maxsplit));
  },
  splitlines: (args) => {
    const keepends = args[1] === true;
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    const s = self(args);
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return new PyList(out);
  },
  strip: (args) => strip(self(args), strArg('strip', args[1]), true, true),
  lstrip: (args) => strip(self(args), strArg('lstrip', args[1]), true, false),
  rstrip: (args) => strip(self(args), strArg('rstrip', args[1]), false, true),
  upper: (args) => self(args).toUpperCase(),
  lower: (args) => self(args).toLowerCase(),
  casefold: (args) => [...self(args)].map((c) => c.toUpperCase().toLowerCase() === c.toLowerCase() ? c.toLowerCase() : c.toUpperCase().toLowerCase()).join(''),
  swapcase: (args) => [...self(args)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  // A letter starts a word when the character before it is not cased (a digit, an apostrophe, a space).
  title: (args) => {
    let previousCased = false;
    let out = '';
    for (const c of self(args)) {
      out += previousCased ? c.toLowerCase() : titleChar(c);
      previousCased = isCased(c);
    }
    return out;
  },
  capitalize: (args) => {
    const [first = '', ...rest] = self(args);
    return titleChar(first) + rest.join('').toLowerCase();
  },
  replace: (args) => {
    methodArity('str.replace', args, 2, 3);
    const [s, old, repl] = args as [string, string, string];
    if (typeof old !== 'string' || typeof repl !== 'string') throw typeError(`replace() argument ${typeof old !== 'string' ? 1 : 2} must be str, not ${typeName(typeof old !== 'string' ? old : repl)}`);
    const count = args[3] === undefined ? -1 : Number(requireIndex(args[3]));
    if (old === '') {
      // An empty pattern matches before every character and at the end.
      const chars = [...s];
      let out = '';
      for (let i = 0; i <= chars.length; i++) out += (count < 0 || i < count ? repl : '') + (chars[i] ?? '');
      return out;
    }
    if (count < 0) return s.split(old).join(repl);
    const parts = s.split(old);
    return parts.slice(0, count + 1).join(repl) + (parts.length > count + 1 ? old + parts.slice(count + 1).join(old) : '');
  },
  startswith: (args) => affix(args, (s, p) => s.startsWith(p), 'startswith'),
  endswith: (args) => affix(args, (s, p) => s.endsWith(p), 'endswith'),
  find: (args) => {
    const [a, b] = range(self(args), args[2], args[3]);
    return found(self(args), self(args).slice(0, b).indexOf(sub(args[1]), a));
  },
  rfind: (args) => {
    const [a, b] = range(self(args), args[2], args[3]);
    const i = self(args).slice(0, b).lastIndexOf(sub(args[1]));
    return i >= a ? found(self(args), i) : -1;
  },
  index: (args) => {
    const [a, b] = range(self(args), args[2], args[3]);
    const i = self(args).slice(0, b).indexOf(sub(args[1]), a);
    if (i < 0) throw valueError('substring not found');
    return found(self(args), i);
  },
  rindex: (args) => {
    const [a, b] = range(self(args), args[2], args[3]);
    const i = self(args).slice(0, b).lastIndexOf(sub(args[1]));
    if (i < a) throw valueError('substring not found');
    return found(self(args), i);
  },
  count: (args) => {
    const [a, b] = range(self(args), args[2], args[3]);
    const s = self(args).slice(a, b);
    const pattern = sub(args[1]);
    return pattern === '' ? strLength(s) + 1 : s.split(pattern).length - 1;
  },
  format: (args, kwargs) => strFormat(self(args), args.slice(1), kwargs),
  format_map: (args) => {
    methodArity('str.format_map', args, 1);
    return strFormat(self(args), [], (name) => getItem(args[1], name));
  },
  isdigit: (args) => DIGIT.test(self(args)),
  isdecimal: (args) => /^\p{Nd}+$/u.test(self(args)),
  isnumeric: (args) => /^\p{N}+$/u.test(self(args)),
  isalpha: (args) => /^\p{L}+$/u.test(self(args)),
  isalnum: (args) => /^[\p{L}\p{N}]+$/u.test(self(args)),
  isspace: (args) => self(args).length > 0 && [...self(args)].every((c) => WHITESPACE.includes(c)),
  isupper: (args) => cased(self(args), /\p{Ll}/u),
  islower: (args) => cased(self(args), /\p{Lu}/u),
  istitle: (args) => {
    const s = self(args);
    return /\p{L}/u.test(s) && !/\p{Lu}\p{Ll}*\p{Lu}|\p{Ll}\p{Lu}|(^|[^\p{L}])\p{Ll}/u.test(s) && !/[^\p{L}]\p{Ll}|^\p{Ll}/u.test(s) && !/\p{L}\p{Lu}/u.test(s);
  },
  isidentifier: (args) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(self(args)),
  isprintable: (args) => /^(?:[^\p{C}\p{Z}]| )*$/u.test(self(args)),
  isascii: (args) => /^[\x00-\x7f]*$/.test(self(args)),
  center: (args) =>
    pad(args, 'center', (s, total, f) => {
      const width = total + strLength(s);
      const left = Math.floor(total / 2) + (total & width & 1);
      return f.repeat(left) + s + f.repeat(total - left);
    }),
  ljust: (args) => pad(args, 'ljust', (s, n, f) => s + f.repeat(n)),
  rjust: (args) => pad(args, 'rjust', (s, n, f) => f.repeat(n) + s),
  zfill: (args) => {
    const s = self(args);
    const width = Number(requireIndex(args[1]));
    const length = strLength(s);
    if (length >= width) return s;
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return sign + '0'.repeat(width - length) + s.slice(sign.length);
  },
  partition: (args) => {
    const [s, sep] = [self(args), separator(args[1])];
    const i = s.indexOf(sep);
    return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition: (args) => {
    const [s, sep] = [self(args), separator(args[1])];
    const i = s.lastIndexOf(sep);
    return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  removeprefix: (args) => {
    const [s, p] = args as [string, string];
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (args) => {
    const [s, p] = args as [string, string];
    return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  expandtabs: (args) => {
    const size = args[1] === undefined ? 8 : Number(requireIndex(args[1]));
    let col = 0;
    let out = '';
    for (const c of self(args)) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  },
  encode: () => {
    throw typeError('bytes are not supported in agnb');
  },
});

/** str.maketrans(x[, y[, z]]): a dict from code points to replacement strings, code points or None. */
function makeTranslationTable(args: PyValue[]): PyDict {
  arity('maketrans', args, 1, 3);
  const table = new PyDict();
  const put = (key: PyValue, value: PyValue) => table.entries.set(hashKey(key), { key, value });
  if (args.length === 1) {
    const mapping = args[0];
    if (!(mapping instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const { key, value } of mapping.entries.values()) {
      if (typeof key === 'string') {
        if ([...key].length !== 1) throw valueError('string keys in translate table must be of length 1');
        put(key.codePointAt(0)!, value);
      } else if (typeof key === 'number') put(key, value);
      else throw typeError('keys in translate table must be strings or integers');
    }
    return table;
  }
  const [from, to, deleted = ''] = args;
  if (typeof from !== 'string' || typeof to !== 'string') throw typeError(`maketrans() argument ${typeof from !== 'string' ? 1 : 2} must be str, not ${typeName(typeof from !== 'string' ? from : to)}`);
  if (typeof deleted !== 'string') throw typeError(`maketrans() argument 3 must be str, not ${typeName(deleted)}`);
  const fromChars = [...from];
  const toChars = [...to];
  if (fromChars.length !== toChars.length) throw valueError('the first two maketrans arguments must have equal length');
  fromChars.forEach((c, i) => put(c.codePointAt(0)!, toChars[i].codePointAt(0)!));
  for (const c of deleted) put(c.codePointAt(0)!, None);
  return table;
}
strType.dict.set('maketrans', new PyStaticMethod(new PyNativeFunction('maketrans', makeTranslationTable)));

defineMethods(strType, {
  // Characters the table does not map (a LookupError from __getitem__) are kept.
  translate: (args) => {
    methodArity('str.translate', args, 1);
    let out = '';
    for (const c of self(args)) {
      let mapped: PyValue;
      try {
        mapped = getItem(args[1], c.codePointAt(0)!);
      } catch (e) {
        if (e instanceof PyException && e.cls.isSubtypeOf(LookupError)) {
          out += c;
          continue;
        }
        throw e;
      }
      if (mapped === None) continue;
      if (typeof mapped === 'string') out += mapped;
      else if (typeof mapped === 'number') out += String.fromCodePoint(mapped);
      else throw typeError('character mapping must return integer, None or str');
    }
    return out;
  },
});
