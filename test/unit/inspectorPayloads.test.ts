// The payloads behind rich outputs and the inspector, checked against real PyTorch
// (test/fixtures/inspector/programs.json, written by tools/gen_inspector_fixtures.py): each program runs in the
// kernel, and what the kernel describes must match what PyTorch says about the same names; autograd graphs must
// have the nodes, edges and leaves that a walk of PyTorch's next_functions finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel, type ExecuteReply } from '../../engine/kernel';
import { MODULE_MIME, TENSOR_MIME, type AutogradGraph, type TensorPayload } from '../../engine/torch/index';

interface SampleFixture {
  indices: number[][];
  data: Array<number | string>;
  slice: number[];
  min: number | string | null;
  max: number | string | null;
}
interface TensorFixture {
  shape: number[];
  dtype: string;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  numel: number;
  values: SampleFixture;
  grad: { shape: number[]; norm: number; values: SampleFixture } | null;
}
interface GraphFixture {
  nodes: Array<{ label: string; name: string; leaf?: string; leafShape?: number[]; saved?: string }>;
  edges: Array<[number, number]>;
}
interface ProgramFixture {
  source: string;
  tensors: Record<string, TensorFixture>;
  graphs: Record<string, GraphFixture>;
  modules: Record<string, { root: unknown; total: number; trainable: number }>;
}

const fixtures = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'inspector', 'programs.json'), 'utf8')) as {
  programs: Record<string, ProgramFixture>;
};

function run(source: string): Kernel {
  const kernel = new Kernel({ write: () => {}, interruptRequested: () => false });
  const reply = kernel.execute(source);
  assert.equal(reply.status, 'ok', JSON.stringify(reply.outputs));
  return kernel;
}

function expectTensor(actual: TensorPayload, expected: TensorFixture, where: string): void {
  const { grad: _grad, ...fields } = expected;
  assert.deepEqual(
    { shape: actual.shape, dtype: actual.dtype, requiresGrad: actual.requiresGrad, isLeaf: actual.isLeaf, gradFn: actual.gradFn, numel: actual.numel, values: actual.values },
    fields,
    where,
  );
}

