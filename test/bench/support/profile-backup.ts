/**
 * Where the verified backup of the benchmark's large database spends its time, phase by phase (the
 * figures behind docs/backup-performance.md). Usage: `node --import tsx test/bench/support/profile-backup.ts [invoices] [withFiles]`.
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath } from '../../../main/db/open-database';
import { copyOutInWorker } from '../../../main/services/backup/run-in-worker';
import { verifyJournal, verifyJournalChain } from '../../../main/services/journal/verify-journal';
import { hashFile } from '../../../main/services/transfers/file-hash';
import { makeTempDir } from '../../support/temp-dir';
import { largeDatabase } from './large-database';

async function timed<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  console.log(`${name.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return value;
}

async function main(): Promise<void> {
  const [invoices = '100000', withFiles = '10000'] = process.argv.slice(2);
  const shop = await largeDatabase(Number(invoices), Number(withFiles));
  const out = makeTempDir('facturier-profile-backup-');
  try {
    const target = join(out.path, 'copy.sqlite');
    console.log(`base : ${(statSync(databasePath(shop.dataDir)).size / 1e6).toFixed(0)} Mo`);
    await timed('copie (fil de travail, db.backup)', () => copyOutInWorker(databasePath(shop.dataDir), target));
    const copy = new Database(target, { readonly: true });
    await timed('quick_check', () => copy.pragma('quick_check(10)'));
    await timed('integrity_check', () => copy.pragma('integrity_check(10)'));
    await timed('parcours du journal (chaîne, empreintes)', () => verifyJournalChain(copy, null));
    await timed('vérification complète du registre', () => verifyJournal(copy, null));
    copy.close();
    await timed('SHA-256 du fichier', () => hashFile(target));
    process.exit(0);
  } finally {
    out.remove();
    shop.remove();
  }
}

void main();
