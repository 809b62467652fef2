// Runs every program in test/conformance/python/ through the interpreter and compares stdout and the
// traceback with what CPython printed (the .expected.json fixtures written by tools/gen-python-fixtures.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

const dir = conformanceDir();
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

test('there are conformance programs with fixtures', () => {
  assert.ok(programs.length >= 10, `only ${programs.length} programs`);
  for (const p of programs) assert.ok(existsSync(join(dir, p.replace(/\.py$/, '.expected.json'))), `${p} has no fixture; run node tools/gen-python-fixtures.mjs`);
});

for (const program of programs) {
  test(`conformance: ${program}`, () => {
    const expected = JSON.parse(readFileSync(resolve(dir, program.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
    let stdout = '';
    const interpreter = new Interpreter({ write: (_stream, text) => (stdout += text), interruptRequested: () => false });
    const outcome = interpreter.run(readFileSync(join(dir, program), 'utf8'), { origin: `File "${program}"`, displayLastExpression: false });
    assert.equal(stdout, expected.stdout);
    assert.deepEqual(outcome.ok ? null : outcome.error.traceback, expected.stderr);
  });
}
