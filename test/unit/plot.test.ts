// agnb's pyplot drawing (engine/plot/): axis limits, tick positions and tick labels are compared with what real
// matplotlib produced for the same data (test/fixtures/plot/axes.json, written by tools/gen_plot_fixtures.py);
// the SVG's structure is checked for known data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Figure, histogram, imagePixels, type Axes } from '../../engine/plot/figure';
import { describeAxes, renderSvg } from '../../engine/plot/svg';
import { colormap, parseColor, parseFormat } from '../../engine/plot/colors';
import { Kernel } from '../../engine/kernel';

interface AxisFixture {
  lim: [number, number];
  ticks: number[];
  labels: string[];
  offset: string;
}
interface CaseFixture {
  name: string;
  nrows: number;
  ncols: number;
  x: AxisFixture;
  y: AxisFixture;
}
const fixtures = JSON.parse(readFileSync(new URL('../../../test/fixtures/plot/axes.json', import.meta.url), 'utf8')) as { cases: CaseFixture[] };

function line(ax: Axes, x: number[], y?: number[]): void {
  const ys = y ?? x;
  const xs = y ? x : x.map((_, i) => i);
  ax.add({ kind: 'line', x: xs, y: ys, color: ax.nextColor(), alpha: 1, linewidth: 1.5, linestyle: '-', marker: null, markersize: 6, label: '' });
}

function bars(ax: Axes, values: number[], bins: number): void {
  const { counts, edges } = histogram(values, bins);
  ax.add({ kind: 'bars', left: edges.slice(0, -1), width: counts.map((_, i) => edges[i + 1] - edges[i]), height: counts, color: ax.nextColor(), alpha: 1, edgecolor: null, label: '' });
}

function image(ax: Axes, data: number[][], cmap = 'viridis'): void {
  ax.add({ kind: 'image', ...imagePixels(data, cmap), label: '' });
  ax.equalAspect = true;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const DRAW: Record<string, (ax: Axes) => void> = {
  'line 3 points': (ax) => line(ax, [1, 2, 3], [4, 5, 7]),
  'y only': (ax) => line(ax, [0.5, 0.25, 0.125, 0.0625]),
  'loss curve': (ax) => line(ax, range(100).map((k) => 2.3026 * 0.9 ** k)),
  'range 0..1000': (ax) => line(ax, range(1001)),
  'large offset': (ax) => line(ax, [1000000, 1000001, 1000002], [1, 2, 3]),
  scientific: (ax) => line(ax, [0, 1000000], [0, 1e-6]),
  negative: (ax) => line(ax, [-5, -3, 2, 8], [-1.5, 0.2, -0.7, 3.3]),
  'tiny span': (ax) => line(ax, [1, 2], [0.1, 0.1000001]),
  constant: (ax) => line(ax, [3, 3, 3]),
  'single point': (ax) => line(ax, [2], [5]),
  sine: (ax) => line(ax, range(63).map((i) => i * 0.1), range(63).map((i) => Math.sin(i * 0.1))),
  'big ints': (ax) => line(ax, [0, 10], [12345, 98765]),
  scatter: (ax) => ax.add({ kind: 'scatter', x: [0.3, 1.7, 2.2, 4.9], y: [10, -2, 5, 7], colors: [ax.nextColor()], alpha: 1, sizes: [36], marker: 'o', label: '' }),
  hist: (ax) => bars(ax, [1, 2, 2, 3, 3, 3, 10], 10),
  'hist bins 5': (ax) => bars(ax, [0.1, 0.4, 0.45, 0.8, 0.9, 0.95, 0.2], 5),
  'imshow 3x4': (ax) => image(ax, [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]),
  'imshow 28x28': (ax) => image(ax, range(28).map((i) => range(28).map((j) => (i * j) % 7)), 'gray'),
  'subplots 2x2': (ax) => line(ax, [1, 2, 3], [4, 5, 7]),
  'subplots 1x3': (ax) => line(ax, [0, 100], [0, 1]),
  bar: (ax) => ax.add({ kind: 'bars', left: [0.6, 1.6, 2.6], width: [0.8, 0.8, 0.8], height: [3, 5, 2], color: ax.nextColor(), alpha: 1, edgecolor: null, label: '' }),
  'bar categories': (ax) => {
    ax.add({ kind: 'bars', left: [-0.4, 0.6, 1.6], width: [0.8, 0.8, 0.8], height: [3, 5, 2], color: ax.nextColor(), alpha: 1, edgecolor: null, label: '' });
    [ax.xticks, ax.xtickLabels] = [[0, 1, 2], ['cat', 'dog', 'bird']];
  },
  'xticks with labels': (ax) => {
    line(ax, [1, 4, 9]);
    [ax.xticks, ax.xtickLabels] = [[0, 1, 2], ['a', 'b', 'c']];
  },
  'xlim set': (ax) => {
    line(ax, [1, 2, 3]);
    ax.xlim = [0, 10];
    ax.ylim = [-1, 5];
  },
};

function close(actual: number[], expected: number[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  actual.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) <= 1e-9 * Math.max(1, Math.abs(expected[i])), `${what}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`));
}

