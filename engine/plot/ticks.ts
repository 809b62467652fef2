// Where ticks go and how they are labelled, as matplotlib's defaults do it: AutoLocator (MaxNLocator with steps
// 1, 2, 2.5, 5, 10) and ScalarFormatter (a shared offset and power of ten, a fixed number of decimals, and the
// Unicode minus sign). Checked against real matplotlib by test/fixtures/plot/axes.json.

const STEPS = [1, 2, 2.5, 5, 10];
/** The steps one decade down and up, as MaxNLocator's staircase. */
const EXTENDED_STEPS = [...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * STEPS[1]];
const MIN_N_TICKS = 2;
const MINUS = '\u2212';

/** Python's float divmod (the remainder takes the divisor's sign). */
function divmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) {
    mod += y;
    div -= 1;
  }
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return [floordiv, mod];
}

/** 10**n for an integer n, correctly rounded as C's pow gives it (V8's `**` can be off by an ulp). */
function pow10(n: number): number {
  return Number(`1e${n}`);
}

/** Python's float `x // y`, which is not always Math.floor(x / y) (the quotient can round up to an integer). */
function floorDiv(x: number, y: number): number {
  return divmod(x, y)[0];
}

function edgeTolerance(step: number, offset: number): number {
  if (offset === 0) return 1e-10;
  const digits = Math.log10(Math.abs(offset) / step);
  return Math.min(0.4999, Math.max(1e-10, 10 ** (digits - 12)));
}

/** The largest n with n*step <= x (with matplotlib's tolerance). */
function edgeLow(x: number, step: number, tol: number): number {
  const [d, m] = divmod(x, step);
  return Math.abs(m / step - 1) < tol ? d + 1 : d;
}

/** The smallest n with n*step >= x. */
function edgeHigh(x: number, step: number, tol: number): number {
  const [d, m] = divmod(x, step);
  return Math.abs(m / step) < tol ? d : d + 1;
}

/** Widens a degenerate interval as matplotlib's `nonsingular` does. */
export function nonsingular(vmin: number, vmax: number, expander = 0.001, tiny = 1e-15): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) {
    [vmin, vmax] = [vmax, vmin];
    swapped = true;
  }
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < (1e6 * 2.2250738585072014e-308)) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxabs * tiny) {
    if (vmax === 0 && vmin === 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * Math.abs(vmin);
      vmax += expander * Math.abs(vmax);
    }
  }
  return swapped ? [vmax, vmin] : [vmin, vmax];
}

function scaleRange(vmin: number, vmax: number, n: number): { scale: number; offset: number } {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * pow10(Math.floor(Math.log10(Math.abs(meanv))));
  return { scale: pow10(Math.floor(Math.log10(dv / n))), offset };
}

/**
 * MaxNLocator's tick values for the view interval [vmin, vmax] with at most `nbins` intervals; the result may
 * extend one step beyond the view (those ticks are not drawn).
 */
export function tickValues(vmin: number, vmax: number, nbins: number): number[] {
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const { scale, offset } = scaleRange(vmin, vmax, nbins);
  const lo = vmin - offset;
  const hi = vmax - offset;
  const steps = EXTENDED_STEPS.map((s) => s * scale);
  const rawStep = (hi - lo) / nbins;
  let istep = steps.findIndex((s) => s >= rawStep);
  if (istep < 0) istep = steps.length - 1;
  let ticks: number[] = [];
  for (let k = istep; k >= 0; k--) {
    const step = steps[k];
    const bestVmin = floorDiv(lo, step) * step;
    const tol = edgeTolerance(step, offset);
    const low = edgeLow(lo - bestVmin, step, tol);
    const high = edgeHigh(hi - bestVmin, step, tol);
    ticks = [];
    for (let n = low; n <= high; n++) ticks.push(n * step + bestVmin);
    const visible = ticks.filter((t) => t <= hi && t >= lo).length;
    if (visible >= MIN_N_TICKS) break;
  }
  return ticks.map((t) => t + offset);
}

export interface TickLabels {
  labels: string[];
  /** Shown at the end of the axis when the labels leave out a common offset or power of ten ('1e6', '+1e3'). */
  offsetText: string;
}

