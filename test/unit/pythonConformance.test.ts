// Runs every program under test/conformance/python/ (topic subfolders included) through the interpreter and
// compares stdout and the traceback with what CPython printed (the .expected.json fixtures written by
// tools/gen-python-fixtures.mjs). Each program runs under its bare file name, as CPython ran it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Interpreter } from '../../engine/python/index';

interface Expected {
  stdout: string;
  stderr: string[] | null;
}

/** The conformance folder, found from the working directory (tests run from the repo root or below it). */
function conformanceDir(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'test/conformance/python');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('test/conformance/python not found above ' + process.cwd());
  }
}

/** Every .py file below dir, as absolute paths. */
function programsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return programsUnder(path);
    return entry.endsWith('.py') ? [path] : [];
  });
}

const root = conformanceDir();
const programs = programsUnder(root).sort();
const fixtureOf = (program: string) => program.replace(/\.py$/, '.expected.json');

test('there are at least 300 conformance programs, each with a fixture', () => {
  assert.ok(programs.length >= 300, `only ${programs.length} programs`);
  for (const p of programs) assert.ok(existsSync(fixtureOf(p)), `${relative(root, p)} has no fixture; run node tools/gen-python-fixtures.mjs`);
});

for (const program of programs) {
  test(`conformance: ${relative(root, program)}`, () => {
    const expected = JSON.parse(readFileSync(fixtureOf(program), 'utf8')) as Expected;
    let stdout = '';
    const interpreter = new Interpreter({ write: (_stream, text) => (stdout += text), interruptRequested: () => false });
    const outcome = interpreter.run(readFileSync(program, 'utf8'), { origin: `File "${basename(program)}"`, displayLastExpression: false });
    assert.equal(stdout, expected.stdout);
    assert.deepEqual(outcome.ok ? null : outcome.error.traceback, expected.stderr);
  });
}
