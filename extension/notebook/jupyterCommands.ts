// The Export as Jupyter Notebook and Import Jupyter Notebook commands. Both return the file they wrote (for
// tests and other extensions); import never overwrites a file and writes nothing for a notebook it refuses.
import * as vscode from 'vscode';
import { AgnbFormatError, serializeNotebook } from './agnbFormat';
import { fromIpynb, toIpynb } from './ipynb';
import { NOTEBOOK_TYPE, notebookFromDocument } from './serializer';

const JUPYTER_FILTER = { 'Jupyter Notebook': ['ipynb'] };

function withExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, extension) });
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the notebook (`resource`, else the active one) as .ipynb, to `target` or where the user picks (the
 * save dialog asks before replacing a file). Unsaved edits are exported as they are in the editor.
 */
export async function exportAsJupyter(resource?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const notebook = resource ? await vscode.workspace.openNotebookDocument(resource) : vscode.window.activeNotebookEditor?.notebook;
  if (notebook?.notebookType !== NOTEBOOK_TYPE) {
    void vscode.window.showInformationMessage('Open an Autograd notebook (.agnb) to export it.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const suggested = notebook.isUntitled && folder ? vscode.Uri.joinPath(folder, 'notebook.ipynb') : withExtension(notebook.uri, '.ipynb');
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: JUPYTER_FILTER, title: 'Export as Jupyter Notebook' }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(toIpynb(notebookFromDocument(notebook))));
  void vscode.window.showInformationMessage(`Exported ${fileName(destination)} (runs in Jupyter with a Python 3 kernel and PyTorch).`);
  return destination;
}

/**
 * Converts an .ipynb (`source`, else one the user picks) into a new .agnb beside it and opens it. An existing
 * file of that name is kept: the new notebook gets the next free name (`name-2.agnb`, ...).
 */
export async function importJupyter(source?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: JUPYTER_FILTER, title: 'Import Jupyter Notebook' }))?.[0];
  if (!picked) return undefined;
  let text: string;
  try {
    text = serializeNotebook(fromIpynb(new TextDecoder().decode(await vscode.workspace.fs.readFile(picked))));
  } catch (error) {
    const reason = error instanceof AgnbFormatError ? error.message : error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Cannot import ${fileName(picked)}: ${reason}. Nothing was written.`);
    return undefined;
  }
  let destination = withExtension(picked, '.agnb');
  for (let n = 2; await exists(destination); n++) destination = withExtension(picked, `-${n}.agnb`);
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
  await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(destination));
  return destination;
}
