// Draws a Figure as an SVG string in points (72 per inch), with matplotlib's default look: subplot margins
// (left 0.125, right 0.9, bottom 0.11, top 0.88, spacing 0.2), black 0.8 pt spines, 3.5 pt outward ticks,
// 10 pt DejaVu Sans labels, a 12 pt title, 1.5 pt lines, 'best' legend placement. No DOM: text widths are
// estimated from DejaVu Sans advance widths.
import { LEGEND_LOCATIONS, type Artist, type Axes, type Figure, type Limits } from './figure';
import { base64, encodePng } from './png';
import { formatTicks, tickValues } from './ticks';

const FONT = "DejaVu Sans, Bitstream Vera Sans, Arial, Helvetica, sans-serif";
const FONT_SIZE = 10;
const TITLE_SIZE = 12;
const TICK_LENGTH = 3.5;
const TICK_PAD = 3.5;
const LABEL_PAD = 4;
const TITLE_PAD = 6;
const SPINE_WIDTH = 0.8;
const GRID_COLOR = '#b0b0b0';
const SUBPLOT = { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 };

/** DejaVu Sans advance widths in em for the characters labels use most; others count as 0.6 em. */
const ADVANCE: Record<string, number> = {
  ' ': 0.318, '.': 0.318, ',': 0.318, ':': 0.337, '-': 0.361, '\u2212': 0.838, '+': 0.838, '(': 0.39, ')': 0.39,
  i: 0.278, j: 0.278, l: 0.278, f: 0.352, t: 0.392, r: 0.411, m: 0.974, w: 0.818, I: 0.295, W: 0.989, M: 0.863,
};
for (const d of '0123456789') ADVANCE[d] = 0.636;

