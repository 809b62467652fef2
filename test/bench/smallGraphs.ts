// Where the cost is overhead, not arithmetic: the seed tutorial's graph (forward + backward) and single
// operations on 3-element tensors. agnb's engine API and agnb Python (test/bench/torch/seed_graph.py and
// tiny_ops.py) beside PyTorch running the same programs and TensorFlow.js's equivalent calls, in µs per step.
import type * as tf from '@tensorflow/tfjs-core';
import * as engine from '../../engine/tensor/index';
import { randn } from './engineApi';
import { timeLoop } from './measure';
import { outputDifference, peerFigure, pytorchMissing, runProgram, secondsOf, tfjs, timedProgram, type ProgramRun } from './peers';
import type { Figure, Group, Row } from './report';

/** The target for the seed graph's forward + backward from agnb Python. */
const SEED_TARGET_US = 50;

const microseconds = (seconds: number): number => seconds * 1e6;

interface Operands<T> {
  a: T;
  b: T;
  gradA: T;
  gradB: T;
}

/** Each operation as tiny_ops.py labels it, through the engine's API and TensorFlow.js (none: it has no such thing). */
const TINY_OPS: Array<{ label: string; engine: (x: Operands<engine.Tensor>) => engine.Tensor; tfjs?: (t: typeof tf, x: Operands<tf.Tensor>) => tf.Tensor }> = [
  { label: 'a + b', engine: ({ a, b }) => engine.add(a, b), tfjs: (t, { a, b }) => t.add(a, b) },
  { label: 'a + b, requires_grad', engine: ({ gradA, gradB }) => engine.add(gradA, gradB) },
  { label: 'a * b', engine: ({ a, b }) => engine.mul(a, b), tfjs: (t, { a, b }) => t.mul(a, b) },
  { label: 'a.sum()', engine: ({ a }) => engine.sum(a), tfjs: (t, { a }) => t.sum(a) },
  { label: 'torch.relu(a)', engine: ({ a }) => engine.relu(a), tfjs: (t, { a }) => t.relu(a) },
];

function engineSeedGraph(): (iterations: number) => void {
  const x = engine.ones([5], 'float32');
  const y = engine.zeros([3], 'float32');
  const w = randn([5, 3], 1, true);
  const b = randn([3], 1, true);
  return (iterations) => {
    for (let i = 0; i < iterations; i++) engine.backward(engine.binaryCrossEntropyWithLogits(engine.add(engine.matmul(x, w), b), y));
  };
}

export async function smallGraphsGroup(progress: (text: string) => void): Promise<Group> {
  const t = await tfjs();
  const missing = pytorchMissing();
  const programs = ['seed_graph.py', 'tiny_ops.py'].map((name) => timedProgram(name));
  progress('small graphs: agnb Python');
  const [agnbSeed, agnbOps] = programs.map((file) => runProgram('agnb', file)) as [ProgramRun, ProgramRun];
  progress('small graphs: PyTorch');
  const [pytorchSeed, pytorchOps] = programs.map((file) => missing ?? runProgram('pytorch', file));
  /** Whether the program printed the same under both (said once per program). */
  const note = (agnb: ProgramRun, pytorch: ProgramRun | string) => {
    const difference = typeof pytorch === 'string' ? undefined : outputDifference(agnb, pytorch, 'PyTorch');
    return difference ? { note: difference } : {};
  };

  progress('small graphs: engine API and TensorFlow.js');
  const rows: Row[] = [
    {
      name: 'seed graph forward + backward, TS API',
      unit: 'µs',
      agnb: microseconds(timeLoop(engineSeedGraph())),
      peers: { pytorch: peerFigure(pytorchSeed!, 'forward + backward', microseconds) },
    },
    ...['forward', 'forward + backward'].map((label) => ({
      name: `seed graph ${label}, agnb Python`,
      unit: 'µs' as const,
      agnb: microseconds(secondsOf(agnbSeed, label)),
      peers: { pytorch: peerFigure(pytorchSeed!, label, microseconds) },
      ...(label === 'forward + backward' ? { target: { bound: SEED_TARGET_US } } : note(agnbSeed, pytorchSeed!)),
    })),
  ];

  const engineOperands: Operands<engine.Tensor> = { a: randn([3]), b: randn([3]), gradA: randn([3], 1, true), gradB: randn([3], 1, true) };
  const tfjsOperands: Operands<tf.Tensor> = { a: t.randomNormal([3]), b: t.randomNormal([3]), gradA: t.randomNormal([3]), gradB: t.randomNormal([3]) };
  for (const op of TINY_OPS) {
    const tfjsOp = op.tfjs;
    const tfjsFigure: Figure = tfjsOp
      ? microseconds(
          timeLoop((iterations) => {
            for (let i = 0; i < iterations; i++) tfjsOp(t, tfjsOperands).dispose();
          }),
        )
      : { skipped: 'no requires_grad (gradients come from tf.grad over a function)' };
    const pytorch = peerFigure(pytorchOps!, op.label, microseconds);
    rows.push({
      name: `${op.label}, TS API`,
      unit: 'µs',
      agnb: microseconds(
        timeLoop((iterations) => {
          for (let i = 0; i < iterations; i++) op.engine(engineOperands);
        }),
      ),
      peers: { tfjs: tfjsFigure, pytorch },
    });
  }
  for (const label of ['empty loop', ...TINY_OPS.map((op) => op.label)]) {
    rows.push({
      name: `${label}, agnb Python`,
      unit: 'µs',
      agnb: microseconds(secondsOf(agnbOps, label)),
      peers: { pytorch: peerFigure(pytorchOps!, label, microseconds) },
      ...(label === 'empty loop' ? note(agnbOps, pytorchOps!) : {}),
    });
  }
  return { name: 'small', title: 'Small graphs and per-operation overhead (3-element tensors)', rows };
}
