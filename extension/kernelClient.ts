// The extension's side of the kernel server: starts it through vscode-languageclient and turns its custom
// requests and notifications into a small typed API. One server process serves every open notebook.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import {
  Methods,
  type ExecuteOptions,
  type ExecuteReply,
  type KernelSettings,
  type VariableDetail,
  type KernelState,
  type StatusParams,
  type StreamParams,
  type VariableInfo,
} from './server/protocol';

const SETTINGS_SECTION = 'autogradNotebooks';

/** The kernel settings as the user set them (package.json declares them and their defaults). */
function kernelSettings(): KernelSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    printPrecision: config.get<number>('printPrecision', 4),
    maxOutputLines: config.get<number>('output.maxLines', 5000),
    maxOutputCharacters: config.get<number>('output.maxCharacters', 1_000_000),
  };
}

export type StreamListener = (name: 'stdout' | 'stderr', text: string) => void;

export class KernelClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly streamListeners = new Map<string, StreamListener>();
  private nextExecution = 1;
  private readonly stateEmitter = new vscode.EventEmitter<{ notebook: vscode.Uri; state: KernelState; message?: string }>();
  /** Busy/idle/restarting/crashed, per notebook, as the kernel server reports it. */
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(context: vscode.ExtensionContext) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    this.client = new LanguageClient('agnbKernel', 'Autograd Notebooks Kernel', serverOptions, {
      // The cells of .agnb notebooks: hovers, completions, signature help and diagnostics come from the server.
      documentSelector: [{ notebook: { notebookType: 'agnb' }, language: 'agnb-python' }],
    });
    context.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) void this.client.sendNotification(Methods.configure, kernelSettings());
      }),
    );
  }

  async start(): Promise<void> {
    this.client.onNotification(Methods.stream, (params: StreamParams) => {
      this.streamListeners.get(params.executionId)?.(params.name, params.text);
    });
    this.client.onNotification(Methods.status, (params: StatusParams) => {
      this.stateEmitter.fire({ notebook: vscode.Uri.parse(params.notebook), state: params.state, ...(params.message ? { message: params.message } : {}) });
    });
    await this.client.start();
    await this.client.sendNotification(Methods.configure, kernelSettings());
  }

  async execute(notebook: vscode.Uri, code: string, onStream: StreamListener, options: ExecuteOptions = {}): Promise<ExecuteReply> {
    const executionId = String(this.nextExecution++);
    this.streamListeners.set(executionId, onStream);
    try {
      return await this.client.sendRequest<ExecuteReply>(Methods.execute, { notebook: notebook.toString(), executionId, code, options });
    } finally {
      this.streamListeners.delete(executionId);
    }
  }

  variables(notebook: vscode.Uri): Promise<VariableInfo[]> {
    return this.client.sendRequest<VariableInfo[]>(Methods.variables, { notebook: notebook.toString() });
  }

  describe(notebook: vscode.Uri, name: string): Promise<VariableDetail | null> {
    return this.client.sendRequest<VariableDetail | null>(Methods.describe, { notebook: notebook.toString(), name });
  }

  async interrupt(notebook: vscode.Uri): Promise<void> {
    await this.client.sendRequest(Methods.interrupt, { notebook: notebook.toString() });
  }

  async restart(notebook: vscode.Uri): Promise<void> {
    await this.client.sendRequest(Methods.restart, { notebook: notebook.toString() });
  }

  async shutdown(notebook: vscode.Uri): Promise<void> {
    await this.client.sendRequest(Methods.shutdown, { notebook: notebook.toString() });
  }

  dispose(): void {
    this.stateEmitter.dispose();
    void this.client.stop();
  }
}
