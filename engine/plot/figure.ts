// The figure model of agnb's pyplot: figures hold axes, axes hold artists (lines, scatter points, histogram
// bars, images) and their labels. Data limits, autoscaling (5% margins, sticky edges at histogram bases and
// image borders) and the default colour cycle follow matplotlib; svg.ts draws a figure.
import { DEFAULT_CYCLE, PlotValueError, colormap, mapColor, parseColor, type LineStyle } from './colors';
import { nonsingular } from './ticks';

export interface Line {
  kind: 'line';
  x: number[];
  y: number[];
  color: string;
  alpha: number;
  linewidth: number;
  linestyle: LineStyle;
  marker: string | null;
  markersize: number;
  label: string;
}

export interface Scatter {
  kind: 'scatter';
  x: number[];
  y: number[];
  /** One colour per point (or one for all). */
  colors: string[];
  alpha: number;
  /** Marker area in points² (matplotlib's `s`), per point or one for all. */
  sizes: number[];
  marker: string;
  label: string;
}

export interface Bars {
  kind: 'bars';
  /** Left edges and widths along x; heights from `bottom` (0). */
  left: number[];
  width: number[];
  height: number[];
  color: string;
  alpha: number;
  edgecolor: string | null;
  label: string;
}

export interface Image {
  kind: 'image';
  rows: number;
  cols: number;
  /** '#rrggbb' per pixel, row-major, row 0 at the top (origin='upper'). */
  pixels: string[];
  label: string;
}

export type Artist = Line | Scatter | Bars | Image;

export interface Limits {
  x: [number, number];
  y: [number, number];
}

const MARGIN = 0.05;

/** Legend locations in matplotlib's code order (1..10 after 'best'). */
export const LEGEND_LOCATIONS = ['best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'];

export class Axes {
  readonly artists: Artist[] = [];
  title = '';
  xlabel = '';
  ylabel = '';
  grid = false;
  legend = false;
  /** A legend location name; null for 'best'. */
  legendLoc: string | null = null;
  axisOn = true;
  xlim: [number, number] | null = null;
  ylim: [number, number] | null = null;
  /** Explicit tick positions (set_xticks); [] hides the ticks. */
  xticks: number[] | null = null;
  yticks: number[] | null = null;
  /** Labels for explicit ticks (set_xticks(ticks, labels), categorical bar charts); null for numbers. */
  xtickLabels: string[] | null = null;
  ytickLabels: string[] | null = null;
  /** Set by imshow: the data aspect is kept by shrinking the axes box. */
  equalAspect = false;
  private cycleIndex = 0;

  constructor(
    readonly figure: Figure,
    /** The grid cell: rows, columns, and the 0-based index, row-major. */
    readonly grid_: { rows: number; cols: number; index: number },
  ) {}

  /** cla(): back to an empty axes (the colour cycle restarts too). */
  clear(): void {
    this.artists.length = 0;
    this.title = this.xlabel = this.ylabel = '';
    this.grid = this.legend = this.equalAspect = false;
    this.axisOn = true;
    this.legendLoc = null;
    this.xlim = this.ylim = this.xticks = this.yticks = this.xtickLabels = this.ytickLabels = null;
    this.cycleIndex = 0;
  }

  nextColor(): string {
    return DEFAULT_CYCLE[this.cycleIndex++ % DEFAULT_CYCLE.length];
  }

  add(artist: Artist): void {
    this.artists.push(artist);
  }

  /** The view limits: explicit ones, else the data limits with matplotlib's margins and sticky edges. */
  limits(): Limits {
    const image = this.artists.find((a): a is Image => a.kind === 'image');
    const data = this.dataLimits();
    const auto = (axis: 'x' | 'y'): [number, number] => {
      const range = data[axis];
      if (range === null) return [0, 1];
      const stickies = this.stickyEdges(axis);
      let [x0, x1] = nonsingular(range[0], range[1], 0.05);
      const delta = (x1 - x0) * MARGIN;
      const tol = 1e-5 * Math.max(Math.abs(x0), Math.abs(x1), Math.abs(x1 - x0));
      const lowBound = stickies.filter((s) => s < x0 + tol).pop();
      const highBound = stickies.find((s) => s > x1 - tol);
      x0 -= delta;
      x1 += delta;
      if (lowBound !== undefined) x0 = Math.max(x0, lowBound);
      if (highBound !== undefined) x1 = Math.min(x1, highBound);
      return nonsingular(x0, x1);
    };
    const x = this.xlim ?? auto('x');
    let y = this.ylim ?? auto('y');
    if (image && !this.ylim) y = [y[1], y[0]];
    return { x, y };
  }

