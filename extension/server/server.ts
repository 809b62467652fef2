// The kernel server: a language-server process, started by the extension through vscode-languageclient, that
// owns one kernel (a KernelHost with its worker thread) per open notebook. Running cells here rather than in
// the extension host means a runaway cell can never freeze VS Code.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { KernelHost } from './kernelHost';
import {
  Methods,
  type ExecuteParams,
  type ExecuteReply,
  type NotebookParams,
  type StatusParams,
  type StreamParams,
  type VariableInfo,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const kernels = new Map<string, KernelHost>();

function kernelFor(notebook: string): KernelHost {
  let kernel = kernels.get(notebook);
  if (!kernel) {
    kernel = new KernelHost(undefined, (state, message) => {
      const params: StatusParams = { notebook, state, ...(message === undefined ? {} : { message }) };
      void connection.sendNotification(Methods.status, params);
    });
    kernels.set(notebook, kernel);
  }
  return kernel;
}

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.None },
  serverInfo: { name: 'Autograd Notebooks kernel server' },
}));

connection.onRequest(Methods.execute, (params: ExecuteParams): Promise<ExecuteReply> =>
  kernelFor(params.notebook).execute(params.code, params.options, (name, text) => {
    const stream: StreamParams = { executionId: params.executionId, name, text };
    void connection.sendNotification(Methods.stream, stream);
  }),
);

connection.onRequest(Methods.variables, (params: NotebookParams): Promise<VariableInfo[]> =>
  kernels.has(params.notebook) ? kernelFor(params.notebook).variables() : Promise.resolve([]),
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

connection.listen();
