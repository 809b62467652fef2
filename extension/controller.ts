// The notebook controller: runs cells on the notebook's kernel, streams their output into the cell as it is
// printed, and stops a Run All at the first cell that raises (as Jupyter does).
import * as vscode from 'vscode';
import type { KernelClient } from './kernelClient';
import { NOTEBOOK_TYPE } from './notebook/serializer';
import { streamItem, toVsOutput } from './notebook/outputs';

export interface ExecutedCell {
  notebook: vscode.NotebookDocument;
  cell: vscode.NotebookCell;
  status: 'ok' | 'error';
}

export class AgnbController implements vscode.Disposable {
  private readonly controller: vscode.NotebookController;
  private readonly executedEmitter = new vscode.EventEmitter<ExecutedCell>();
  private readonly subscription: vscode.Disposable;
  /** Fires after each cell finished, with the kernel idle again: the inspector refreshes on it. */
  readonly onDidExecuteCell = this.executedEmitter.event;

  constructor(private readonly kernel: KernelClient) {
    this.controller = vscode.notebooks.createNotebookController('agnb-kernel', NOTEBOOK_TYPE, 'Autograd Python');
    this.controller.supportedLanguages = ['agnb-python'];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'PyTorch-style Python on the built-in autograd engine';
    this.controller.executeHandler = (cells, notebook) => this.executeCells(cells, notebook);
    this.controller.interruptHandler = (notebook) => this.kernel.interrupt(notebook.uri);
    // The only kernel for .agnb notebooks: preferred, so running a cell never asks the user to pick one.
    const prefer = (notebook: vscode.NotebookDocument) => {
      if (notebook.notebookType === NOTEBOOK_TYPE) {
        this.controller.updateNotebookAffinity(notebook, vscode.NotebookControllerAffinity.Preferred);
      }
    };
    vscode.workspace.notebookDocuments.forEach(prefer);
    this.subscription = vscode.workspace.onDidOpenNotebookDocument(prefer);
  }

  private async executeCells(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Autograd Notebooks runs cells only in a trusted workspace.');
      return;
    }
    // Create every execution first: the queued cells show as pending and a Stop cancels them all.
    const executions = cells.map((cell) => this.controller.createNotebookCellExecution(cell));
    let failed = false;
    for (const execution of executions) {
      if (failed || execution.token.isCancellationRequested) {
        execution.start();
        execution.end(undefined);
        continue;
      }
      failed = (await this.executeCell(execution, notebook)) === 'error';
    }
  }

  private async executeCell(execution: vscode.NotebookCellExecution, notebook: vscode.NotebookDocument): Promise<'ok' | 'error'> {
    execution.start(Date.now());
    await execution.clearOutput();
    // Streamed text is appended to the last output while it is the same stream, as a terminal would show it.
    let current: { output: vscode.NotebookCellOutput; name: 'stdout' | 'stderr' } | undefined;
    let appending = Promise.resolve();
    const onStream = (name: 'stdout' | 'stderr', text: string) => {
      appending = appending.then(async () => {
        if (current?.name === name) {
          await execution.appendOutputItems(streamItem(name, text), current.output);
        } else {
          current = { output: new vscode.NotebookCellOutput([streamItem(name, text)]), name };
          await execution.appendOutput(current.output);
        }
      });
    };
    const reply = await this.kernel.execute(notebook.uri, execution.cell.document.getText(), onStream);
    await appending;
    // Streams already arrived live; what remains is the displayed value or the traceback. Plots shown between
    // prints are put back in their place by replacing the outputs with the reply's ordered list.
    if (reply.outputs.some((output) => output.output_type === 'display_data')) {
      await execution.replaceOutput(reply.outputs.map(toVsOutput));
    } else {
      const final = reply.outputs.filter((output) => output.output_type !== 'stream');
      if (final.length > 0) await execution.appendOutput(final.map(toVsOutput));
    }
    execution.executionOrder = reply.executionCount;
    execution.end(reply.status === 'ok', Date.now());
    this.executedEmitter.fire({ notebook, cell: execution.cell, status: reply.status });
    return reply.status;
  }

  dispose(): void {
    this.subscription.dispose();
    this.executedEmitter.dispose();
    this.controller.dispose();
  }
}
