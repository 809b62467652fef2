// `matplotlib` and `matplotlib.pyplot`: the plotting tutorials use (plot, scatter, hist, imshow, labels,
// legend, grid, limits, figure, subplot(s), tight_layout, show), drawn by engine/plot/ as SVG. plt.show()
// displays the open figures (image/svg+xml plus matplotlib's text form); figures a cell leaves open are shown
// when it ends, as Jupyter's inline backend does. Inputs are lists, ranges and tensors (through tolist(); a
// tensor that requires grad fails as numpy's conversion does in PyTorch).
import { PlotValueError, colormap, mapColor, parseColor, parseFormat, type LineStyle } from '../../plot/colors';
import { Axes, Figure, LEGEND_LOCATIONS, histogram, imagePixels, type Artist } from '../../plot/figure';
import { describeAxes, renderSvg } from '../../plot/svg';
import { None, PyFloat, PyModule, PyObject, PyType, objectType, typeName, type Kwargs, type PyValue } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { RuntimeError, indexError, notImplemented, pyError, typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { getAttrOrUndefined } from '../ops/attr';
import { call } from '../ops/call';
import { floatValue, indexValue, repr, strRepr, truthy } from '../ops/convert';
import { getIter, toArray } from '../ops/iter';
import { registerModule } from '../modules';
import { runtime } from '../runtime';
import { defineGetters, defineMethods } from '../types/define';

const NUMPY_GRAD = "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.";

// ---- Python types wrapping the figure model

class PyFigure extends PyObject {
  constructor(readonly figure: Figure) {
    super(figureType);
  }
}
class PyAxes extends PyObject {
  constructor(readonly axes: Axes) {
    super(axesType);
  }
}
/** An object pyplot returns that scripts rarely use beyond printing it (Line2D, Text, Legend, ...). */
class PyArtist extends PyObject {
  constructor(
    cls: PyType,
    readonly text: string | null = null,
  ) {
    super(cls);
  }
}
/** A small numpy.ndarray stand-in: 1-D float arrays (hist's counts and edges) and object arrays of Axes. */
class PyArray extends PyObject {
  constructor(
    readonly items: PyValue[],
    readonly shape: number[],
  ) {
    super(ndarrayType);
  }
}

const figureType = new PyType('Figure', [objectType], 'matplotlib.figure');
const axesType = new PyType('Axes', [objectType], 'matplotlib.axes._axes');
const line2DType = new PyType('Line2D', [objectType], 'matplotlib.lines');
const pathCollectionType = new PyType('PathCollection', [objectType], 'matplotlib.collections');
const axesImageType = new PyType('AxesImage', [objectType], 'matplotlib.image');
const textType = new PyType('Text', [objectType], 'matplotlib.text');
const legendType = new PyType('Legend', [objectType], 'matplotlib.legend');
const barContainerType = new PyType('BarContainer', [objectType], 'matplotlib.container');
const ndarrayType = new PyType('ndarray', [objectType], 'numpy');

function plotError(e: unknown): never {
  if (e instanceof PlotValueError) throw valueError(e.message);
  throw e;
}

// ---- converting inputs

/** A number from an int, float, bool or 0-d tensor. */
function scalar(v: PyValue, what: string): number {
  const nested = tensorList(v);
  if (nested !== undefined && !(nested instanceof PyList)) return scalar(nested, what);
  const f = nested === undefined ? floatValue(v) : undefined;
  if (f !== undefined) return f;
  if (typeof v === 'string') throw notImplemented(`string (categorical) data in ${what} is not supported in agnb's pyplot`);
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** A tensor's values as Python lists (numpy's conversion), or undefined for other objects. */
function tensorList(v: PyValue): PyValue | undefined {
  if (!(v instanceof PyObject) || v instanceof PyList || v instanceof PyTuple) return undefined;
  const tolist = getAttrOrUndefined(v, 'tolist');
  const requiresGrad = getAttrOrUndefined(v, 'requires_grad');
  if (tolist === undefined || requiresGrad === undefined) return undefined;
  if (truthy(requiresGrad)) throw pyError(RuntimeError, NUMPY_GRAD);
  return call(tolist, []);
}

/** A flat list of numbers from a list, tuple, range, iterable or 1-D tensor. */
function numbers(v: PyValue, what: string): number[] {
  const fromTensor = tensorList(v);
  const source = fromTensor ?? v;
  if (!(source instanceof PyObject)) return [scalar(source, what)];
  return toArray(source).map((item) => scalar(item, what));
}

/** Rows of numbers (or of RGB(A) triples) from nested lists or a 2-D/3-D tensor. */
function matrix(v: PyValue): number[][] | number[][][] {
  const source = tensorList(v) ?? v;
  const rows = toArray(source).map((row) => toArray(tensorList(row) ?? row));
  const depth = rows.length && rows[0].length && rows[0][0] instanceof PyObject && floatValue(rows[0][0]) === undefined ? 3 : 2;
  if (depth === 2) return rows.map((row) => row.map((x) => scalar(x, 'imshow')));
  const image = rows.map((row) => row.map((px) => toArray(px).map((x) => scalar(x, 'imshow'))));
  const channels = image[0][0].length;
  if (channels !== 3 && channels !== 4) throw typeError(`Invalid shape (${image.length}, ${image[0].length}, ${channels}) for image data`);
  return image;
}

function kw(kwargs: Kwargs, ...names: string[]): PyValue | undefined {
  for (const n of names) {
    const v = kwargs?.get(n);
    if (v !== undefined && v !== None) return v;
  }
  return undefined;
}

function kwNumber(kwargs: Kwargs, ...names: string[]): number | undefined {
  const v = kw(kwargs, ...names);
  return v === undefined ? undefined : scalar(v, names[0]);
}

function kwString(kwargs: Kwargs, ...names: string[]): string | undefined {
  const v = kw(kwargs, ...names);
  return v === undefined ? undefined : typeof v === 'string' ? v : repr(v);
}

function colorArg(v: PyValue | undefined): { hex: string; alpha: number } | undefined {
  if (v === undefined) return undefined;
  try {
    if (typeof v === 'string') return parseColor(v);
    return parseColor(numbers(v, 'color'));
  } catch (e) {
    return plotError(e);
  }
}

const ALLOWED: Record<string, string[]> = {
  plot: ['color', 'c', 'linewidth', 'lw', 'linestyle', 'ls', 'marker', 'markersize', 'ms', 'label', 'alpha', 'markerfacecolor', 'mfc', 'zorder', 'scalex', 'scaley', 'data'],
  scatter: ['s', 'c', 'color', 'marker', 'cmap', 'alpha', 'label', 'vmin', 'vmax', 'edgecolors', 'edgecolor', 'linewidths', 'zorder'],
  hist: ['bins', 'range', 'density', 'color', 'alpha', 'label', 'edgecolor', 'ec', 'histtype', 'rwidth', 'zorder', 'linewidth', 'lw'],
  imshow: ['cmap', 'vmin', 'vmax', 'interpolation', 'aspect', 'origin', 'alpha'],
  bar: ['width', 'color', 'alpha', 'label', 'edgecolor', 'ec', 'align', 'zorder', 'linewidth', 'lw'],
};

function checkKeywords(name: string, kwargs: Kwargs): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!ALLOWED[name].includes(k)) throw notImplemented(`${name}() keyword argument '${k}' is not supported in agnb's pyplot`);
  }
}

