import { openDatabase } from '../../main/db/open-database';
import { makeTempDir } from '../support/temp-dir';
import { percentile, result, timeEach, type BenchResult } from './bench-harness';

/** Start-up cost of the data layer: opening and migrating a fresh database, then reopening it. */
export function run(): BenchResult[] {
  const dirs = Array.from({ length: 20 }, () => makeTempDir('facturier-bench-'));
  const fresh = timeEach(dirs.length, (i) => openDatabase((dirs[i] as { path: string }).path).close());
  const reopen = timeEach(dirs.length, (i) => openDatabase((dirs[i] as { path: string }).path).close());
  dirs.forEach((d) => d.remove());
  return [
    result('base de données : création et migration (médiane)', percentile(fresh, 50), 'ms'),
    result('base de données : réouverture (médiane)', percentile(reopen, 50), 'ms'),
  ];
}
