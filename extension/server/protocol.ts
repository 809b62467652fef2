// Messages between the extension (language client) and the kernel server, and between the kernel server and
// its kernel workers. No `vscode` import: both ends share these types.
import type { ExecuteOptions, ExecuteReply, VariableInfo } from '../../engine/kernel';

export type { ExecuteOptions, ExecuteReply, VariableInfo };

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
  shutdown: 'agnb/shutdown',
  /** Server -> client notification: text written by a running cell. */
  stream: 'agnb/stream',
  /** Server -> client notification: a kernel's state changed (busy/idle/restarted/crashed). */
  status: 'agnb/status',
} as const;

export type KernelState = 'idle' | 'busy' | 'restarting' | 'crashed';

export interface StatusParams extends NotebookParams {
  state: KernelState;
  /** Why the state changed, for crashes and forced restarts. */
  message?: string;
}

// ---- kernel server <-> kernel worker ------------------------------------------------------------------------

export type WorkerRequest =
  | { type: 'execute'; id: number; code: string; options: ExecuteOptions }
  | { type: 'variables'; id: number };

export type WorkerResponse =
  | { type: 'stream'; id: number; name: 'stdout' | 'stderr'; text: string }
  | { type: 'executed'; id: number; reply: ExecuteReply }
  | { type: 'variables'; id: number; variables: VariableInfo[] };

/** Index into the Int32Array over the SharedArrayBuffer the server shares with a worker. */
export const INTERRUPT_FLAG = 0;
