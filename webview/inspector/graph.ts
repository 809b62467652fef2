// The autograd graph of the selected tensor as SVG: the tensor on top, its grad_fn below, each node pointing
// to its next_functions, down to AccumulateGrad and the leaf tensors. Laid out by dagre (layered, like
// torchviz); nodes are focusable, and activating a grad_fn node asks the extension to reveal the cell and line
// that created it.
import { Graph, layout, type GraphLabel, type Point } from '@dagrejs/dagre';
import type { AutogradGraph, GraphNode } from '../../engine/torch/inspect';
import { element, svgElement } from '../shared/charts';

const CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 15;
const PADDING_X = 10;
const PADDING_Y = 6;

/** The lines a node shows: its name, then where it came from and what it saved. */
function nodeLines(node: GraphNode): string[] {
  const lines = [node.label];
  if (node.kind === 'tensor') lines.push(node.detail);
  if (node.origin) lines.push(`Cell [${node.origin.cell}], line ${node.origin.line}`);
  if (node.saved === 'freed') lines.push('saved tensors freed');
  if (node.saved === 'kept') lines.push('holds saved tensors');
  return lines;
}

function describeNode(node: GraphNode): string {
  const kind = node.kind === 'tensor' ? 'tensor' : node.kind === 'accumulate' ? 'gradient accumulator' : 'backward node';
  const where = node.origin ? `; press Enter to reveal Cell [${node.origin.cell}], line ${node.origin.line}` : '';
  return `${kind} ${nodeLines(node).join(', ')}${where}`;
}

export function graphView(graph: AutogradGraph, onReveal: (node: GraphNode) => void): HTMLElement {
  const container = element('div', undefined, 'graph');
  const layered = new Graph<GraphLabel, { width: number; height: number; x: number; y: number }, { points?: Point[] }>();
  layered.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 30, marginx: 6, marginy: 6 });
  layered.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    const lines = nodeLines(node);
    const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + 2 * PADDING_X;
    layered.setNode(node.id, { width, height: lines.length * LINE_HEIGHT + 2 * PADDING_Y, x: 0, y: 0 });
  }
  for (const edge of graph.edges) layered.setEdge(edge.from, edge.to);
  layout(layered);

  const { width = 0, height = 0 } = layered.graph();
  const svg = svgElement('svg', { width: Math.ceil(width), height: Math.ceil(height), viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, role: 'group' });
  svg.setAttribute('aria-label', 'autograd graph');
  const defs = svgElement('defs');
  const marker = svgElement('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svgElement('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.append(marker);
  svg.append(defs);

  for (const edge of graph.edges) {
    const points = layered.edge(edge.from, edge.to)?.points ?? [];
    if (points.length === 0) continue;
    const d = points.map((point, i) => `${i === 0 ? 'M' : 'L'} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ');
    svg.append(svgElement('path', { d, class: 'edge', 'marker-end': 'url(#arrow)' }));
  }
  for (const node of graph.nodes) {
    const box = layered.node(node.id);
    const group = svgElement('g', { class: `node node-${node.kind}${node.saved === 'freed' ? ' node-freed' : ''}`, transform: `translate(${box.x - box.width / 2}, ${box.y - box.height / 2})` });
    group.dataset.label = node.label;
    group.dataset.id = node.id;
    group.setAttribute('tabindex', '0');
    group.setAttribute('role', node.origin ? 'button' : 'img');
    group.setAttribute('aria-label', describeNode(node));
    const title = svgElement('title');
    title.textContent = describeNode(node);
    group.append(title);
    group.append(svgElement('rect', { width: box.width, height: box.height, rx: node.kind === 'tensor' ? 2 : 8 }));
    nodeLines(node).forEach((line, i) => {
      const text = svgElement('text', { x: PADDING_X, y: PADDING_Y + (i + 1) * LINE_HEIGHT - 4, class: i === 0 ? 'node-title' : 'node-detail' });
      text.textContent = line;
      group.append(text);
    });
    if (node.origin) {
      group.addEventListener('click', () => onReveal(node));
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onReveal(node);
        }
      });
    }
    svg.append(group);
  }
  container.append(svg);
  if (graph.truncated) container.append(element('p', `Only the first ${graph.nodes.length} nodes are shown.`, 'note'));
  return container;
}
