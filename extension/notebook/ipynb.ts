// Export to and import from Jupyter's .ipynb (nbformat 4.5). An exported notebook opens in Jupyter with a
// Python 3 kernel and runs there with PyTorch: the cells are plain Python, and the outputs keep the shapes
// Jupyter writes (stream, execute_result, error). Import accepts any nbformat 4 notebook of a Python kernel and
// refuses anything else with the reason (an AgnbFormatError), so a bad file never becomes a half-converted notebook.
// No `vscode` import: the commands and the tests share this module.
import { AgnbFormatError, CELL_LANGUAGE, expectObject as object, expectText as text, splitLines, type AgnbCell, type AgnbNotebook, type CellOutput } from './agnbFormat';

export const NBFORMAT = 4;
export const NBFORMAT_MINOR = 5;

/** Output formats only this extension renders (its own renderer's mime types) are left out of an export. */
const AGNB_MIME_PREFIX = 'application/vnd.agnb';

// ---- export -------------------------------------------------------------------------------------------------

/** The notebook as .ipynb JSON text, with the key order and indentation Jupyter writes. */
export function toIpynb(notebook: AgnbNotebook): string {
  const ipynb = {
    cells: notebook.cells.map((cell, index) => exportCell(cell, index)),
    metadata: {
      kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
      language_info: {
        codemirror_mode: { name: 'ipython', version: 3 },
        file_extension: '.py',
        mimetype: 'text/x-python',
        name: 'python',
        nbconvert_exporter: 'python',
        pygments_lexer: 'ipython3',
        version: '3.11',
      },
    },
    nbformat: NBFORMAT,
    nbformat_minor: NBFORMAT_MINOR,
  };
  return JSON.stringify(ipynb, null, 1) + '\n';
}

function exportCell(cell: AgnbCell, index: number): object {
  // nbformat 4.5 requires a unique id per cell; numbering keeps exports of the same notebook identical.
  const id = `cell-${index + 1}`;
  if (cell.kind === 'markdown') return { cell_type: 'markdown', id, metadata: {}, source: splitLines(cell.source) };
  return {
    cell_type: 'code',
    execution_count: cell.executionCount,
    id,
    metadata: {},
    outputs: cell.outputs.flatMap((output) => exportOutput(output, cell.executionCount)),
    source: splitLines(cell.source),
  };
}

function exportOutput(output: CellOutput, executionCount: number | null): object[] {
  switch (output.output_type) {
    case 'stream':
      return [{ name: output.name, output_type: 'stream', text: splitLines(output.text) }];
    case 'execute_result':
    case 'display_data': {
      const data: Record<string, unknown> = {};
      for (const mime of Object.keys(output.data).sort()) {
        if (mime.startsWith(AGNB_MIME_PREFIX)) continue;
        const content = output.data[mime]!;
        // nbformat stores JSON formats as JSON values and text formats as lists of lines.
        data[mime] = /[+/]json$/.test(mime) ? JSON.parse(content) : mime.startsWith('image/') && !mime.includes('svg') ? content : splitLines(content);
      }
      if (output.output_type === 'display_data') return [{ data, metadata: {}, output_type: 'display_data' }];
      return [{ data, execution_count: executionCount, metadata: {}, output_type: 'execute_result' }];
    }
    case 'error':
      return [{ ename: output.ename, evalue: output.evalue, output_type: 'error', traceback: output.traceback }];
  }
}

// ---- import -------------------------------------------------------------------------------------------------

export function fromIpynb(text: string): AgnbNotebook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AgnbFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  const root = object(json, 'the notebook');
  if (root.nbformat !== NBFORMAT) {
    throw new AgnbFormatError(`only nbformat 4 notebooks can be imported; this one declares nbformat ${JSON.stringify(root.nbformat)}`);
  }
  const metadata = object(root.metadata ?? {}, 'metadata');
  const language = languageOf(metadata);
  if (language !== undefined && language.toLowerCase() !== 'python') {
    throw new AgnbFormatError(`this is a ${language} notebook; Autograd Notebooks runs Python`);
  }
  if (!Array.isArray(root.cells)) throw new AgnbFormatError('"cells" must be an array');
  return { metadata: {}, cells: root.cells.map((cell, i) => importCell(cell, `cells[${i}]`)) };
}

function languageOf(metadata: Record<string, unknown>): string | undefined {
  const kernelspec = metadata.kernelspec;
  const info = metadata.language_info;
  const fromKernel = typeof kernelspec === 'object' && kernelspec !== null ? (kernelspec as Record<string, unknown>).language : undefined;
  const fromInfo = typeof info === 'object' && info !== null ? (info as Record<string, unknown>).name : undefined;
  const language = fromKernel ?? fromInfo;
  return typeof language === 'string' ? language : undefined;
}

function importCell(value: unknown, where: string): AgnbCell {
  const cell = object(value, where);
  const source = text(cell.source ?? '', `${where}.source`);
  switch (cell.cell_type) {
    case 'markdown':
    case 'raw': // raw cells have no agnb counterpart; their text is kept as a markdown cell
      return { kind: 'markdown', source };
    case 'code': {
      const count = cell.execution_count ?? null;
      if (count !== null && !(typeof count === 'number' && Number.isInteger(count) && count >= 0)) {
        throw new AgnbFormatError(`${where}.execution_count must be a non-negative integer or null`);
      }
      const outputs = cell.outputs ?? [];
      if (!Array.isArray(outputs)) throw new AgnbFormatError(`${where}.outputs must be an array`);
      return {
        kind: 'code',
        language: CELL_LANGUAGE,
        source,
        executionCount: count,
        outputs: outputs.map((output, i) => importOutput(output, `${where}.outputs[${i}]`)),
      };
    }
    default:
      throw new AgnbFormatError(`${where}.cell_type must be "code", "markdown" or "raw", got ${JSON.stringify(cell.cell_type)}`);
  }
}

function importOutput(value: unknown, where: string): CellOutput {
  const output = object(value, where);
  switch (output.output_type) {
    case 'stream':
      if (output.name !== 'stdout' && output.name !== 'stderr') throw new AgnbFormatError(`${where}.name must be "stdout" or "stderr"`);
      return { output_type: 'stream', name: output.name, text: text(output.text, `${where}.text`) };
    case 'execute_result':
    case 'display_data': {
      const data: Record<string, string> = {};
      for (const [mime, content] of Object.entries(object(output.data, `${where}.data`))) {
        data[mime] = typeof content === 'object' && content !== null && !Array.isArray(content) ? JSON.stringify(content) : text(content, `${where}.data["${mime}"]`);
      }
      data['text/plain'] ??= '';
      return { output_type: output.output_type, data };
    }
    case 'error': {
      const { ename, evalue, traceback } = output;
      if (typeof ename !== 'string' || typeof evalue !== 'string') throw new AgnbFormatError(`${where}.ename and .evalue must be strings`);
      if (!Array.isArray(traceback) || !traceback.every((line) => typeof line === 'string')) {
        throw new AgnbFormatError(`${where}.traceback must be an array of strings`);
      }
      // Jupyter colours tracebacks with ANSI escapes; the notebook shows plain text.
      return { output_type: 'error', ename, evalue, traceback: traceback.map((line) => line.replace(/\u001b\[[0-9;]*m/g, '')) };
    }
    default:
      throw new AgnbFormatError(`${where}.output_type ${JSON.stringify(output.output_type)} is not one nbformat 4 defines`);
  }
}
