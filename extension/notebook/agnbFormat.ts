// The .agnb file format: JSON with a fixed key order and a trailing newline, multi-line strings stored as
// arrays of lines (each keeping its "\n") so that git diffs touch only the lines that changed.
// Outputs use nbformat's output shapes so that export to .ipynb is a rename, not a translation.
// No `vscode` import: the serializer and the headless runner share this module.
import type { CellOutput } from '../../engine/kernel';

export type { CellOutput };

export const FORMAT_VERSION = 1;
export const CELL_LANGUAGE = 'agnb-python';

export interface CodeCell {
  kind: 'code';
  language: string;
  source: string;
  executionCount: number | null;
  outputs: CellOutput[];
}
export interface MarkdownCell {
  kind: 'markdown';
  source: string;
}
export type AgnbCell = CodeCell | MarkdownCell;

export interface AgnbNotebook {
  /** Free-form notebook metadata, kept across load and save; formatVersion lives beside it on disk. */
  metadata: Record<string, unknown>;
  cells: AgnbCell[];
}

/** Thrown for a file that is not a valid .agnb notebook; the message says where and why. */
export class AgnbFormatError extends Error {
  override name = 'AgnbFormatError';
}

export function emptyNotebook(): AgnbNotebook {
  return { metadata: {}, cells: [] };
}

// ---- parsing ------------------------------------------------------------------------------------------------

export function parseNotebook(text: string): AgnbNotebook {
  if (text.trim() === '') return emptyNotebook();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AgnbFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  const root = expectObject(json, 'the notebook');
  const metadata = { ...expectObject(root.metadata ?? {}, 'metadata') };
  const version = metadata.formatVersion ?? FORMAT_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AgnbFormatError(`metadata.formatVersion must be a positive integer, got ${JSON.stringify(version)}`);
  }
  if (version > FORMAT_VERSION) {
    throw new AgnbFormatError(
      `format version ${version} was written by a newer Autograd Notebooks (this one reads up to ${FORMAT_VERSION}); update the extension`,
    );
  }
  delete metadata.formatVersion;
  if (!Array.isArray(root.cells)) throw new AgnbFormatError('"cells" must be an array');
  return { metadata, cells: root.cells.map((cell, i) => parseCell(cell, `cells[${i}]`)) };
}

function parseCell(value: unknown, where: string): AgnbCell {
  const cell = expectObject(value, where);
  const source = expectText(cell.source ?? '', `${where}.source`);
  if (cell.kind === 'markdown') return { kind: 'markdown', source };
  if (cell.kind !== 'code') {
    throw new AgnbFormatError(`${where}.kind must be "code" or "markdown", got ${JSON.stringify(cell.kind)}`);
  }
  const language = cell.language ?? CELL_LANGUAGE;
  if (typeof language !== 'string') throw new AgnbFormatError(`${where}.language must be a string`);
  const count = cell.executionCount ?? null;
  if (count !== null && !(typeof count === 'number' && Number.isInteger(count) && count >= 0)) {
    throw new AgnbFormatError(`${where}.executionCount must be a non-negative integer or null`);
  }
  const outputs = cell.outputs ?? [];
  if (!Array.isArray(outputs)) throw new AgnbFormatError(`${where}.outputs must be an array`);
  return {
    kind: 'code',
    language,
    source,
    executionCount: count,
    outputs: outputs.map((output, i) => parseOutput(output, `${where}.outputs[${i}]`)),
  };
}

function parseOutput(value: unknown, where: string): CellOutput {
  const output = expectObject(value, where);
  switch (output.output_type) {
    case 'stream': {
      if (output.name !== 'stdout' && output.name !== 'stderr') {
        throw new AgnbFormatError(`${where}.name must be "stdout" or "stderr"`);
      }
      return { output_type: 'stream', name: output.name, text: expectText(output.text, `${where}.text`) };
    }
    case 'execute_result':
    case 'display_data': {
      const data = expectObject(output.data, `${where}.data`);
      const parsed: Record<string, string> = {};
      for (const [mime, content] of Object.entries(data)) parsed[mime] = expectText(content, `${where}.data["${mime}"]`);
      if (parsed['text/plain'] === undefined) throw new AgnbFormatError(`${where}.data must have "text/plain"`);
      return { output_type: output.output_type, data: parsed };
    }
    case 'error': {
      const ename = output.ename;
      const evalue = output.evalue;
      if (typeof ename !== 'string' || typeof evalue !== 'string') {
        throw new AgnbFormatError(`${where}.ename and .evalue must be strings`);
      }
      const traceback = output.traceback;
      if (!Array.isArray(traceback) || !traceback.every((line) => typeof line === 'string')) {
        throw new AgnbFormatError(`${where}.traceback must be an array of strings`);
      }
      return { output_type: 'error', ename, evalue, traceback: [...traceback] };
    }
    default:
      throw new AgnbFormatError(
        `${where}.output_type must be "stream", "execute_result", "display_data" or "error", got ${JSON.stringify(output.output_type)}`,
      );
  }
}

export function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AgnbFormatError(`${where} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** A multi-line string: either one string or an array of lines that concatenate to it. */
export function expectText(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value.join('');
  throw new AgnbFormatError(`${where} must be a string or an array of strings`);
}

// ---- writing ------------------------------------------------------------------------------------------------

/** Serialises with a fixed key order, so that saving an unchanged notebook reproduces the same bytes. */
export function serializeNotebook(notebook: AgnbNotebook): string {
  const onDisk = {
    metadata: { formatVersion: FORMAT_VERSION, ...sortKeys(notebook.metadata) },
    cells: notebook.cells.map(cellOnDisk),
  };
  return JSON.stringify(onDisk, null, 1) + '\n';
}

function cellOnDisk(cell: AgnbCell): object {
  if (cell.kind === 'markdown') return { kind: 'markdown', source: splitLines(cell.source) };
  return {
    kind: 'code',
    language: cell.language,
    source: splitLines(cell.source),
    executionCount: cell.executionCount,
    outputs: cell.outputs.map(outputOnDisk),
  };
}

function outputOnDisk(output: CellOutput): object {
  switch (output.output_type) {
    case 'stream':
      return { output_type: 'stream', name: output.name, text: splitLines(output.text) };
    case 'execute_result':
    case 'display_data': {
      const data: Record<string, string[]> = {};
      for (const mime of Object.keys(output.data).sort()) data[mime] = splitLines(output.data[mime]!);
      return { output_type: output.output_type, data };
    }
    case 'error':
      return { output_type: 'error', ename: output.ename, evalue: output.evalue, traceback: output.traceback };
  }
}

/** Splits after each "\n", keeping it, as nbformat does: joining the parts gives the text back exactly. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function sortKeys(value: unknown): any {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
