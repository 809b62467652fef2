// Scenarios computed by real PyTorch (tools/gen_autograd_fixtures.py): the engine must reproduce every
// result and gradient bit for bit, and name the graph's nodes as PyTorch does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as torch from '../../engine/tensor/index';
import type { Tensor } from '../../engine/tensor/index';

interface Recorded {
  shape: number[];
  dtype: 'float32' | 'float64';
  bits: string[];
}
interface Scenario {
  inputs: Record<string, Recorded>;
  results: Record<string, Recorded>;
  grad_fns: Record<string, string | Array<string | null>>;
}

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'autograd', 'scenarios.json'), 'utf8')) as {
  scenarios: Record<string, Scenario>;
  messages: Record<string, { type: string; message: string }>;
};

const isTensor = (value: unknown): value is Tensor => value instanceof torch.Tensor;
const accumulateGradName = (name: string | undefined) => (name === 'AccumulateGrad' ? 'torch::autograd::AccumulateGrad' : name ?? null);

/** y = exp(x) * k with backward grad * y, as a custom autograd Function (the fixture's MyExp). */
function myExp(x: Tensor, k: number): Tensor {
  return torch.applyCustomFunction(
    'MyExp',
    [x, k],
    isTensor,
    (ctx) => {
      const y = torch.mul(torch.exp(x), torch.wrapNumber(k, 'float32'));
      ctx.saveForBackward([y]);
      return y;
    },
    (ctx, [grad]) => [torch.mul(grad!, ctx.savedTensors()[0]!), null],
  ) as Tensor;
}

function fromRecorded(recorded: Recorded, requiresGrad = false): Tensor {
  const words = new Uint32Array(recorded.bits.map((hex) => parseInt(hex, 16)));
  const tensor = torch.Tensor.fromStorage(new Float32Array(words.buffer), recorded.shape, 'float32');
  tensor.requiresGrad = requiresGrad;
  return tensor;
}

function bitsOf(tensor: Tensor): string[] {
  const data = new Float32Array(torch.contiguous(tensor).contiguousData());
  return [...new Uint32Array(data.buffer)].map((word) => word.toString(16).padStart(8, '0'));
}

const ULP_ALLOWANCE: Record<string, number> = {};

function assertMatches(name: string, actual: Tensor | null, expected: Recorded, ulps: number): void {
  assert.ok(actual, `${name} exists`);
  assert.deepEqual(actual.shape, expected.shape, `${name} shape`);
  const bits = bitsOf(actual);
  if (ulps === 0) {
    assert.deepEqual(bits, expected.bits, `${name} values`);
    return;
  }
  bits.forEach((hex, i) => {
    const distance = Math.abs(parseInt(hex, 16) - parseInt(expected.bits[i]!, 16));
    assert.ok(distance <= ulps, `${name}[${i}]: ${hex} is ${distance} ulp from PyTorch's ${expected.bits[i]}`);
  });
}

const scalar = (value: number) => torch.wrapNumber(value, 'int64');
const nodeName = (tensor: Tensor) => tensor.gradFn?.name;

type Build = (inputs: Record<string, Tensor>) => { results: Record<string, Tensor | null>; gradFns: Record<string, unknown> };

