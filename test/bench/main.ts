// npm run bench [-- GROUP...] [--json-only]: agnb beside TensorFlow.js wasm, PyTorch and CPython in one run.
// Prints a table per group (agnb's figure, the peers', agnb's speed relative to each and the issue's targets)
// and writes everything to test-results/bench.json. Groups: matmul, mlp, small, python, kernel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { kernelsInUse } from '../../engine/tensor/kernels/wasm/instance';
import { interpreterGroup } from './interpreter';
import { kernelGroup } from './kernel';
import { matmulGroup } from './matmul';
import { mlpGroup } from './mlp';
import { pytorchMissing, root } from './peers';
import { renderGroup, speedRatio, verdict, PEER_NAMES, type Group, type Peer } from './report';
import { smallGraphsGroup } from './smallGraphs';

type Progress = (text: string) => void;

const GROUPS: Record<string, (progress: Progress) => Group | Promise<Group>> = {
  matmul: matmulGroup,
  mlp: mlpGroup,
  small: smallGraphsGroup,
  python: interpreterGroup,
  kernel: kernelGroup,
};

const USAGE = `Usage: npm run bench [-- GROUP...] [--json-only]
  GROUP        ${Object.keys(GROUPS).join(', ')} (all when none is named)
  --json-only  print the JSON written to test-results/bench.json instead of the tables
`;

async function main(argv: string[]): Promise<number> {
  const jsonOnly = argv.includes('--json-only');
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = [...names.filter((name) => !(name in GROUPS)), ...argv.filter((arg) => arg.startsWith('--') && arg !== '--json-only')];
  if (unknown.length > 0 || argv.includes('--help')) {
    process.stderr.write(unknown.length > 0 ? `unknown: ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const selected = names.length > 0 ? Object.keys(GROUPS).filter((name) => names.includes(name)) : Object.keys(GROUPS);
  const progress: Progress = (text) => process.stderr.write(`  ${text}\n`);
  const started = performance.now();
  const groups: Group[] = [];
  /** Groups that could not be measured (a program failed under some runtime): the others still run. */
  const failures: Array<{ group: string; error: string }> = [];
  for (const name of selected) {
    try {
      const group = await GROUPS[name]!(progress);
      groups.push(group);
      if (!jsonOnly) process.stdout.write(`\n${renderGroup(group)}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ group: name, error: message });
      if (!jsonOnly) process.stdout.write(`\n${name}: not measured: ${message}\n`);
    }
  }

  const report = {
    date: new Date().toISOString(),
    seconds: (performance.now() - started) / 1000,
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, loadAverage: loadavg(), node: process.version },
    /** The engine's kernels in this run: AGNB_KERNELS=typescript npm run bench measures the TypeScript fallbacks. */
    kernels: kernelsInUse(),
    peers: {
      tfjs: 'TensorFlow.js wasm backend (SIMD, one thread)',
      pytorch: pytorchMissing() ? `skipped (${pytorchMissing()})` : 'PyTorch under /usr/bin/python3, torch.set_num_threads(1)',
      cpython: 'python3 on PATH',
    },
    failures,
    groups: groups.map((group) => ({
      ...group,
      rows: group.rows.map((row) => ({
        ...row,
        speedRatios: Object.fromEntries((Object.keys(PEER_NAMES) as Peer[]).flatMap((peer) => {
          const ratio = speedRatio(row, peer);
          return ratio === undefined ? [] : [[peer, ratio]];
        })),
        verdict: verdict(row),
      })),
    })),
  };
  const json = JSON.stringify(report, null, 2) + '\n';
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'bench.json'), json);
  if (jsonOnly) process.stdout.write(json);
  else {
    const missed = groups.flatMap((group) => group.rows.filter((row) => verdict(row)?.met === false).map((row) => row.name));
    process.stdout.write(`\n${missed.length} target(s) missed${missed.length > 0 ? `: ${missed.join('; ')}` : ''}\n`);
    process.stdout.write(`engine kernels: ${report.kernels}; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${cpus().length} cores; written to test-results/bench.json\n`);
  }
  // A program that failed, or printed something else than its peer, is a bug, not a speed figure.
  const differs = groups.some((group) => group.rows.some((row) => row.note?.startsWith('output differs')));
  return failures.length > 0 || differs ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
