// What a benchmark row holds (agnb's figure beside its peers' and the issue's target) and how the rows print.

export type Peer = 'tfjs' | 'pytorch' | 'cpython';

export const PEER_NAMES: Record<Peer, string> = { tfjs: 'TF.js wasm', pytorch: 'PyTorch', cpython: 'CPython' };

/** GFLOP/s is a rate (higher is better); the others are times per step (lower is better). */
export type Unit = 'GFLOP/s' | 'ms' | 'µs';

/** A peer's figure, or why there is none (its runtime is not installed, it has no such operation). */
export type Figure = number | { skipped: string };

/** agnb's figure must reach `bound` (in the row's unit), or must be no slower than `factor` times a peer's. */
export type Target = { bound: number } | { peer: Peer; factor: number };

export interface Row {
  name: string;
  unit: Unit;
  agnb: number;
  peers: Partial<Record<Peer, Figure>>;
  target?: Target;
  /** Something the reader must know to trust the figure, e.g. that agnb printed something else than the peer. */
  note?: string;
}

export interface Group {
  name: string;
  title: string;
  rows: Row[];
}

export interface Verdict {
  met: boolean;
  /** "met", or by how much the figure misses. */
  text: string;
}

const isRate = (unit: Unit): boolean => unit === 'GFLOP/s';

/** How many times faster agnb is than the peer (below 1: slower), or undefined without a peer figure. */
export function speedRatio(row: Row, peer: Peer): number | undefined {
  const figure = row.peers[peer];
  if (typeof figure !== 'number') return undefined;
  return isRate(row.unit) ? row.agnb / figure : figure / row.agnb;
}

export function targetText(row: Row): string | undefined {
  const target = row.target;
  if (!target) return undefined;
  const sense = isRate(row.unit) ? '≥' : '≤';
  if ('bound' in target) return `${sense} ${target.bound} ${row.unit}`;
  return `${sense} ${target.factor === 1 ? '' : `${target.factor}x `}${PEER_NAMES[target.peer]}`;
}

/** Whether agnb's figure reaches the row's target; undefined without a target or without the peer it refers to. */
export function verdict(row: Row): Verdict | undefined {
  const target = row.target;
  if (!target) return undefined;
  let bound: number;
  if ('bound' in target) bound = target.bound;
  else {
    const figure = row.peers[target.peer];
    if (typeof figure !== 'number') return undefined;
    bound = isRate(row.unit) ? figure / target.factor : figure * target.factor;
  }
  const shortfall = isRate(row.unit) ? bound / row.agnb : row.agnb / bound;
  return shortfall <= 1 ? { met: true, text: 'met' } : { met: false, text: `missed by ${shortfall.toFixed(2)}x` };
}

/** Three significant digits without exponents: 1234, 41.2, 3.07, 0.815. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** One group's table: agnb beside the peers that appear in it, agnb's speed relative to each, and the targets. */
export function renderGroup(group: Group): string {
  const peers = (Object.keys(PEER_NAMES) as Peer[]).filter((peer) => group.rows.some((row) => row.peers[peer] !== undefined));
  const hasTargets = group.rows.some((row) => row.target);
  const header = [
    'benchmark',
    'agnb',
    ...peers.map((peer) => PEER_NAMES[peer]),
    ...peers.map((peer) => `agnb speed ÷ ${PEER_NAMES[peer]}`),
    ...(hasTargets ? ['target'] : []),
  ];
  const figure = (value: Figure | undefined): string =>
    value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : 'skipped';
  const body = group.rows.map((row) => {
    const ratios = peers.map((peer) => {
      const ratio = speedRatio(row, peer);
      return ratio === undefined ? '' : `${formatNumber(ratio)}x`;
    });
    const result = verdict(row);
    const target = targetText(row);
    const targetCell = target === undefined ? '' : `${target}: ${result?.text ?? 'not measured'}`;
    return [
      `${row.name} (${row.unit})`,
      formatNumber(row.agnb),
      ...peers.map((peer) => figure(row.peers[peer])),
      ...ratios,
      ...(hasTargets ? [targetCell] : []),
    ];
  });
  const notes = group.rows.filter((row) => row.note).map((row) => `  note: ${row.name}: ${row.note}`);
  const skipped = [
    ...new Set(
      group.rows.flatMap((row) =>
        peers.flatMap((peer) => {
          const value = row.peers[peer];
          return typeof value === 'object' ? [`  ${PEER_NAMES[peer]} skipped: ${value.skipped}`] : [];
        }),
      ),
    ),
  ];
  return [`${group.title}`, renderTable(header, body), ...skipped, ...notes].join('\n');
}
