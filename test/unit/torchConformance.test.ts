// Runs every program in test/conformance/torch/ through the interpreter with the torch module and compares
// stdout and stderr with what CPython + PyTorch 1.13 printed (fixtures written by tools/gen-torch-fixtures.mjs).
// Files a program saves live in memory, starting empty for each program (PyTorch ran each in an empty directory).
// The one difference allowed: object addresses (`0x7f...` in reprs such as `<AddBackward0 object at 0x...>`)
// are masked on both sides, since they are memory addresses in CPython and made-up ids here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Interpreter } from '../../engine/python/index';
import { MemoryFiles } from '../support/memoryFiles';

interface Expected {
  stdout: string;
  stderr: string;
}

function conformanceDir(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'test/conformance/torch');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('test/conformance/torch not found above ' + process.cwd());
  }
}

const maskAddresses = (text: string) => text.replace(/0x[0-9a-f]{6,16}/g, '0x…');

const dir = conformanceDir();
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

test('every torch conformance program has a fixture', () => {
  assert.ok(programs.length > 0);
  for (const p of programs) assert.ok(existsSync(join(dir, p.replace(/\.py$/, '.expected.json'))), `${p} has no fixture; run node tools/gen-torch-fixtures.mjs`);
});

for (const program of programs) {
  test(`torch conformance: ${program}`, () => {
    const expected = JSON.parse(readFileSync(join(dir, program.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
    const output = { stdout: '', stderr: '' };
    const files = new MemoryFiles();
    const interpreter = new Interpreter({ write: (stream, text) => (output[stream] += text), interruptRequested: () => false, files });
    const outcome = interpreter.run(readFileSync(join(dir, program), 'utf8'), { origin: `File "${program}"`, displayLastExpression: false });
    if (!outcome.ok) output.stderr += outcome.error.traceback.join('\n') + '\n';
    assert.equal(maskAddresses(output.stdout), maskAddresses(expected.stdout));
    assert.equal(maskAddresses(output.stderr), maskAddresses(expected.stderr));
  });
}
