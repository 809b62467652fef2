// Generates the Python parser used by engine/python from @lezer/python's own grammar, with two fixes:
// the package's Number token requires a digit after the dot, so trailing-dot floats (`1.`, `arange(16.)`)
// are syntax errors. We make those digits optional. And its `not` has no precedence, so `not a or b`
// parses as `not (a or b)`; we give `not` Python's place, between comparisons and `and`. The grammar's
// highlighting props are left out: nothing highlights with this parser, and building their tag tables would
// be part of every kernel's start. Output goes to engine/python/lezer/*.generated.js (gitignored); esbuild
// bundles it. Re-running is a no-op while the outputs are newer than the inputs.
import { buildParserFile } from '@lezer/generator';
import { readFileSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageSrc = join(root, 'node_modules/@lezer/python/src');
const outDir = join(root, 'engine/python/lezer');

const NUMBER_FRACTION = '("." @digit ("_" | @digit)*)?';
const NUMBER_FRACTION_FIXED = '("." (@digit ("_" | @digit)*)?)?';

const PRECEDENCE_AND = '  and @left,';
const PRECEDENCE_NOT_AND = '  not,\n  and @left,';
const UNARY_NOT = 'unaryTest[@name="UnaryExpression"] { kw<"not"> testInner }';
const UNARY_NOT_FIXED = 'unaryTest[@name="UnaryExpression"] { !not kw<"not"> testInner }';
const HIGHLIGHTING = '@external propSource pythonHighlighting from "./highlight"\n';

const inputs = ['python.grammar', 'tokens.js'].map((f) => join(packageSrc, f));
const thisFile = fileURLToPath(import.meta.url);
const outputs = {
  parser: join(outDir, 'parser.generated.js'),
  terms: join(outDir, 'parser.terms.generated.js'),
  tokens: join(outDir, 'tokens.generated.js'),
};

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function upToDate() {
  const newestInput = Math.max(...[...inputs, thisFile].map(mtime));
  return Object.values(outputs).every((out) => mtime(out) > newestInput);
}

/** Replaces `from` in `text` exactly once; throws if it does not occur, so a package upgrade cannot silently drop a fix. */
function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`python-grammar: expected exactly one occurrence of ${JSON.stringify(from)} in ${what}; @lezer/python changed?`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Rewrites the generated modules' sibling imports (`./tokens`, `./parser.terms`) to our generated names. */
function relink(code) {
  return code.replace(/from\s+(["'])\.\/(tokens|parser\.terms)(\.js)?\1/g, (_m, q, name) => `from ${q}./${name}.generated.js${q}`);
}

export async function generatePythonParser() {
  if (upToDate()) return;
  let grammar = readFileSync(inputs[0], 'utf8');
  grammar = replaceOnce(grammar, NUMBER_FRACTION, NUMBER_FRACTION_FIXED, 'python.grammar Number token');
  grammar = replaceOnce(grammar, PRECEDENCE_AND, PRECEDENCE_NOT_AND, 'python.grammar precedence list');
  grammar = replaceOnce(grammar, UNARY_NOT, UNARY_NOT_FIXED, 'python.grammar not expression');
  grammar = replaceOnce(grammar, HIGHLIGHTING, '', 'python.grammar highlighting');
  const { parser, terms } = buildParserFile(grammar, { fileName: 'python.grammar', moduleStyle: 'es' });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outputs.terms, terms);
  writeFileSync(outputs.tokens, relink(readFileSync(inputs[1], 'utf8')));
  writeFileSync(outputs.parser, relink(parser));
}

if (process.argv[1] === thisFile) await generatePythonParser();
