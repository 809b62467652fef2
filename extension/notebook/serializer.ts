// Reads and writes .agnb files for VS Code. A file that fails to parse is refused with the reason: VS Code
// then shows the error instead of an editor, so the broken file is never saved over.
import * as vscode from 'vscode';
import { AgnbFormatError, CELL_LANGUAGE, parseNotebook, serializeNotebook, type AgnbCell, type AgnbNotebook } from './agnbFormat';
import { fromVsOutput, toVsOutput } from './outputs';

export const NOTEBOOK_TYPE = 'agnb';

export class AgnbSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    let notebook: AgnbNotebook;
    try {
      notebook = parseNotebook(new TextDecoder().decode(content));
    } catch (error) {
      if (error instanceof AgnbFormatError) {
        throw new Error(`This file is not a valid Autograd Notebook (${error.message}). It was left unchanged; fix it in a text editor.`);
      }
      throw error;
    }
    const data = new vscode.NotebookData(notebook.cells.map(toCellData));
    data.metadata = notebook.metadata;
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const notebook: AgnbNotebook = { metadata: data.metadata ?? {}, cells: data.cells.map(fromCellData) };
    return new TextEncoder().encode(serializeNotebook(notebook));
  }
}

/** A notebook as it is open in the editor, unsaved edits and current outputs included. */
export function notebookFromDocument(document: vscode.NotebookDocument): AgnbNotebook {
  const cells = document.getCells().map((cell) => {
    const data = new vscode.NotebookCellData(cell.kind, cell.document.getText(), cell.document.languageId);
    data.outputs = [...cell.outputs];
    if (cell.executionSummary) data.executionSummary = cell.executionSummary;
    return fromCellData(data);
  });
  return { metadata: { ...document.metadata }, cells };
}

function toCellData(cell: AgnbCell): vscode.NotebookCellData {
  if (cell.kind === 'markdown') return new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, cell.source, 'markdown');
  const data = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, cell.source, cell.language);
  data.outputs = cell.outputs.map(toVsOutput);
  if (cell.executionCount !== null) data.executionSummary = { executionOrder: cell.executionCount };
  return data;
}

function fromCellData(cell: vscode.NotebookCellData): AgnbCell {
  if (cell.kind === vscode.NotebookCellKind.Markup) return { kind: 'markdown', source: cell.value };
  return {
    kind: 'code',
    language: cell.languageId || CELL_LANGUAGE,
    source: cell.value,
    executionCount: cell.executionSummary?.executionOrder ?? null,
    outputs: (cell.outputs ?? []).map(fromVsOutput),
  };
}
