// Every notebook in the repo whose outputs were written by the oracle (tools/oracle_notebook.py with real CPython,
// or real PyTorch for notebooks that import torch) must come out of our kernel and our headless runner exactly
// as stored. Only object addresses (`<AddBackward0 object at 0x...>`) are masked: they legitimately differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KernelHost } from '../../extension/server/kernelHost';
import { parseNotebook, serializeNotebook, type CellOutput, type CodeCell } from '../../extension/notebook/agnbFormat';

const repo = join(__dirname, '..', '..', '..');
const workerScript = join(repo, 'dist', 'kernelWorker.js');
const cli = join(repo, 'dist', 'cli.js');

const ORACLE_NOTEBOOKS = [
  'examples/intro.agnb',
  'examples/autograd-tutorial.agnb',
  'examples/polynomial-fit.agnb',
  'examples/small-classifier.agnb',
  'test/fixtures/workspace/basic.agnb',
  'test/fixtures/workspace/error.agnb',
];

const maskAddresses = (text: string) => text.replace(/ at 0x[0-9a-f]+>/g, ' at 0x…>');
const masked = <T>(value: T): T => JSON.parse(maskAddresses(JSON.stringify(value))) as T;

/**
 * The outputs without the rich payloads our renderer displays (application/vnd.agnb.*): the oracle writes what
 * Jupyter shows, text/plain; the payloads are checked against PyTorch in inspectorPayloads.test.ts.
 */
function withoutRichPayloads(outputs: CellOutput[]): CellOutput[] {
  return outputs.map((output) =>
    output.output_type === 'execute_result'
      ? { ...output, data: Object.fromEntries(Object.entries(output.data).filter(([mime]) => !mime.startsWith('application/vnd.agnb.'))) }
      : output,
  );
}

/** The oracle ran cells after an error (tools/oracle_notebook.py --allow-errors): so must agnb run. */
function ranPastErrors(cells: CodeCell[]): string[] {
  const failed = cells.findIndex((cell) => cell.outputs.some((output) => output.output_type === 'error'));
  return failed !== -1 && cells.slice(failed + 1).some((cell) => cell.executionCount !== null) ? ['--allow-errors'] : [];
}

function codeCells(path: string): CodeCell[] {
  return parseNotebook(readFileSync(join(repo, path), 'utf8')).cells.filter((cell): cell is CodeCell => cell.kind === 'code');
}

for (const path of ORACLE_NOTEBOOKS) {
  test(`${path}: the kernel reproduces the oracle's outputs cell by cell`, async () => {
    const kernel = new KernelHost(workerScript);
    try {
      for (const [index, cell] of codeCells(path).entries()) {
        if (cell.executionCount === null) continue; // the oracle did not run this cell
        const reply = await kernel.execute(cell.source);
        assert.equal(reply.executionCount, cell.executionCount, `execution count of code cell ${index + 1}`);
        assert.deepEqual(masked(withoutRichPayloads(reply.outputs)), masked(cell.outputs), `outputs of code cell ${index + 1}`);
      }
    } finally {
      kernel.dispose();
    }
  });

  test(`${path}: agnb run prints the stored outputs and nothing else`, () => {
    const cells = codeCells(path);
    const stdout = cells
      .flatMap((cell) => cell.outputs)
      .map((output) =>
        output.output_type === 'stream' ? output.text : output.output_type === 'execute_result' ? `${output.data['text/plain']}\n` : '',
      )
      .join('');
    const stderr = cells
      .flatMap((cell) => cell.outputs)
      .map((output) => (output.output_type === 'error' ? `${output.traceback.join('\n')}\n` : ''))
      .join('');
    const flags = ranPastErrors(cells);
    const run = spawnSync(process.execPath, [cli, 'run', join(repo, path), ...flags], { encoding: 'utf8' });
    assert.equal(maskAddresses(run.stdout), maskAddresses(stdout));
    assert.equal(maskAddresses(run.stderr), maskAddresses(stderr));
    assert.equal(run.status, stderr === '' || flags.length > 0 ? 0 : 1);
  });
}

test('agnb run --inplace writes the oracle\'s notebook back byte for byte (beside the rich payloads)', () => {
  for (const path of ORACLE_NOTEBOOKS) {
    const original = readFileSync(join(repo, path), 'utf8');
    const notebook = parseNotebook(original);
    for (const cell of notebook.cells) if (cell.kind === 'code') Object.assign(cell, { executionCount: null, outputs: [] });
    const copy = join(mkdtempSync(join(tmpdir(), 'agnb-inplace-')), 'copy.agnb');
    writeFileSync(copy, serializeNotebook(notebook));
    spawnSync(process.execPath, [cli, 'run', copy, '--inplace', ...ranPastErrors(codeCells(path))], { encoding: 'utf8' });
    const written = parseNotebook(readFileSync(copy, 'utf8'));
    for (const cell of written.cells) if (cell.kind === 'code') cell.outputs = withoutRichPayloads(cell.outputs);
    assert.equal(maskAddresses(serializeNotebook(written)), maskAddresses(original), path);
  }
});

test('agnb run refuses a malformed notebook with status 2 and a clear message', () => {
  const run = spawnSync(process.execPath, [cli, 'run', join(repo, 'test/fixtures/workspace/malformed.agnb')], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /malformed\.agnb is not a valid \.agnb notebook: not valid JSON/);
});

test('agnb run prints usage for a wrong command line', () => {
  const run = spawnSync(process.execPath, [cli, 'execute'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^Usage: agnb run FILE/);
  assert.match(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }), /^Usage: agnb run FILE/);
});
