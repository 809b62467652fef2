// One notebook's kernel, in its own worker thread: a cell that loops forever blocks only this thread, and the
// kernel server can still interrupt it (shared flag) or terminate it.
import { parentPort, workerData } from 'node:worker_threads';
import { Kernel } from '../../engine/kernel';
import { setDefaultPrintPrecision } from '../../engine/torch/printing';
import { startHelperThreadsWhenNeeded } from './helperThreads';
import { nodeFiles } from './nodeFiles';
import { INTERRUPT_FLAG, type KernelSettings, type WorkerRequest, type WorkerResponse } from './protocol';

/** Stream text is batched: at most one message per interval keeps a print loop from flooding VS Code. */
const STREAM_FLUSH_MS = 30;

const port = parentPort!;
const flags = new Int32Array(workerData.interruptBuffer as SharedArrayBuffer);
const settings = workerData.settings as KernelSettings;
let currentId = 0;
let pending: { name: 'stdout' | 'stderr'; text: string } | undefined;
let lastFlush = 0;

function send(message: WorkerResponse): void {
  port.postMessage(message);
}

function flush(): void {
  if (pending) send({ type: 'stream', id: currentId, ...pending });
  pending = undefined;
  lastFlush = Date.now();
}

const kernel = new Kernel({
  write(name, text) {
    if (pending && pending.name !== name) flush();
    if (pending) pending.text += text;
    else pending = { name, text };
    if (Date.now() - lastFlush >= STREAM_FLUSH_MS) flush();
  },
  interruptRequested() {
    // Polled often while code runs: also the chance to send text a long-running cell printed a while ago.
    if (pending && Date.now() - lastFlush >= STREAM_FLUSH_MS) flush();
    return Atomics.exchange(flags, INTERRUPT_FLAG, 0) !== 0;
  },
  files: nodeFiles(workerData.workingDirectory as string),
});

startHelperThreadsWhenNeeded();
setDefaultPrintPrecision(settings.printPrecision);
kernel.outputLimits = { maxLines: settings.maxOutputLines, maxCharacters: settings.maxOutputCharacters };

port.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'execute': {
      currentId = request.id;
      lastFlush = Date.now();
      const reply = kernel.execute(request.code, request.options);
      flush();
      send({ type: 'executed', id: request.id, reply });
      return;
    }
    case 'variables':
      send({ type: 'variables', id: request.id, variables: kernel.variables() });
      return;
    case 'inspect':
      send({ type: 'inspected', id: request.id, answer: kernel.inspect(request.query) });
      return;
    case 'configure':
      kernel.outputLimits = { maxLines: request.settings.maxOutputLines, maxCharacters: request.settings.maxOutputCharacters };
      return;
    case 'describe':
      send({ type: 'described', id: request.id, detail: kernel.describe(request.name) ?? null });
      return;
    case 'shutdown':
      process.exit(0);
  }
});
