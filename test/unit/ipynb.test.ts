// Export to Jupyter (.ipynb, nbformat 4.5) and import back. Every example notebook, exported, must run in real
// Python with real PyTorch (/usr/bin/python3, tools/run_ipynb.py runs the cells as Jupyter's Run All does) and
// print exactly the outputs the export carries; import must give the notebook back and refuse malformed files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgnbFormatError, parseNotebook, type CellOutput } from '../../extension/notebook/agnbFormat';
import { fromIpynb, toIpynb } from '../../extension/notebook/ipynb';

const repo = join(__dirname, '..', '..', '..');
const examples = readdirSync(join(repo, 'examples')).filter((name) => name.endsWith('.agnb'));
const maskAddresses = (text: string) => text.replace(/ at 0x[0-9a-f]+>/g, ' at 0x…>');

interface IpynbCell {
  cell_type: string;
  id: string;
  execution_count?: number | null;
  source: string[];
  outputs?: Array<Record<string, unknown>>;
}

/** A stored nbformat output as the kernel's shape (text joined), for comparing with what Python printed. */
function plain(output: Record<string, unknown>): CellOutput {
  const join = (value: unknown) => (Array.isArray(value) ? value.join('') : String(value));
  switch (output.output_type) {
    case 'stream':
      return { output_type: 'stream', name: output.name as 'stdout', text: join(output.text) };
    case 'execute_result':
      return { output_type: 'execute_result', data: { 'text/plain': join((output.data as Record<string, unknown>)['text/plain']) } };
    default:
      return { output_type: 'error', ename: output.ename as string, evalue: output.evalue as string, traceback: output.traceback as string[] };
  }
}

for (const name of examples) {
  test(`examples/${name} exported to .ipynb runs in Python with PyTorch and prints what the export shows`, () => {
    const notebook = parseNotebook(readFileSync(join(repo, 'examples', name), 'utf8'));
    const text = toIpynb(notebook);
    const ipynb = JSON.parse(text) as { nbformat: number; nbformat_minor: number; metadata: any; cells: IpynbCell[] };
    assert.equal(ipynb.nbformat, 4);
    assert.equal(ipynb.nbformat_minor, 5);
    assert.equal(ipynb.metadata.kernelspec.name, 'python3');
    assert.equal(ipynb.metadata.language_info.name, 'python');
    const ids = ipynb.cells.map((cell) => cell.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => /^[a-zA-Z0-9-_]{1,64}$/.test(id)));

    const path = join(mkdtempSync(join(tmpdir(), 'agnb-ipynb-')), name.replace(/\.agnb$/, '.ipynb'));
    writeFileSync(path, text);
    const ran = JSON.parse(execFileSync('/usr/bin/python3', [join(repo, 'tools', 'run_ipynb.py'), path], { encoding: 'utf8' })) as Array<CellOutput[] | null>;
    const codeCells = ipynb.cells.filter((cell) => cell.cell_type === 'code');
    assert.equal(ran.length, codeCells.length);
    codeCells.forEach((cell, i) => {
      if (cell.execution_count === null) return assert.equal(ran[i], null);
      for (const output of cell.outputs ?? []) if (output.output_type === 'execute_result') assert.equal(output.execution_count, cell.execution_count);
      assert.deepEqual(JSON.parse(maskAddresses(JSON.stringify(ran[i]))), JSON.parse(maskAddresses(JSON.stringify((cell.outputs ?? []).map(plain)))), `cell ${i + 1}`);
    });
  });

  test(`examples/${name} round-trips through .ipynb`, () => {
    const notebook = parseNotebook(readFileSync(join(repo, 'examples', name), 'utf8'));
    assert.deepEqual(fromIpynb(toIpynb(notebook)).cells, notebook.cells);
  });
}

test('import keeps what Jupyter writes: display_data, JSON outputs, ANSI tracebacks, raw cells', () => {
  const notebook = fromIpynb(
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 4,
      metadata: { kernelspec: { name: 'python3', language: 'python' } },
      cells: [
        { cell_type: 'raw', metadata: {}, source: 'raw text' },
        {
          cell_type: 'code',
          execution_count: 3,
          metadata: {},
          source: ['x = 1\n', 'x'],
          outputs: [
            { output_type: 'display_data', data: { 'application/json': { a: 1 }, 'text/plain': ['{', "'a': 1}"] }, metadata: {} },
            { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['\u001b[0;31mValueError\u001b[0m: bad'] },
          ],
        },
      ],
    }),
  );
  assert.deepEqual(notebook.cells, [
    { kind: 'markdown', source: 'raw text' },
    {
      kind: 'code',
      language: 'agnb-python',
      source: 'x = 1\nx',
      executionCount: 3,
      outputs: [
        { output_type: 'display_data', data: { 'application/json': '{"a":1}', 'text/plain': "{'a': 1}" } },
        { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['ValueError: bad'] },
      ],
    },
  ]);
});

test('malformed or foreign notebooks are refused with the reason', () => {
  const refused = (text: string, reason: RegExp) => assert.throws(() => fromIpynb(text), (e: unknown) => e instanceof AgnbFormatError && reason.test(e.message));
  refused('{"cells": [', /not valid JSON/);
  refused('[]', /must be a JSON object/);
  refused(JSON.stringify({ nbformat: 3, worksheets: [] }), /only nbformat 4 notebooks.*nbformat 3/);
  refused(JSON.stringify({ nbformat: 4, metadata: { kernelspec: { language: 'R' } }, cells: [] }), /R notebook/);
  refused(JSON.stringify({ nbformat: 4, metadata: {} }), /"cells" must be an array/);
  refused(JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'heading', source: '' }] }), /cells\[0\]\.cell_type/);
  refused(JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source: 5 }] }), /cells\[0\]\.source/);
  refused(JSON.stringify({ nbformat: 4, cells: [{ cell_type: 'code', source: '', outputs: [{ output_type: 'pager' }] }] }), /outputs\[0\]\.output_type/);
});