/** The graph's grad_fn nodes in walk order, edges by index among them, and each AccumulateGrad's leaf. */
function project(graph: AutogradGraph): GraphFixture {
  const functions = graph.nodes.filter((node) => node.kind !== 'tensor');
  const index = new Map(functions.map((node, i) => [node.id, i]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes = functions.map((node) => {
    const out: GraphFixture['nodes'][number] = { label: node.label, name: node.detail };
    if (node.kind === 'accumulate') {
      const leaf = byId.get(graph.edges.find((edge) => edge.from === node.id)!.to)!;
      out.leaf = leaf.label;
      out.leafShape = JSON.parse(leaf.detail) as number[];
    } else {
      out.saved = node.saved;
    }
    return out;
  });
  const edges = graph.edges.filter((edge) => index.has(edge.from) && index.has(edge.to)).map((edge): [number, number] => [index.get(edge.from)!, index.get(edge.to)!]);
  return { nodes, edges };
}

for (const [name, program] of Object.entries(fixtures.programs)) {
  test(`inspector payloads match PyTorch: ${name}`, () => {
    const kernel = run(program.source);
    for (const [tensorName, expected] of Object.entries(program.tensors)) {
      const result = kernel.describe(tensorName);
      assert.ok(result?.tensor, `${tensorName} is a tensor`);
      expectTensor(result.tensor, expected, tensorName);
      if (expected.grad) {
        assert.ok(result.grad, `${tensorName} has a grad`);
        assert.deepEqual(result.grad.shape, expected.grad.shape);
        assert.deepEqual(result.grad.values, expected.grad.values, `${tensorName}.grad values`);
        const variable = kernel.variables().find((entry) => entry.name === tensorName)!;
        // The norm is summed in another order than PyTorch's: equal to float32 rounding.
        assert.ok(Math.abs(variable.tensor!.grad!.norm - expected.grad.norm) <= 1e-6 * expected.grad.norm, `${tensorName}.grad norm`);
      } else {
        assert.equal(result.grad, null, `${tensorName} has no grad`);
      }
    }
    for (const [tensorName, expected] of Object.entries(program.graphs)) {
      const graph = kernel.describe(tensorName)!.graph!;
      assert.deepEqual(project(graph), expected, `graph of ${tensorName}`);
      assert.equal(graph.truncated, false);
    }
    for (const [moduleName, expected] of Object.entries(program.modules)) {
      const module = kernel.describe(moduleName)!.module!;
      assert.deepEqual(module.root, expected.root, `${moduleName} tree`);
      assert.equal(module.root.totalCount, expected.total);
      assert.equal(module.trainableCount, expected.trainable);
    }
  });
}

test('graph nodes remember the cell and line that created them', () => {
  const source = fixtures.programs.seed_tutorial!.source;
  const kernel = new Kernel({ write: () => {}, interruptRequested: () => false });
  kernel.execute('pass');
  kernel.execute(source);
  const lineOf = (text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;
  const graph = kernel.describe('loss')!.graph!;
  const origin = (label: string) => graph.nodes.find((node) => node.label === label)?.origin;
  assert.deepEqual(origin('BinaryCrossEntropyWithLogitsBackward0'), { cell: 2, line: lineOf('binary_cross_entropy_with_logits') });
  assert.deepEqual(origin('MmBackward0'), { cell: 2, line: lineOf('torch.matmul(x, w)') });
  // A function defined in one cell and called from another: its ops belong to the line in the function.
  kernel.execute('def double(t):\n    return t * 2\n');
  kernel.execute('d = double(w)');
  assert.deepEqual(kernel.describe('d')!.graph!.nodes.find((node) => node.label === 'MulBackward0')?.origin, { cell: 3, line: 2 });
  // Scripts have no cells.
  const script = new Kernel({ write: () => {}, interruptRequested: () => false });
  script.execute(source, { mode: 'script', fileName: 'x.py' });
  assert.equal(script.describe('loss')!.graph!.nodes.find((node) => node.kind === 'function')!.origin, undefined);
});

function displayed(reply: ExecuteReply): Record<string, string> {
  const output = reply.outputs.find((entry) => entry.output_type === 'execute_result');
  assert.ok(output && output.output_type === 'execute_result');
  return output.data;
}

test('a tensor result carries PyTorch text and the tensor payload; a module result its tree', () => {
  const program = fixtures.programs.module!;
  const kernel = run(program.source);
  const data = displayed(kernel.execute('pred'));
  const payload = JSON.parse(data[TENSOR_MIME]!) as TensorPayload & { text: string };
  assert.equal(payload.text, data['text/plain']);
  assert.ok(data['text/plain']!.startsWith('tensor([['));
  expectTensor(payload, program.tensors.pred!, 'pred');

  const module = displayed(kernel.execute('model'));
  const tree = JSON.parse(module[MODULE_MIME]!) as { root: unknown; text: string };
  assert.deepEqual(tree.root, program.modules.model!.root);
  assert.equal(tree.text, module['text/plain']);
  assert.deepEqual(Object.keys(displayed(kernel.execute('3'))), ['text/plain']);
});

interface TreeFixture {
  parameters: Array<{ name: string; shape: number[] }>;
  children: Array<TreeFixture & { name: string }>;
}

/** named_parameters() order: own parameters, then each child's, depth first. */
function flatten(tree: TreeFixture, prefix = ''): Array<[string, number[]]> {
  return [
    ...tree.parameters.map((parameter): [string, number[]] => [prefix + parameter.name, parameter.shape]),
    ...tree.children.flatMap((child) => flatten(child, `${prefix}${child.name}.`)),
  ];
}

test('variables list each module with its parameters by dotted name', () => {
  const program = fixtures.programs.module!;
  const kernel = run(program.source);
  const model = kernel.variables().find((entry) => entry.name === 'model')!;
  assert.deepEqual(
    model.parameters!.map((parameter) => [parameter.name, parameter.tensor.shape]),
    flatten(program.modules.model!.root as TreeFixture),
  );
  assert.equal(kernel.describe('model.hidden.weight')!.tensor!.isLeaf, true);
  assert.equal(kernel.describe('model.nothing'), undefined);
});
