/**
 * `npm run bench`: runs every test/bench/*.bench.ts (each exports `run(): BenchResult[] | Promise<...>`),
 * prints one table and appends the figures to test/bench/results.json. Targets are checked here, never in
 * timed tests. `npm run bench -- name` runs only the files whose name contains "name".
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { printTable, record, type BenchResult } from '../test/bench/bench-harness';

async function main(): Promise<void> {
  const dir = resolve(__dirname, '../test/bench');
  const filter = process.argv[2] ?? '';
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
  const all: BenchResult[] = [];
  for (const file of files) {
    console.log(`▶ ${file}`);
    const module = (await import(resolve(dir, file))) as { run: () => BenchResult[] | Promise<BenchResult[]> };
    const results = await module.run();
    record(results);
    all.push(...results);
  }
  console.log('');
  printTable(all);
  const missed = all.filter((r) => r.met === false);
  if (missed.length > 0) console.log(`\nObjectifs non atteints : ${missed.map((r) => r.name).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
