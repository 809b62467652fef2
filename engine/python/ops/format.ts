// The format-spec mini-language (format(), f-strings, str.format) and printf-style `%` formatting.
import { astralChars, strLength } from '../objects/text';
import { PyFloat, PyObject, objectType, typeName, type PyValue } from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { KeyError, PyException, indexError, overflowError, typeError, valueError } from '../objects/exceptions';
import { shortestDigits, toFixedDigits, toSignificantDigits } from '../objects/float';
import { floatToInt, intToString, type Int } from '../objects/int';
import { callSpecial } from './call';
import { getAttr } from './attr';
import { asciiRepr, floatValue, indexValue, repr, str } from './convert';
import { getItem } from './sequence';

interface Spec {
  fill: string;
  align: string | undefined;
  sign: string;
  noNegZero: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | undefined;
  type: string;
}

const SPEC = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([_,])?(?:\.(\d+))?([\s\S])?$/u;

/** Parsed specs by their text (f-strings format with the same few specs over and over); null: invalid. */
const parsedSpecs = new Map<string, Readonly<Spec> | null>();
const PARSED_SPECS_LIMIT = 256;

function parseSpec(spec: string, forType: string): Readonly<Spec> {
  let parsed = parsedSpecs.get(spec);
  if (parsed === undefined) {
    if (parsedSpecs.size >= PARSED_SPECS_LIMIT) parsedSpecs.clear();
    parsed = matchSpec(spec);
    parsedSpecs.set(spec, parsed);
  }
  if (parsed === null) throw valueError(`Invalid format specifier '${spec}' for object of type '${forType}'`);
  return parsed;
}

function matchSpec(spec: string): Spec | null {
  const m = SPEC.exec(spec);
  if (!m) return null;
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : undefined),
    sign: m[3] ?? '',
    noNegZero: !!m[4],
    alternate: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10] ?? '',
  };
}

/** CPython names a printable ASCII code as itself and any other by its hex code point. */
function unknownCode(code: string, forType: string) {
  const c = code.codePointAt(0)!;
  const shown = c > 0x20 && c < 0x7f ? code : `\\x${c.toString(16)}`;
  return valueError(`Unknown format code '${shown}' for object of type '${forType}'`);
}

