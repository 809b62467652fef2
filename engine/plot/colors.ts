// Colours as matplotlib names them: the default property cycle (tab:blue, tab:orange, ...), single-letter and
// CSS names, '#rrggbb', grey levels as strings ('0.8'), RGB(A) tuples; format strings ('r--', 'o-'); colormaps.
import { COLORMAPS } from './colormapTables';

export const DEFAULT_CYCLE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

const TABLEAU: Record<string, string> = {
  'tab:blue': '#1f77b4', 'tab:orange': '#ff7f0e', 'tab:green': '#2ca02c', 'tab:red': '#d62728', 'tab:purple': '#9467bd',
  'tab:brown': '#8c564b', 'tab:pink': '#e377c2', 'tab:gray': '#7f7f7f', 'tab:grey': '#7f7f7f', 'tab:olive': '#bcbd22', 'tab:cyan': '#17becf',
};

/** matplotlib's single-letter colours (not the CSS ones: 'g' is #008000, 'c' #00bfbf). */
const BASE: Record<string, string> = {
  b: '#0000ff', g: '#008000', r: '#ff0000', c: '#00bfbf', m: '#bf00bf', y: '#bfbf00', k: '#000000', w: '#ffffff',
};

/** The CSS colour names tutorials use; others raise a clear error rather than drawing a wrong colour. */
const CSS: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  cyan: '#00ffff', magenta: '#ff00ff', orange: '#ffa500', purple: '#800080', pink: '#ffc0cb', brown: '#a52a2a',
  gray: '#808080', grey: '#808080', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9', darkgrey: '#a9a9a9',
  navy: '#000080', teal: '#008080', olive: '#808000', maroon: '#800000', lime: '#00ff00', gold: '#ffd700',
  silver: '#c0c0c0', skyblue: '#87ceeb', steelblue: '#4682b4', darkblue: '#00008b', darkgreen: '#006400',
  darkred: '#8b0000', darkorange: '#ff8c00', lightblue: '#add8e6', lightgreen: '#90ee90', salmon: '#fa8072',
  coral: '#ff7f50', crimson: '#dc143c', indigo: '#4b0082', violet: '#ee82ee', orchid: '#da70d6', tomato: '#ff6347',
  turquoise: '#40e0d0', tan: '#d2b48c', khaki: '#f0e68c', seagreen: '#2e8b57', royalblue: '#4169e1',
  slategray: '#708090', dodgerblue: '#1e90ff', firebrick: '#b22222', forestgreen: '#228b22', hotpink: '#ff69b4',
  chocolate: '#d2691e', aqua: '#00ffff', fuchsia: '#ff00ff', beige: '#f5f5dc', lavender: '#e6e6fa',
};

/** Thrown for values matplotlib would reject; the binding raises it as ValueError with this message. */
export class PlotValueError extends Error {}

/** A colour as '#rrggbb' plus an alpha (1 when opaque). */
export interface Rgba {
  hex: string;
  alpha: number;
}

function hex2(v: number): string {
  return Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');
}

export function rgbHex(r: number, g: number, b: number): string {
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/** Parses a colour given as a string or as 3 or 4 numbers in [0, 1]. */
export function parseColor(value: string | number[]): Rgba {
  if (Array.isArray(value)) {
    if ((value.length !== 3 && value.length !== 4) || value.some((v) => !(v >= 0 && v <= 1))) {
      throw new PlotValueError(`RGBA values should be within 0-1 range`);
    }
    return { hex: rgbHex(value[0], value[1], value[2]), alpha: value[3] ?? 1 };
  }
  const s = value.toLowerCase();
  const named = BASE[value] ?? TABLEAU[s] ?? CSS[s];
  if (named) return { hex: named, alpha: 1 };
  if (/^c[0-9]$/.test(s)) return { hex: DEFAULT_CYCLE[Number(s[1])], alpha: 1 };
  if (/^#[0-9a-f]{6}$/.test(s)) return { hex: s, alpha: 1 };
  if (/^#[0-9a-f]{8}$/.test(s)) return { hex: s.slice(0, 7), alpha: parseInt(s.slice(7), 16) / 255 };
  if (/^#[0-9a-f]{3}$/.test(s)) return { hex: '#' + [...s.slice(1)].map((c) => c + c).join(''), alpha: 1 };
  if (/^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(s)) {
    const level = Number(s);
    return { hex: rgbHex(level, level, level), alpha: 1 };
  }
  throw new PlotValueError(`${JSON.stringify(value).replace(/^"|"$/g, "'")} is not a valid color value.`);
}

export type LineStyle = '-' | '--' | '-.' | ':' | 'None';
export const MARKERS = new Set(['.', ',', 'o', 'v', '^', '<', '>', 's', 'p', '*', 'h', 'H', '+', 'x', 'D', 'd', '|', '_']);

export interface FormatString {
  color?: string;
  marker?: string;
  linestyle?: LineStyle;
}

/** Parses a plot() format string such as 'r--', 'o-', 'g^', 'k:'. */
export function parseFormat(fmt: string): FormatString {
  const out: FormatString = {};
  if (/^C[0-9]$/.test(fmt)) return { color: fmt };
  let i = 0;
  while (i < fmt.length) {
    const two = fmt.slice(i, i + 2);
    if (two === '--' || two === '-.') {
      if (out.linestyle) throw new PlotValueError(`'${fmt}' is not a valid format string (two linestyle symbols)`);
      out.linestyle = two;
      i += 2;
      continue;
    }
    const c = fmt[i];
    if (c === '-' || c === ':') {
      if (out.linestyle) throw new PlotValueError(`'${fmt}' is not a valid format string (two linestyle symbols)`);
      out.linestyle = c;
    } else if (MARKERS.has(c)) {
      if (out.marker) throw new PlotValueError(`'${fmt}' is not a valid format string (two marker symbols)`);
      out.marker = c;
    } else if (c in BASE) {
      if (out.color) throw new PlotValueError(`'${fmt}' is not a valid format string (two color symbols)`);
      out.color = c;
    } else if (c === 'C' && /[0-9]/.test(fmt[i + 1] ?? '')) {
      out.color = fmt.slice(i, i + 2);
      i++;
    } else {
      throw new PlotValueError(`'${fmt}' is not a valid format string (unrecognized character '${c}')`);
    }
    i++;
  }
  if (out.marker && !out.linestyle) out.linestyle = 'None';
  return out;
}

/** The lookup table of a colormap ('viridis', 'gray', ... and their '_r' reversals) as '#rrggbb' strings. */
export function colormap(name: string): string[] {
  const reversed = name.endsWith('_r');
  const table = COLORMAPS[reversed ? name.slice(0, -2) : name];
  if (table === undefined) {
    throw new PlotValueError(`'${name}' is not a valid value for cmap; supported values are ${Object.keys(COLORMAPS).map((n) => `'${n}'`).join(', ')}`);
  }
  const colors: string[] = [];
  for (let i = 0; i < table.length; i += 6) colors.push('#' + table.slice(i, i + 6));
  return reversed ? colors.reverse() : colors;
}

/** The colormap entry for `value` normalised linearly from [vmin, vmax] to [0, 1] (Normalize + Colormap). */
export function mapColor(lut: string[], value: number, vmin: number, vmax: number): string {
  const t = vmax === vmin ? 0 : (value - vmin) / (vmax - vmin);
  if (Number.isNaN(t)) return 'none';
  const index = Math.min(lut.length - 1, Math.max(0, Math.floor(t * lut.length)));
  return lut[index];
}
