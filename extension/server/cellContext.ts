// Reads what the cursor is on in a cell's source, for hovers, completions and signature help: the attribute
// chain under it (`model.fc1.weight`), the chain before a `.` being completed, or the call it is inside.
// Strings and comments are blanked first, so a `(` or `.` in them never counts.

const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** How far back signature help looks for the open parenthesis of a call. */
const MAX_CALL_SCAN = 4000;

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export const PYTHON_KEYWORDS: readonly string[] = [...KEYWORDS];

/** The source with every character inside a string literal or comment replaced by a space (quotes kept). */
export function blankStringsAndComments(text: string): string {
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') out[i++] = ' ';
      continue;
    }
    if (c !== '"' && c !== "'") {
      i++;
      continue;
    }
    const triple = text.startsWith(c.repeat(3), i);
    const quote = triple ? c.repeat(3) : c;
    i += quote.length;
    while (i < text.length && !text.startsWith(quote, i)) {
      if (!triple && text[i] === '\n') break; // an unterminated one-line string ends at the line's end
      if (text[i] === '\\' && i + 1 < text.length) out[i++] = ' ';
      if (text[i] !== '\n') out[i] = ' ';
      i++;
    }
    i += text.startsWith(quote, i) ? quote.length : 0;
  }
  return out.join('');
}

/** The dotted chain of plain names ending at `end` (exclusive), e.g. `model.fc1`; undefined if it is not one. */
function chainEndingAt(code: string, end: number): { chain: string; start: number } | undefined {
  let start = end;
  for (;;) {
    let nameStart = start;
    while (nameStart > 0 && IDENTIFIER_CHAR.test(code[nameStart - 1]!)) nameStart--;
    const name = code.slice(nameStart, start);
    if (!IDENTIFIER.test(name) || KEYWORDS.has(name)) return undefined;
    start = nameStart;
    if (code[start - 1] !== '.') break;
    start--;
  }
  // `f().x`, `a[0].x` and `1.5` end here: only plain chains are looked up in the kernel.
  const before = code[start - 1];
  if (before === '.' || (before !== undefined && IDENTIFIER_CHAR.test(before))) return undefined;
  return { chain: code.slice(start, end), start };
}

/** The chain up to and including the name under `offset` (hovering `fc1` in `model.fc1.weight` gives `model.fc1`). */
export function chainAt(text: string, offset: number): { chain: string; start: number; end: number } | undefined {
  const code = blankStringsAndComments(text);
  if (!IDENTIFIER_CHAR.test(code[offset] ?? '') && !IDENTIFIER_CHAR.test(code[offset - 1] ?? '')) return undefined;
  let end = offset;
  while (end < code.length && IDENTIFIER_CHAR.test(code[end]!)) end++;
  const found = chainEndingAt(code, end);
  return found && { ...found, end };
}

/**
 * What is being completed at `offset`: the partial name typed so far and the chain whose attributes are wanted
 * (`w.gr|` gives chain `w`, prefix `gr`; a bare name gives chain ''). Undefined inside strings and comments, and
 * after a `.` that does not follow a plain chain.
 */
export function completionContext(text: string, offset: number): { chain: string; prefix: string } | undefined {
  // A probe character typed at the cursor that gets blanked means the cursor is in a string or comment.
  const code = blankStringsAndComments(`${text.slice(0, offset)}x`);
  if (code[offset] !== 'x') return undefined;
  let start = offset;
  while (start > 0 && IDENTIFIER_CHAR.test(code[start - 1]!)) start--;
  const prefix = code.slice(start, offset);
  if (/^[0-9]/.test(prefix)) return undefined;
  if (code[start - 1] !== '.') {
    const before = code[start - 1];
    return before !== undefined && /[0-9]/.test(before) ? undefined : { chain: '', prefix };
  }
  const owner = chainEndingAt(code, start - 1);
  return owner && { chain: owner.chain, prefix };
}

/**
 * The call whose arguments `offset` is in: the callee's chain, which positional argument the cursor is in,
 * and the keyword if the current argument is `name=...`.
 */
export function callAt(text: string, offset: number): { callee: string; argument: number; keyword?: string } | undefined {
  const code = blankStringsAndComments(text.slice(0, offset));
  let depth = 0;
  let commas = 0;
  let lastComma = -1;
  for (let i = code.length - 1; i >= Math.max(0, code.length - MAX_CALL_SCAN); i--) {
    const c = code[i]!;
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c !== '(') return undefined; // inside a list, dict or subscript, not a call's arguments
      const callee = chainEndingAt(code, i);
      if (!callee) return undefined;
      const current = code.slice(commas === 0 ? i + 1 : lastComma + 1);
      const keyword = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/.exec(current)?.[1];
      return { callee: callee.chain, argument: commas, ...(keyword ? { keyword } : {}) };
    } else if (c === ',' && depth === 0) {
      if (commas === 0) lastComma = i;
      commas++;
    }
  }
  return undefined;
}

/** Which of a signature's parameters (`input`, `*size`, `*`, `dtype=…`) the argument at the cursor binds to. */
export function activeParameter(parameters: readonly string[], argument: number, keyword: string | undefined): number | undefined {
  const name = (parameter: string) => parameter.replace(/^\*+/, '').replace(/=.*$/, '');
  if (keyword !== undefined) {
    const index = parameters.findIndex((parameter) => !parameter.startsWith('*') && name(parameter) === keyword);
    return index >= 0 ? index : undefined;
  }
  for (let i = 0, positional = 0; i < parameters.length; i++) {
    const parameter = parameters[i]!;
    if (parameter === '*') return undefined; // only keyword-only parameters are left
    if (parameter.startsWith('*')) return i; // *args takes every remaining positional argument
    if (positional++ === argument) return i;
  }
  return undefined;
}
