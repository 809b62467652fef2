// The benchmark report's arithmetic: speed ratios and target verdicts read rates (GFLOP/s, higher is better) and
// times (lower is better) the right way round, and medians of odd and even counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median } from '../bench/measure';
import { speedRatio, verdict, type Row } from '../bench/report';

test('medians of odd and even counts, whatever the order', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('a rate is faster when higher, a time when lower', () => {
  const rate: Row = { name: 'mm', unit: 'GFLOP/s', agnb: 20, peers: { tfjs: 40, pytorch: { skipped: 'absent' } }, target: { bound: 40 } };
  assert.equal(speedRatio(rate, 'tfjs'), 0.5);
  assert.equal(speedRatio(rate, 'pytorch'), undefined);
  assert.deepEqual(verdict(rate), { met: false, text: 'missed by 2.00x' });
  const time: Row = { name: 'step', unit: 'ms', agnb: 0.5, peers: { tfjs: 2 }, target: { bound: 1 } };
  assert.equal(speedRatio(time, 'tfjs'), 4);
  assert.deepEqual(verdict(time), { met: true, text: 'met' });
});

test('a target relative to a peer needs the peer figure', () => {
  const row: Row = { name: 'loops.py', unit: 'ms', agnb: 30, peers: { cpython: 20 }, target: { peer: 'cpython', factor: 1 } };
  assert.deepEqual(verdict(row), { met: false, text: 'missed by 1.50x' });
  assert.equal(verdict({ ...row, peers: { cpython: { skipped: 'absent' } } }), undefined);
});