/** ScalarFormatter's labels for all of `locs` (the locator's output) on an axis showing [vmin, vmax]. */
export function formatTicks(locs: number[], vmin: number, vmax: number): TickLabels {
  if (locs.length === 0) return { labels: [], offsetText: '' };
  const [low, high] = vmin <= vmax ? [vmin, vmax] : [vmax, vmin];
  const visible = locs.filter((t) => low <= t && t <= high);
  const offset = computeOffset(visible);
  const oom = orderOfMagnitude(visible, offset, low, high);
  const all = locs.length < 2 ? [...locs, vmin, vmax] : locs;
  const scaled = all.map((t) => (t - offset) / pow10(oom));
  let range = Math.max(...scaled) - Math.min(...scaled);
  if (range === 0) range = Math.max(...scaled.map(Math.abs));
  if (range === 0) range = 1;
  const shown = locs.length < 2 ? scaled.slice(0, -2) : scaled;
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * pow10(rangeOom);
  while (sigfigs >= 0) {
    const error = Math.max(...shown.map((v) => Math.abs(v - roundTo(v, sigfigs))));
    if (error < thresh) sigfigs--;
    else break;
  }
  sigfigs++;
  const labels = locs.map((t) => fixMinus(((t - offset) / pow10(oom)).toFixed(sigfigs)));
  return { labels, offsetText: offsetText(offset, oom) };
}

/** numpy.round: round half to even at `decimals` places (on the scaled value, as numpy does). */
function roundTo(v: number, decimals: number): number {
  const f = pow10(decimals);
  const x = v * f;
  let r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return r / f;
}

function fixMinus(s: string): string {
  if (/^-0\.?0*$/.test(s)) s = s.slice(1);
  return s.replace('-', MINUS);
}

function computeOffset(locs: number[]): number {
  if (locs.length === 0) return 0;
  const lmin = Math.min(...locs);
  const lmax = Math.max(...locs);
  if (lmin === lmax || (lmin <= 0 && 0 <= lmax)) return 0;
  const [absMin, absMax] = [Math.abs(lmin), Math.abs(lmax)].sort((a, b) => a - b);
  const sign = lmin < 0 ? -1 : 1;
  const oomMax = Math.ceil(Math.log10(absMax));
  let oom = oomMax;
  while (floorDiv(absMin, pow10(oom)) === floorDiv(absMax, pow10(oom))) oom--;
  oom++;
  if ((absMax - absMin) / pow10(oom) <= 1e-2) {
    oom = oomMax;
    while (!(floorDiv(absMax, pow10(oom)) - floorDiv(absMin, pow10(oom)) > 1)) oom--;
    oom++;
  }
  const threshold = 4;
  return floorDiv(absMax, pow10(oom)) >= pow10(threshold - 1) ? sign * floorDiv(absMax, pow10(oom)) * pow10(oom) : 0;
}

function orderOfMagnitude(visible: number[], offset: number, vmin: number, vmax: number): number {
  if (visible.length === 0) return 0;
  let oom: number;
  if (offset) oom = Math.floor(Math.log10(vmax - vmin));
  else {
    const val = Math.max(...visible.map(Math.abs));
    oom = val === 0 ? 0 : Math.floor(Math.log10(val));
  }
  return oom <= -5 || oom >= 6 ? oom : 0;
}

/** The offset text: '1e6' for a power of ten, '+1e3' (or '+1000000') for an offset, both when both apply. */
function offsetText(offset: number, oom: number): string {
  let text = '';
  if (offset) text = (offset > 0 ? '+' : '') + formatSciShort(offset);
  if (oom) text = `1e${oom}${text}`;
  return fixAllMinus(text);
}

/** `%1.10e`-style offset, trimmed as ScalarFormatter's format_data does ('1e6', '1.5e3'). */
function formatSciShort(v: number): string {
  const [mantissa, exponent] = v.toExponential(10).split('e');
  const m = mantissa.replace(/\.?0+$/, '');
  const e = Number(exponent);
  return `${m}e${e}`;
}

function fixAllMinus(s: string): string {
  return s.replaceAll('-', MINUS);
}
