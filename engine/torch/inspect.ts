// What the notebook's rich outputs and the inspector show about tensors, modules and autograd graphs: JSON
// payloads the webviews render. Values are sampled, so a payload stays small whatever the tensor's size.
import { None, typeOf, type PyValue } from '../python/objects/core';
import { AccumulateGrad, FunctionNode, qualifiedName, type Node, type NodeOrigin } from '../tensor/autograd/node';
import type { Storage } from '../tensor/dtype';
import type { Tensor } from '../tensor/tensor';
import { children, isModule, member, namedParameters, ownParameters } from './nn/module';
import { PyTensor } from './tensorObject';

/** Rich output MIME types; text/plain (PyTorch's repr) stays beside them in every output. */
export const TENSOR_MIME = 'application/vnd.agnb.tensor+json';
export const MODULE_MIME = 'application/vnd.agnb.module+json';

export interface TensorDescription {
  shape: number[];
  dtype: string;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  grad: { shape: number[]; norm: number } | null;
}

/** A JSON number, or the name of a value JSON cannot hold. */
export type SampleValue = number | 'nan' | 'inf' | '-inf';

/**
 * Values sampled from a tensor: all of a scalar, evenly spaced elements of a 1-D tensor (a line), evenly
 * spaced rows and columns of a 2-D tensor (a heatmap); a tensor with more dimensions shows its first matrix.
 */
export interface TensorSample {
  /** The source index of each sampled position, per sampled dimension (none for a scalar). */
  indices: number[][];
  /** Row-major over the sampled positions. */
  data: SampleValue[];
  /** For more than two dimensions: the leading indices of the matrix shown (all zero). */
  slice: number[];
  /** Over every element, ignoring NaN; null when there is none. */
  min: SampleValue | null;
  max: SampleValue | null;
}

export interface TensorPayload extends TensorDescription {
  kind: 'tensor';
  numel: number;
  values: TensorSample;
}

/** A cell's tensor result: the payload and PyTorch's repr, shown under the chart (text/plain holds it too). */
export interface TensorOutput extends TensorPayload {
  text: string;
}

export interface ModuleTreeNode {
  /** The attribute name in the parent ('' for the root). */
  name: string;
  type: string;
  parameters: Array<{ name: string; shape: number[]; dtype: string; requiresGrad: boolean; count: number }>;
  /** Elements in this module's own parameters, and in its whole subtree (shared parameters once). */
  ownCount: number;
  totalCount: number;
  children: ModuleTreeNode[];
}

export interface ModulePayload {
  kind: 'module';
  root: ModuleTreeNode;
  trainableCount: number;
}

/** A cell's module result: the tree and PyTorch's repr. */
export interface ModuleOutput extends ModulePayload {
  text: string;
}

/** A node of the inspector's autograd graph: a grad_fn node, or a tensor (the one inspected, or a leaf's). */
export interface GraphNode {
  id: string;
  kind: 'function' | 'accumulate' | 'tensor';
  /** Node class name (`AddBackward0`), or the tensor's name in the namespace. */
  label: string;
  /** What `grad_fn.name()` returns (qualified for AccumulateGrad); for tensors, their shape. */
  detail: string;
  origin?: NodeOrigin;
  /** Whether a grad_fn node holds tensors saved for backward, or backward (without retain_graph) freed them. */
  saved?: 'none' | 'kept' | 'freed';
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface AutogradGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the graph had more than MAX_GRAPH_NODES nodes and only the first were kept. */
  truncated: boolean;
}

export const MAX_LINE_POINTS = 512;
export const MAX_HEATMAP_SIDE = 64;
const MAX_GRAPH_NODES = 300;

/** What the inspector shows for a tensor value; undefined for anything else. Reads .grad without warning. */
export function describeTensor(value: PyValue): TensorDescription | undefined {
  if (!(value instanceof PyTensor)) return undefined;
  return tensorDescription(value.tensor);
}