export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const c of text) w += ADVANCE[c] ?? (c >= 'A' && c <= 'Z' ? 0.7 : 0.6);
  return w * size;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function num(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface AxisTicks {
  positions: number[];
  labels: string[];
  offsetText: string;
}

export interface AxisState {
  lim: [number, number];
  ticks: number[];
  labels: string[];
  offset: string;
}

/** The limits and drawn ticks of every axes of a figure, as laid out for drawing (get_xlim, get_xticklabels, ...). */
export function describeAxes(fig: Figure): { x: AxisState; y: AxisState }[] {
  const boxes = layout(fig, fig.width * 72, fig.height * 72);
  return fig.axes.map((ax, i) => {
    const lim = ax.limits();
    const state = (axis: 'x' | 'y'): AxisState => {
      const t = axisTicks(ax, axis, lim, boxes[i]);
      return { lim: lim[axis], ticks: t.positions, labels: t.labels, offset: t.offsetText };
    };
    return { x: state('x'), y: state('y') };
  });
}

/** Where each axes goes (in points, y down), after tight_layout if requested and imshow's equal aspect. */
function layout(fig: Figure, W: number, H: number): Box[] {
  let params = SUBPLOT;
  if (fig.tight) params = tightParams(fig, W, H);
  return fig.axes.map((ax) => {
    const { rows, cols, index } = ax.grid_;
    const row = Math.floor(index / cols);
    const col = index % cols;
    const cellW = ((params.right - params.left) * W) / (cols + params.wspace * (cols - 1));
    const cellH = ((params.top - params.bottom) * H) / (rows + params.hspace * (rows - 1));
    const box = { x: params.left * W + col * cellW * (1 + params.wspace), y: (1 - params.top) * H + row * cellH * (1 + params.hspace), w: cellW, h: cellH };
    return ax.equalAspect ? shrinkToAspect(ax, box) : box;
  });
}

function shrinkToAspect(ax: Axes, box: Box): Box {
  const { x, y } = ax.limits();
  const aspect = Math.abs(y[1] - y[0]) / Math.abs(x[1] - x[0]);
  if (box.h / box.w > aspect) {
    const h = box.w * aspect;
    return { ...box, y: box.y + (box.h - h) / 2, h };
  }
  const w = box.h / aspect;
  return { ...box, x: box.x + (box.w - w) / 2, w };
}

/** Subplot parameters leaving room for every axes' labels, as tight_layout does (pad 1.08 font sizes). */
function tightParams(fig: Figure, W: number, H: number): typeof SUBPLOT {
  const pad = 1.08 * FONT_SIZE;
  let left = 0;
  let right = 0;
  let top = 0;
  let bottom = 0;
  const boxes = fig.axes.map(() => ({ x: 0, y: 0, w: W * 0.775, h: H * 0.77 }));
  fig.axes.forEach((ax, i) => {
    const d = decorations(ax, boxes[i]);
    left = Math.max(left, d.left);
    right = Math.max(right, d.right);
    top = Math.max(top, d.top);
    bottom = Math.max(bottom, d.bottom);
  });
  const cols = Math.max(...fig.axes.map((a) => a.grid_.cols));
  const rows = Math.max(...fig.axes.map((a) => a.grid_.rows));
  const l = (left + pad) / W;
  const r = 1 - (right + pad) / W;
  const t = 1 - (top + pad + (fig.suptitle ? TITLE_SIZE * 1.5 : 0)) / H;
  const b = (bottom + pad) / H;
  const cellW = ((r - l) * W - (cols - 1) * (left + right + pad)) / cols;
  const cellH = ((t - b) * H - (rows - 1) * (top + bottom + pad)) / rows;
  return { left: l, right: r, top: t, bottom: b, wspace: cols > 1 ? (left + right + pad) / cellW : 0, hspace: rows > 1 ? (top + bottom + pad) / cellH : 0 };
}

/** How far labels, ticks and the title reach beyond the axes box on each side. */
function decorations(ax: Axes, box: Box): { left: number; right: number; top: number; bottom: number } {
  if (!ax.axisOn) return { left: 0, right: 0, top: ax.title ? TITLE_PAD + TITLE_SIZE : 0, bottom: 0 };
  const lim = ax.limits();
  const xt = axisTicks(ax, 'x', lim, box);
  const yt = axisTicks(ax, 'y', lim, box);
  const yLabelWidth = Math.max(0, ...yt.labels.map((l) => textWidth(l, FONT_SIZE)));
  const xLabelHalf = Math.max(0, ...xt.labels.map((l) => textWidth(l, FONT_SIZE) / 2));
  return {
    left: TICK_LENGTH + TICK_PAD + yLabelWidth + (ax.ylabel ? LABEL_PAD + FONT_SIZE * 1.2 : 0),
    right: xLabelHalf,
    top: ax.title ? TITLE_PAD + TITLE_SIZE * 1.2 : yt.offsetText ? FONT_SIZE * 1.4 : FONT_SIZE / 2,
    bottom: TICK_LENGTH + TICK_PAD + (xt.labels.length ? FONT_SIZE * 1.2 : 0) + (ax.xlabel ? LABEL_PAD + FONT_SIZE * 1.2 : 0),
  };
}

/** The ticks drawn on one axis: the locator's values inside the view, labelled by the formatter. */
function axisTicks(ax: Axes, axis: 'x' | 'y', lim: Limits, box: Box): AxisTicks {
  const [a, b] = lim[axis];
  const explicit = axis === 'x' ? ax.xticks : ax.yticks;
  let locs: number[];
  if (explicit) locs = explicit;
  else {
    // matplotlib's tick space: the axis length over 3 label heights (x) or 2 (y), between 1 and 9 bins.
    const length = axis === 'x' ? box.w : box.h;
    const space = Math.floor(length / (FONT_SIZE * (axis === 'x' ? 3 : 2)));
    const nbins = Math.min(9, Math.max(1, space));
    locs = tickValues(Math.min(a, b), Math.max(a, b), nbins);
  }
  const explicitLabels = axis === 'x' ? ax.xtickLabels : ax.ytickLabels;
  const { labels, offsetText } = explicitLabels ? { labels: explicitLabels, offsetText: '' } : formatTicks(locs, a, b);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const tol = 1e-10 * (high - low);
  const positions: number[] = [];
  const shown: string[] = [];
  locs.forEach((t, i) => {
    if (t >= low - tol && t <= high + tol) {
      positions.push(t);
      shown.push(labels[i]);
    }
  });
  return { positions, labels: shown, offsetText: explicit ? '' : offsetText };
}

const DASHES: Record<string, number[]> = { '--': [3.7, 1.6], '-.': [6.4, 1.6, 1, 1.6], ':': [1, 1.65] };

/** SVG for one marker of size `size` (points) centred at (cx, cy). */
function marker(kind: string, cx: number, cy: number, size: number, fill: string, alpha: number): string {
  const r = size / 2;
  const opacity = alpha < 1 ? ` fill-opacity="${alpha}" stroke-opacity="${alpha}"` : '';
  const filled = `fill="${fill}" stroke="${fill}" stroke-width="1"${opacity}`;
  const stroked = `fill="none" stroke="${fill}" stroke-width="1"${opacity}`;
  const poly = (pts: [number, number][]) => `<polygon points="${pts.map(([x, y]) => `${num(cx + x)},${num(cy + y)}`).join(' ')}" ${filled}/>`;
  switch (kind) {
    case '.':
      return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r / 2)}" ${filled}/>`;
    case ',':
      return `<rect x="${num(cx - 0.5)}" y="${num(cy - 0.5)}" width="1" height="1" fill="${fill}"/>`;
    case 's':
      return poly([[-r, -r], [r, -r], [r, r], [-r, r]]);
    case 'D':
      return poly([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case 'd':
      return poly([[0, -r], [r * 0.6, 0], [0, r], [-r * 0.6, 0]]);
    case '^':
      return poly([[0, -r], [r, r], [-r, r]]);
    case 'v':
      return poly([[0, r], [r, -r], [-r, -r]]);
    case '<':
      return poly([[-r, 0], [r, -r], [r, r]]);
    case '>':
      return poly([[r, 0], [-r, -r], [-r, r]]);
    case '*':
    case 'p':
    case 'h':
    case 'H': {
      const points = kind === '*' ? 10 : kind === 'p' ? 5 : 6;
      const pts: [number, number][] = [];
      for (let k = 0; k < points; k++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * k) / points + (kind === 'H' ? Math.PI / 6 : 0);
        const rr = kind === '*' && k % 2 ? r * 0.381966 : r;
        pts.push([rr * Math.cos(angle), rr * Math.sin(angle)]);
      }
      return poly(pts);
    }
    case '+':
      return `<path d="M${num(cx - r)} ${num(cy)}H${num(cx + r)}M${num(cx)} ${num(cy - r)}V${num(cy + r)}" ${stroked}/>`;
    case 'x':
      return `<path d="M${num(cx - r)} ${num(cy - r)}L${num(cx + r)} ${num(cy + r)}M${num(cx - r)} ${num(cy + r)}L${num(cx + r)} ${num(cy - r)}" ${stroked}/>`;
    case '|':
      return `<path d="M${num(cx)} ${num(cy - r)}V${num(cy + r)}" ${stroked}/>`;
    case '_':
      return `<path d="M${num(cx - r)} ${num(cy)}H${num(cx + r)}" ${stroked}/>`;
    default:
      return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" ${filled}/>`;
  }
}

