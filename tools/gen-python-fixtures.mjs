// Regenerates the expected output of every conformance program under test/conformance/python/ (topic
// subfolders included) by running it with CPython (`python3` on PATH). Writes name.expected.json next to
// name.py:
//   { "python": "3.11.7", "stdout": "...", "stderr": [lines] | null }
// stderr is the traceback CPython printed, minus the `^^^`/`~~~` marker lines (agnb does not print those).
// Each program runs from its own folder under its bare file name, as the tests run it.
// Usage: node tools/gen-python-fixtures.mjs [name.py | topic/name.py | topic ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../test/conformance/python/', import.meta.url));
const MARKER_LINE = /^\s*[~^][~^ ]*$/;

/** Every .py file below dir, as paths relative to the conformance root. */
function programsUnder(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return programsUnder(path);
    return entry.endsWith('.py') ? [relative(root, path)] : [];
  });
}

const version = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim().replace('Python ', '');
// Arguments name programs or topic folders, relative to the conformance root (a leading path up to it is ignored).
const wanted = process.argv.slice(2).map((arg) => arg.replace(/^.*test\/conformance\/python\//, '').replace(/\/$/, ''));
const matches = (program) => wanted.some((w) => program === w || basename(program) === w || program.startsWith(w + '/'));
const programs = programsUnder(root)
  .filter((program) => !wanted.length || matches(program))
  .sort();

for (const program of programs) {
  const file = basename(program);
  const cwd = join(root, dirname(program));
  const run = spawnSync('python3', [file], {
    cwd,
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
        .map((line) => line.replace(`File "${join(cwd, file)}"`, `File "${file}"`))
    : null;
  const expected = { python: version, stdout: run.stdout, stderr };
  writeFileSync(join(cwd, file.replace(/\.py$/, '.expected.json')), JSON.stringify(expected, null, 2) + '\n');
  console.log(`${program}: ${run.stdout.split('\n').length - 1} lines of stdout${stderr ? ', ends with ' + stderr[stderr.length - 1] : ''}`);
}
