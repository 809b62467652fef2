// `agnb run script.py` must print what `python3 script.py` prints: same stdout, same traceback on stderr
// (CPython's caret lines aside), same failure status. Expected outputs come from CPython
// (tools/gen-python-fixtures.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');
const programs = join(repo, 'test', 'conformance', 'python');
const cli = join(repo, 'dist', 'cli.js');

interface Expected {
  stdout: string;
  stderr: string[] | null;
}

for (const file of readdirSync(programs).filter((name) => name.endsWith('.py'))) {
  test(`agnb run ${file} prints what python3 prints`, () => {
    const expected = JSON.parse(readFileSync(join(programs, file.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
    const run = spawnSync(process.execPath, [cli, 'run', file], { cwd: programs, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.stdout, expected.stdout);
    assert.deepEqual(run.stderr === '' ? null : run.stderr.replace(/\n$/, '').split('\n'), expected.stderr);
    assert.equal(run.status, expected.stderr === null ? 0 : 1);
  });
}
