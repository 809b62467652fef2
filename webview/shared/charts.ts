// Charts of sampled tensor values, shared by the notebook renderer and the inspector: a heatmap (canvas) for
// matrices, a line (SVG) for vectors, and the badge and chips that describe a tensor. DOM nodes and textContent
// only (no HTML strings), and sizes set through the CSSOM, so a strict Content-Security-Policy allows them.
import type { SampleValue, TensorPayload, TensorSample } from '../../engine/torch/inspect';

const SVG = 'http://www.w3.org/2000/svg';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

export const shapeText = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

export function formatValue(value: SampleValue | null): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  return magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5) ? value.toExponential(3) : String(Number(value.toPrecision(4)));
}

const numeric = (value: SampleValue): number => (typeof value === 'number' ? value : value === 'inf' ? Infinity : value === '-inf' ? -Infinity : NaN);

/** "tensor [5, 3] float32" and the autograd chips: what the tensor is before what it holds. */
export function tensorBadges(tensor: Omit<TensorPayload, 'values' | 'kind' | 'numel'>): HTMLElement {
  const row = element('div', undefined, 'agnb-badges');
  const badge = element('span', undefined, 'agnb-badge');
  badge.append(element('span', shapeText(tensor.shape), 'agnb-shape'), element('span', tensor.dtype.replace(/^torch\./, ''), 'agnb-dtype'));
  row.append(badge);
  const chip = (text: string, on: boolean, title: string) => {
    const node = element('span', text, `agnb-chip ${on ? 'agnb-chip-on' : 'agnb-chip-off'}`);
    node.title = title;
    row.append(node);
  };
  chip(`requires_grad=${tensor.requiresGrad ? 'True' : 'False'}`, tensor.requiresGrad, 'whether autograd records operations on this tensor');
  chip(`is_leaf=${tensor.isLeaf ? 'True' : 'False'}`, tensor.isLeaf, 'leaves are created by the user; backward accumulates into their .grad');
  if (tensor.gradFn) chip(`grad_fn=${tensor.gradFn}`, true, 'the autograd node that created this tensor');
  if (tensor.grad) chip(`grad ${shapeText(tensor.grad.shape)} ‖·‖=${formatValue(tensor.grad.norm)}`, true, 'the accumulated gradient and its 2-norm');
  return row;
}

/** Colour of `value` on the scale from `low` to `high`: diverging around zero when the values have both signs. */
function colourScale(low: number, high: number): (value: number) => [number, number, number] {
  if (low < 0 && high > 0) {
    const limit = Math.max(-low, high);
    return (value) => {
      const t = Math.max(-1, Math.min(1, value / limit));
      // Blue for negative, red for positive, a neutral grey at zero that reads on light and dark themes.
      return t < 0 ? mix([128, 128, 128], [33, 102, 172], -t) : mix([128, 128, 128], [214, 47, 39], t);
    };
  }
  const span = high - low || 1;
  return (value) => viridis(Math.max(0, Math.min(1, (value - low) / span)));
}

function mix(from: number[], to: number[], t: number): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * t)) as [number, number, number];
}

/** A few stops of matplotlib's viridis, interpolated: perceptually even for values of one sign. */
const VIRIDIS = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];
function viridis(t: number): [number, number, number] {
  const position = t * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(position));
  return mix(VIRIDIS[i]!, VIRIDIS[i + 1]!, position - i);
}

function finiteRange(sample: TensorSample): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of sample.data) {
    if (typeof value !== 'number') continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low > high ? [0, 0] : [low, high];
}

const NAN_COLOUR: [number, number, number] = [255, 0, 255];