for (const c of fixtures.cases) {
  test(`axes like matplotlib: ${c.name}`, () => {
    const fig = new Figure(1);
    for (let i = 0; i < c.nrows * c.ncols; i++) {
      const ax = fig.addAxes(c.nrows, c.ncols, i);
      if (i === 0) DRAW[c.name](ax);
    }
    const [state] = describeAxes(fig);
    for (const axis of ['x', 'y'] as const) {
      close(state[axis].lim, c[axis].lim, `${axis} limits`);
      close(state[axis].ticks, c[axis].ticks, `${axis} ticks`);
      assert.deepEqual(state[axis].labels, c[axis].labels, `${axis} labels`);
      assert.equal(state[axis].offset, c[axis].offset, `${axis} offset text`);
    }
  });
}

test('the SVG of a line plot: axes box, spines, ticks and labels where matplotlib puts them', () => {
  const fig = new Figure(1);
  const ax = fig.addAxes(1, 1, 0);
  line(ax, [1, 2, 3], [4, 5, 7]);
  ax.title = 'Loss & <accuracy>';
  ax.xlabel = 'epoch';
  ax.ylabel = 'loss';
  const svg = renderSvg(fig);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="460.8pt" height="345.6pt" viewBox="0 0 460.8 345.6"/);
  // The default subplot box: left 0.125, right 0.9, bottom 0.11, top 0.88 of 460.8 x 345.6 points.
  assert.ok(svg.includes('<rect x="57.6" y="41.472" width="357.12" height="266.112"/></g>'), 'spines');
  const xLabels = [...svg.matchAll(/<g class="xaxis">([\s\S]*?)<\/g>/g)][0][1];
  assert.deepEqual([...xLabels.matchAll(/class="ticklabel"[^>]*>([^<]*)</g)].map((m) => m[1]), ['1.00', '1.25', '1.50', '1.75', '2.00', '2.25', '2.50', '2.75', '3.00']);
  assert.equal([...xLabels.matchAll(/class="tick"/g)].length, 9);
  const yLabels = [...svg.matchAll(/<g class="yaxis">([\s\S]*?)<\/g>/g)][0][1];
  assert.deepEqual([...yLabels.matchAll(/class="ticklabel"[^>]*>([^<]*)</g)].map((m) => m[1]), ['4.0', '4.5', '5.0', '5.5', '6.0', '6.5', '7.0']);
  assert.match(svg, /<text class="title"[^>]*>Loss &amp; &lt;accuracy&gt;<\/text>/);
  assert.match(xLabels, /<text class="label"[^>]*>epoch<\/text>/);
  assert.match(yLabels, /<text class="label"[^>]*rotate\(-90[^>]*>loss<\/text>/);
  // The line: tab:blue, 1.5 pt, from (x=1, y=4) at the first ticks to (3, 7) at the last ones.
  const polyline = /<polyline points="([^"]*)" fill="none" stroke="#1f77b4" stroke-width="1.5"/.exec(svg);
  assert.ok(polyline, 'line');
  const points = polyline[1].split(' ').map((p) => p.split(',').map(Number));
  const xTick = (label: string) => Number(new RegExp(`x="([0-9.]+)"[^>]*>${label}<`).exec(xLabels)![1]);
  assert.equal(points[0][0], xTick('1.00'));
  assert.equal(points[2][0], xTick('3.00'));
  assert.equal(points.length, 3);
});

test('the default colour cycle, format strings and colormaps', () => {
  const fig = new Figure(1);
  const ax = fig.addAxes(1, 1, 0);
  assert.deepEqual([ax.nextColor(), ax.nextColor(), ax.nextColor()], ['#1f77b4', '#ff7f0e', '#2ca02c']);
  assert.deepEqual(parseFormat('r--'), { color: 'r', linestyle: '--' });
  assert.deepEqual(parseFormat('o-'), { marker: 'o', linestyle: '-' });
  assert.deepEqual(parseFormat('g^'), { color: 'g', marker: '^', linestyle: 'None' });
  assert.throws(() => parseFormat('q'), /'q' is not a valid format string \(unrecognized character 'q'\)/);
  assert.deepEqual(parseColor('tab:orange'), { hex: '#ff7f0e', alpha: 1 });
  assert.deepEqual(parseColor('0.5'), { hex: '#808080', alpha: 1 });
  assert.deepEqual(parseColor('C3'), { hex: '#d62728', alpha: 1 });
  const viridis = colormap('viridis');
  assert.deepEqual([viridis.length, viridis[0], viridis[255]], [256, '#440154', '#fde725']);
  assert.deepEqual([colormap('gray')[0], colormap('gray')[255], colormap('gray_r')[0]], ['#000000', '#ffffff', '#ffffff']);
});