export function tensorDescription(tensor: Tensor): TensorDescription {
  const grad = tensor.gradValue;
  return {
    shape: [...tensor.shape],
    dtype: `torch.${tensor.dtype}`,
    requiresGrad: tensor.requiresGrad,
    isLeaf: tensor.isLeaf,
    gradFn: tensor.gradFn?.name ?? null,
    grad: grad ? { shape: [...grad.shape], norm: euclideanNorm(grad.contiguousData()) } : null,
  };
}

/**
 * The norm of a gradient as the inspector shows it (to a few digits): squares summed in double in four
 * interleaved partial sums, so the loop runs at memory speed instead of waiting on one add per element.
 */
function euclideanNorm(data: Storage): number {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  const whole = data.length - (data.length % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    const a = data[i]!;
    const b = data[i + 1]!;
    const c = data[i + 2]!;
    const d = data[i + 3]!;
    sum0 += a * a;
    sum1 += b * b;
    sum2 += c * c;
    sum3 += d * d;
  }
  for (; i < data.length; i++) sum0 += data[i]! * data[i]!;
  return Math.sqrt(sum0 + sum1 + (sum2 + sum3));
}

export function tensorPayload(tensor: Tensor): TensorPayload {
  return { kind: 'tensor', ...tensorDescription(tensor), numel: tensor.numel, values: sampleTensor(tensor) };
}

/** `count` evenly spaced indices in [0, size), first and last included. */
function spread(size: number, count: number): number[] {
  if (size <= count) return Array.from({ length: size }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.round((i * (size - 1)) / (count - 1)));
}

function sampleValue(value: number): SampleValue {
  if (Number.isFinite(value)) return value;
  return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
}

