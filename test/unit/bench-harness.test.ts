import { describe, expect, it } from 'vitest';
import { percentile, result } from '../bench/bench-harness';

describe('the benchmark harness', () => {
  it('computes medians and p99 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('says whether a target is met, lower or higher being better', () => {
    expect(result('liste', 12, 'ms', 20)).toEqual({ name: 'liste', value: 12, unit: 'ms', target: 20, met: true });
    expect(result('liste', 21, 'ms', 20).met).toBe(false);
    expect(result('débit', 900, 'factures/s', 1000, true).met).toBe(false);
    expect(result('sans objectif', 1.23456, 'ms')).toEqual({ name: 'sans objectif', value: 1.235, unit: 'ms' });
  });
});
