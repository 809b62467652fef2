// The inspector: a webview panel listing what the active notebook's kernel holds, refreshed after every
// executed cell and whenever another notebook becomes active. Selecting a name shows its values, grad and
// autograd graph; activating a graph node reveals the cell and line that created it.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { NodeOrigin } from '../../engine/tensor/autograd/node';
import type { KernelClient } from '../kernelClient';
import type { AgnbController } from '../controller';
import { NOTEBOOK_TYPE } from '../notebook/serializer';
import type { FromWebview, InspectorState, ToWebview } from './inspectorState';

export class InspectorPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private notebook: vscode.NotebookDocument | undefined;
  private kernelState = 'idle';
  private readonly renderedEmitter = new vscode.EventEmitter<string[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The names of the rows the webview last reported it rendered (for tests and diagnostics). */
  renderedNames: string[] | undefined;
  state: InspectorState | undefined;
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly kernel: KernelClient,
    controller: AgnbController,
  ) {
    this.notebook = activeAgnbNotebook();
    this.subscriptions.push(
      controller.onDidExecuteCell(({ notebook }) => {
        if (notebook === this.notebook) void this.refresh();
      }),
      vscode.window.onDidChangeActiveNotebookEditor((editor) => {
        if (editor?.notebook.notebookType !== NOTEBOOK_TYPE || editor.notebook === this.notebook) return;
        this.notebook = editor.notebook;
        void this.refresh();
      }),
      kernel.onDidChangeState(({ notebook, state }) => {
        if (notebook.toString() !== this.notebook?.uri.toString()) return;
        this.kernelState = state;
        // After a restart the namespace is empty; after busy/idle a cell refresh follows anyway.
        if (state === 'restarting' || state === 'crashed') void this.refresh();
      }),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    this.notebook = activeAgnbNotebook() ?? this.notebook;
    if (this.panel) {
      this.panel.reveal(undefined, true);
      void this.refresh();
      return;
    }
    const assets = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(
      'agnb.inspector',
      'Autograd Inspector',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [assets], retainContextWhenHidden: true },
    );
    this.panel.webview.html = this.html(this.panel.webview, assets);
    this.panel.webview.onDidReceiveMessage((message: FromWebview) => {
      if (message.type === 'ready') void this.refresh();
      if (message.type === 'rendered') {
        this.renderedNames = message.names;
        this.renderedEmitter.fire(message.names);
      }
      if (message.type === 'select') void this.showDetail(message.name);
      if (message.type === 'reveal') void this.reveal(message.origin, message.label);
    });
    this.panel.onDidDispose(() => {
      this.panel = undefined;
      this.renderedNames = undefined;
    });
  }

  async refresh(): Promise<void> {
    const notebook = this.notebook;
    const variables = notebook ? await this.kernel.variables(notebook.uri) : [];
    if (notebook !== this.notebook) return; // another notebook became active meanwhile
    this.state = { notebook: notebook ? fileName(notebook.uri) : undefined, kernelState: this.kernelState, variables };
    const message: ToWebview = { type: 'state', state: this.state };
    await this.panel?.webview.postMessage(message);
  }

  private async showDetail(name: string): Promise<void> {
    const notebook = this.notebook;
    const result = notebook ? await this.kernel.describe(notebook.uri, name) : null;
    const message: ToWebview = { type: 'detail', name, result };
    await this.panel?.webview.postMessage(message);
  }

  /** Shows the cell that ran as `Cell [n]` with the line selected; says so if that cell has been re-run since. */
  private async reveal(origin: NodeOrigin, label: string): Promise<void> {
    const notebook = this.notebook;
    const cell = notebook?.getCells().find((candidate) => candidate.executionSummary?.executionOrder === origin.cell);
    if (!notebook || !cell) {
      void vscode.window.showInformationMessage(`${label} was created in Cell [${origin.cell}], which has been run again or cleared since.`);
      return;
    }
    const range = new vscode.NotebookRange(cell.index, cell.index + 1);
    const column = vscode.window.visibleNotebookEditors.find((editor) => editor.notebook === notebook)?.viewColumn;
    const editor = await vscode.window.showNotebookDocument(notebook, { viewColumn: column, selections: [range], preserveFocus: false });
    editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
    const line = cell.document.lineAt(Math.min(Math.max(origin.line - 1, 0), cell.document.lineCount - 1));
    await vscode.window.showTextDocument(cell.document, { viewColumn: editor.viewColumn, selection: line.range, preserveFocus: false });
  }

  private html(webview: vscode.Webview, assets: vscode.Uri): string {
    const script = webview.asWebviewUri(vscode.Uri.joinPath(assets, 'inspector.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(assets, 'inspector.css'));
    const nonce = randomBytes(16).toString('base64');
    // Only this page's own script (by nonce) and stylesheet run; nothing remote, no inline code or styles.
    const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource};`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Autograd Inspector</title>
</head>
<body>
<main id="app"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.renderedEmitter.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function activeAgnbNotebook(): vscode.NotebookDocument | undefined {
  const notebook = vscode.window.activeNotebookEditor?.notebook;
  return notebook?.notebookType === NOTEBOOK_TYPE ? notebook : undefined;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
