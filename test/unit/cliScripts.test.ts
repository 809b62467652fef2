// `agnb run script.py` must print what `python3 script.py` prints: same stdout, same traceback on stderr
// (CPython's caret lines aside), same failure status. Expected outputs come from CPython
// (tools/gen-python-fixtures.mjs).
//
// Spawning a process per program costs about a quarter of a second, so this runs a representative subset
// of the conformance corpus (the in-process pythonConformance test runs all of it): every top-level
// program, every percent-format program (cells split by "# %%", which only the CLI handles), every program
// ending in an uncaught exception (the traceback goes to stderr and sets the exit status), and the first
// two programs of each topic folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const repo = join(__dirname, '..', '..', '..');
const root = join(repo, 'test', 'conformance', 'python');
const cli = join(repo, 'dist', 'cli.js');

interface Expected {
  stdout: string;
  stderr: string[] | null;
}

const PROGRAMS_PER_TOPIC = 2;
const isPercentFormat = (program: string) => /^# %%/m.test(readFileSync(program, 'utf8'));
const endsUncaught = (program: string) => basename(program).startsWith('uncaught_');

function selectedPrograms(): string[] {
  const pythonFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.py')).sort().map((name) => join(dir, name));
  const selected = pythonFiles(root);
  for (const topic of readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort()) {
    const programs = pythonFiles(join(root, topic));
    selected.push(...programs.filter((p, i) => i < PROGRAMS_PER_TOPIC || isPercentFormat(p) || endsUncaught(p)));
  }
  return selected;
}

for (const program of selectedPrograms()) {
  test(`agnb run ${relative(root, program)} prints what python3 prints`, () => {
    const expected = JSON.parse(readFileSync(program.replace(/\.py$/, '.expected.json'), 'utf8')) as Expected;
    const run = spawnSync(process.execPath, [cli, 'run', basename(program)], { cwd: dirname(program), encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.stdout, expected.stdout);
    assert.deepEqual(run.stderr === '' ? null : run.stderr.replace(/\n$/, '').split('\n'), expected.stderr);
    assert.equal(run.status, expected.stderr === null ? 0 : 1);
  });
}
