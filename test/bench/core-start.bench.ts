import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { percentile, result, type BenchResult } from './bench-harness';
import { largeDatabase } from './support/large-database';

const INVOICES = 100_000;
const RUNS = 7;

/**
 * The core's cold start on 100 000 invoices: a fresh Node process per run opens the database (migrations
 * checked, WAL), builds every service and answers the first page of the invoice list, as the window asks
 * right after start. Module loading is measured apart (it differs between the bundled app and tsx here).
 */
export async function run(): Promise<BenchResult[]> {
  const shop = await largeDatabase(INVOICES, 10_000);
  try {
    const toFirstPage: number[] = [];
    const loading: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'support/cold-start-child.ts'), shop.dataDir], {
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: resolve(__dirname, '../../tsconfig.json') },
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const figures = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as { loadMs: number; firstPageMs: number; rows: number };
      if (figures.rows !== 50) throw new Error(`first page has ${figures.rows} rows`);
      toFirstPage.push(figures.firstPageMs);
      loading.push(figures.loadMs);
    }
    return [
      result(`démarrage à froid du cœur jusqu’à la 1re page de la liste, ${INVOICES} factures (médiane)`, percentile(toFirstPage, 50), 'ms', 150),
      result(`démarrage à froid : chargement des modules (tsx, médiane)`, percentile(loading, 50), 'ms'),
    ];
  } finally {
    shop.remove();
  }
}
