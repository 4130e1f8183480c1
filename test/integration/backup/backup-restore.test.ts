import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../main/db/migrations';
import { backupChainHead } from '../../../main/services/backup/chain-head';
import { useTestCores } from '../../support/test-core';
import { backupFiles, followTask, recordsOf, scriptedDesktop, shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';
import { chainHead, holdsHead } from '../../../main/services/journal/chain-head';

const cores = useTestCores();

/** A shop's automatic backup, and the path of its file. */
async function backedUpShop() {
  const shop = cores.open();
  await shopWithHistory(shop);
  const record = await shop.backups.runAutomatic();
  return { shop, record, file: join(shop.dataDir, 'backups', record.location) };
}

/** Restoring must refuse the file and leave the running data exactly as it was. */
async function expectRefused(file: string, code: string, message: RegExp) {
  const current = cores.open();
  await shopWithHistory(current);
  const before = await recordsOf(current);
  const attempt = current.backups.restoreFile(file);
  const refusal = await attempt.result.then(() => null, (error: unknown) => error as { code: string; message: string });
  expect(refusal?.message).toMatch(message);
  expect(refusal?.code).toBe(code);
  expect(await recordsOf(current)).toEqual(before);
  expect(existsSync(join(current.dataDir, 'backups'))).toBe(false);
  return current;
}

describe('backup then restore into a fresh data folder', () => {
  it('brings back every record, file, payment and the same journal chain head', async () => {
    const { shop, record, file } = await backedUpShop();
    expect(record).toMatchObject({ kind: 'auto', schemaVersion: latestVersion, issuedInvoices: 4, chainHead: backupChainHead(shop.db) });
    expect(record.journalEvents).toBeGreaterThan(8);

    const fresh = cores.open();
    const restored = await fresh.backups.restoreFile(file).result;
    expect(restored).toMatchObject({ issuedInvoices: 4, secrets: 'kept', fromSchemaVersion: latestVersion });

    const [before, after] = [await recordsOf(shop), await recordsOf(fresh)];
    expect(after.journal).toMatchObject({ isIntact: true });
    // Restored without its secrets, on a computer with another journal key: the backup's head is still in
    // the chain, unchanged, and one anchoring entry under the local key follows it.
    expect(holdsHead(fresh.db, chainHead(shop.db))).toBe(true);
    expect(chainHead(fresh.db).seq).toBe(chainHead(shop.db).seq + 1);
    expect(after.page).toEqual(before.page);
    expect(after.details).toEqual(before.details);
    expect(after.files).toEqual(before.files);
    // The fresh folder's own (empty) data was kept as a safety copy, as any restore does.
    expect(backupFiles(fresh.dataDir)).toEqual([restored.safetyCopy]);
  });

  it('keeps working after the swap: the next invoice takes the next number and the journal still verifies', async () => {
    const { file } = await backedUpShop();
    const fresh = cores.open();
    await fresh.backups.restoreFile(file).result;
    const customer = valueOf(await fresh.invoke('customers:search', { text: 'Beaufort' })).rows[0];
    const { id } = valueOf(await fresh.invoke('invoices:createDraft', { draft: { customerId: customer!.id, issueDate: '2026-11-27', serviceCode: 'FIN-01', lines: [] } }));
    const draft = valueOf(await fresh.invoke('invoices:get', { id }));
    expect(draft.status).toBe('draft');
    expect(valueOf(await fresh.invoke('invoices:nextNumber', { id })).number).toBe('F-2026-0004');
    expect(valueOf(await fresh.invoke('journal:verify', {})).isIntact).toBe(true);
  });

  it('holds calls made while the data is swapped and answers them from the restored data', async () => {
    const { file } = await backedUpShop();
    const fresh = cores.open();
    let listedMeanwhile: Promise<number> | undefined;
    fresh.events.subscribe((name, payload) => {
      if (name === 'task:progress' && (payload as { message?: string }).message === 'Copie de sécurité des données actuelles…') {
        listedMeanwhile ??= fresh.invoke('invoices:list', { limit: 10 }).then((result) => valueOf(result).total);
      }
    });
    await fresh.backups.restoreFile(file).result;
    expect(await listedMeanwhile).toBe(4);
  });

  it('reports progress and says where the data of before is kept', async () => {
    const { file } = await backedUpShop();
    const fresh = cores.open();
    const tasks = followTask(fresh);
    const { taskId } = fresh.backups.restoreFile(file);
    const last = await tasks.finished(taskId);
    expect(last).toMatchObject({ kind: 'restore', state: 'done', isCancellable: false });
    expect(last.message).toMatch(/^Restauration terminée : 4 pièces émises, journal vérifié\. Vos données d’avant sont gardées dans avant-restauration-/);
    expect(tasks.events.filter((e) => e.taskId === taskId && e.state === 'running').map((e) => e.message)).toContain('Vérification de la sauvegarde…');
  });

  it('migrates a backup made by an older version before restoring it', async () => {
    const { file } = await backedUpShop();
    // The same data as version 11 left it: migration 12 added the kind of piece read from the document.
    const older = join(cores.tempDir(), 'ancienne.sqlite');
    copyFileSync(file, older);
    const db = new Database(older);
    db.exec('DROP INDEX invoices_by_document_type; ALTER TABLE invoices DROP COLUMN document_type_code;');
    db.pragma('user_version = 11');
    db.close();
    const fresh = cores.open();
    const restored = await fresh.backups.restoreFile(older).result;
    expect(restored.fromSchemaVersion).toBe(11);
    expect(valueOf(await fresh.invoke('invoices:list', { limit: 10 })).sumRemainingCents).toBeGreaterThan(0);
    expect(valueOf(await fresh.invoke('app:info', {})).databaseVersion).toBe(latestVersion);
  });
});

describe('a backup that must be refused', () => {
  it('refuses a corrupted file with a clear French message and changes nothing', async () => {
    const { file } = await backedUpShop();
    const bytes = readFileSync(file);
    // Overwrite pages in the middle of the file: what a failing USB key does.
    bytes.fill(0x5a, 8192, Math.min(bytes.length, 8192 * 4));
    const damaged = join(cores.tempDir(), 'abimee.sqlite');
    writeFileSync(damaged, bytes);
    await expectRefused(damaged, 'backup_unreadable', /^Ce fichier (est endommagé|n’est pas une sauvegarde Facturier lisible).* Rien n’a été modifié\.$/);
  });

  it('refuses a file that is not a database at all', async () => {
    const notes = join(cores.tempDir(), 'notes.sqlite');
    writeFileSync(notes, 'Liste de courses : farine, beurre, sucre.\n'.repeat(200));
    await expectRefused(notes, 'backup_unreadable', /n’est pas une sauvegarde Facturier lisible : il est endommagé ou d’un autre type\. Rien n’a été modifié\.$/);
  });

  it('refuses a backup from a newer Facturier and never writes to the file', async () => {
    const { file } = await backedUpShop();
    const newer = join(cores.tempDir(), 'future.sqlite');
    copyFileSync(file, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    const before = readFileSync(newer);
    const modified = statSync(newer).mtimeMs;
    await expectRefused(newer, 'backup_too_new', /^Cette sauvegarde a été faite par une version plus récente de Facturier \(Facturier [\d.]+\)\. Installez la dernière version pour la restaurer\. Rien n’a été modifié\.$/);
    expect(readFileSync(newer).equals(before)).toBe(true);
    expect(statSync(newer).mtimeMs).toBe(modified);
  });

  it('refuses a backup whose invoices were altered behind the journal, naming the invoice', async () => {
    const { file } = await backedUpShop();
    const altered = join(cores.tempDir(), 'retouchee.sqlite');
    copyFileSync(file, altered);
    const db = new Database(altered);
    db.exec('DROP TRIGGER invoices_no_update');
    db.prepare("UPDATE invoices SET document = json_set(document, '$.lines[0].unitPrice', '4.55') WHERE number = 'F-2026-0001'").run();
    db.close();
    await expectRefused(altered, 'backup_altered', /vérification du journal : elle a été modifiée ou endommagée \([^)]*F-2026-0001[^)]* : Le document figé de cette pièce a été modifié après son émission\)\. Rien n’a été modifié\.$/);
  });

  it('refuses a SQLite file of another program', async () => {
    const other = join(cores.tempDir(), 'autre.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE recettes (nom TEXT)');
    db.close();
    await expectRefused(other, 'backup_unreadable', /base SQLite, mais pas une sauvegarde Facturier/);
  });
});

