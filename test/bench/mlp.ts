// One training step of an MLP 784-128-64-10, batch 64 (forward, cross-entropy, backward, SGD): agnb's engine
// through its TypeScript API beside TensorFlow.js wasm, and agnb Python beside PyTorch running the same
// program (test/bench/torch/mlp_step.py), in ms per step.
import { join } from 'node:path';
import * as engine from '../../engine/tensor/index';
import { helperThreadCount } from '../../engine/tensor/kernels/wasm/threads';
import { startHelperThreads } from '../../extension/server/helperThreads';
import { randn } from './engineApi';
import { timeLoop } from './measure';
import { outputDifference, pytorchMissing, root, runProgram, tfjs, timedProgram, peerFigure, secondsOf, type ProgramRun } from './peers';
import type { Group, Row } from './report';

const LAYERS = [784, 128, 64, 10];
const BATCH = 64;
const LEARNING_RATE = 0.01;
/** The target for a step. */
const TARGET_MS = 1.0;

/** A step with the engine's API as nn.Linear, F.cross_entropy and optim.SGD compute it. */
function engineStep(): () => void {
  const layers = LAYERS.slice(1).map((outputs, i) => ({
    weight: randn([outputs, LAYERS[i]!], 0.05, true),
    bias: randn([outputs], 0.05, true),
  }));
  const parameters = layers.flatMap((layer) => [layer.weight, layer.bias]);
  const x = randn([BATCH, LAYERS[0]!]);
  const labels = engine.Tensor.fromStorage(Float64Array.from({ length: BATCH }, (_, i) => (i * 7) % 10), [BATCH], 'int64');
  const step = engine.wrapNumber(-LEARNING_RATE, 'float32');
  return () => {
    let activation = x;
    layers.forEach((layer, i) => {
      const output = engine.addmm(layer.bias, activation, engine.t(layer.weight));
      activation = i < layers.length - 1 ? engine.relu(output) : output;
    });
    engine.backward(engine.crossEntropy(activation, labels));
    engine.withGradMode(false, () => {
      for (const parameter of parameters) {
        engine.addInPlace(parameter, parameter.gradValue!, step);
        engine.zeroInPlace(parameter.gradValue!);
      }
    });
  };
}

async function tfjsStep(): Promise<() => void> {
  const tf = await tfjs();
  const layers = LAYERS.slice(1).map((outputs, i) => ({
    weight: tf.variable(tf.randomNormal([LAYERS[i]!, outputs], 0, 0.05)),
    bias: tf.variable(tf.randomNormal([outputs], 0, 0.05)),
  }));
  const x = tf.randomNormal([BATCH, LAYERS[0]!]);
  const labels = tf.oneHot(tf.tensor1d(Array.from({ length: BATCH }, (_, i) => (i * 7) % 10), 'int32'), 10);
  const optimizer = tf.train.sgd(LEARNING_RATE);
  return () => {
    optimizer.minimize(() => {
      let activation = x;
      layers.forEach((layer, i) => {
        const output = tf.add(tf.matMul(activation, layer.weight), layer.bias);
        activation = i < layers.length - 1 ? tf.relu(output) : output;
      });
      return tf.losses.softmaxCrossEntropy(labels, activation);
    });
  };
}

export async function mlpGroup(progress: (text: string) => void): Promise<Group> {
  const loop = (step: () => void) => (iterations: number) => {
    for (let i = 0; i < iterations; i++) step();
  };
  const milliseconds = (seconds: number): number => seconds * 1000;
  progress('MLP step: engine API');
  const agnbApi = timeLoop(loop(engineStep()));
  progress('MLP step: engine API with helper threads');
  const stopHelpers = startHelperThreads(join(root, 'dist', 'kernelHelper.js'));
  const helpers = helperThreadCount();
  const agnbApiThreaded = helpers > 0 ? timeLoop(loop(engineStep())) : undefined;
  stopHelpers();
  progress('MLP step: TensorFlow.js');
  const tfjsSeconds = timeLoop(loop(await tfjsStep()));
  progress('MLP step: agnb Python');
  const program = timedProgram('mlp_step.py');
  const agnbPython = runProgram('agnb', program);
  const agnbPythonThreaded = helpers > 0 ? runProgram('agnb', program, helpers) : undefined;
  const missing = pytorchMissing();
  progress('MLP step: PyTorch');
  const pytorch = missing ?? runProgram('pytorch', program);
  const pytorchThreaded = missing ?? (helpers > 0 ? runProgram('pytorch', program, helpers) : undefined);
  const peersOf = (run: ProgramRun | string | undefined) => ({ tfjs: milliseconds(tfjsSeconds), ...(run === undefined ? {} : { pytorch: peerFigure(run, 'training step', milliseconds) }) });
  const note = typeof pytorch === 'string' ? undefined : outputDifference(agnbPython, pytorch, 'PyTorch');
  const threads = `${helpers + 1} threads (agnb's matrix products, PyTorch's intra-op threads)`;
  const row = (name: string, agnb: number, run: ProgramRun | string | undefined, extra: Partial<Row> = {}): Row => ({
    name,
    unit: 'ms',
    agnb,
    peers: peersOf(run),
    target: { bound: TARGET_MS },
    ...extra,
  });
  const rows = [row('MLP step, TS API', milliseconds(agnbApi), pytorch)];
  if (agnbApiThreaded !== undefined) rows.push(row(`MLP step, TS API, ${threads}`, milliseconds(agnbApiThreaded), pytorchThreaded));
  rows.push(row('MLP step, agnb Python', milliseconds(secondsOf(agnbPython, 'training step')), pytorch, note ? { note } : {}));
  if (agnbPythonThreaded) rows.push(row(`MLP step, agnb Python, ${threads}`, milliseconds(secondsOf(agnbPythonThreaded, 'training step')), pytorchThreaded));
  return {
    name: 'mlp',
    title: 'Training step, MLP 784-128-64-10, batch 64 (forward, cross-entropy, backward, SGD); one thread unless a row says otherwise',
    rows,
  };
}