  private dataLimits(): { x: [number, number] | null; y: [number, number] | null } {
    let xs: number[] = [];
    let ys: number[] = [];
    for (const a of this.artists) {
      if (a.kind === 'line' || a.kind === 'scatter') {
        xs = xs.concat(a.x);
        ys = ys.concat(a.y);
      } else if (a.kind === 'bars') {
        a.left.forEach((l, i) => xs.push(l, l + a.width[i]));
        ys.push(0, ...a.height);
      } else {
        xs.push(-0.5, a.cols - 0.5);
        ys.push(-0.5, a.rows - 0.5);
      }
    }
    const range = (v: number[]): [number, number] | null => {
      const finite = v.filter(Number.isFinite);
      return finite.length ? [Math.min(...finite), Math.max(...finite)] : null;
    };
    return { x: range(xs), y: range(ys) };
  }

  private stickyEdges(axis: 'x' | 'y'): number[] {
    const out: number[] = [];
    for (const a of this.artists) {
      if (a.kind === 'bars' && axis === 'y') out.push(0);
      if (a.kind === 'image') out.push(-0.5, (axis === 'x' ? a.cols : a.rows) - 0.5);
    }
    return out.sort((p, q) => p - q);
  }
}

export class Figure {
  readonly axes: Axes[] = [];
  suptitle = '';
  tight = false;

  constructor(
    readonly number: number,
    /** Size in inches (matplotlib's figsize); rendered at 72 points per inch, shown at dpi 100 in text. */
    readonly width = 6.4,
    readonly height = 4.8,
    readonly dpi = 100,
  ) {}

  /** matplotlib's text form, e.g. `<Figure size 640x480 with 1 Axes>`. */
  repr(): string {
    return `<Figure size ${Math.round(this.width * this.dpi)}x${Math.round(this.height * this.dpi)} with ${this.axes.length} Axes>`;
  }

  addAxes(rows: number, cols: number, index: number): Axes {
    const existing = this.axes.find((a) => a.grid_.rows === rows && a.grid_.cols === cols && a.grid_.index === index);
    if (existing) return existing;
    const ax = new Axes(this, { rows, cols, index });
    this.axes.push(ax);
    return ax;
  }
}

/** Histogram counts over `bins` equal-width bins (numpy.histogram): the last bin includes its right edge. */
export function histogram(values: number[], bins: number | number[], range?: [number, number]): { counts: number[]; edges: number[] } {
  let edges: number[];
  if (Array.isArray(bins)) {
    edges = bins;
    for (let i = 1; i < edges.length; i++) if (!(edges[i] >= edges[i - 1])) throw new PlotValueError('`bins` must increase monotonically, when an array');
  } else {
    if (!Number.isInteger(bins) || bins < 1) throw new PlotValueError('`bins` must be positive, when an integer');
    let [lo, hi] = range ?? (values.length ? [Math.min(...values), Math.max(...values)] : [0, 1]);
    if (lo === hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    edges = [];
    // numpy.linspace: start + i * step, with the last edge exactly `hi`.
    const step = (hi - lo) / bins;
    for (let i = 0; i <= bins; i++) edges.push(i === bins ? hi : lo + i * step);
  }
  const counts = new Array<number>(edges.length - 1).fill(0);
  const first = edges[0];
  const last = edges[edges.length - 1];
  for (const v of values) {
    if (!(v >= first && v <= last)) continue;
    let lo = 0;
    let hi = edges.length - 1;
    // The bin whose left edge is the last one <= v; v equal to the last edge goes into the last bin.
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]++;
  }
  return { counts, edges };
}

/** Pixels of an image: 2-D data through a colormap, or rows of RGB(A) triples (floats in [0, 1] or ints 0-255). */
export function imagePixels(data: number[][] | number[][][], cmap: string, vmin?: number, vmax?: number): { rows: number; cols: number; pixels: string[] } {
  const rows = data.length;
  const cols = rows ? data[0].length : 0;
  const pixels: string[] = [];
  if (rows && Array.isArray(data[0][0])) {
    for (const row of data as number[][][]) {
      for (const px of row) {
        const scale = px.every((v) => Number.isInteger(v)) && px.some((v) => v > 1) ? 255 : 1;
        pixels.push(parseColor(px.slice(0, 3).map((v) => Math.min(1, Math.max(0, v / scale)))).hex);
      }
    }
    return { rows, cols, pixels };
  }
  const flat = (data as number[][]).flat();
  const finite = flat.filter(Number.isFinite);
  const lo = vmin ?? (finite.length ? Math.min(...finite) : 0);
  const hi = vmax ?? (finite.length ? Math.max(...finite) : 1);
  const lut = colormap(cmap);
  for (const v of flat) pixels.push(mapColor(lut, v, lo, hi));
  return { rows, cols, pixels };
}