describe('« Sauvegarder maintenant »', () => {
  it('asks the desktop user where, saves a verified file there and counts it as the last good backup', async () => {
    const target = join(cores.tempDir(), 'cle-usb', 'Facturier.sqlite');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(target, '..'));
    const desktop = scriptedDesktop({ save: target });
    const shop = cores.open({ desktop });
    await shopWithHistory(shop);
    const launched = await shop.backups.saveNow({ includeSecrets: false });
    if (launched.status !== 'started') throw new Error('expected a started backup');
    expect(await launched.result).toEqual({ status: 'saved', savedTo: target });
    expect(desktop.asked).toEqual(['Enregistrer la sauvegarde']);
    expect(existsSync(`${target}.partiel`)).toBe(false);
    const status = valueOf(await shop.invoke('backups:status', {}));
    expect(status).toMatchObject({ isOverdue: false, lastGood: { kind: 'manual', location: target, issuedInvoices: 4, hasSecrets: false } });

    const fresh = cores.open();
    await fresh.backups.restoreFile(target).result;
    expect(holdsHead(fresh.db, chainHead(shop.db))).toBe(true);
  });

  it('does nothing when the desktop user cancels the dialog', async () => {
    const shop = cores.open({ desktop: scriptedDesktop({ save: null }) });
    expect(valueOf(await shop.invoke('backups:save', { includeSecrets: false }))).toEqual({ status: 'cancelled' });
    expect(valueOf(await shop.invoke('backups:status', {})).lastGood).toBeNull();
  });

  it('offers a download in the browser host, counted once it was served whole', async () => {
    const shop = cores.open();
    await shopWithHistory(shop);
    const tasks = followTask(shop);
    const answer = valueOf(await shop.invoke('backups:save', { includeSecrets: false }));
    if (answer.status !== 'started') throw new Error('expected a started backup');
    const last = await tasks.finished(answer.taskId);
    expect(last).toMatchObject({ state: 'done', file: { status: 'download', fileName: 'Facturier-sauvegarde-2026-11-27.sqlite' } });
    expect(valueOf(await shop.invoke('backups:status', {})).lastGood).toBeNull();
    const download = shop.transfers.take((last.file as { downloadId: string }).downloadId);
    expect(download).toBeDefined();
    const kept = join(cores.tempDir(), 'telechargee.sqlite');
    copyFileSync(download!.path, kept);
    shop.transfers.finished(download!, true);
    expect(valueOf(await shop.invoke('backups:status', {})).lastGood).toMatchObject({ kind: 'manual', location: 'Facturier-sauvegarde-2026-11-27.sqlite' });
    expect(existsSync(download!.path)).toBe(false);
    const fresh = cores.open();
    expect((await fresh.backups.restoreFile(kept).result).issuedInvoices).toBe(4);
  });

  it('refuses a second backup while one runs', async () => {
    const shop = cores.open();
    const first = shop.backups.runAutomatic();
    expect(await shop.invoke('backups:save', { includeSecrets: false })).toMatchObject({ ok: false, error: { code: 'backup_busy' } });
    await first;
  });
});
