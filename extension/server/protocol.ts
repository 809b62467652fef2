// Messages between the extension (language client) and the kernel server, and between the kernel server and
// its kernel workers. No `vscode` import: both ends share these types.
import type {
  CallableSignature,
  CompletionEntry,
  ExecuteOptions,
  ExecuteReply,
  HoverInfo,
  InspectAnswers,
  InspectQuery,
  VariableDetail,
  VariableInfo,
} from '../../engine/kernel';

export type { CallableSignature, CompletionEntry, ExecuteOptions, ExecuteReply, HoverInfo, InspectAnswers, InspectQuery, VariableDetail, VariableInfo };

/** Identifies a notebook's kernel: the notebook document's URI as a string. */
export interface NotebookParams {
  notebook: string;
}

export interface ExecuteParams extends NotebookParams {
  /** Chosen by the client; stream notifications for this execution carry it. */
  executionId: string;
  code: string;
  options?: ExecuteOptions;
}

export interface DescribeParams extends NotebookParams {
  /** A name in the namespace, or a module's parameter as `model.linear.weight`. */
  name: string;
}

export interface StreamParams {
  executionId: string;
  name: 'stdout' | 'stderr';
  text: string;
}

/** LSP custom methods served by the kernel server. */
export const Methods = {
  execute: 'agnb/execute',
  interrupt: 'agnb/interrupt',
  restart: 'agnb/restart',
  variables: 'agnb/variables',
  /** Values, grad and autograd graph of one name, for the inspector's selection. */
  describe: 'agnb/describe',
  shutdown: 'agnb/shutdown',
  /** Server -> client notification: text written by a running cell. */
  stream: 'agnb/stream',
  /** Server -> client notification: a kernel's state changed (busy/idle/restarted/crashed). */
  status: 'agnb/status',
  /** Client -> server notification: the user's settings changed (see KernelSettings). */
  configure: 'agnb/configure',
} as const;

/** The settings a kernel starts with (`autogradNotebooks.*` in VS Code's settings). */
export interface KernelSettings {
  /** torch.set_printoptions(precision=) at kernel start. */
  printPrecision: number;
  /** Output a cell may write before the rest is dropped with a marker; 0 means no limit. */
  maxOutputLines: number;
  maxOutputCharacters: number;
}



export type KernelState = 'idle' | 'busy' | 'restarting' | 'crashed';

export interface StatusParams extends NotebookParams {
  state: KernelState;
  /** Why the state changed, for crashes and forced restarts. */
  message?: string;
}

// ---- kernel server <-> kernel worker ------------------------------------------------------------------------

export type WorkerRequest =
  | { type: 'execute'; id: number; code: string; options: ExecuteOptions }
  | { type: 'variables'; id: number }
  | { type: 'inspect'; id: number; query: InspectQuery }
  /** New output limits for a running kernel; the print precision applies to kernels started later. */
  | { type: 'configure'; settings: KernelSettings }
  | { type: 'describe'; id: number; name: string }
  /** Sent to an idle kernel: it exits once what it does between cells (writing the code cache) is done. */
  | { type: 'shutdown' };

export type WorkerResponse =
  | { type: 'stream'; id: number; name: 'stdout' | 'stderr'; text: string }
  | { type: 'executed'; id: number; reply: ExecuteReply }
  | { type: 'variables'; id: number; variables: VariableInfo[] }
  | { type: 'inspected'; id: number; answer: InspectAnswers[InspectQuery['kind']] }
  | { type: 'described'; id: number; detail: VariableDetail | null };

/** Index into the Int32Array over the SharedArrayBuffer the server shares with a worker. */
export const INTERRUPT_FLAG = 0;
