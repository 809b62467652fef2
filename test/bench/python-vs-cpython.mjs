// Pure-Python benchmarks: each program in test/bench/python/ runs under agnb (the headless runner, the kernel's
// interpreter) and under CPython; the programs time their own hot part and print it last ("seconds: ..."), so
// start-up is not counted. Everything else they print must agree. Prints a table and writes
// test-results/bench-python.json. Usage: node test/bench/python-vs-cpython.mjs (after npm run build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const programs = join(root, 'test', 'bench', 'python');
const REPEATS = 3;

/** The fastest of REPEATS runs (the least disturbed by other work on the machine), and the other output. */
function measure(command, args) {
  let best = Infinity;
  let output = '';
  for (let r = 0; r < REPEATS; r++) {
    const run = spawnSync(command, args, { cwd: programs, encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
    const lines = run.stdout.trimEnd().split('\n');
    const seconds = Number(lines.pop().replace('seconds: ', ''));
    best = Math.min(best, seconds);
    output = lines.join('\n');
  }
  return { seconds: best, output };
}

const results = [];
for (const file of readdirSync(programs).filter((name) => name.endsWith('.py')).sort()) {
  const agnb = measure(process.execPath, [join(root, 'dist', 'cli.js'), 'run', file]);
  const cpython = measure('python3', [file]);
  if (agnb.output !== cpython.output) throw new Error(`${file}: agnb printed\n${agnb.output}\nCPython printed\n${cpython.output}`);
  results.push({ program: file, agnbSeconds: agnb.seconds, cpythonSeconds: cpython.seconds, ratio: agnb.seconds / cpython.seconds });
}

console.log('program            agnb (ms)  CPython (ms)  agnb / CPython');
for (const { program, agnbSeconds, cpythonSeconds, ratio } of results) {
  console.log(`${program.padEnd(18)} ${(agnbSeconds * 1000).toFixed(1).padStart(9)}  ${(cpythonSeconds * 1000).toFixed(1).padStart(12)}  ${ratio.toFixed(2).padStart(14)}`);
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench-python.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