// ---- drawing commands (shared by pyplot functions and Axes methods)

const LINESTYLES: Record<string, LineStyle> = { '-': '-', solid: '-', '--': '--', dashed: '--', '-.': '-.', dashdot: '-.', ':': ':', dotted: ':', None: 'None', none: 'None', '': 'None', ' ': 'None' };

function plot(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  checkKeywords('plot', kwargs);
  const lines: PyValue[] = [];
  let rest = args;
  while (rest.length) {
    // Each group is [x,] y [, fmt].
    let n = 1;
    if (rest.length > 1 && typeof rest[1] !== 'string') n = 2;
    const fmt = typeof rest[n] === 'string' ? (rest[n] as string) : undefined;
    const group = rest.slice(0, n);
    rest = rest.slice(n + (fmt !== undefined ? 1 : 0));
    if (typeof group[0] === 'string') throw notImplemented("plot() with string data (categorical axes) is not supported in agnb's pyplot");
    const ys = columns(group[n - 1]);
    const x = n === 2 ? numbers(group[0], 'plot') : ys[0].map((_, i) => i);
    for (const y of ys) {
      if (x.length !== y.length) throw valueError(`x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
      lines.push(addLine(ax, x, y, fmt, kwargs));
    }
  }
  return new PyList(lines);
}

/** A 1-D input as one series, a 2-D one as its columns (matplotlib plots each column). */
function columns(v: PyValue): number[][] {
  const source = tensorList(v) ?? v;
  const items = source instanceof PyObject ? toArray(source) : [source];
  const first = items[0];
  const nested = first instanceof PyList || first instanceof PyTuple || (first !== undefined && tensorList(first) instanceof PyList);
  if (!nested) return [items.map((item) => scalar(item, 'plot'))];
  const rows = items.map((row) => numbers(row, 'plot'));
  return rows[0].map((_, j) => rows.map((row) => row[j]));
}

function addLine(ax: Axes, x: number[], y: number[], fmt: string | undefined, kwargs: Kwargs): PyValue {
  let parsed;
  try {
    parsed = fmt === undefined ? {} : parseFormat(fmt);
  } catch (e) {
    plotError(e);
  }
  const color = colorArg(kw(kwargs, 'color', 'c')) ?? (parsed.color ? colorArg(parsed.color) : undefined);
  const styleArg = kwString(kwargs, 'linestyle', 'ls');
  if (styleArg !== undefined && !(styleArg in LINESTYLES)) throw valueError(`${strRepr(styleArg)} is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'`);
  const markerArg = kwString(kwargs, 'marker');
  const marker = markerArg ?? parsed.marker ?? null;
  const linestyle = styleArg !== undefined ? LINESTYLES[styleArg] : markerArg !== undefined && !parsed.linestyle ? '-' : (parsed.linestyle ?? '-');
  const line: Artist = {
    kind: 'line',
    x,
    y,
    color: color?.hex ?? ax.nextColor(),
    alpha: kwNumber(kwargs, 'alpha') ?? color?.alpha ?? 1,
    linewidth: kwNumber(kwargs, 'linewidth', 'lw') ?? 1.5,
    linestyle,
    marker: marker === 'None' || marker === '' ? null : marker,
    markersize: kwNumber(kwargs, 'markersize', 'ms') ?? 6,
    label: kwString(kwargs, 'label') ?? `_child${ax.artists.length}`,
  };
  ax.add(line);
  return new PyArtist(line2DType);
}

function scatter(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  checkKeywords('scatter', kwargs);
  if (args.length < 2) throw typeError(`scatter() missing ${2 - args.length} required positional argument${args.length ? '' : 's'}: ${args.length ? "'y'" : "'x' and 'y'"}`);
  const x = numbers(args[0], 'scatter');
  const y = numbers(args[1], 'scatter');
  if (x.length !== y.length) throw valueError('x and y must be the same size');
  const sArg = args[2] ?? kw(kwargs, 's');
  const sizes = sArg === undefined ? [36] : numbers(sArg, 'scatter');
  const cArg = args[3] ?? kw(kwargs, 'c');
  let colors: string[];
  if (cArg !== undefined && typeof cArg !== 'string' && !isColorTuple(cArg)) {
    const values = numbers(cArg, 'scatter');
    if (values.length !== x.length) throw valueError(`'c' argument has ${values.length} elements, which is inconsistent with 'x' and 'y' with size ${x.length}.`);
    const lut = cmapArg(kwargs);
    const lo = kwNumber(kwargs, 'vmin') ?? Math.min(...values);
    const hi = kwNumber(kwargs, 'vmax') ?? Math.max(...values);
    colors = values.map((v) => mapColor(lut, v, lo, hi));
  } else {
    colors = [(colorArg(cArg ?? kw(kwargs, 'color')) ?? { hex: ax.nextColor() }).hex];
  }
  const marker = kwString(kwargs, 'marker') ?? 'o';
  ax.add({ kind: 'scatter', x, y, colors, alpha: kwNumber(kwargs, 'alpha') ?? 1, sizes, marker, label: kwString(kwargs, 'label') ?? `_child${ax.artists.length}` });
  return new PyArtist(pathCollectionType);
}

function isColorTuple(v: PyValue): boolean {
  return v instanceof PyTuple && (v.items.length === 3 || v.items.length === 4) && v.items.every((x) => floatValue(x) !== undefined);
}

function cmapArg(kwargs: Kwargs): string[] {
  const name = kwString(kwargs, 'cmap') ?? 'viridis';
  try {
    return colormap(name);
  } catch (e) {
    return plotError(e);
  }
}

function hist(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  checkKeywords('hist', kwargs);
  if (!args.length) throw typeError("hist() missing 1 required positional argument: 'x'");
  const values = numbers(args[0], 'hist');
  const binsArg = args[1] ?? kw(kwargs, 'bins') ?? 10;
  const bins = indexValue(binsArg) !== undefined && typeof binsArg !== 'boolean' ? Number(indexValue(binsArg)) : numbers(binsArg, 'hist');
  const rangeArg = kw(kwargs, 'range');
  const range = rangeArg === undefined ? undefined : (numbers(rangeArg, 'hist') as [number, number]);
  if ((kwString(kwargs, 'histtype') ?? 'bar') !== 'bar') throw notImplemented("hist() histtype other than 'bar' is not supported in agnb's pyplot");
  let result;
  try {
    result = histogram(values, bins, range);
  } catch (e) {
    plotError(e);
  }
  let { counts } = result;
  const { edges } = result;
  if (kw(kwargs, 'density') !== undefined && truthy(kw(kwargs, 'density')!)) {
    const total = counts.reduce((a, b) => a + b, 0);
    counts = counts.map((c, i) => c / total / (edges[i + 1] - edges[i]));
  }
  const color = colorArg(kw(kwargs, 'color'));
  const rwidth = kwNumber(kwargs, 'rwidth') ?? 1;
  const widths = counts.map((_, i) => (edges[i + 1] - edges[i]) * rwidth);
  ax.add({
    kind: 'bars',
    left: counts.map((_, i) => edges[i] + ((edges[i + 1] - edges[i]) * (1 - rwidth)) / 2),
    width: widths,
    height: counts,
    color: color?.hex ?? ax.nextColor(),
    alpha: kwNumber(kwargs, 'alpha') ?? color?.alpha ?? 1,
    edgecolor: colorArg(kw(kwargs, 'edgecolor', 'ec'))?.hex ?? null,
    label: kwString(kwargs, 'label') ?? `_child${ax.artists.length}`,
  });
  const floats = (xs: number[]) => new PyArray(xs.map((v) => new PyFloat(v)), [xs.length]);
  return new PyTuple([floats(counts), floats(edges), new PyArtist(barContainerType, `<BarContainer object of ${counts.length} artists>`)]);
}

function imshow(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  checkKeywords('imshow', kwargs);
  if (!args.length) throw typeError("imshow() missing 1 required positional argument: 'X'");
  const data = matrix(args[0]);
  if (!data.length || !data[0].length) throw typeError(`Invalid shape (${data.length},) for image data`);
  const origin = kwString(kwargs, 'origin') ?? 'upper';
  if (origin !== 'upper') throw notImplemented("imshow() origin='lower' is not supported in agnb's pyplot");
  let image;
  try {
    image = imagePixels(data, kwString(kwargs, 'cmap') ?? 'viridis', kwNumber(kwargs, 'vmin'), kwNumber(kwargs, 'vmax'));
  } catch (e) {
    plotError(e);
  }
  ax.add({ kind: 'image', ...image, label: `_child${ax.artists.length}` });
  ax.equalAspect = (kwString(kwargs, 'aspect') ?? 'equal') === 'equal';
  const rank = Array.isArray(data[0][0]) ? `(${data.length}, ${data[0].length}, ${(data[0][0] as number[]).length})` : `(${data.length}, ${data[0].length})`;
  return new PyArtist(axesImageType, `AxesImage(shape=${rank})`);
}

function text(x: string, y: string, s: string): PyValue {
  return new PyArtist(textType, `Text(${x}, ${y}, ${strRepr(s)})`);
}

function stringArg(name: string, v: PyValue | undefined): string {
  if (v === undefined) throw typeError(`${name}() missing 1 required positional argument: '${name === 'set_title' || name === 'title' || name === 'suptitle' ? (name === 'suptitle' ? 't' : 'label') : name.replace('set_', '')}'`);
  return typeof v === 'string' ? v : repr(v);
}

/** set_xlim/xlim: (left, right) or a pair; returns the new limits as floats. */
function setLimits(ax: Axes, axis: 'x' | 'y', args: PyValue[], kwargs: Kwargs): PyValue {
  const current = () => describeAxes(ax.figure)[ax.figure.axes.indexOf(ax)][axis].lim;
  if (!args.length && !kwargs?.size) {
    const [a, b] = current();
    return new PyTuple([new PyFloat(a), new PyFloat(b)]);
  }
  const pair = args.length === 1 && args[0] instanceof PyObject && floatValue(args[0]) === undefined ? toArray(args[0]) : args;
  const [lowName, highName] = axis === 'x' ? ['left', 'right'] : ['bottom', 'top'];
  const old = current();
  const low = pair[0] ?? kw(kwargs, lowName, axis + 'min');
  const high = pair[1] ?? kw(kwargs, highName, axis + 'max');
  const lim: [number, number] = [low === undefined || low === None ? old[0] : scalar(low, 'limits'), high === undefined || high === None ? old[1] : scalar(high, 'limits')];
  if (axis === 'x') ax.xlim = lim;
  else ax.ylim = lim;
  return new PyTuple([new PyFloat(lim[0]), new PyFloat(lim[1])]);
}

const tickTypes = { x: new PyType('XTick', [objectType], 'matplotlib.axis'), y: new PyType('YTick', [objectType], 'matplotlib.axis') };

/** set_xticks(ticks[, labels]): explicit positions (and labels); returns the Tick objects. */
function setTicks(ax: Axes, axis: 'x' | 'y', args: PyValue[], kwargs: Kwargs): PyValue {
  const ticks = args.length ? numbers(args[0], 'ticks') : null;
  const labelArg = args[1] ?? kw(kwargs, 'labels');
  const labels = labelArg === undefined ? null : toArray(labelArg).map((l) => (typeof l === 'string' ? l : repr(l)));
  if (labels && ticks && labels.length !== ticks.length) throw valueError(`The number of FixedLocator locations (${ticks.length}), usually from a call to set_ticks, does not match the number of labels (${labels.length}).`);
  if (axis === 'x') [ax.xticks, ax.xtickLabels] = [ticks, labels];
  else [ax.yticks, ax.ytickLabels] = [ticks, labels];
  return new PyList((ticks ?? []).map(() => new PyArtist(tickTypes[axis])));
}

/** plt.xticks(ticks, labels): as set_xticks, returning (ticks, label Texts) like pyplot. */
function pyplotTicks(ax: Axes, axis: 'x' | 'y', args: PyValue[], kwargs: Kwargs): PyValue {
  if (!args.length && !kwargs?.size) throw notImplemented(`reading ticks with ${axis}ticks() is not supported in agnb's pyplot`);
  const ticks = setTicks(ax, axis, args, kwargs) as PyList;
  const positions = axis === 'x' ? ax.xticks : ax.yticks;
  const labels = axis === 'x' ? ax.xtickLabels : ax.ytickLabels;
  const texts = (positions ?? []).map((t, i) => text(axis === 'x' ? repr(numberValue(t)) : '0', axis === 'x' ? '0' : repr(numberValue(t)), labels?.[i] ?? ''));
  return new PyTuple([ticks, new PyList(texts)]);
}

/** A float that is a whole number prints as an int in Text reprs (matplotlib keeps what it was given). */
function numberValue(v: number): PyValue {
  return Number.isInteger(v) ? v : new PyFloat(v);
}

function bar(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  checkKeywords('bar', kwargs);
  if (args.length < 2) throw typeError(`bar() missing ${2 - args.length} required positional argument${args.length ? '' : 's'}: ${args.length ? "'height'" : "'x' and 'height'"}`);
  const xs = toArray(tensorList(args[0]) ?? args[0]);
  const categorical = xs.some((x) => typeof x === 'string');
  const x = categorical ? xs.map((_, i) => i) : xs.map((v) => scalar(v, 'bar'));
  let heights = numbers(args[1], 'bar');
  if (heights.length === 1 && x.length > 1) heights = x.map(() => heights[0]);
  if (heights.length !== x.length) throw valueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${x.length},) and arg 1 with shape (${heights.length},).`);
  const width = kwNumber(kwargs, 'width') ?? (args[2] !== undefined ? scalar(args[2], 'bar') : 0.8);
  const color = colorArg(kw(kwargs, 'color'));
  const align = kwString(kwargs, 'align') ?? 'center';
  ax.add({
    kind: 'bars',
    left: x.map((v) => (align === 'edge' ? v : v - width / 2)),
    width: x.map(() => width),
    height: heights,
    color: color?.hex ?? ax.nextColor(),
    alpha: kwNumber(kwargs, 'alpha') ?? color?.alpha ?? 1,
    edgecolor: colorArg(kw(kwargs, 'edgecolor', 'ec'))?.hex ?? null,
    label: kwString(kwargs, 'label') ?? `_child${ax.artists.length}`,
  });
  if (categorical) {
    ax.xticks = x;
    ax.xtickLabels = xs.map((v) => (typeof v === 'string' ? v : repr(v)));
  }
  return new PyArtist(barContainerType, `<BarContainer object of ${x.length} artists>`);
}

function axisCommand(ax: Axes, arg: PyValue | undefined): PyValue {
  if (arg === 'off' || arg === false) ax.axisOn = false;
  else if (arg === 'on' || arg === true) ax.axisOn = true;
  else if (arg === 'equal' || arg === 'scaled' || arg === 'image') ax.equalAspect = true;
  else if (arg !== undefined) throw notImplemented(`axis(${repr(arg)}) is not supported in agnb's pyplot`);
  const lim = describeAxes(ax.figure)[ax.figure.axes.indexOf(ax)];
  return new PyTuple([...lim.x.lim, ...lim.y.lim].map((v) => new PyFloat(v)));
}

function legend(ax: Axes, args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length) {
    const labels = toArray(args[0]).map((l) => (typeof l === 'string' ? l : repr(l)));
    labels.forEach((label, i) => {
      if (ax.artists[i]) ax.artists[i].label = label;
    });
  }
  const loc = kw(kwargs, 'loc');
  if (loc !== undefined) {
    if (typeof loc !== 'string' || !LEGEND_LOCATIONS.includes(loc)) throw valueError(`${repr(loc)} is not a valid value for loc; supported values are ${LEGEND_LOCATIONS.map((l) => `'${l}'`).join(', ')}`);
    ax.legendLoc = loc;
  }
  if (!ax.artists.some((a) => a.label && !a.label.startsWith('_'))) {
    runtime.write('stderr', 'UserWarning: No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.\n');
  }
  ax.legend = true;
  return new PyArtist(legendType, 'Legend');
}

function boolArg(v: PyValue | undefined, fallback: boolean): boolean {
  return v === undefined || v === None ? fallback : truthy(v);
}

const axesMethods: Record<string, (ax: Axes, args: PyValue[], kwargs: Kwargs) => PyValue> = {
  plot,
  scatter,
  hist,
  imshow,
  legend,
  set_title: (ax, args) => {
    ax.title = stringArg('set_title', args[0]);
    return text('0.5', '1.0', ax.title);
  },
  set_xlabel: (ax, args) => {
    ax.xlabel = stringArg('set_xlabel', args[0]);
    return text('0.5', '0', ax.xlabel);
  },
  set_ylabel: (ax, args) => {
    ax.ylabel = stringArg('set_ylabel', args[0]);
    return text('0', '0.5', ax.ylabel);
  },
  grid: (ax, args, kwargs) => {
    ax.grid = boolArg(args[0] ?? kw(kwargs, 'visible', 'b'), !ax.grid || kwargs !== null);
    return None;
  },
  set_xlim: (ax, args, kwargs) => setLimits(ax, 'x', args, kwargs),
  set_ylim: (ax, args, kwargs) => setLimits(ax, 'y', args, kwargs),
  get_xlim: (ax) => setLimits(ax, 'x', [], null),
  get_ylim: (ax) => setLimits(ax, 'y', [], null),
  set_xticks: (ax, args, kwargs) => setTicks(ax, 'x', args, kwargs),
  set_yticks: (ax, args, kwargs) => setTicks(ax, 'y', args, kwargs),
  bar,
  cla: (ax) => {
    ax.clear();
    return None;
  },
  axis: (ax, args) => axisCommand(ax, args[0]),
};

for (const [name, fn] of Object.entries(axesMethods)) {
  defineMethods(axesType, {
    [name]: (args, kwargs) => {
      try {
        return fn((args[0] as PyAxes).axes, args.slice(1), kwargs);
      } catch (e) {
        return plotError(e);
      }
    },
  });
}
defineMethods(axesType, {
  __repr__: (args) => {
    const ax = (args[0] as PyAxes).axes;
    const parts: string[] = [];
    if (ax.title) parts.push(`title={'center': ${strRepr(ax.title)}}`);
    if (ax.xlabel) parts.push(`xlabel=${strRepr(ax.xlabel)}`);
    if (ax.ylabel) parts.push(`ylabel=${strRepr(ax.ylabel)}`);
    return `<Axes: ${parts.join(', ')}>`;
  },
});
defineGetters(axesType, { figure: (self) => wrapFigure((self as PyAxes).axes.figure) });

for (const type of [textType, axesImageType, barContainerType]) {
  defineMethods(type, { __repr__: (args) => (args[0] as PyArtist).text ?? `<${type.module}.${type.name} object>` });
}
defineMethods(legendType, { __str__: () => 'Legend' });

// ---- ndarray stand-in

/** numpy's repr of one float in a 1-D array, given the array-wide widths (maxprec mode, precision 8). */
function floatDigits(v: number): string {
  let s = Math.abs(v) < 1e16 && Number.isInteger(v) ? v.toFixed(0) + '.' : String(v);
  if (s.includes('e')) s = v.toFixed(20).replace(/0+$/, '');
  const [int, frac = ''] = s.split('.');
  if (frac.length > 8) return (+v.toFixed(8)).toString().replace(/^(-?\d+)$/, '$1.');
  return `${int}.${frac}`;
}

function floatArrayRepr(values: number[]): string {
  if (!values.length) return 'array([], dtype=float64)';
  const nonzero = values.filter((v) => v !== 0 && Number.isFinite(v)).map(Math.abs);
  const max = nonzero.length ? Math.max(...nonzero) : 0;
  const min = nonzero.length ? Math.min(...nonzero) : 0;
  let words: string[];
  if (nonzero.length && (max >= 1e8 || min < 1e-4 || max / min > 1000)) {
    const parts = values.map((v) => v.toExponential().split('e'));
    const precision = Math.max(...parts.map(([m]) => (m.split('.')[1] ?? '').length));
    const expDigits = Math.max(2, ...parts.map(([, e]) => e.replace(/^[+-]/, '').length));
    words = values.map((v) => {
      const [m, e] = v.toExponential(precision).split('e');
      const sign = e.startsWith('-') ? '-' : '+';
      return `${precision === 0 ? m + '.' : m}e${sign}${e.replace(/^[+-]/, '').padStart(expDigits, '0')}`;
    });
    const width = Math.max(...words.map((w) => w.length));
    words = words.map((w) => w.padStart(width));
  } else {
    const strs = values.map(floatDigits);
    const intWidth = Math.max(...strs.map((s) => s.split('.')[0].length));
    const fracWidth = Math.max(...strs.map((s) => s.split('.')[1].length));
    words = strs.map((s) => {
      const [int, frac] = s.split('.');
      return `${int.padStart(intWidth)}.${frac.padEnd(fracWidth)}`;
    });
  }
  return wrapArray(words, ')');
}

/** numpy's line wrapping of a 1-D array repr at 75 characters, continuation lines indented under the first. */
function wrapArray(words: string[], suffix: string): string {
  const indent = ' '.repeat('array(['.length);
  const width = 75 - suffix.length - 1;
  let out = '';
  let line = indent;
  words.forEach((word, i) => {
    if (line.length + word.length > width && line.length > indent.length) {
      out += line.trimEnd() + '\n';
      line = indent;
    }
    line += word + (i < words.length - 1 ? ', ' : '');
  });
  out += line;
  return `array([${out.slice(indent.length)}]${suffix}`;
}

/** The first axis of an array: its elements, or its rows for a 2-D one. */
function rows(a: PyArray): PyValue[] {
  if (a.shape.length === 1) return a.items;
  const cols = a.shape[1];
  return Array.from({ length: a.shape[0] }, (_, r) => new PyArray(a.items.slice(r * cols, (r + 1) * cols), [cols]));
}

defineMethods(ndarrayType, {
  __repr__: (args) => {
    const a = args[0] as PyArray;
    if (a.items.every((v) => v instanceof PyFloat)) return floatArrayRepr(a.items.map((v) => (v as PyFloat).value));
    const body = (items: PyValue[]) => items.map(repr).join(', ');
    if (a.shape.length === 1) return `array([${body(a.items)}], dtype=object)`;
    const [rows, cols] = a.shape;
    const lines = Array.from({ length: rows }, (_, r) => `[${body(a.items.slice(r * cols, (r + 1) * cols))}]`);
    return `array([${lines.join(',\n       ')}], dtype=object)`;
  },
  __len__: (args) => (args[0] as PyArray).shape[0],
  __getitem__: (args) => {
    const a = args[0] as PyArray;
    const key = args[1];
    const index = (v: PyValue, n: number) => {
      const i = indexValue(v);
      if (i === undefined) throw notImplemented("only integer indexing of pyplot's arrays is supported in agnb");
      const k = Number(i) < 0 ? Number(i) + n : Number(i);
      if (k < 0 || k >= n) throw indexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
      return k;
    };
    if (a.shape.length === 2) {
      const [n, cols] = a.shape;
      if (key instanceof PyTuple) return a.items[index(key.items[0], n) * cols + index(key.items[1], cols)];
      return rows(a)[index(key, n)];
    }
    return a.items[index(key, a.shape[0])];
  },
  __iter__: (args) => getIter(new PyList(rows(args[0] as PyArray))),
  ravel: (args) => new PyArray((args[0] as PyArray).items, [(args[0] as PyArray).items.length]),
  flatten: (args) => new PyArray((args[0] as PyArray).items, [(args[0] as PyArray).items.length]),
  tolist: (args) => new PyList(rows(args[0] as PyArray).map((r) => (r instanceof PyArray ? new PyList([...r.items]) : r))),
});
defineGetters(ndarrayType, {
  shape: (self) => new PyTuple((self as PyArray).shape),
  flat: (self) => new PyArray((self as PyArray).items, [(self as PyArray).items.length]),
  size: (self) => (self as PyArray).items.length,
});

// ---- figures

const figureObjects = new WeakMap<Figure, PyFigure>();
function wrapFigure(f: Figure): PyFigure {
  let w = figureObjects.get(f);
  if (!w) {
    w = new PyFigure(f);
    figureObjects.set(f, w);
  }
  return w;
}
const axesObjects = new WeakMap<Axes, PyAxes>();
function wrapAxes(a: Axes): PyAxes {
  let w = axesObjects.get(a);
  if (!w) {
    w = new PyAxes(a);
    axesObjects.set(a, w);
  }
  return w;
}

/** The SVG of a pyplot Figure object (undefined for other values, and for a figure without axes as IPython). */
export function figureSvg(value: PyValue): string | undefined {
  return value instanceof PyFigure && value.figure.axes.length ? renderSvg(value.figure) : undefined;
}

const SAVEFIG = "savefig() is not supported in agnb: notebooks cannot write files; plt.show() displays the figure in the notebook";

/** The subplot grid position from (nrows, ncols, index) or a three-digit number such as 121. */
function gridPosition(args: PyValue[]): [number, number, number] {
  if (args.length === 0) return [1, 1, 1];
  if (args.length === 1) {
    const n = Number(indexValue(args[0]) ?? NaN);
    if (!(n >= 111 && n <= 999)) throw valueError(`Single argument to subplot must be a three-digit integer, not ${repr(args[0])}`);
    return [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  }
  if (args.length !== 3) throw typeError(`subplot() takes 1 or 3 positional arguments but ${args.length} were given`);
  const [rows, cols, index] = args.map((v) => Number(indexValue(v) ?? NaN));
  if (!(index >= 1 && index <= rows * cols)) throw valueError(`num must be an integer with 1 <= num <= ${rows * cols}, not ${repr(args[2])}`);
  return [rows, cols, index];
}

/** One interpreter's pyplot state: open figures in creation order, the current figure and axes. */
class Pyplot {
  private readonly open: Figure[] = [];
  private current: Figure | null = null;
  private readonly currentAxes = new Map<Figure, Axes>();
  private nextNumber = 1;

  figure(kwargs: Kwargs): Figure {
    const size = kw(kwargs, 'figsize');
    const [w, h] = size === undefined ? [6.4, 4.8] : numbers(size, 'figsize');
    const dpi = kwNumber(kwargs, 'dpi') ?? 100;
    const fig = new Figure(this.nextNumber++, w, h, dpi);
    this.open.push(fig);
    this.current = fig;
    return fig;
  }

  gcf(): Figure {
    return this.current ?? this.figure(null);
  }

  gca(): Axes {
    const fig = this.gcf();
    return this.currentAxes.get(fig) ?? this.addSubplot(fig, 1, 1, 1);
  }

  addSubplot(fig: Figure, rows: number, cols: number, index: number): Axes {
    const ax = fig.addAxes(rows, cols, index - 1);
    this.currentAxes.set(fig, ax);
    return ax;
  }

  setCurrentAxes(ax: Axes): void {
    this.current = ax.figure;
    this.currentAxes.set(ax.figure, ax);
  }

  subplots(args: PyValue[], kwargs: Kwargs): PyValue {
    const rows = Number(indexValue(args[0] ?? kw(kwargs, 'nrows') ?? 1) ?? 1);
    const cols = Number(indexValue(args[1] ?? kw(kwargs, 'ncols') ?? 1) ?? 1);
    const figKwargs = new Map<string, PyValue>();
    for (const k of ['figsize', 'dpi']) if (kwargs?.get(k) !== undefined) figKwargs.set(k, kwargs.get(k)!);
    for (const k of kwargs?.keys() ?? []) if (!['nrows', 'ncols', 'figsize', 'dpi', 'squeeze'].includes(k)) throw notImplemented(`subplots() keyword argument '${k}' is not supported in agnb's pyplot`);
    const fig = this.figure(figKwargs);
    const axes: PyValue[] = [];
    for (let i = 1; i <= rows * cols; i++) axes.push(wrapAxes(this.addSubplot(fig, rows, cols, i)));
    this.currentAxes.set(fig, fig.axes[0]);
    const squeeze = boolArg(kw(kwargs, 'squeeze'), true);
    let result: PyValue;
    if (squeeze && rows * cols === 1) result = axes[0];
    else if (squeeze && (rows === 1 || cols === 1)) result = new PyArray(axes, [axes.length]);
    else result = new PyArray(axes, [rows, cols]);
    return new PyTuple([wrapFigure(fig), result]);
  }

  /** Displays every open figure (matplotlib's text form plus the SVG) and closes them, as the inline backend. */
  show(): void {
    for (const fig of this.open.splice(0)) {
      const data: Record<string, string> = { 'text/plain': fig.repr() };
      if (fig.axes.length) data['image/svg+xml'] = renderSvg(fig);
      runtime.display(data);
    }
    this.current = null;
  }

  clearFigure(): void {
    const fig = this.gcf();
    fig.axes.length = 0;
    fig.suptitle = '';
    this.currentAxes.delete(fig);
  }

  close(arg: PyValue | undefined): void {
    if (arg === 'all') this.open.length = 0;
    else {
      const fig = arg instanceof PyFigure ? arg.figure : this.current;
      const i = fig ? this.open.indexOf(fig) : -1;
      if (i >= 0) this.open.splice(i, 1);
    }
    if (!this.current || !this.open.includes(this.current)) this.current = this.open[this.open.length - 1] ?? null;
  }
}

defineMethods(figureType, {
  __repr__: (args) => (args[0] as PyFigure).figure.repr(),
  add_subplot: (args) => {
    const fig = (args[0] as PyFigure).figure;
    const [rows, cols, index] = gridPosition(args.slice(1));
    return wrapAxes(fig.addAxes(rows, cols, index - 1));
  },
  tight_layout: (args) => {
    (args[0] as PyFigure).figure.tight = true;
    return None;
  },
  suptitle: (args) => {
    (args[0] as PyFigure).figure.suptitle = stringArg('suptitle', args[1]);
    return text('0.5', '0.98', (args[0] as PyFigure).figure.suptitle);
  },
  savefig: () => {
    throw notImplemented(SAVEFIG);
  },
  gca: (args) => {
    const fig = (args[0] as PyFigure).figure;
    return wrapAxes(fig.axes[fig.axes.length - 1] ?? fig.addAxes(1, 1, 0));
  },
});
defineGetters(figureType, { axes: (self) => new PyList((self as PyFigure).figure.axes.map(wrapAxes)), number: (self) => (self as PyFigure).figure.number });

function pyplotModule(): PyModule {
  const state = new Pyplot();
  runtime.modules.cellEndHooks.push(() => state.show());
  const m = new PyModule('matplotlib.pyplot');
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) =>
    m.dict!.set(
      name,
      new PyNativeFunction(name, (args, kwargs) => {
        try {
          return body(args, kwargs);
        } catch (e) {
          return plotError(e);
        }
      }),
    );
  // pyplot's functions act on the current axes: plt.title is Axes.set_title, plt.xlim is Axes.set_xlim, ...
  for (const [name, method] of Object.entries(axesMethods)) {
    if (!name.startsWith('get_')) fn(name.replace(/^set_/, ''), (args, kwargs) => method(state.gca(), args, kwargs));
  }
  fn('xticks', (args, kwargs) => pyplotTicks(state.gca(), 'x', args, kwargs));
  fn('yticks', (args, kwargs) => pyplotTicks(state.gca(), 'y', args, kwargs));
  fn('clf', () => {
    state.clearFigure();
    return None;
  });
  fn('figure', (_args, kwargs) => wrapFigure(state.figure(kwargs)));
  fn('gcf', () => wrapFigure(state.gcf()));
  fn('gca', () => wrapAxes(state.gca()));
  fn('subplots', (args, kwargs) => state.subplots(args, kwargs));
  fn('subplot', (args) => {
    const [rows, cols, index] = gridPosition(args);
    const ax = state.addSubplot(state.gcf(), rows, cols, index);
    state.setCurrentAxes(ax);
    return wrapAxes(ax);
  });
  fn('sca', (args) => {
    state.setCurrentAxes((args[0] as PyAxes).axes);
    return None;
  });
  fn('tight_layout', () => {
    state.gcf().tight = true;
    return None;
  });
  fn('suptitle', (args) => {
    state.gcf().suptitle = stringArg('suptitle', args[0]);
    return text('0.5', '0.98', state.gcf().suptitle);
  });
  fn('show', () => {
    state.show();
    return None;
  });
  fn('close', (args) => {
    state.close(args[0]);
    return None;
  });
  fn('savefig', () => {
    throw notImplemented(SAVEFIG);
  });
  for (const name of ['colorbar', 'barh', 'pie', 'contour', 'contourf', 'fill_between', 'errorbar', 'text', 'annotate', 'semilogy', 'loglog', 'xscale', 'yscale', 'axhline', 'axvline', 'boxplot', 'violinplot', 'stem', 'step', 'ion', 'ioff', 'pause', 'draw']) {
    fn(name, () => {
      throw notImplemented(`matplotlib.pyplot.${name} is not supported in agnb; supported: plot, scatter, hist, bar, imshow, title, xlabel, ylabel, legend, grid, xlim, ylim, xticks, yticks, axis, figure, subplot, subplots, tight_layout, suptitle, cla, clf, show, close`);
    });
  }
  return m;
}

registerModule('matplotlib.pyplot', pyplotModule);
registerModule('matplotlib', () => {
  const m = new PyModule('matplotlib');
  m.dict!.set('pyplot', runtime.modules.import('matplotlib.pyplot'));
  m.dict!.set(
    'use',
    new PyNativeFunction('use', () => None),
  );
  return m;
});
