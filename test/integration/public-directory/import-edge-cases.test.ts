import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { fixture, truncatedCopy } from '../../support/public-directory/directory-files';
import { zipFile } from '../../support/public-directory/directory-writers';
import { importThroughCore } from '../../support/public-directory/import-through-core';

const cores = useTestCores();

async function imported(path: string) {
  const core = cores.open();
  const { last } = await importThroughCore(core, path);
  const status = valueOf(await core.invoke('directory:status', {}));
  return { core, last, status, report: status.history[0]?.report ?? null };
}

const problem = (report: { problems: Array<{ kind: string; count: number; examples: string[] }> } | null, kind: string) =>
  report?.problems.find((p) => p.kind === kind);

describe('directory files as they come in real life', () => {
  it('reads Excel’s Windows-1252 CSV: accents, Œ, curly apostrophes and dashes, quoted commas', async () => {
    const { core, last, status } = await imported(fixture('annuaire-windows-1252.csv'));
    expect(last.state).toBe('done');
    expect(status.current?.report).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', structures: 4, services: 4, rowsRead: 5, rowsSkipped: 0 });
    const college = valueOf(await core.invoke('directory:structure', { siret: '19490011400019' }));
    expect(college).toMatchObject({ name: 'Collège Molière', address: 'Rue de l\'Œuvre', engagementRequired: true, serviceCodeRequired: false });
    expect(college.services).toEqual([{ code: 'INT', label: 'Intendance — achats', isActive: true }]);
    const ehpad = valueOf(await core.invoke('directory:structure', { siret: '26440109200012' }));
    expect(ehpad.address).toBe('12, rue de l’Église');
    const town = valueOf(await core.invoke('directory:structure', { siret: '21490021900012' }));
    expect(town.services).toEqual([
      { code: 'FIN-01', label: 'Service des finances', isActive: true },
      { code: 'ECOLE', label: 'École et périscolaire', isActive: false },
    ]);
    expect(town.activeServices).toBe(1);
    const ccas = valueOf(await core.invoke('directory:structure', { siret: '26490021800019' }));
    expect(ccas).toMatchObject({ services: [], ejOrServiceRequired: true, paymentStatusReported: false });
  });

  it('repairs SIRETs and postcodes a spreadsheet turned into numbers, and says which it could not', async () => {
    const { core, last, report } = await imported(fixture('annuaire-siret-numerique.csv'));
    expect(last.state).toBe('done');
    expect(report).toMatchObject({ encoding: 'utf-8', delimiter: ',', structures: 5, rowsRead: 6, rowsSkipped: 1 });
    expect(problem(report, 'repaired-siret')?.count).toBe(4);
    expect(problem(report, 'repaired-siret')?.examples).toContain('ligne 5 : 7.490099400018E+12 → 07490099400018');
    expect(problem(report, 'invalid-siret')).toMatchObject({ count: 1, examples: ['ligne 6 : « 1234567400028 »'] });
    expect(problem(report, 'repaired-postcode')?.count).toBe(2);
    expect(problem(report, 'public-only-service')?.count).toBe(1);
    const syndicate = valueOf(await core.invoke('directory:structure', { siret: '02490015100010' }));
    expect(syndicate).toMatchObject({ postcode: '01000', address: '1 chemin du Moulin, ZA Nord', engagementRequired: true, paymentStatusReported: true });
    expect(valueOf(await core.invoke('directory:structure', { siret: '00934567900014' })).name).toBe('Hôpital local de Sainte-Foy');
    expect(valueOf(await core.invoke('directory:structure', { siret: '01234567400027' })).paymentStatusReported).toBeNull();
    // The public-to-public service is not offered to a supplier.
    expect(valueOf(await core.invoke('directory:structure', { siret: '21440109300015' })).services).toEqual([]);
  });

  it('finds renamed columns under a title row, and reports the columns it did not know and the values it could not read', async () => {
    const { core, last, report } = await imported(fixture('annuaire-colonnes-inconnues.csv'));
    expect(last.state).toBe('done');
    expect(report?.columns).toEqual(
      expect.arrayContaining([
        { field: 'siret', header: 'N° SIRET ' },
        { field: 'name', header: ' DÉSIGNATION ' },
        { field: 'postcode', header: 'CP' },
        { field: 'city', header: 'Localité' },
        { field: 'serviceLabel', header: 'Nom du service' },
        { field: 'serviceActive', header: 'Statut service' },
      ]),
    );
    expect(report?.unknownColumns).toEqual(['Téléphone', 'Date de mise à jour']);
    expect(report?.missingColumns).toEqual(['serviceCodeRequired', 'engagementRequired', 'ejOrServiceRequired', 'paymentStatusReported']);
    expect(problem(report, 'unreadable-flag')).toMatchObject({ count: 1, examples: ['ligne 5 : « peut-être »'] });
    const ccas = valueOf(await core.invoke('directory:structure', { siret: '26490021800019' }));
    expect(ccas.services).toEqual([
      { code: 'AIDE', label: 'Aide sociale', isActive: true },
      { code: 'ADM', label: 'Administration', isActive: false },
    ]);
  });

  it.each([
    ['annuaire-vide.csv', /vide/],
    ['annuaire-sans-siret.csv', /SIRET.*introuvables.*« Nom », « Prénom », « Téléphone »/],
  ])('%s: fails with a French reason, never an empty directory', async (name, reason) => {
    const { last, status } = await imported(fixture(name));
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(reason);
    expect(status.current).toBeNull();
    expect(status.history[0]).toMatchObject({ outcome: 'failed', fileName: name, error: expect.stringMatching(reason) });
  });

  it('refuses a truncated ZIP (an interrupted download) instead of importing half of it', async () => {
    const dir = cores.tempDir();
    await zipFile(fixture('annuaire-windows-1252.csv'), join(dir, 'annuaire.zip'), 'annuaire.csv');
    const { last } = await imported(truncatedCopy(join(dir, 'annuaire.zip'), 0.6, 'tronque.zip'));
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(/ZIP est illisible/);
  });

  it('refuses an old Excel .xls with what to do instead', async () => {
    const path = join(cores.tempDir(), 'annuaire.xls');
    // The start of a Compound File (Excel 97-2003), which is neither a ZIP nor text.
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const { last } = await imported(path);
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(/\.xls\).*enregistrez-le au format \.xlsx ou \.csv/);
  });
});
