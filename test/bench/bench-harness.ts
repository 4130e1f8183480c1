import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One measured figure. `met` is computed against `target` (lower is better unless `higherIsBetter`). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  met?: boolean;
}

export const RESULTS_FILE = resolve(__dirname, 'results.json');

export function result(name: string, value: number, unit: string, target?: number, higherIsBetter = false): BenchResult {
  const rounded = Math.round(value * 1000) / 1000;
  if (target === undefined) return { name, value: rounded, unit };
  return { name, value: rounded, unit, target, met: higherIsBetter ? value >= target : value <= target };
}

/** Percentile of a sample (nearest rank), for median and p99 figures. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Milliseconds taken by each call of `fn`. */
export function timeEach(count: number, fn: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** Appends to test/bench/results.json (replacing figures of the same name), so benchmarks add up. */
export function record(results: readonly BenchResult[]): void {
  const previous: BenchResult[] = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResult[]) : [];
  const names = new Set(results.map((r) => r.name));
  writeFileSync(RESULTS_FILE, JSON.stringify([...previous.filter((r) => !names.has(r.name)), ...results], null, 2) + '\n');
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, r.target === undefined ? '' : `${r.target} ${r.unit}`, r.met === undefined ? '' : r.met ? 'oui' : 'NON']);
  const header = ['mesure', 'valeur', 'objectif', 'atteint'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
