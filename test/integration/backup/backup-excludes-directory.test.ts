import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryPath } from '../../../main/db/public-directory/open-directory-database';
import { downloadOf } from '../../support/export-setup';
import { backupFiles, shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';
import { writeGeneratedDirectory } from '../../support/public-directory/directory-files';
import { importThroughCore } from '../../support/public-directory/import-through-core';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

const tablesOf = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").pluck().all() as string[];
  } finally {
    db.close();
  }
};

/**
 * The public directory (annuaire.sqlite and the files imported into annuaire-imports/) is reference data
 * anyone can download again: it must never be carried by a backup of the records (architecture.md, Data).
 */
describe('what a backup leaves out', () => {
  it('never carries the public directory, imported or being imported, automatic or « Sauvegarder maintenant »', async () => {
    const shop = cores.open({ now: '2026-11-27T09:00:00Z' });
    await shopWithHistory(shop);
    const source = await writeGeneratedDirectory(cores.tempDir(), 'csv-semicolon-utf8', { seed: 13, structures: 400, services: 800 });
    expect((await importThroughCore(shop, source)).last.state).toBe('done');
    const directory = directoryPath(shop.dataDir);
    expect(existsSync(directory)).toBe(true);
    // A structure only the directory knows (the customer of the shop is a town hall of its own).
    const customerSiret = valueOf(await shop.invoke('customers:search', {})).rows[0]?.siret;
    const reference = new Database(directory, { readonly: true });
    const directoryOnly = tablesOf(directory).filter((name) => !tablesOf(join(shop.dataDir, 'facturier.sqlite')).includes(name));
    const structures = directoryOnly.find((name) => /^structures_\d+$/.test(name)) ?? 'structures_missing';
    const structure = reference.prepare(`SELECT siret FROM ${structures} WHERE siret <> ? LIMIT 1`).pluck().get(customerSiret) as string;
    reference.close();
    expect(structure).toMatch(/^\d{14}$/);
    // The byte search below can find it: the SIRET is written as text where the directory came from.
    expect(readFileSync(source).includes(Buffer.from(structure))).toBe(true);
    expect(directoryOnly.length).toBeGreaterThan(0);
    // A file still waiting in annuaire-imports/ (an upload not imported yet).
    mkdirSync(join(shop.dataDir, 'annuaire-imports'), { recursive: true });
    writeFileSync(join(shop.dataDir, 'annuaire-imports', 'en-attente.csv'), `SIRET;Nom\n${structure};Structure en attente\n`);

    await shop.backups.runAutomatic();
    const automatic = join(shop.dataDir, 'backups', backupFiles(shop.dataDir)[0] as string);
    const manual = await downloadOf(shop, async () => valueOf(await shop.invoke('backups:save', { includeSecrets: false })));

    for (const [label, bytes, path] of [['automatique', readFileSync(automatic), automatic], ['manuelle', manual.bytes, manual.path]] as const) {
      expect(bytes.includes(Buffer.from(structure)), `sauvegarde ${label} : SIRET de l’annuaire`).toBe(false);
      expect(bytes.includes(Buffer.from('Structure en attente')), `sauvegarde ${label} : fichier en attente d’import`).toBe(false);
      if (existsSync(path)) for (const table of directoryOnly) expect(tablesOf(path), `sauvegarde ${label}`).not.toContain(table);
    }
    // The backups folder holds backups and their records only.
    expect(readdirSync(join(shop.dataDir, 'backups')).filter((name) => /annuaire/i.test(name))).toEqual([]);
  }, 120_000);
});
