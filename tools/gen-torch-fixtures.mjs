// Regenerates the expected output of every program in test/conformance/torch/ by running it with real
// PyTorch 1.13 (`/usr/bin/python3`, which has torch; the `python3` first on PATH does not). Writes
// name.expected.json next to name.py:
//   { "python": "3.11.2", "torch": "1.13...", "stdout": "...", "stderr": "..." }
// stderr is everything written there (warnings, then a traceback if the program ends in one), with the
// script's absolute path shown as the bare file name (how agnb is given it) and without the `^^^`/`~~~`
// marker lines of tracebacks (agnb does not print those).
// Usage: node tools/gen-torch-fixtures.mjs [name.py ...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const PYTHON = '/usr/bin/python3';
const dir = fileURLToPath(new URL('../test/conformance/torch/', import.meta.url));
const MARKER_LINE = /^\s*[~^][~^ ]*$/;

const versions = spawnSync(PYTHON, ['-c', 'import sys, torch; print(sys.version.split()[0], torch.__version__)'], { encoding: 'utf8' });
if (versions.status !== 0) throw new Error(`${PYTHON} cannot import torch:\n${versions.stderr}`);
const [python, torch] = versions.stdout.trim().split(' ');
const wanted = process.argv.slice(2).map((f) => basename(f));
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .filter((f) => !wanted.length || wanted.includes(f))
  .sort();

for (const file of programs) {
  // Each program runs in an empty directory of its own, so the files it saves start nowhere and stay out of the tree.
  const workingDirectory = mkdtempSync(join(tmpdir(), 'agnb-torch-'));
  const run = spawnSync(PYTHON, [join(dir, file)], {
    cwd: workingDirectory,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', OMP_NUM_THREADS: '1' },
  });
  rmSync(workingDirectory, { recursive: true, force: true });
  if (run.error) throw run.error;
  const stderr = run.stderr
    .split('\n')
    .filter((line) => !MARKER_LINE.test(line))
    .join('\n')
    .replaceAll(join(dir, file), file);
  writeFileSync(join(dir, file.replace(/\.py$/, '.expected.json')), JSON.stringify({ python, torch, stdout: run.stdout, stderr }, null, 2) + '\n');
  console.log(`${file}: ${run.stdout.split('\n').length - 1} lines of stdout, ${stderr.split('\n').length - 1} of stderr`);
}
