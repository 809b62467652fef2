// Converts between the kernel's nbformat-shaped outputs and VS Code's notebook outputs.
import * as vscode from 'vscode';
import type { CellOutput, ErrorOutput } from '../../engine/kernel';

const STDOUT = 'application/vnd.code.notebook.stdout';
const STDERR = 'application/vnd.code.notebook.stderr';
const ERROR = 'application/vnd.code.notebook.error';

/** Error outputs keep the kernel's fields in metadata, so saving reproduces ename/evalue/traceback exactly. */
interface ErrorMetadata {
  agnbError: Omit<ErrorOutput, 'output_type'>;
}

/** Marks a display_data output (a plot), which VS Code otherwise shows exactly like an execute_result. */
interface DisplayMetadata {
  agnbDisplay: true;
}

export function toVsOutput(output: CellOutput): vscode.NotebookCellOutput {
  switch (output.output_type) {
    case 'stream':
      return new vscode.NotebookCellOutput([streamItem(output.name, output.text)]);
    case 'execute_result':
    case 'display_data': {
      // Richest first: VS Code shows the first item it can render (the SVG of a plot rather than its text).
      const mimes = Object.keys(output.data).sort((a, b) => Number(a === 'text/plain') - Number(b === 'text/plain'));
      const items = mimes.map((mime) => vscode.NotebookCellOutputItem.text(output.data[mime]!, mime));
      const metadata: DisplayMetadata | undefined = output.output_type === 'display_data' ? { agnbDisplay: true } : undefined;
      return new vscode.NotebookCellOutput(items, metadata as unknown as Record<string, unknown> | undefined);
    }
    case 'error': {
      const { ename, evalue, traceback } = output;
      const metadata: ErrorMetadata = { agnbError: { ename, evalue, traceback } };
      const item = vscode.NotebookCellOutputItem.error({ name: ename, message: evalue, stack: traceback.join('\n') });
      return new vscode.NotebookCellOutput([item], metadata as unknown as Record<string, unknown>);
    }
  }
}

export function streamItem(name: 'stdout' | 'stderr', text: string): vscode.NotebookCellOutputItem {
  return name === 'stdout' ? vscode.NotebookCellOutputItem.stdout(text) : vscode.NotebookCellOutputItem.stderr(text);
}

/** The stream a VS Code output holds, if it is one: streamed text is appended to it item by item. */
export function streamName(output: vscode.NotebookCellOutput): 'stdout' | 'stderr' | undefined {
  const mime = output.items[0]?.mime;
  return mime === STDOUT ? 'stdout' : mime === STDERR ? 'stderr' : undefined;
}

export function fromVsOutput(output: vscode.NotebookCellOutput): CellOutput {
  const decoder = new TextDecoder();
  const stream = streamName(output);
  if (stream) {
    return { output_type: 'stream', name: stream, text: output.items.map((item) => decoder.decode(item.data)).join('') };
  }
  const first = output.items[0];
  if (first?.mime === ERROR) {
    const kept = (output.metadata as Partial<ErrorMetadata> | undefined)?.agnbError;
    if (kept) return { output_type: 'error', ...kept };
    const error = JSON.parse(decoder.decode(first.data)) as { name?: string; message?: string; stack?: string };
    return {
      output_type: 'error',
      ename: error.name ?? 'Error',
      evalue: error.message ?? '',
      traceback: (error.stack ?? '').split('\n'),
    };
  }
  const data: Record<string, string> = {};
  for (const item of output.items) data[item.mime] = decoder.decode(item.data);
  data['text/plain'] ??= '';
  const display = (output.metadata as Partial<DisplayMetadata> | undefined)?.agnbDisplay === true;
  return { output_type: display ? 'display_data' : 'execute_result', data };
}
