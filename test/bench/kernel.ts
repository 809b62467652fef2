// The kernel as the extension reaches it: the kernel server (dist/server.js) started the way
// vscode-languageclient starts it (Node IPC), and agnb's custom requests sent through JSON-RPC as the
// extension's KernelClient sends them. Measures the server's start, a notebook's first cell (its kernel worker
// starting), a tiny cell on a running kernel, and the inspector's refresh of 200 tensors of 256x256.
import { fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { Methods, type ExecuteParams, type ExecuteReply, type NotebookParams, type VariableInfo } from '../../extension/server/protocol';
import { median, timeCalls } from './measure';
import { pytorchMissing, root } from './peers';
import type { Figure, Group } from './report';

/** The targets. */
const COLD_START_TARGET_MS = 150;
const INSPECTOR_TARGET_MS = 50;
const COLD_STARTS = 5;
const INSPECTOR_TENSORS = 200;

const milliseconds = (seconds: number): number => seconds * 1000;

interface Server {
  connection: MessageConnection;
  /** Seconds from starting the process to its answer to `initialize`. */
  startSeconds: number;
  stop(): void;
}

async function startServer(): Promise<Server> {
  const start = performance.now();
  const child = fork(join(root, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.onNotification(() => {}); // streams and kernel states: not needed here
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  const startSeconds = (performance.now() - start) / 1000;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    startSeconds,
    stop: () => {
      connection.dispose();
      child.kill();
    },
  };
}

let executions = 0;

async function execute(connection: MessageConnection, notebook: string, code: string): Promise<ExecuteReply> {
  const params: ExecuteParams = { notebook, executionId: `bench-${++executions}`, code };
  const reply: ExecuteReply = await connection.sendRequest(Methods.execute, params);
  if (reply.status !== 'ok') throw new Error(`the kernel failed on ${JSON.stringify(code.slice(0, 80))}: ${JSON.stringify(reply.outputs.at(-1))}`);
  return reply;
}

/** A cell whose value must come back as `2`, as the notebook would show it. */
async function onePlusOne(connection: MessageConnection, notebook: string): Promise<void> {
  const reply = await execute(connection, notebook, '1+1');
  const result = reply.outputs.at(-1);
  if (result?.output_type !== 'execute_result' || result.data['text/plain'] !== '2') throw new Error(`1+1 came back as ${JSON.stringify(reply.outputs)}`);
}

/** What the same takes in real PyTorch: starting python3, importing torch and evaluating 1+1. */
function pytorchStart(): Figure {
  const missing = pytorchMissing();
  if (missing) return { skipped: missing };
  const seconds = Array.from({ length: 3 }, () => {
    const start = performance.now();
    spawnSync('/usr/bin/python3', ['-c', 'import torch; print(1+1)']);
    return (performance.now() - start) / 1000;
  });
  return milliseconds(median(seconds));
}

export async function kernelGroup(progress: (text: string) => void): Promise<Group> {
  progress('kernel: server start and cold starts');
  const server = await startServer();
  const { connection } = server;
  try {
    const coldStarts: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      const notebook = `untitled:bench-cold-${i}.agnb`;
      const start = performance.now();
      await onePlusOne(connection, notebook);
      coldStarts.push((performance.now() - start) / 1000);
      const shutdown: NotebookParams = { notebook };
      await connection.sendRequest(Methods.shutdown, shutdown);
    }
    progress('kernel: tiny cell round trip');
    const notebook = 'untitled:bench.agnb';
    const roundTrip = await timeCalls(() => onePlusOne(connection, notebook), 50);

    progress('kernel: inspector refresh');
    const lines = ['import torch', 'torch.manual_seed(0)'];
    for (let i = 0; i < INSPECTOR_TENSORS; i++) lines.push(`t${i} = torch.randn(256, 256, requires_grad=True)`, `t${i}.sum().backward()`);
    await execute(connection, notebook, lines.join('\n'));
    const params: NotebookParams = { notebook };
    const refresh = await timeCalls(async () => {
      const variables: VariableInfo[] = await connection.sendRequest(Methods.variables, params);
      if (variables.filter((variable) => variable.tensor?.grad).length !== INSPECTOR_TENSORS) throw new Error('the inspector did not get every tensor with its grad');
    }, 10, 2);
    const select = await timeCalls(async () => {
      await connection.sendRequest(Methods.describe, { notebook, name: 't0' });
    }, 10, 2);
    return {
      name: 'kernel',
      title: 'Kernel, through the kernel server as the extension drives it',
      rows: [
        { name: 'kernel server start (process, initialize)', unit: 'ms', agnb: milliseconds(server.startSeconds), peers: {} },
        {
          name: 'kernel cold start (new notebook, first cell 1+1)',
          unit: 'ms',
          agnb: milliseconds(median(coldStarts)),
          peers: { pytorch: pytorchStart() },
          target: { bound: COLD_START_TARGET_MS },
          note: "PyTorch's figure is python3 -c 'import torch; print(1+1)', a fresh process",
        },
        { name: 'tiny cell round trip (1+1)', unit: 'ms', agnb: milliseconds(roundTrip), peers: {} },
        {
          name: `inspector refresh, ${INSPECTOR_TENSORS} tensors 256x256 with grads`,
          unit: 'ms',
          agnb: milliseconds(refresh),
          peers: {},
          target: { bound: INSPECTOR_TARGET_MS },
        },
        { name: 'inspector selection (describe one 256x256 tensor)', unit: 'ms', agnb: milliseconds(select), peers: {} },
      ],
    };
  } finally {
    server.stop();
  }
}