const scenarios: Record<string, Build> = {
  seed_tutorial: ({ w, b }) => {
    const x = torch.ones([5], 'float32');
    const y = torch.zeros([3], 'float32');
    const z = torch.add(torch.matmul(x, w!), b!);
    const loss = torch.binaryCrossEntropyWithLogits(z, y);
    torch.backward(loss);
    const squeeze = z.gradFn!.nextFunctions[0]![0]!;
    return {
      results: { z, loss, 'w.grad': w!.gradValue, 'b.grad': b!.gradValue },
      gradFns: {
        z: nodeName(z),
        loss: nodeName(loss),
        'z.next': z.gradFn!.nextFunctions.map(([node]) => accumulateGradName(node?.name)),
        'z.next.0.next': squeeze.nextFunctions.map(([node]) => node?.name ?? null),
      },
    };
  },
  broadcast_arithmetic: ({ a, b }) => {
    const out = torch.powScalar(torch.div(torch.add(torch.mul(a!, b!), scalar(1)), torch.sub(b!, scalar(3))), scalar(2));
    const s = torch.sum(torch.rsub(out, scalar(2)));
    torch.backward(s);
    return { results: { out, s, 'a.grad': a!.gradValue, 'b.grad': b!.gradValue }, gradFns: { out: nodeName(out), s: nodeName(s) } };
  },
  unary_chain: ({ a }) => {
    const h = torch.add(torch.exp(torch.tanh(a!)), torch.mul(torch.sigmoid(a!), torch.relu(a!)));
    const out = torch.mean(torch.log(h));
    torch.backward(out);
    return { results: { h, out, 'a.grad': a!.gradValue }, gradFns: { h: nodeName(h), out: nodeName(out) } };
  },
  matrix_reductions: ({ a, b }) => {
    const p = torch.mm(torch.t(a!), b!);
    const rows = torch.sum(p, [1]);
    const out = torch.add(torch.mean(torch.mul(rows, rows), [0]), torch.mean(p));
    torch.backward(out);
    return {
      results: { p, rows, out, 'a.grad': a!.gradValue, 'b.grad': b!.gradValue },
      gradFns: { p: nodeName(p), rows: nodeName(rows), out: nodeName(out) },
    };
  },
  custom_function: ({ a }) => {
    const y = myExp(a!, 2);
    torch.backward(torch.sum(torch.mul(y, y)));
    return { results: { y, 'a.grad': a!.gradValue }, gradFns: { y: nodeName(y), 'y.next': y.gradFn!.nextFunctions.map(([node]) => accumulateGradName(node?.name)) } };
  },
  accumulation: ({ a }) => {
    const y = torch.sum(torch.mul(a!, a!));
    torch.backward(y, { retainGraph: true });
    const first = torch.clone(a!.gradValue!);
    torch.backward(y);
    return { results: { first, 'a.grad': a!.gradValue }, gradFns: {} };
  },
};

for (const [name, expected] of Object.entries(fixture.scenarios)) {
  const ulps = ULP_ALLOWANCE[name] ?? 0;
  test(`${name} matches PyTorch ${ulps === 0 ? 'bit for bit' : `within ${ulps} ulp`}`, () => {
    const build = scenarios[name];
    assert.ok(build, `scenario ${name} has a TS counterpart`);
    const inputs = Object.fromEntries(Object.entries(expected.inputs).map(([key, recorded]) => [key, fromRecorded(recorded, true)]));
    const { results, gradFns } = build(inputs);
    for (const [key, recorded] of Object.entries(expected.results)) assertMatches(`${name}: ${key}`, results[key] ?? null, recorded, ulps);
    assert.deepEqual(gradFns, expected.grad_fns);
  });
}

test('a second backward through freed saved tensors raises PyTorch\'s error; retain_graph allows it', () => {
  const x = torch.ones([2], 'float32');
  x.requiresGrad = true;
  const y = torch.sum(torch.mul(x, x));
  torch.backward(y);
  assert.throws(() => torch.backward(y), /^RuntimeError: Trying to backward through the graph a second time/);
});

test('backward on a non-scalar or an untracked tensor raises PyTorch\'s errors', () => {
  const x = torch.ones([2], 'float32');
  x.requiresGrad = true;
  assert.throws(() => torch.backward(torch.mul(x, scalar(2))), /grad can be implicitly created only for scalar outputs/);
  assert.throws(() => torch.backward(torch.sum(torch.ones([2], 'float32'))), /element 0 of tensors does not require grad and does not have a grad_fn/);
});

test('gradcheck reports a wrong backward with PyTorch\'s message', () => {
  const ones = torch.ones([2], 'float64');
  ones.requiresGrad = true;
  const timesTwoWrongBackward = ([x]: Tensor[]) =>
    torch.applyCustomFunction('TimesTwoWrongBackward', [x!], isTensor, () => torch.mul(x!, torch.wrapNumber(2, 'int64')), (_, [grad]) => [
      torch.mul(grad!, torch.wrapNumber(3, 'int64')),
    ]) as Tensor;
  const expected = fixture.messages.gradcheck_mismatch!;
  assert.throws(() => torch.gradcheck(timesTwoWrongBackward, [ones]), (error: Error) => error.name === expected.type && error.message === expected.message);
  const correct = ([x]: Tensor[]) => torch.sum(torch.mul(x!, x!));
  assert.equal(torch.gradcheck(correct, [ones]), true);
});

test('a custom Function whose backward returns too few gradients fails as in PyTorch', () => {
  const x = torch.ones([2], 'float32');
  x.requiresGrad = true;
  const y = torch.applyCustomFunction('TooFewGradients', [x, 3], isTensor, () => torch.mul(x, torch.wrapNumber(3, 'float32')), (_, [grad]) => [grad!]) as Tensor;
  const expected = fixture.messages.wrong_gradient_count!;
  assert.throws(() => torch.backward(torch.sum(y)), (error: Error) => error.name === expected.type && error.message === expected.message);
});
