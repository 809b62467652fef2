// Runs inside VS Code's extension host (mocha): opens the fixture workspace's notebooks, runs their cells
// through the real kernel server, and checks outputs, saved files and the inspector. Expected outputs are the
// ones stored in the fixture notebooks, written there by real CPython (tools/oracle_notebook.py).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseNotebook, type CellOutput, type CodeCell } from '../../extension/notebook/agnbFormat';
import { fromVsOutput } from '../../extension/notebook/outputs';
import { api, codeCells, openAndClear, until, workspaceFile } from './support';

/** The fixtures as committed: the workspace copies may be saved over by the tests (and by auto save). */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace');

interface StoredCell {
  executionCount: number | null;
  outputs: CellOutput[];
}

/** The oracle's outputs for each code cell, as stored in the committed fixture. */
function oracleOutputs(name: string): StoredCell[] {
  return codeCellsOf(readFileSync(join(FIXTURES, name), 'utf8'));
}

async function savedOutputs(uri: vscode.Uri): Promise<StoredCell[]> {
  return codeCellsOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
}

function codeCellsOf(text: string): StoredCell[] {
  return parseNotebook(text).cells
    .filter((cell): cell is CodeCell => cell.kind === 'code')
    .map((cell) => ({ executionCount: cell.executionCount, outputs: cell.outputs }));
}

/** Runs all cells and waits until the first `expectedRuns` code cells finished. */
async function runAll(notebook: vscode.NotebookDocument, expectedRuns: number): Promise<void> {
  await vscode.commands.executeCommand('notebook.execute', notebook.uri);
  await until('cells to finish', () =>
    codeCells(notebook)
      .slice(0, expectedRuns)
      .every((cell) => cell.executionSummary?.success !== undefined),
  );
}

describe('Autograd notebooks in VS Code', () => {
  before(async () => {
    await api();
  });

  afterEach(async () => {
    // Revert before closing: closing a changed notebook would ask whether to save.
    for (const notebook of vscode.workspace.notebookDocuments.filter((document) => document.isDirty)) {
      await vscode.window.showNotebookDocument(notebook);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Run All shows what CPython prints for every cell', async () => {
    const expected = oracleOutputs('basic.agnb');
    const notebook = await openAndClear('basic.agnb');
    await runAll(notebook, expected.length);
    const cells = codeCells(notebook);
    assert.equal(cells.length, expected.length);
    cells.forEach((cell, i) => {
      assert.equal(cell.executionSummary?.success, true, `cell ${i + 1} succeeded`);
      assert.equal(cell.executionSummary?.executionOrder, expected[i]!.executionCount);
      assert.deepEqual(cell.outputs.map(fromVsOutput), expected[i]!.outputs, `outputs of cell ${i + 1}`);
    });
  });

  it('an error shows a Python traceback and stops Run All', async () => {
    const expected = oracleOutputs('error.agnb');
    const notebook = await openAndClear('error.agnb');
    await runAll(notebook, 2);
    const [first, failing, skipped] = codeCells(notebook);
    assert.equal(first!.executionSummary?.success, true);
    assert.equal(failing!.executionSummary?.success, false);
    assert.deepEqual(failing!.outputs.map(fromVsOutput), expected[1]!.outputs);
    assert.equal(skipped!.executionSummary?.executionOrder, undefined, 'the cell after the error did not run');
    assert.deepEqual(skipped!.outputs, []);
  });

  it('saving writes the outputs in the .agnb format', async () => {
    const expected = oracleOutputs('basic.agnb');
    const notebook = await openAndClear('basic.agnb');
    await runAll(notebook, expected.length);
    assert.ok(await notebook.save(), 'saved');
    assert.deepEqual(await savedOutputs(notebook.uri), expected);
  });

  it('the inspector lists what the kernel holds, refreshed after each cell', async () => {
    const extension = await api();
    const notebook = await openAndClear('basic.agnb');
    await vscode.commands.executeCommand('agnb.openInspector');
    await until('the inspector to open', () => extension.inspector.isOpen);
    const firstCellOnly = codeCells(notebook)[0]!;
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: firstCellOnly.index, end: firstCellOnly.index + 1 }], document: notebook.uri });
    await until('the inspector to show the first cell', () => extension.inspector.renderedNames?.includes('count'));
    assert.deepEqual(extension.inspector.renderedNames, ['greeting', 'count']);
    await runAll(notebook, codeCells(notebook).length);
    await until('the inspector to show every cell', () => extension.inspector.renderedNames?.includes('values'));
    assert.deepEqual(extension.inspector.renderedNames, ['greeting', 'count', 'double', 'values', 'v']);
    const variables = await extension.variables(notebook.uri);
    assert.deepEqual(
      variables.filter((variable) => variable.name !== 'double'),
      [
        { name: 'greeting', type: 'str', value: "'hello'" },
        { name: 'count', type: 'int', value: '3' },
        { name: 'values', type: 'list', value: '[0, 2, 4]' },
        { name: 'v', type: 'int', value: '4' },
      ],
    );
    assert.equal(extension.inspector.state?.notebook, 'basic.agnb');
  });

  it('output streams while a cell runs; interrupt stops a cell that loops forever and keeps its names', async () => {
    const notebook = await openAndClear('loop.agnb');
    const [loop, check] = codeCells(notebook);
    void vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: loop!.index, end: loop!.index + 1 }], document: notebook.uri });
    // The cell prints before it loops: its output must show while it is still running.
    await until('streamed output of the running cell', () =>
      loop!.outputs.map(fromVsOutput).some((output) => output.output_type === 'stream' && output.text === 'looping\n'),
    );
    assert.equal(loop!.executionSummary?.success, undefined, 'still running');
    await vscode.commands.executeCommand('agnb.interruptKernel');
    await until('the loop to stop', () => loop!.executionSummary?.success === false, 5_000);
    const error = loop!.outputs.map(fromVsOutput).at(-1);
    assert.equal(error?.output_type === 'error' && error.ename, 'KeyboardInterrupt');
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: check!.index, end: check!.index + 1 }], document: notebook.uri });
    await until('the check to run', () => check!.executionSummary?.success === true);
    assert.deepEqual(check!.outputs.map(fromVsOutput), [{ output_type: 'execute_result', data: { 'text/plain': 'True' } }]);
  });

  it('a malformed notebook is refused with a clear error and left unchanged', async () => {
    const uri = workspaceFile('malformed.agnb');
    const original = await vscode.workspace.fs.readFile(uri);
    await assert.rejects(
      async () => vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(uri)),
      /not a valid Autograd Notebook \(not valid JSON/,
    );
    assert.deepEqual(await vscode.workspace.fs.readFile(uri), original);
  });
});
