import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../main/app/create-core';
import { databasePath } from '../../main/db/open-database';
import { fixedClock } from '../../main/services/clock';
import { silentLogger } from '../../main/services/logging/logger';
import { result, type BenchResult } from './bench-harness';
import { largeDatabase } from './support/large-database';
import { startProbe } from './support/loop-probe';
import { makeTempDir } from '../support/temp-dir';

const INVOICES = 100_000;
const WITH_FILES = 10_000;

/**
 * The automatic backup of a database with 100 000 issued invoices (10 000 with their Factur-X PDF, CII and
 * UBL): the copy and its check as the app makes them (docs/backup-performance.md: the file copied after a
 * checkpoint, then integrity_check and the journal's chain in two worker threads while the file is hashed).
 * Also the longest the core's thread was held meanwhile, and a restore of that backup into a fresh data
 * folder (the whole record verified before the swap).
 */
export async function run(): Promise<BenchResult[]> {
  const shop = await largeDatabase(INVOICES, WITH_FILES);
  const fresh = makeTempDir('facturier-bench-restore-');
  const core = createCore({ dataDir: shop.dataDir, transport: 'browser', clock: fixedClock('2026-12-31T10:00:00Z'), logger: silentLogger });
  try {
    const sizeMb = statSync(databasePath(shop.dataDir)).size / 1024 / 1024;
    // The fixture was just copied into place: its 1.2 GB go to disk first, as a database in use has long been.
    execSync('sync');
    const probe = startProbe();
    const started = performance.now();
    const record = await core.backups.runAutomatic();
    const elapsed = performance.now() - started;
    const { maxStallMs } = probe.stop();
    console.log(`  base de ${sizeMb.toFixed(0)} Mo, ${record.journalEvents} événements au journal`);

    const restoreCore = createCore({ dataDir: fresh.path, transport: 'browser', clock: fixedClock('2026-12-31T10:00:00Z'), logger: silentLogger });
    const restoreProbe = startProbe();
    const restoreStart = performance.now();
    await restoreCore.backups.restoreFile(join(core.backups.folder, record.location)).result;
    const restoreMs = performance.now() - restoreStart;
    const restoreStall = restoreProbe.stop().maxStallMs;
    restoreCore.close();
    return [
      result(`sauvegarde vérifiée, ${INVOICES} factures (${sizeMb.toFixed(0)} Mo, ${WITH_FILES} avec fichiers)`, elapsed / 1000, 's', 5),
      result('sauvegarde : plus long blocage du fil du cœur', maxStallMs, 'ms', 50),
      result(`restauration vérifiée de cette sauvegarde dans un dossier neuf`, restoreMs / 1000, 's'),
      result('restauration : plus long blocage du fil du cœur', restoreStall, 'ms', 50),
    ];
  } finally {
    core.close();
    shop.remove();
    fresh.remove();
  }
}
