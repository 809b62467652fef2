// The kernel server: a language-server process, started by the extension through vscode-languageclient, that
// owns one kernel (a KernelHost with its worker thread) per open notebook. Running cells here rather than in
// the extension host means a runaway cell can never freeze VS Code. It also serves the cells' language
// features: hovers and completions from the notebook's live kernel, signature help, and diagnostics.
import {
  createConnection,
  NotebookDocuments,
  ProposedFeatures,
  TextDocumentSyncKind,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kernel } from '../../engine/kernel';
import { callAt, chainAt, completionContext } from './cellContext';
import { cellTextConfiguration, type CellText } from './cellDocuments';
import { DEFAULT_KERNEL_SETTINGS, KernelHost } from './kernelHost';
import { cellDiagnostics, completionItems, hoverMarkdown, signatureHelp } from './languageFeatures';
import {
  Methods,
  type InspectAnswers,
  type InspectQuery,
  type KernelSettings,
  type ExecuteParams,
  type ExecuteReply,
  type DescribeParams,
  type VariableDetail,
  type NotebookParams,
  type StatusParams,
  type StreamParams,
  type VariableInfo,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const kernels = new Map<string, KernelHost>();
const notebooks = new NotebookDocuments<CellText>(cellTextConfiguration);
let settings: KernelSettings = DEFAULT_KERNEL_SETTINGS;
/**
 * Answers for notebooks whose kernel is not running or is busy: a kernel that never runs a cell, so it knows
 * only builtins and the modules (torch, torch.nn, F...) a cell would import.
 */
let referenceKernel: Kernel | undefined;

function kernelFor(notebook: string): KernelHost {
  let kernel = kernels.get(notebook);
  if (!kernel) {
    kernel = new KernelHost(
      undefined,
      (state, message) => {
        const params: StatusParams = { notebook, state, ...(message === undefined ? {} : { message }) };
        void connection.sendNotification(Methods.status, params);
      },
      notebookDirectory(notebook),
    );
    kernel.configure(settings);
    kernels.set(notebook, kernel);
  }
  return kernel;
}

/** A saved notebook's files are beside it, as Jupyter runs a notebook in its folder; an untitled one starts at home. */
function notebookDirectory(notebook: string): string {
  return notebook.startsWith('file:') ? dirname(fileURLToPath(notebook)) : homedir();
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    notebookDocumentSync: { notebookSelector: [{ notebook: { notebookType: 'agnb' }, cells: [{ language: 'agnb-python' }] }] },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['.'] },
    signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [')', '='] },
  },
  serverInfo: { name: 'Autograd Notebooks kernel server' },
}));

/** Asks the notebook's live kernel; falls back to the reference kernel when it has no answer. */
async function ask<K extends InspectQuery['kind']>(cellUri: string, query: Extract<InspectQuery, { kind: K }>): Promise<InspectAnswers[K] | undefined> {
  const notebook = notebooks.findNotebookDocumentForCell(cellUri)?.uri;
  const live = notebook === undefined ? undefined : await kernels.get(notebook)?.inspect<K>(query);
  if (live !== undefined && !(Array.isArray(live) && live.length === 0)) return live;
  referenceKernel ??= new Kernel({ write: () => {}, interruptRequested: () => false });
  return referenceKernel.inspect<K>(query);
}

function cellAt(params: TextDocumentPositionParams): { cell: CellText; offset: number } | undefined {
  const cell = notebooks.cellTextDocuments.get(params.textDocument.uri);
  return cell && { cell, offset: cell.offsetAt(params.position) };
}

connection.onHover(async (params) => {
  const at = cellAt(params);
  const target = at && chainAt(at.cell.text, at.offset);
  if (!at || !target) return null;
  const info = await ask(params.textDocument.uri, { kind: 'hover', expression: target.chain });
  if (!info) return null;
  return { ...hoverMarkdown(info), range: { start: at.cell.positionAt(target.start), end: at.cell.positionAt(target.end) } };
});

connection.onCompletion(async (params) => {
  const at = cellAt(params);
  const context = at && completionContext(at.cell.text, at.offset);
  if (!context) return [];
  const entries = (await ask(params.textDocument.uri, { kind: 'complete', chain: context.chain })) ?? [];
  return completionItems(entries, context.prefix, context.chain === '');
});

connection.onSignatureHelp(async (params) => {
  const at = cellAt(params);
  const call = at && callAt(at.cell.text, at.offset);
  if (!call) return null;
  const signature = await ask(params.textDocument.uri, { kind: 'signature', expression: call.callee });
  return signature ? signatureHelp(signature, call.argument, call.keyword) : null;
});

notebooks.cellTextDocuments.onDidChangeContent(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: cellDiagnostics(document.text) });
});

notebooks.cellTextDocuments.onDidClose(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onNotification(Methods.configure, (params: KernelSettings) => {
  settings = params;
  for (const kernel of kernels.values()) kernel.configure(settings);
});

connection.onRequest(Methods.execute, (params: ExecuteParams): Promise<ExecuteReply> =>
  kernelFor(params.notebook).execute(params.code, params.options, (name, text) => {
    const stream: StreamParams = { executionId: params.executionId, name, text };
    void connection.sendNotification(Methods.stream, stream);
  }),
);

connection.onRequest(Methods.variables, (params: NotebookParams): Promise<VariableInfo[]> =>
  kernels.has(params.notebook) ? kernelFor(params.notebook).variables() : Promise.resolve([]),
);

connection.onRequest(Methods.describe, (params: DescribeParams): Promise<VariableDetail | null> =>
  kernels.has(params.notebook) ? kernelFor(params.notebook).describe(params.name) : Promise.resolve(null),
);

connection.onRequest(Methods.interrupt, (params: NotebookParams) => {
  kernels.get(params.notebook)?.interrupt();
});

connection.onRequest(Methods.restart, (params: NotebookParams) => {
  kernels.get(params.notebook)?.restart();
});

connection.onRequest(Methods.shutdown, (params: NotebookParams) => {
  kernels.get(params.notebook)?.dispose();
  kernels.delete(params.notebook);
});

connection.onShutdown(() => {
  for (const kernel of kernels.values()) kernel.dispose();
  kernels.clear();
});

notebooks.listen(connection);
connection.listen();
