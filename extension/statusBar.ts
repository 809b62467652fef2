// Shows the active notebook's kernel state in the status bar: idle, busy (with a spinner and, on long runs, the
// seconds the cell has been running), restarting, or crashed with why.
import * as vscode from 'vscode';
import type { KernelClient } from './kernelClient';
import type { KernelState } from './server/protocol';
import { NOTEBOOK_TYPE } from './notebook/serializer';

const ICONS: Record<KernelState, string> = {
  idle: '$(circle-outline)',
  busy: '$(loading~spin)',
  restarting: '$(sync~spin)',
  crashed: '$(error)',
};

export class KernelStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agnb.kernelStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly states = new Map<string, { state: KernelState; message?: string; since: number }>();
  private readonly ticker = setInterval(() => this.update(), 1000);
  private readonly subscriptions: vscode.Disposable[];

  constructor(kernel: KernelClient) {
    this.item.name = 'Autograd Notebooks Kernel';
    this.item.command = 'agnb.restartKernel';
    this.subscriptions = [
      kernel.onDidChangeState(({ notebook, state, message }) => {
        const since = Date.now();
        this.states.set(notebook.toString(), message === undefined ? { state, since } : { state, message, since });
        this.update();
      }),
      vscode.window.onDidChangeActiveNotebookEditor(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    if (notebook?.notebookType !== NOTEBOOK_TYPE) {
      this.item.hide();
      return;
    }
    const { state, message, since } = this.states.get(notebook.uri.toString()) ?? { state: 'idle' as const, since: Date.now() };
    const seconds = Math.floor((Date.now() - since) / 1000);
    this.item.text = `${ICONS[state]} Autograd: ${state}${state === 'busy' && seconds > 0 ? ` ${seconds}s` : ''}`;
    this.item.tooltip = message ?? 'Autograd Notebooks kernel. Click to restart it.';
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.ticker);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
