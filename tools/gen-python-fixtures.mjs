// Regenerates the expected output of every conformance program in test/conformance/python/ by running it
// with CPython (`python3` on PATH). Writes name.expected.json next to name.py:
//   { "python": "3.11.7", "stdout": "...", "stderr": [lines] | null }
// stderr is the traceback CPython printed, minus the `^^^`/`~~~` marker lines (agnb does not print those).
// Usage: node tools/gen-python-fixtures.mjs [name.py ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/conformance/python/', import.meta.url));
const MARKER_LINE = /^\s*[~^][~^ ]*$/;

const version = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim().replace('Python ', '');
const wanted = process.argv.slice(2).map((f) => basename(f));
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .filter((f) => !wanted.length || wanted.includes(f))
  .sort();

for (const file of programs) {
  const run = spawnSync('python3', [file], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (run.error) throw run.error;
  // Python 3.9+ shows the script's absolute path; the interpreter under test is given the bare file name.
  const stderr = run.stderr
    ? run.stderr
        .replace(/\n$/, '')
        .split('\n')
        .filter((line) => !MARKER_LINE.test(line))
        .map((line) => line.replace(`File "${join(dir, file)}"`, `File "${file}"`))
    : null;
  const expected = { python: version, stdout: run.stdout, stderr };
  writeFileSync(join(dir, file.replace(/\.py$/, '.expected.json')), JSON.stringify(expected, null, 2) + '\n');
  console.log(`${file}: ${run.stdout.split('\n').length - 1} lines of stdout${stderr ? ', ends with ' + stderr[stderr.length - 1] : ''}`);
}