function lineStroke(color: string, width: number, style: string, alpha: number): string {
  const dashes = DASHES[style];
  const dash = dashes ? ` stroke-dasharray="${dashes.map((d) => num(d * width)).join(',')}"` : '';
  const opacity = alpha < 1 ? ` stroke-opacity="${alpha}"` : '';
  return `fill="none" stroke="${color}" stroke-width="${num(width)}" stroke-linejoin="round" stroke-linecap="${dashes ? 'butt' : 'square'}"${dash}${opacity}`;
}

/** Renders the figure; `id` keeps clip-path ids unique when several figures share a page. */
export function renderSvg(fig: Figure, id = fig.number): string {
  const W = fig.width * 72;
  const H = fig.height * 72;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${num(W)}pt" height="${num(H)}pt" viewBox="0 0 ${num(W)} ${num(H)}" font-family="${FONT}" font-size="${FONT_SIZE}">`);
  out.push(`<rect class="figure" width="${num(W)}" height="${num(H)}" fill="#ffffff"/>`);
  const boxes = layout(fig, W, H);
  fig.axes.forEach((ax, i) => out.push(renderAxes(ax, boxes[i], `p${id}a${i}`)));
  if (fig.suptitle) out.push(`<text class="suptitle" x="${num(W / 2)}" y="${num(H * 0.02 + TITLE_SIZE)}" font-size="${TITLE_SIZE}" text-anchor="middle">${escape(fig.suptitle)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

function renderAxes(ax: Axes, box: Box, clipId: string): string {
  const lim = ax.limits();
  const [x0, x1] = lim.x;
  const [y0, y1] = lim.y;
  const sx = (v: number) => box.x + ((v - x0) / (x1 - x0)) * box.w;
  const sy = (v: number) => box.y + box.h - ((v - y0) / (y1 - y0)) * box.h;
  const out: string[] = [`<g class="axes">`];
  if (ax.axisOn) out.push(`<rect class="axes-background" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" fill="#ffffff"/>`);
  out.push(`<clipPath id="${clipId}"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}"/></clipPath>`);
  const xt = axisTicks(ax, 'x', lim, box);
  const yt = axisTicks(ax, 'y', lim, box);
  if (ax.grid && ax.axisOn) {
    out.push(`<g class="grid" stroke="${GRID_COLOR}" stroke-width="${SPINE_WIDTH}" stroke-linecap="square">`);
    for (const t of xt.positions) out.push(`<line x1="${num(sx(t))}" y1="${num(box.y)}" x2="${num(sx(t))}" y2="${num(box.y + box.h)}"/>`);
    for (const t of yt.positions) out.push(`<line x1="${num(box.x)}" y1="${num(sy(t))}" x2="${num(box.x + box.w)}" y2="${num(sy(t))}"/>`);
    out.push('</g>');
  }
  out.push(`<g class="data" clip-path="url(#${clipId})">`);
  for (const a of ax.artists) out.push(renderArtist(a, sx, sy, lim));
  out.push('</g>');
  if (ax.axisOn) {
    out.push(`<g class="spines" stroke="#000000" stroke-width="${SPINE_WIDTH}" fill="none" stroke-linecap="square"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}"/></g>`);
    out.push(renderXAxis(ax, xt, sx, box));
    out.push(renderYAxis(ax, yt, sy, box));
  }
  if (ax.title) out.push(`<text class="title" x="${num(box.x + box.w / 2)}" y="${num(box.y - TITLE_PAD)}" font-size="${TITLE_SIZE}" text-anchor="middle">${escape(ax.title)}</text>`);
  if (ax.legend) out.push(renderLegend(ax, box, sx, sy));
  out.push('</g>');
  return out.join('\n');
}

function renderArtist(a: Artist, sx: (v: number) => number, sy: (v: number) => number, lim: Limits): string {
  switch (a.kind) {
    case 'line': {
      const parts: string[] = [`<g class="line">`];
      if (a.linestyle !== 'None') {
        // NaN breaks a line into separate pieces, as in matplotlib.
        let run: string[] = [];
        const flush = () => {
          if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" ${lineStroke(a.color, a.linewidth, a.linestyle, a.alpha)}/>`);
          run = [];
        };
        for (let i = 0; i < a.x.length; i++) {
          if (Number.isFinite(a.x[i]) && Number.isFinite(a.y[i])) run.push(`${num(sx(a.x[i]))},${num(sy(a.y[i]))}`);
          else flush();
        }
        flush();
      }
      if (a.marker) for (let i = 0; i < a.x.length; i++) if (Number.isFinite(a.x[i]) && Number.isFinite(a.y[i])) parts.push(marker(a.marker, sx(a.x[i]), sy(a.y[i]), a.markersize, a.color, a.alpha));
      parts.push('</g>');
      return parts.join('\n');
    }
    case 'scatter': {
      const parts: string[] = [`<g class="scatter">`];
      for (let i = 0; i < a.x.length; i++) {
        const size = Math.sqrt(a.sizes[i] ?? a.sizes[0]);
        parts.push(marker(a.marker, sx(a.x[i]), sy(a.y[i]), size, a.colors[i] ?? a.colors[0], a.alpha));
      }
      parts.push('</g>');
      return parts.join('\n');
    }
    case 'bars': {
      const parts: string[] = [`<g class="bars" fill="${a.color}"${a.alpha < 1 ? ` fill-opacity="${a.alpha}"` : ''}${a.edgecolor ? ` stroke="${a.edgecolor}" stroke-width="1"` : ''}>`];
      a.left.forEach((l, i) => {
        const xa = sx(l);
        const xb = sx(l + a.width[i]);
        const ya = sy(0);
        const yb = sy(a.height[i]);
        parts.push(`<rect x="${num(Math.min(xa, xb))}" y="${num(Math.min(ya, yb))}" width="${num(Math.abs(xb - xa))}" height="${num(Math.abs(yb - ya))}"/>`);
      });
      parts.push('</g>');
      return parts.join('\n');
    }
    case 'image': {
      const png = base64(encodePng(a.cols, a.rows, a.pixels));
      const left = sx(-0.5);
      const right = sx(a.cols - 0.5);
      const top = sy(lim.y[0] > lim.y[1] ? -0.5 : a.rows - 0.5);
      const bottom = sy(lim.y[0] > lim.y[1] ? a.rows - 0.5 : -0.5);
      return `<image class="image" x="${num(Math.min(left, right))}" y="${num(Math.min(top, bottom))}" width="${num(Math.abs(right - left))}" height="${num(Math.abs(bottom - top))}" preserveAspectRatio="none" style="image-rendering:pixelated" href="data:image/png;base64,${png}"/>`;
    }
  }
}

function renderXAxis(ax: Axes, t: AxisTicks, sx: (v: number) => number, box: Box): string {
  const bottom = box.y + box.h;
  const out: string[] = [`<g class="xaxis">`];
  for (let i = 0; i < t.positions.length; i++) {
    const x = num(sx(t.positions[i]));
    out.push(`<line class="tick" x1="${x}" y1="${num(bottom)}" x2="${x}" y2="${num(bottom + TICK_LENGTH)}" stroke="#000000" stroke-width="${SPINE_WIDTH}"/>`);
    out.push(`<text class="ticklabel" x="${x}" y="${num(bottom + TICK_LENGTH + TICK_PAD + FONT_SIZE * 0.76)}" text-anchor="middle">${escape(t.labels[i])}</text>`);
  }
  const labelTop = bottom + TICK_LENGTH + TICK_PAD + (t.positions.length ? FONT_SIZE * 0.96 : 0) + LABEL_PAD;
  if (t.offsetText) out.push(`<text class="offset" x="${num(box.x + box.w)}" y="${num(labelTop + FONT_SIZE * 0.76)}" text-anchor="end">${escape(t.offsetText)}</text>`);
  if (ax.xlabel) out.push(`<text class="label" x="${num(box.x + box.w / 2)}" y="${num(labelTop + FONT_SIZE * 0.76)}" text-anchor="middle">${escape(ax.xlabel)}</text>`);
  out.push('</g>');
  return out.join('\n');
}

function renderYAxis(ax: Axes, t: AxisTicks, sy: (v: number) => number, box: Box): string {
  const out: string[] = [`<g class="yaxis">`];
  let widest = 0;
  for (let i = 0; i < t.positions.length; i++) {
    const y = num(sy(t.positions[i]));
    out.push(`<line class="tick" x1="${num(box.x)}" y1="${y}" x2="${num(box.x - TICK_LENGTH)}" y2="${y}" stroke="#000000" stroke-width="${SPINE_WIDTH}"/>`);
    out.push(`<text class="ticklabel" x="${num(box.x - TICK_LENGTH - TICK_PAD)}" y="${num(sy(t.positions[i]) + FONT_SIZE * 0.36)}" text-anchor="end">${escape(t.labels[i])}</text>`);
    widest = Math.max(widest, textWidth(t.labels[i], FONT_SIZE));
  }
  if (t.offsetText) out.push(`<text class="offset" x="${num(box.x)}" y="${num(box.y - FONT_SIZE * 0.4)}" text-anchor="start">${escape(t.offsetText)}</text>`);
  if (ax.ylabel) {
    const x = box.x - TICK_LENGTH - TICK_PAD - widest - LABEL_PAD;
    const y = box.y + box.h / 2;
    out.push(`<text class="label" x="${num(x)}" y="${num(y)}" text-anchor="middle" transform="rotate(-90 ${num(x)} ${num(y)})">${escape(ax.ylabel)}</text>`);
  }
  out.push('</g>');
  return out.join('\n');
}

/** matplotlib's 'best' candidates in its order: upper right, upper left, lower left, lower right, right, ... */
const LEGEND_SPOTS: [number, number][] = [[1, 0], [0, 0], [0, 1], [1, 1], [1, 0.5], [0, 0.5], [1, 0.5], [0.5, 1], [0.5, 0], [0.5, 0.5]];

function renderLegend(ax: Axes, box: Box, sx: (v: number) => number, sy: (v: number) => number): string {
  const entries = ax.artists.filter((a) => a.label && !a.label.startsWith('_') && a.kind !== 'image');
  if (!entries.length) return '';
  const pad = 0.4 * FONT_SIZE;
  const rowH = FONT_SIZE * 1.2;
  const spacing = 0.5 * FONT_SIZE;
  const handle = 2 * FONT_SIZE;
  const textPad = 0.8 * FONT_SIZE;
  const w = pad * 2 + handle + textPad + Math.max(...entries.map((e) => textWidth(e.label, FONT_SIZE)));
  const h = pad * 2 + entries.length * rowH + (entries.length - 1) * (spacing - 0.2 * FONT_SIZE);
  const inset = 0.5 * FONT_SIZE;
  const points: [number, number][] = [];
  for (const a of ax.artists) if (a.kind === 'line' || a.kind === 'scatter') for (let i = 0; i < a.x.length; i++) points.push([sx(a.x[i]), sy(a.y[i])]);
  let best = { x: 0, y: 0, badness: Infinity };
  const fixed = ax.legendLoc && ax.legendLoc !== 'best' ? [LEGEND_SPOTS[LEGEND_LOCATIONS.indexOf(ax.legendLoc) - 1]] : LEGEND_SPOTS;
  for (const [fx, fy] of fixed) {
    const x = box.x + inset + fx * (box.w - w - 2 * inset);
    const y = box.y + inset + fy * (box.h - h - 2 * inset);
    let badness = 0;
    for (const [px, py] of points) if (px >= x && px <= x + w && py >= y && py <= y + h) badness++;
    if (badness < best.badness) best = { x, y, badness };
    if (badness === 0) break;
  }
  const out: string[] = [`<g class="legend">`];
  out.push(`<rect x="${num(best.x)}" y="${num(best.y)}" width="${num(w)}" height="${num(h)}" rx="2" fill="#ffffff" fill-opacity="0.8" stroke="#cccccc" stroke-width="1"/>`);
  entries.forEach((e, i) => {
    const cy = best.y + pad + i * (rowH + spacing - 0.2 * FONT_SIZE) + rowH / 2;
    const hx = best.x + pad;
    if (e.kind === 'line') {
      if (e.linestyle !== 'None') out.push(`<line x1="${num(hx)}" y1="${num(cy)}" x2="${num(hx + handle)}" y2="${num(cy)}" ${lineStroke(e.color, e.linewidth, e.linestyle, e.alpha)}/>`);
      if (e.marker) out.push(marker(e.marker, hx + handle / 2, cy, e.markersize, e.color, e.alpha));
    } else if (e.kind === 'scatter') {
      out.push(marker(e.marker, hx + handle / 2, cy, Math.sqrt(e.sizes[0]), e.colors[0], e.alpha));
    } else if (e.kind === 'bars') {
      out.push(`<rect x="${num(hx)}" y="${num(cy - FONT_SIZE * 0.35)}" width="${num(handle)}" height="${num(FONT_SIZE * 0.7)}" fill="${e.color}"/>`);
    }
    out.push(`<text x="${num(hx + handle + textPad)}" y="${num(cy + FONT_SIZE * 0.36)}">${escape(e.label)}</text>`);
  });
  out.push('</g>');
  return out.join('\n');
}