/** format(v, spec): `__format__` for user types, the mini-language for built-in ones. */
export function formatValue(v: PyValue, spec: string): string {
  if (v instanceof PyObject && !(v instanceof PyFloat)) {
    const custom = v.cls.lookup('__format__');
    if (custom !== undefined && custom !== objectType.dict.get('__format__')) {
      const r = callSpecial(v, '__format__', [spec]);
      if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r!)}`);
      return r;
    }
    if (spec !== '') throw typeError(`unsupported format string passed to ${v.cls.name}.__format__`);
    return str(v);
  }
  if (typeof v === 'string') return formatString(v, spec);
  if (v instanceof PyFloat) return formatFloat(v.value, parseSpec(spec, 'float'));
  if (typeof v === 'boolean' && spec === '') return str(v);
  return formatInt(typeof v === 'boolean' ? +v : v, parseSpec(spec, 'int'));
}

function formatString(s: string, specText: string): string {
  const spec = parseSpec(specText, 'str');
  if (spec.type !== '' && spec.type !== 's') throw unknownCode(spec.type, 'str');
  if (spec.sign) throw valueError('Sign not allowed in string format specifier');
  if (spec.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.grouping) throw valueError(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  const body = spec.precision !== undefined ? truncate(s, spec.precision) : s;
  return pad(body, '', spec, '<');
}

/** The first `n` characters of `s` (code points, as `s[:n]`). */
function truncate(s: string, n: number): string {
  const chars = astralChars(s);
  return chars === null ? s.slice(0, n) : chars.slice(0, n).join('');
}

/** Pads `sign + body` to the spec's width; '=' alignment pads between the sign and the digits. */
function pad(body: string, sign: string, spec: Spec, defaultAlign: string): string {
  const length = sign.length + strLength(body);
  if (length >= spec.width) return sign + body;
  const count = spec.width - length;
  const fill = spec.fill.repeat(count);
  switch (spec.align ?? defaultAlign) {
    case '<':
      return sign + body + fill;
    case '^': {
      const half = Math.floor(count / 2);
      return spec.fill.repeat(half) + sign + body + spec.fill.repeat(count - half);
    }
    case '=':
      return sign + fill + body;
    default:
      return fill + sign + body;
  }
}

function signFor(negative: boolean, spec: Spec): string {
  return negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** Inserts a separator every `every` digits of the integer part; zero padding is grouped too, as in CPython. */
function group(digits: string, sep: string, every: number, spec: Spec, reserved: number): string {
  if (!sep) return digits;
  let minWidth = 0;
  if (spec.zero && spec.align === '=' && spec.fill === '0') minWidth = spec.width - reserved;
  let out = '';
  let count = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    if (count && count % every === 0) out = sep + out;
    out = digits[i] + out;
    count++;
  }
  // Zero padding continues the digit groups; it never starts with a separator.
  while (out.length < minWidth) {
    if (count % every === 0) out = sep + out;
    out = '0' + out;
    count++;
  }
  return out;
}

function formatInt(n: Int, spec: Spec): string {
  if ('eEfFgG%'.includes(spec.type) && spec.type !== '') return formatFloat(Number(n), spec);
  if (spec.precision !== undefined) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const negative = n < 0;
  const abs = typeof n === 'bigint' ? (negative ? -n : n) : Math.abs(n);
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      const base = spec.type === 'b' ? 2 : spec.type === 'o' ? 8 : 16;
      digits = abs.toString(base);
      if (spec.type === 'X') digits = digits.toUpperCase();
      if (spec.alternate) prefix = '0' + spec.type;
      if (spec.grouping === ',') throw valueError(`Cannot specify ',' with '${spec.type}'.`);
      digits = group(digits, spec.grouping, 4, spec, prefix.length + signFor(negative, spec).length);
      break;
    }
    case 'c': {
      if (spec.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
      if (spec.grouping) throw valueError(`Cannot specify '${spec.grouping}' with 'c'.`);
      return pad(codePointChar(n), '', spec, '<');
    }
    case '':
    case 'd':
    case 'n':
      digits = group(intToString(abs), spec.grouping, 3, spec, signFor(negative, spec).length);
      break;
    default:
      throw unknownCode(spec.type, 'int');
  }
  return pad(digits, signFor(negative, spec) + prefix, spec, '>');
}

function codePointChar(n: Int): string {
  if (n < 0 || n >= 0x110000) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

function formatFloat(x: number, spec: Spec): string {
  if (!'eEfFgGn%'.includes(spec.type)) throw unknownCode(spec.type, 'float');
  let negative = x < 0 || Object.is(x, -0);
  let body: string;
  const upper = spec.type === 'E' || spec.type === 'F' || spec.type === 'G';
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    if (spec.type === '%') body += '%';
    negative = x < 0;
  } else {
    body = floatBody(Math.abs(x), spec);
    if (spec.noNegZero && negative && /^[0.]*(e|%|$)/.test(body.replace(/[eE][-+]\d+$/, ''))) negative = false;
    if (upper) body = body.toUpperCase();
  }
  if (spec.grouping && Number.isFinite(x)) {
    const cut = body.search(/[.eE%]/);
    const intPart = cut < 0 ? body : body.slice(0, cut);
    const rest = cut < 0 ? '' : body.slice(cut);
    body = group(intPart, spec.grouping, 3, spec, signFor(negative, spec).length + rest.length) + rest;
  }
  return pad(body, signFor(negative, spec), spec, '>');
}

function exponentForm(digits: string, exp: number, alternate: boolean): string {
  const mantissa = digits.length > 1 || alternate ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Formats a non-negative finite float per the spec type (without sign or padding). */
function floatBody(x: number, spec: Spec): string {
  const p = spec.precision;
  switch (spec.type) {
    case 'f':
    case 'F': {
      const s = toFixedDigits(x, p ?? 6);
      return spec.alternate && !s.includes('.') ? s + '.' : s;
    }
    case '%':
      return toFixedDigits(x * 100, p ?? 6) + '%';
    case 'e':
    case 'E': {
      const { digits, exp } = toSignificantDigits(x, (p ?? 6) + 1);
      return exponentForm(digits, exp, spec.alternate);
    }
    case 'g':
    case 'G':
    case 'n':
      return generalForm(x, p === undefined ? 6 : Math.max(p, 1), spec.alternate, false);
    default:
      if (p === undefined) return reprForm(x);
      return generalForm(x, Math.max(p, 1), spec.alternate, true);
  }
}

/** repr-style digits (the empty presentation type without precision). */
function reprForm(x: number): string {
  if (x === 0) return '0.0';
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) return exponentForm(digits, exp, false);
  return toFixedDigits(x, Math.max(digits.length - 1 - exp, 1));
}

/** 'g' (and the empty type with a precision, which keeps a '.0' and switches to exponent one digit earlier). */
function generalForm(x: number, p: number, alternate: boolean, emptyType: boolean): string {
  const { digits, exp } = toSignificantDigits(x, p);
  const exponentFrom = emptyType ? p - 1 : p;
  if (x !== 0 && (exp < -4 || exp >= exponentFrom)) {
    return exponentForm(alternate ? digits : digits.replace(/0+$/, '') || '0', exp, alternate);
  }
  let out = toFixedDigits(x, Math.max(p - 1 - (x === 0 ? 0 : exp), 0));
  if (!alternate && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  if (emptyType && !out.includes('.')) out += '.0';
  if (alternate && !out.includes('.')) out += '.';
  return out;
}

/** printf-style `fmt % args`. */
export function formatPercent(fmt: string, args: PyValue): string {
  const values = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict || (args instanceof PyObject && !(args instanceof PyTuple) && args.cls.lookup('__getitem__') !== undefined && typeof args !== 'string') ? args : null;
  let next = 0;
  const take = (): PyValue => {
    if (next >= values.length) throw typeError('not enough arguments for format string');
    return values[next++];
  };
  const out = fmt.replace(/%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])?/g, (whole, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string | undefined) => {
    if (!type) throw valueError(`unsupported format character '${fmt[fmt.indexOf(whole) + whole.length] ?? ''}' (0x${(fmt.charCodeAt(fmt.indexOf(whole) + whole.length) || 0).toString(16)}) at index ${fmt.indexOf(whole) + whole.length}`);
    if (type === '%' && whole === '%%') return '%';
    const w = width === '*' ? Number(indexValue(take())) : width ? Number(width) : 0;
    const p = precision === '*' ? Number(indexValue(take())) : precision !== undefined ? Number(precision) : undefined;
    const value = key !== undefined ? (mapping ? getItem(mapping, key) : failMapping()) : take();
    const spec: Spec = {
      fill: flags.includes('0') && !flags.includes('-') && !'srac'.includes(type) ? '0' : ' ',
      align: flags.includes('-') ? '<' : flags.includes('0') && !'srac'.includes(type) ? '=' : '>',
      sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '',
      noNegZero: false,
      alternate: flags.includes('#'),
      zero: false,
      width: w,
      grouping: '',
      precision: p,
      type,
    };
    return percentOne(value, spec);
  });
  if (next < values.length && !mapping && (args instanceof PyTuple || next === 0)) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

function failMapping(): never {
  throw typeError('format requires a mapping');
}

function percentOne(value: PyValue, spec: Spec): string {
  switch (spec.type) {
    case 's':
    case 'r':
    case 'a': {
      const s = spec.type === 's' ? str(value) : spec.type === 'r' ? repr(value) : asciiRepr(value);
      return pad(spec.precision !== undefined ? truncate(s, spec.precision) : s, '', spec, '>');
    }
    case 'c': {
      if (typeof value === 'string' && [...value].length !== 1) throw typeError('%c requires int or char');
      const code = typeof value === 'string' ? undefined : indexValue(value);
      if (typeof value !== 'string' && code === undefined) throw typeError('%c requires int or char');
      const s = typeof value === 'string' ? value : codePointChar(code!);
      return pad(s, '', spec, '>');
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let n = indexValue(value);
      if (n === undefined) {
        const f = floatValue(value);
        if (f === undefined || typeof value === 'string') throw typeError(`%${spec.type} format: a ${spec.type === 'd' || spec.type === 'i' || spec.type === 'u' ? 'real number' : 'integer'} is required, not ${typeName(value)}`);
        n = floatToInt(f);
      }
      const precision = spec.precision;
      const intSpec = { ...spec, precision: undefined, type: spec.type === 'i' || spec.type === 'u' ? 'd' : spec.type, alternate: spec.alternate };
      if (precision !== undefined) {
        const negative = n < 0;
        const digits = (negative ? -BigInt(n) : BigInt(n)).toString(spec.type === 'o' ? 8 : spec.type.toLowerCase() === 'x' ? 16 : 10).padStart(precision, '0');
        return pad(spec.type === 'X' ? digits.toUpperCase() : digits, signFor(negative, spec), spec, '>');
      }
      return formatInt(n, intSpec);
    }
    default: {
      const f = floatValue(value);
      if (f === undefined || typeof value === 'string') throw typeError(`must be real number, not ${typeName(value)}`);
      return formatFloat(f, { ...spec, precision: spec.precision ?? 6 });
    }
  }
}

/**
 * str.format(*args, **kwargs) and str.format_map(mapping) (`named` reads `mapping[name]`, so __missing__ applies).
 * Nested fields in specs (`{:{width}}`) share the automatic numbering.
 */
export function strFormat(fmt: string, args: readonly PyValue[], named: Map<string, PyValue> | null | ((name: string) => PyValue)): string {
  let auto = 0;
  const fieldValue = (ref: string): PyValue => {
    const head = /^[^.[]*/.exec(ref)![0];
    let value: PyValue;
    if (typeof named === 'function' && /^\d*$/.test(head)) throw valueError('Format string contains positional fields');
    if (head === '') {
      if (auto < 0) throw valueError('cannot switch from manual field specification to automatic field numbering');
      value = positional(args, auto++);
    } else if (/^\d+$/.test(head)) {
      if (auto > 0) throw valueError('cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      value = positional(args, Number(head));
    } else {
      const v = typeof named === 'function' ? named(head) : named?.get(head);
      if (v === undefined) throw new PyException(KeyError, [head]);
      value = v;
    }
    for (const [, attr, key] of ref.slice(head.length).matchAll(/\.(\w+)|\[([^\]]*)\]/g)) {
      value = attr !== undefined ? getAttr(value, attr) : getItem(value, /^\d+$/.test(key) ? Number(key) : key);
    }
    return value;
  };
  const render = (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '}') {
        if (text[i + 1] !== '}') throw valueError("Single '}' encountered in format string");
        out += '}';
        i++;
      } else if (ch === '{' && text[i + 1] === '{') {
        out += '{';
        i++;
      } else if (ch === '{') {
        let depth = 1;
        let j = i + 1;
        for (; j < text.length && depth; j++) {
          if (text[j] === '{') depth++;
          else if (text[j] === '}') depth--;
        }
        if (depth) throw valueError(i + 1 === text.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
        const [ref, conv, rawSpec] = splitField(text.slice(i + 1, j - 1));
        let value = fieldValue(ref);
        if (conv) value = conv === 's' ? str(value) : conv === 'r' ? repr(value) : asciiRepr(value);
        out += formatValue(value, rawSpec ? render(rawSpec) : '');
        i = j - 1;
      } else out += ch;
    }
    return out;
  };
  return render(fmt);
}

/** Splits a replacement field `name!conv:spec` into its parts, with CPython's errors for a bad conversion. */
function splitField(field: string): [string, string | undefined, string | undefined] {
  const end = field.search(/[!:]/);
  if (end < 0) return [field, undefined, undefined];
  const ref = field.slice(0, end);
  if (field[end] === ':') return [ref, undefined, field.slice(end + 1)];
  if (end + 1 >= field.length) throw valueError("unmatched '{' in format spec");
  const conv = field[end + 1];
  if (end + 2 < field.length && field[end + 2] !== ':') throw valueError("expected ':' after conversion specifier");
  if (!'rsa'.includes(conv)) throw valueError(`Unknown conversion specifier ${conv}`);
  return [ref, conv, end + 2 < field.length ? field.slice(end + 3) : undefined];
}

function positional(args: readonly PyValue[], index: number): PyValue {
  if (index >= args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
  return args[index];
}