test('histogram counts follow numpy.histogram: equal-width bins, the last one closed', () => {
  assert.deepEqual(histogram([1, 2, 2, 3, 3, 3, 10], 10).counts, [1, 2, 3, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(histogram([1, 2, 2, 3, 3, 3, 10], 10).edges.map((e) => +e.toFixed(12)), [1, 1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1, 10]);
  assert.deepEqual(histogram([0, 1, 2], [0, 1, 2]).counts, [1, 2]);
  assert.deepEqual(histogram([5, 5], 2).edges, [4.5, 5, 5.5]);
});

test('an image is a PNG data URI scaled to the axes, pixels through the colormap', () => {
  const fig = new Figure(1);
  const ax = fig.addAxes(1, 1, 0);
  image(ax, [[0, 1], [2, 3]], 'gray');
  assert.deepEqual(ax.artists[0].kind === 'image' && ax.artists[0].pixels, ['#000000', '#555555', '#aaaaaa', '#ffffff']);
  const svg = renderSvg(fig);
  const img = /<image class="image" x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)"[^>]*href="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(svg);
  assert.ok(img, 'image element');
  assert.equal(Number(img[3]), Number(img[4]), 'equal aspect: a square image stays square');
  const png = Buffer.from(img[5], 'base64');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [2, 2]);
});

test('the kernel puts figures in its outputs as display_data, in order with printed text', () => {
  const kernel = new Kernel({ write: () => {}, interruptRequested: () => false });
  const reply = kernel.execute('import matplotlib.pyplot as plt\nprint("a")\nplt.plot([1, 2])\nplt.show()\nprint("b")\nplt.figure()');
  assert.deepEqual(
    reply.outputs.map((o) => (o.output_type === 'stream' ? o.text : o.output_type === 'error' ? o.ename : `${o.output_type} ${Object.keys(o.data).sort().join(',')} ${o.data['text/plain']}`)),
    [
      'a\n',
      'display_data image/svg+xml,text/plain <Figure size 640x480 with 1 Axes>',
      'b\n',
      // Jupyter shows the cell's value first, then the figures the cell left open (an empty one as text only).
      'execute_result text/plain <Figure size 640x480 with 0 Axes>',
      'display_data text/plain <Figure size 640x480 with 0 Axes>',
    ],
  );
  const script = kernel.execute('plt.plot([1, 2])\nplt.show()', { mode: 'script', fileName: 'x.py' });
  assert.deepEqual(script.outputs, [], 'a script shows nothing, as python3 with a non-interactive backend');
});

test('pyplot bar charts: categories become labelled ticks at 0, 1, 2, as in matplotlib', () => {
  const kernel = new Kernel({ write: () => {}, interruptRequested: () => false });
  const reply = kernel.execute("import matplotlib.pyplot as plt\nprint(plt.bar(['cat', 'dog', 'bird'], [3, 5, 2]))\nplt.show()");
  assert.equal(reply.outputs[0].output_type === 'stream' && reply.outputs[0].text, '<BarContainer object of 3 artists>\n');
  const display = reply.outputs[1];
  assert.ok(display.output_type === 'display_data');
  const xaxis = /<g class="xaxis">([\s\S]*?)<\/g>/.exec(display.data['image/svg+xml'])![1];
  assert.deepEqual([...xaxis.matchAll(/class="ticklabel"[^>]*>([^<]*)</g)].map((m) => m[1]), ['cat', 'dog', 'bird']);
  assert.equal((display.data['image/svg+xml'].match(/<rect x=[^>]*\/>/g) ?? []).length >= 3, true);
});

test('a figure as the value of a cell shows as its picture', () => {
  const kernel = new Kernel({ write: () => {}, interruptRequested: () => false });
  kernel.execute('import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])\nplt.show()');
  const reply = kernel.execute('fig');
  assert.deepEqual(reply.outputs.map((o) => o.output_type), ['execute_result']);
  const data = (reply.outputs[0] as { data: Record<string, string> }).data;
  assert.equal(data['text/plain'], '<Figure size 640x480 with 1 Axes>');
  assert.match(data['image/svg+xml'], /^<svg /);
});
