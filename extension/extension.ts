// Entry point: wires the .agnb serializer, the controller, the kernel client, the inspector and the commands.
import * as vscode from 'vscode';
import type { AgnbExtensionApi } from './api';
import { AgnbController } from './controller';
import { InspectorPanel } from './inspector/inspectorPanel';
import { KernelClient } from './kernelClient';
import { CELL_LANGUAGE } from './notebook/agnbFormat';
import { exportAsJupyter, importJupyter } from './notebook/jupyterCommands';
import { AgnbSerializer, NOTEBOOK_TYPE } from './notebook/serializer';
import { KernelStatusBar } from './statusBar';

export async function activate(context: vscode.ExtensionContext): Promise<AgnbExtensionApi> {
  const kernel = new KernelClient(context);
  const controller = new AgnbController(kernel);
  const inspector = new InspectorPanel(context.extensionUri, kernel, controller);
  context.subscriptions.push(
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new AgnbSerializer(), { transientOutputs: false }),
    kernel,
    controller,
    inspector,
    new KernelStatusBar(kernel),
    vscode.workspace.onDidCloseNotebookDocument((notebook) => {
      if (notebook.notebookType === NOTEBOOK_TYPE) void kernel.shutdown(notebook.uri);
    }),
    vscode.commands.registerCommand('agnb.newNotebook', async () => {
      const data = new vscode.NotebookData([new vscode.NotebookCellData(vscode.NotebookCellKind.Code, '', CELL_LANGUAGE)]);
      const notebook = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, data);
      await vscode.window.showNotebookDocument(notebook);
    }),
    vscode.commands.registerCommand('agnb.openInspector', () => inspector.show()),
    vscode.commands.registerCommand('agnb.restartKernel', async () => {
      const notebook = activeNotebook();
      if (notebook) await kernel.restart(notebook.uri);
    }),
    vscode.commands.registerCommand('agnb.interruptKernel', async () => {
      const notebook = activeNotebook();
      if (notebook) await kernel.interrupt(notebook.uri);
    }),
    // Menus pass other things than URIs (the explorer adds the selection, the toolbar its editor): ignore those.
    vscode.commands.registerCommand('agnb.exportIpynb', (resource?: unknown, target?: unknown) => exportAsJupyter(uriOrNothing(resource), uriOrNothing(target))),
    vscode.commands.registerCommand('agnb.importIpynb', (source?: unknown) => importJupyter(uriOrNothing(source))),
  );
  await kernel.start();
  return {
    variables: (notebook) => kernel.variables(notebook),
    inspector,
  };
}

function activeNotebook(): vscode.NotebookDocument | undefined {
  const notebook = vscode.window.activeNotebookEditor?.notebook;
  if (notebook?.notebookType === NOTEBOOK_TYPE) return notebook;
  void vscode.window.showInformationMessage('Open an Autograd notebook (.agnb) first.');
  return undefined;
}

function uriOrNothing(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}

export function deactivate(): void {}
