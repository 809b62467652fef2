// Runs inside VS Code's extension host: Export as Jupyter Notebook then Import Jupyter Notebook gives the notebook
// back, cells and outputs; a malformed .ipynb is refused and nothing is written or overwritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseNotebook } from '../../extension/notebook/agnbFormat';
import { api, workspaceFile } from './support';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function assertMissing(uri: vscode.Uri): Promise<void> {
  await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), `${uri.path} must not exist`);
}

describe('Jupyter export and import', () => {
  before(async () => {
    await api();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('export then import round-trips cells and outputs, without overwriting the original', async () => {
    const original = workspaceFile('basic.agnb');
    const notebook = await vscode.workspace.openNotebookDocument(original);
    await vscode.window.showNotebookDocument(notebook);
    const exported = await vscode.commands.executeCommand<vscode.Uri>('agnb.exportIpynb', original, workspaceFile('basic.ipynb'));
    assert.equal(exported?.toString(), workspaceFile('basic.ipynb').toString());
    const ipynb = JSON.parse(await read(exported)) as { nbformat: number; nbformat_minor: number; metadata: { kernelspec: { name: string } } };
    assert.equal(ipynb.nbformat, 4);
    assert.equal(ipynb.nbformat_minor, 5);
    assert.equal(ipynb.metadata.kernelspec.name, 'python3');

    const before = await read(original);
    const imported = await vscode.commands.executeCommand<vscode.Uri>('agnb.importIpynb', exported);
    assert.equal(imported?.toString(), workspaceFile('basic-2.agnb').toString(), 'basic.agnb exists, so the import takes the next free name');
    assert.equal(await read(original), before, 'the original is untouched');
    assert.deepEqual(parseNotebook(await read(imported)).cells, parseNotebook(before).cells);
    assert.equal(vscode.window.activeNotebookEditor?.notebook.uri.toString(), imported.toString(), 'the imported notebook is open');
  });

  it('a malformed .ipynb is refused and nothing is written', async () => {
    const broken = workspaceFile('broken.ipynb');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}'));
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('agnb.importIpynb', broken);
    assert.equal(result, undefined);
    await assertMissing(workspaceFile('broken.agnb'));
    const foreign = workspaceFile('r.ipynb');
    await vscode.workspace.fs.writeFile(foreign, new TextEncoder().encode('{"nbformat": 4, "metadata": {"kernelspec": {"language": "R"}}, "cells": []}'));
    assert.equal(await vscode.commands.executeCommand('agnb.importIpynb', foreign), undefined);
    await assertMissing(workspaceFile('r.agnb'));
  });
});