export function sampleTensor(tensor: Tensor): TensorSample {
  const rank = tensor.ndim;
  const shape = tensor.shape;
  const slice = rank > 2 ? new Array<number>(rank - 2).fill(0) : [];
  let indices: number[][];
  if (rank === 0) indices = [];
  else if (rank === 1) indices = [spread(shape[0]!, MAX_LINE_POINTS)];
  else indices = [spread(shape[rank - 2]!, MAX_HEATMAP_SIDE), spread(shape[rank - 1]!, MAX_HEATMAP_SIDE)];
  const data: SampleValue[] = [];
  const element = (position: number[]) => {
    let offset = tensor.offset;
    for (let d = 0; d < rank; d++) offset += position[d]! * tensor.strides[d]!;
    return sampleValue(tensor.storage[offset]!);
  };
  if (rank === 0) data.push(element([]));
  else if (rank === 1) for (const i of indices[0]!) data.push(element([i]));
  else for (const row of indices[0]!) for (const column of indices[1]!) data.push(element([...slice, row, column]));

  let min = Infinity;
  let max = -Infinity;
  const all = tensor.contiguousData();
  for (let i = 0; i < all.length; i++) {
    const value = all[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const none = min > max; // empty, or only NaN
  return { indices, data, slice, min: none ? null : sampleValue(min), max: none ? null : sampleValue(max) };
}

// ---- modules --------------------------------------------------------------------------------------------------

export function modulePayload(module: PyValue): ModulePayload {
  const seen = new Set<PyValue>();
  const root = moduleTree('', module, seen);
  let trainableCount = 0;
  for (const [, parameter] of namedParameters(module)) if (parameter.tensor.requiresGrad) trainableCount += parameter.tensor.numel;
  return { kind: 'module', root, trainableCount };
}

function moduleTree(name: string, module: PyValue, seen: Set<PyValue>): ModuleTreeNode {
  const parameters: ModuleTreeNode['parameters'] = [];
  let ownCount = 0;
  for (const [attribute, value] of ownParameters(module)) {
    if (seen.has(value)) continue;
    seen.add(value);
    const tensor = value.tensor;
    parameters.push({ name: attribute, shape: [...tensor.shape], dtype: `torch.${tensor.dtype}`, requiresGrad: tensor.requiresGrad, count: tensor.numel });
    ownCount += tensor.numel;
  }
  const subtrees = children(module).map(([childName, child]) => moduleTree(childName, child, seen));
  const totalCount = subtrees.reduce((sum, subtree) => sum + subtree.totalCount, ownCount);
  return { name, type: typeOf(module).name, parameters, ownCount, totalCount, children: subtrees };
}

/** A module's parameters by dotted name (`linear.weight`), each once, as `named_parameters()` lists them. */
export function moduleParameters(module: PyValue): Array<[string, Tensor]> {
  return namedParameters(module).map(([name, parameter]) => [name, parameter.tensor]);
}

/**
 * Tensors the namespace names, with the name a user would type: globals, and modules' parameters as
 * `model.linear.weight`. Used to label the leaves of autograd graphs.
 */
export function namedTensors(namespace: ReadonlyArray<{ name: string; value: PyValue }>): Map<Tensor, string> {
  const names = new Map<Tensor, string>();
  for (const { name, value } of namespace) {
    if (value instanceof PyTensor && !names.has(value.tensor)) names.set(value.tensor, name);
  }
  for (const { name, value } of namespace) {
    if (!isModule(value)) continue;
    for (const [parameterName, tensor] of moduleParameters(value)) if (!names.has(tensor)) names.set(tensor, `${name}.${parameterName}`);
  }
  return names;
}

/** Resolves `name` or a dotted path into a module (`model.linear.weight`) to a value of the namespace. */
export function lookupPath(namespace: ReadonlyArray<{ name: string; value: PyValue }>, path: string): PyValue | undefined {
  const [first, ...rest] = path.split('.');
  let value: PyValue | undefined = namespace.find((entry) => entry.name === first)?.value;
  for (const part of rest) {
    if (value === undefined || !isModule(value)) return undefined;
    value = member(value, part);
  }
  return value === None ? undefined : value;
}

// ---- autograd graph -------------------------------------------------------------------------------------------

/**
 * The autograd graph behind `tensor`: the tensor, its grad_fn and every node reachable through
 * next_functions (breadth first, as a walk of `next_functions` visits them), each AccumulateGrad followed by the
 * leaf tensor it accumulates into, labelled with its name from `names`.
 */
export function autogradGraph(tensor: Tensor, label: string, names: ReadonlyMap<Tensor, string>): AutogradGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const root: GraphNode = { id: 'tensor', kind: 'tensor', label, detail: shapeText(tensor.shape) };
  nodes.push(root);
  if (!tensor.gradFn) return { nodes, edges, truncated: false };
  const ids = new Map<Node, string>();
  const queue: Node[] = [];
  const visit = (node: Node): string => {
    let id = ids.get(node);
    if (id === undefined) {
      id = `node${node.id}`;
      ids.set(node, id);
      queue.push(node);
    }
    return id;
  };
  edges.push({ from: root.id, to: visit(tensor.gradFn) });
  let truncated = false;
  for (let i = 0; i < queue.length; i++) {
    if (nodes.length >= MAX_GRAPH_NODES) {
      truncated = true;
      break;
    }
    const node = queue[i]!;
    const id = ids.get(node)!;
    nodes.push(graphNode(node, id));
    if (node instanceof AccumulateGrad) {
      const leafId = `leaf${node.id}`;
      nodes.push({ id: leafId, kind: 'tensor', label: names.get(node.variable) ?? '(unnamed tensor)', detail: shapeText(node.variable.shape) });
      edges.push({ from: id, to: leafId });
    }
    for (const [next] of node.nextFunctions) if (next) edges.push({ from: id, to: visit(next) });
  }
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, edges: edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)), truncated };
}

function graphNode(node: Node, id: string): GraphNode {
  const out: GraphNode = {
    id,
    kind: node instanceof AccumulateGrad ? 'accumulate' : 'function',
    label: node.name,
    detail: qualifiedName(node.name),
  };
  if (node.origin) out.origin = node.origin;
  if (node instanceof FunctionNode) out.saved = node.savedTensors;
  return out;
}

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;
