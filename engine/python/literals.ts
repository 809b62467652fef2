// Number and string literal decoding, with CPython's rules and error messages.
import type { ConstantValue } from './ast';
import { normalizeInt } from './objects/int';

/** Returns the literal's value, or a SyntaxError message. */
export function parseNumberLiteral(text: string): ConstantValue | string {
  if (/_(_|$)|_[.eEjJ]|[.eE]_/.test(text) || /^0[xXoObB]_*$/.test(text)) return 'invalid decimal literal';
  const clean = text.replace(/_/g, '');
  if (/[jJ]$/.test(clean)) return 'complex numbers are not supported in agnb';
  if (/^0[xXoObB]/.test(clean)) return { type: 'int', value: normalizeInt(BigInt(clean.toLowerCase())) };
  if (/[.eE]/.test(clean)) return { type: 'float', value: Number(clean) };
  if (/^0+[1-9]/.test(clean)) return 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
  return { type: 'int', value: clean.length < 16 ? Number(clean) : normalizeInt(BigInt(clean)) };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes the text between a string literal's quotes. In f-string literal parts `{{` and `}}` stand for braces.
 * Returns the value, or `{error}` with a SyntaxError message.
 */
export function decodeStringBody(body: string, raw: boolean, fstring: boolean): string | { error: string } {
  if (!fstring && (raw || !body.includes('\\'))) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (fstring && (ch === '{' || ch === '}') && body[i + 1] === ch) {
      out += ch;
      i++;
      continue;
    }
    if (ch !== '\\' || raw) {
      out += ch;
      if (ch === '\\' && i + 1 < body.length) out += body[++i];
      continue;
    }
    const next = body[++i];
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
    } else if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && body[i + 1] >= '0' && body[i + 1] <= '7') digits += body[++i];
      out += String.fromCodePoint(parseInt(digits, 8));
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        return { error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hex.length}: truncated ${'\\' + next}${'X'.repeat(width)} escape` };
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return { error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + width}: illegal Unicode character` };
      out += String.fromCodePoint(code);
      i += width;
    } else if (next === 'N') {
      return { error: '\\N{...} escapes are not supported in agnb' };
    } else {
      out += '\\' + (next ?? '');
    }
  }
  return out;
}
