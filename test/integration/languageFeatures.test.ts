// Runs inside VS Code's extension host: the language features of notebook cells, served by the kernel server from
// the notebook's live kernel (hover, completion, signature help, diagnostics), and Restart clearing the names they
// see. The notebook is the seed tutorial (examples/autograd-tutorial.agnb); what a hover must say about `w` is what
// the tutorial's own cell prints with real PyTorch (its stored outputs).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, codeCells, openAndClear, REPO, runCell, until, untilAsync, workspaceFile } from './support';

const TUTORIAL = 'autograd-tutorial.agnb';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The position just inside the first occurrence of `text` in the cell (plus `offset` characters). */
function positionOf(cell: vscode.NotebookCell, text: string, offset = 0): vscode.Position {
  const index = cell.document.getText().indexOf(text);
  assert.ok(index >= 0, `${JSON.stringify(text)} is in the cell`);
  return cell.document.positionAt(index + offset);
}

async function hoverAt(cell: vscode.NotebookCell, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, position));
}

async function completionsAt(cell: vscode.NotebookCell, position: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cell.document.uri, position, trigger);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** Appends a code cell with `source` at the end of the notebook and returns it. */
async function appendCell(notebook: vscode.NotebookDocument, source: string): Promise<vscode.NotebookCell> {
  const edit = new vscode.WorkspaceEdit();
  edit.set(notebook.uri, [vscode.NotebookEdit.insertCells(notebook.cellCount, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source, 'agnb-python')])]);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return notebook.cellAt(notebook.cellCount - 1);
}

describe('Language features in notebook cells', () => {
  let notebook: vscode.NotebookDocument;
  let first: vscode.NotebookCell;

  before(async () => {
    await api();
    await vscode.workspace.fs.writeFile(workspaceFile(TUTORIAL), readFileSync(join(REPO, 'examples', TUTORIAL)));
    notebook = await openAndClear(TUTORIAL);
    first = codeCells(notebook)[0]!;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovering w after its cell ran shows its shape, dtype, requires_grad, is_leaf and values', async () => {
    assert.ok(await runCell(notebook, first));
    const text = await untilAsync('a hover for w', async () => {
      const hover = await hoverAt(first, positionOf(first, 'w = torch.randn'));
      return hover.includes('[5, 3]') && hover;
    });
    for (const part of ['**w**', 'shape `[5, 3]`', '`torch.float32`', 'requires_grad=True', 'is_leaf=True', 'grad_fn=None', 'grad: None', '1.5410']) {
      assert.ok(text.includes(part), `${part} in the hover:\n${text}`);
    }
    const loss = await hoverAt(first, positionOf(first, 'loss = '));
    assert.ok(loss.includes('grad_fn=BinaryCrossEntropyWithLogitsBackward0'), loss);
  });

  it('after backward the hover of w.grad shows the gradient, and w shows its norm', async () => {
    const backward = codeCells(notebook)[1]!;
    assert.ok(await runCell(notebook, backward));
    const grad = await hoverAt(backward, positionOf(backward, 'w.grad', 3));
    assert.ok(grad.includes('**w.grad**') && grad.includes('[5, 3]') && grad.includes('0.2661'), grad);
    const w = await hoverAt(first, positionOf(first, 'w = torch.randn'));
    assert.match(w, /grad: shape `\[5, 3\]`, norm 0\.65084/);
  });

  it('completion after w. offers grad and the tensor methods; after torch.nn. the layers', async () => {
    const cell = await appendCell(notebook, 'w.\ntorch.nn.');
    const afterW = await completionsAt(cell, new vscode.Position(0, 2), '.');
    for (const name of ['grad', 'requires_grad', 'backward', 'shape', 'sum']) assert.ok(afterW.includes(name), `${name} in ${afterW.join(' ')}`);
    assert.ok(!afterW.includes('__add__'), 'private names wait for an underscore');
    const afterNn = await completionsAt(cell, new vscode.Position(1, 9), '.');
    for (const name of ['Linear', 'Module', 'functional']) assert.ok(afterNn.includes(name), `${name} in ${afterNn.join(' ')}`);
  });

  it('signature help shows a torch function\'s parameters and doc, with the active one', async () => {
    const cell = await appendCell(notebook, 'torch.zeros(2, 3, requires_grad=');
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', cell.document.uri, new vscode.Position(0, 32), '=');
    const signature = help.signatures[0];
    assert.ok(signature, 'a signature');
    assert.match(signature.label, /^torch\.zeros\(\*size, .*requires_grad=/);
    assert.ok(signature.documentation);
    const active = signature.parameters[help.activeParameter]!.label;
    assert.equal(typeof active === 'string' ? active : signature.label.slice(...active), 'requires_grad=…');
  });

  it('diagnostics flag syntax errors and unsupported modules as a cell is typed', async () => {
    const cell = await appendCell(notebook, 'import numpy as np\nif x\n');
    const diagnostics = await until('diagnostics for the new cell', () => {
      const found = vscode.languages.getDiagnostics(cell.document.uri);
      return found.length > 0 && found;
    });
    assert.match(diagnostics[0]!.message, /SyntaxError|numpy/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cell.document.uri, new vscode.Range(0, 0, 2, 0), 'import torch\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('the diagnostics to clear', () => vscode.languages.getDiagnostics(cell.document.uri).length === 0);
  });

  it('restart clears the names: hovers stop describing w and running a cell that uses it fails', async () => {
    await vscode.commands.executeCommand('agnb.restartKernel');
    await untilAsync('the hover for w to go', async () => !(await hoverAt(first, positionOf(first, 'w = torch.randn'))).includes('[5, 3]'));
    const cell = await appendCell(notebook, 'w');
    assert.equal(await runCell(notebook, cell), false);
    const error = cell.outputs[0]?.items[0];
    assert.ok(error && new TextDecoder().decode(error.data).includes("name 'w' is not defined"));
  });
});
