// Pure-Python programs (test/bench/python/*.py): agnb's interpreter beside CPython, each program run as a whole
// by agnb's headless runner and by python3, timing its own hot part (start-up is not counted). Everything else
// they print must agree. Median of several runs, in ms.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './measure';
import { benchSources, outputDifference, runProgram, secondsOf, type ProgramRun, type PythonRuntime } from './peers';
import type { Group, Row } from './report';

const RUNS = 3;

/** The program's output and the median of its timings over RUNS runs. */
function measureProgram(runtime: PythonRuntime, file: string): { run: ProgramRun; seconds: number } {
  const runs = Array.from({ length: RUNS }, () => runProgram(runtime, file));
  return { run: runs[0]!, seconds: median(runs.map((run) => secondsOf(run, ''))) };
}

export function interpreterGroup(progress: (text: string) => void): Group {
  const directory = join(benchSources, 'python');
  const rows: Row[] = [];
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.py')).sort()) {
    progress(`pure Python: ${name}`);
    const file = join(directory, name);
    const agnb = measureProgram('agnb', file);
    const cpython = measureProgram('cpython', file);
    const note = outputDifference(agnb.run, cpython.run, 'CPython');
    rows.push({
      name,
      unit: 'ms',
      agnb: agnb.seconds * 1000,
      peers: { cpython: cpython.seconds * 1000 },
      target: { peer: 'cpython', factor: 1 },
      ...(note ? { note } : {}),
    });
  }
  return { name: 'python', title: 'Pure-Python programs, agnb interpreter beside CPython', rows };
}
