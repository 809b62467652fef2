#!/usr/bin/env node
// The headless runner: executes a notebook (or a percent-format Python file) with the same kernel the editor
// uses and prints the cells' outputs exactly as the notebook shows them, nothing else.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CellOutput, ExecuteOptions } from '../../engine/kernel';
import { KernelHost } from '../server/kernelHost';
import { AgnbFormatError, parseNotebook, serializeNotebook, type CodeCell } from '../notebook/agnbFormat';
import { parsePercentFormat } from '../notebook/percentFormat';

const USAGE = `Usage: agnb run FILE [--inplace] [--allow-errors]

Runs every code cell of FILE in order and prints the cells' outputs: text the cells print and the values
they display, as the notebook shows them. Stops at the first cell that raises and exits with status 1.

  FILE            an .agnb notebook, or a .py file in the percent format (cells separated by "# %%" lines),
                  run as a script: same output as python3 FILE
  --inplace       write the new outputs back into the .agnb file
  --allow-errors  keep running the cells after one raises (exit status 0), as a tutorial that shows an
                  error and goes on is meant to be run
`;

interface RunnableCell {
  code: string;
  options: ExecuteOptions;
  /** Where the outputs go when writing back (.agnb only). */
  target?: CodeCell;
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((arg) => !arg.startsWith('--'));
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  if (flags.has('--help') || args[0] !== 'run' || args.length !== 2) {
    (flags.has('--help') ? process.stdout : process.stderr).write(USAGE);
    return flags.has('--help') ? 0 : 2;
  }
  const unknown = [...flags].filter((flag) => flag !== '--inplace' && flag !== '--allow-errors');
  if (unknown.length > 0) return fail(`unknown option ${unknown[0]}\n\n${USAGE}`);
  const file = args[1]!;
  const inplace = flags.has('--inplace');
  const allowErrors = flags.has('--allow-errors');

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }

  if (file.endsWith('.py')) {
    if (inplace) return fail('--inplace applies to .agnb notebooks only');
    const cells = parsePercentFormat(text)
      .filter((cell) => cell.kind === 'code')
      .map((cell) => ({ code: cell.source, options: { mode: 'script' as const, fileName: basename(file), lineOffset: cell.firstLine } }));
    return run(cells, allowErrors);
  }

  let notebook;
  try {
    notebook = parseNotebook(text);
  } catch (error) {
    if (error instanceof AgnbFormatError) return fail(`${file} is not a valid .agnb notebook: ${error.message}`);
    throw error;
  }
  const codeCells = notebook.cells.filter((cell): cell is CodeCell => cell.kind === 'code');
  const status = await run(
    codeCells.map((cell) => ({ code: cell.source, options: {}, target: cell })),
    allowErrors,
  );
  if (inplace) {
    const temporary = join(file, `../.${basename(file)}.${process.pid}.tmp`);
    writeFileSync(temporary, serializeNotebook(notebook));
    renameSync(temporary, file);
  }
  return status;
}

async function run(cells: RunnableCell[], allowErrors: boolean): Promise<number> {
  const kernel = new KernelHost();
  // Ctrl+C interrupts the running cell (KeyboardInterrupt, as in python3); a second one quits.
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    kernel.interrupt();
  });
  let status = 0;
  try {
    for (const cell of cells) {
      if (status !== 0) {
        // Cells after a failure did not run: their old outputs would describe another run.
        if (cell.target) Object.assign(cell.target, { executionCount: null, outputs: [] });
        continue;
      }
      const reply = await kernel.execute(cell.code, cell.options, (name, text) => process[name].write(text));
      for (const output of reply.outputs) printFinal(output);
      if (cell.target) Object.assign(cell.target, { executionCount: reply.executionCount, outputs: reply.outputs });
      if (reply.status === 'error' && !allowErrors) status = 1;
    }
  } finally {
    kernel.dispose();
  }
  return status;
}

/** Streams were printed as they arrived; what remains is the displayed values (plots as their text form) or the traceback. */
function printFinal(output: CellOutput): void {
  if (output.output_type === 'execute_result' || output.output_type === 'display_data') process.stdout.write(`${output.data['text/plain']}\n`);
  if (output.output_type === 'error') process.stderr.write(`${output.traceback.join('\n')}\n`);
}

function fail(message: string): number {
  process.stderr.write(`agnb: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`agnb: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(70);
  },
);
