// Formats exceptions the way CPython 3.11 prints them to stderr (without the `~~~^^^` marker lines),
// including chained exceptions and collapsed recursion ("[Previous line repeated N more times]").
import { PyException, type TracebackEntry } from './objects/exceptions';
import { str } from './ops/convert';
import { suggestionFor } from './suggestions';
import type { CompileError } from './parse';

/** Source line of an entry, stripped like CPython does. */
function sourceLine(entry: TracebackEntry): string | undefined {
  return entry.unit.lines[entry.line - 1]?.trim();
}

function frameLines(entry: TracebackEntry): string[] {
  const header = `  ${entry.unit.origin}, line ${entry.line + entry.unit.lineOffset}, in ${entry.name}`;
  const source = sourceLine(entry);
  return source ? [header, `    ${source}`] : [header];
}

/** CPython shows a run of identical frames three times, then how many more there were. */
const REPEAT_SHOWN = 3;

function stackLines(entries: TracebackEntry[]): string[] {
  const out: string[] = [];
  let previous: TracebackEntry | undefined;
  let repeats = 0;
  const flush = () => {
    if (repeats > REPEAT_SHOWN) {
      const more = repeats - REPEAT_SHOWN;
      out.push(`  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]`);
    }
  };
  for (const entry of entries) {
    if (entry.unit.library) continue;
    const same = previous && previous.unit === entry.unit && previous.line === entry.line && previous.name === entry.name;
    if (same) {
      repeats++;
      if (repeats > REPEAT_SHOWN) continue;
    } else {
      flush();
      repeats = 1;
    }
    previous = entry;
    out.push(...frameLines(entry));
  }
  flush();
  return out;
}

export function exceptionLine(e: PyException): { ename: string; evalue: string; line: string } {
  const module = e.cls.module;
  const ename = module === 'builtins' || module === '__main__' ? e.cls.qualname : `${module}.${e.cls.qualname}`;
  let evalue: string;
  try {
    evalue = str(e) + suggestionFor(e, e.traceback[e.traceback.length - 1]);
  } catch {
    evalue = '<exception str() failed>';
  }
  return { ename, evalue, line: evalue ? `${ename}: ${evalue}` : ename };
}

export function formatException(e: PyException, seen = new Set<PyException>()): string[] {
  seen.add(e);
  const out: string[] = [];
  if (e.cause && !seen.has(e.cause)) {
    out.push(...formatException(e.cause, seen), '', 'The above exception was the direct cause of the following exception:', '');
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out.push(...formatException(e.context, seen), '', 'During handling of the above exception, another exception occurred:', '');
  }
  if (e.traceback.length) out.push('Traceback (most recent call last):', ...stackLines(e.traceback));
  out.push(exceptionLine(e).line);
  return out;
}

/** CPython's syntax error display: location, the offending line, a caret, then the message. */
export function formatSyntaxError(err: CompileError, origin: string, lineOffset: number, lines: string[]): string[] {
  const out = [`  ${origin}, line ${err.line + lineOffset}`];
  const raw = lines[err.line - 1];
  if (raw !== undefined) {
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push(`    ${text}`);
    const start = Math.max(0, err.col - indent);
    const width = Math.max(1, Math.min(err.endCol, indent + text.length) - err.col);
    out.push(`    ${' '.repeat(start)}${'^'.repeat(width)}`);
  }
  out.push(`${err.ename}: ${err.message}`);
  return out;
}
