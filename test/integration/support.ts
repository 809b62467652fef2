// Helpers the extension-host test files share: the fixture workspace, the extension's API, waiting for the
// editor, and running cells the way the notebook toolbar does.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { AgnbExtensionApi } from '../../extension/api';

const EXTENSION_ID = 'agnb.autograd-notebooks';

/** The repository (the bundled tests live in out/test/integration/). */
export const REPO = join(__dirname, '..', '..', '..');

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function api(): Promise<AgnbExtensionApi> {
  const extension = vscode.extensions.getExtension<AgnbExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Like `until`, for probes that ask VS Code (hover, completion providers) and so are asynchronous. */
export async function untilAsync<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a notebook as a user starting over would: fresh kernel, no outputs. */
export async function openAndClear(name: string): Promise<vscode.NotebookDocument> {
  const notebook = await vscode.workspace.openNotebookDocument(workspaceFile(name));
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('agnb.restartKernel');
  await vscode.commands.executeCommand('notebook.clearAllCellsOutputs');
  await until('outputs to clear', () => notebook.getCells().every((cell) => cell.outputs.length === 0));
  return notebook;
}

export function codeCells(notebook: vscode.NotebookDocument): vscode.NotebookCell[] {
  return notebook.getCells().filter((cell) => cell.kind === vscode.NotebookCellKind.Code);
}

/** Runs one cell and waits for it to finish; resolves with whether it succeeded. */
export async function runCell(notebook: vscode.NotebookDocument, cell: vscode.NotebookCell): Promise<boolean> {
  const before = cell.executionSummary?.timing?.endTime;
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: cell.index, end: cell.index + 1 }], document: notebook.uri });
  await until(`cell ${cell.index} to finish`, () => cell.executionSummary?.success !== undefined && cell.executionSummary.timing?.endTime !== before);
  return cell.executionSummary!.success!;
}
