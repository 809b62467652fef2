// A helper thread of a kernel: computes its band of the large matrix products the kernel shares with it
// (engine/tensor/kernels/wasm/threads.ts). Started by helperThreads.ts.
import { parentPort } from 'node:worker_threads';
import { serveHelperThread } from '../../engine/tensor/kernels/wasm/threads';

parentPort!.on('message', serveHelperThread);