/** A heatmap of a matrix sample, with the value under the pointer in its tooltip and a colour legend. */
export function heatmap(sample: TensorSample, shape: readonly number[], label: string): HTMLElement {
  const [rows, columns] = [sample.indices[0]!, sample.indices[1]!];
  const figure = element('figure', undefined, 'agnb-heatmap');
  const canvas = element('canvas');
  canvas.width = Math.max(1, columns.length);
  canvas.height = Math.max(1, rows.length);
  const cell = Math.max(3, Math.min(32, Math.floor(320 / Math.max(rows.length, columns.length, 1))));
  canvas.style.width = `${columns.length * cell}px`;
  canvas.style.height = `${rows.length * cell}px`;
  canvas.setAttribute('role', 'img');
  const sampled = rows.length < shape[shape.length - 2]! || columns.length < shape[shape.length - 1]!;
  canvas.setAttribute('aria-label', `${label}: heatmap of ${rows.length} by ${columns.length} values${sampled ? ' (sampled)' : ''}`);
  const [low, high] = finiteRange(sample);
  const colour = colourScale(low, high);
  const context = canvas.getContext('2d');
  if (context && rows.length > 0 && columns.length > 0) {
    const image = context.createImageData(columns.length, rows.length);
    sample.data.forEach((value, i) => {
      const number = numeric(value);
      const [r, g, b] = Number.isNaN(number) ? NAN_COLOUR : colour(Number.isFinite(number) ? number : number > 0 ? high : low);
      image.data.set([r, g, b, 255], i * 4);
    });
    context.putImageData(image, 0, 0);
  }
  canvas.addEventListener('mousemove', (event) => {
    const box = canvas.getBoundingClientRect();
    const column = Math.floor(((event.clientX - box.left) / box.width) * columns.length);
    const row = Math.floor(((event.clientY - box.top) / box.height) * rows.length);
    const value = sample.data[row * columns.length + column];
    if (value === undefined) return;
    canvas.title = `[${[...sample.slice, rows[row], columns[column]].join(', ')}] = ${formatValue(value)}`;
  });
  figure.append(canvas, legend(low, high, colour), caption(sample, shape, sampled));
  return figure;
}

function legend(low: number, high: number, colour: (value: number) => [number, number, number]): HTMLElement {
  const bar = element('div', undefined, 'agnb-legend');
  const strip = element('canvas');
  strip.width = 64;
  strip.height = 1;
  const context = strip.getContext('2d');
  if (context) {
    const image = context.createImageData(64, 1);
    for (let i = 0; i < 64; i++) image.data.set([...colour(low + ((high - low) * i) / 63), 255], i * 4);
    context.putImageData(image, 0, 0);
  }
  bar.append(element('span', formatValue(low)), strip, element('span', formatValue(high)));
  return bar;
}

function caption(sample: TensorSample, shape: readonly number[], sampled: boolean): HTMLElement {
  const parts = [`min ${formatValue(sample.min)}`, `max ${formatValue(sample.max)}`];
  if (sample.slice.length > 0) parts.push(`showing [${sample.slice.join(', ')}, :, :] of ${shapeText(shape)}`);
  if (sampled) parts.push('evenly sampled');
  return element('figcaption', parts.join(' · '));
}

/** A line through a vector sample: index on x, value on y, with the zero line when the values change sign. */
export function lineChart(sample: TensorSample, shape: readonly number[], label: string): HTMLElement {
  const figure = element('figure', undefined, 'agnb-line');
  const width = 320;
  const height = 96;
  const indices = sample.indices[0]!;
  const [low, high] = finiteRange(sample);
  const span = high - low || 1;
  const last = Math.max(1, indices[indices.length - 1] ?? 1);
  const x = (index: number) => (index / last) * (width - 4) + 2;
  const y = (value: number) => height - 2 - ((value - low) / span) * (height - 4);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
  svg.setAttribute('aria-label', `${label}: line of ${indices.length} values${indices.length < shape[0]! ? ' (sampled)' : ''}`);
  if (low < 0 && high > 0) svg.append(svgElement('line', { x1: 0, x2: width, y1: y(0), y2: y(0), class: 'agnb-zero' }));
  // A non-finite value breaks the line, as matplotlib draws NaN.
  let points: string[] = [];
  const flush = () => {
    if (points.length > 1) svg.append(svgElement('polyline', { points: points.join(' '), class: 'agnb-series' }));
    if (points.length === 1) {
      const [px, py] = points[0]!.split(',');
      svg.append(svgElement('circle', { cx: px!, cy: py!, r: 2, class: 'agnb-point' }));
    }
    points = [];
  };
  sample.data.forEach((value, i) => {
    if (typeof value === 'number') points.push(`${x(indices[i]!).toFixed(1)},${y(value).toFixed(1)}`);
    else flush();
  });
  flush();
  figure.append(svg, caption(sample, shape, indices.length < shape[0]!));
  return figure;
}

/** The chart that fits the tensor's rank: the scalar itself, a line, or a heatmap. */
export function tensorChart(tensor: TensorPayload, label: string): HTMLElement {
  const { values, shape } = tensor;
  if (tensor.numel === 0) return element('p', `empty tensor of shape ${shapeText(shape)}`, 'agnb-note');
  if (shape.length === 0) return element('p', formatValue(values.data[0] ?? null), 'agnb-scalar');
  if (shape.length === 1) return lineChart(values, shape, label);
  return heatmap(values, shape, label);
}
