/**
 * Where the verified backup of the benchmark's large database spends its time, phase by phase (the
 * figures behind docs/backup-performance.md). Usage: `node --import tsx test/bench/support/profile-backup.ts [invoices] [withFiles]`.
 * Each phase alone, one after the other; the backup itself runs the checks side by side (make-backup.ts).
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { copyCheckpointedFile, pauseCheckpoints } from '../../../main/db/database-copy';
import { databasePath, openDatabase } from '../../../main/db/open-database';
import { inspectInWorker, integrityInWorker, prepareWorkers, sealInWorker } from '../../../main/services/backup/run-in-worker';
import { verifyJournal } from '../../../main/services/journal/verify-journal';
import { makeTempDir } from '../../support/temp-dir';
import { largeDatabase } from './large-database';

async function timed<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  console.log(`${name.padEnd(52)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return value;
}

async function main(): Promise<void> {
  const [invoices = '100000', withFiles = '10000'] = process.argv.slice(2);
  const shop = await largeDatabase(Number(invoices), Number(withFiles));
  const out = makeTempDir('facturier-profile-backup-');
  try {
    const target = join(out.path, 'copy.sqlite');
    console.log(`base : ${(statSync(databasePath(shop.dataDir)).size / 1e6).toFixed(0)} Mo`);
    const live = openDatabase(shop.dataDir);
    const resume = pauseCheckpoints(live);
    const manifest = { appVersion: 'profil', createdAt: new Date().toISOString(), kind: 'manual' as const };
    prepareWorkers();
    await timed('copie du fichier après un point de contrôle', () => copyCheckpointedFile(live, target));
    resume();
    await timed('manifeste (fil de travail)', () => sealInWorker(target, manifest));
    live.close();
    await timed('integrity_check (fil de travail 2, lu en mémoire projetée)', () => integrityInWorker(target, { mapped: true }));
    await timed('parcours du journal (chaîne, empreintes, tête)', () => inspectInWorker({ op: 'inspect', path: target, integrityCheckedElsewhere: true, mapped: true }));
    const copy = new Database(target, { readonly: true });
    await timed('quick_check (pour comparer)', () => copy.pragma('quick_check(10)'));
    await timed('vérification complète du registre (restauration)', () => verifyJournal(copy, null));
    copy.close();
  } finally {
    out.remove();
    shop.remove();
  }
  // The worker threads are kept for the next request: leave without waiting for them.
  process.exit(0);
}

void main();
