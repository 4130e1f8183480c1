import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { makeTempDir } from '../../support/temp-dir';
import { NAMED_STRUCTURES, writeGeneratedDirectory, type DirectoryFormat } from '../../support/public-directory/directory-files';
import { generateDirectoryRows } from '../../support/public-directory/directory-generator';
import { importThroughCore } from '../../support/public-directory/import-through-core';

const cores = useTestCores();
const SHAPE = { seed: 12, structures: 600, services: 1_200 };
const FORMATS: DirectoryFormat[] = ['csv-semicolon-utf8', 'csv-comma-windows1252', 'xlsx', 'zip-csv', 'zip-xlsx'];

/** What the generator wrote, counted the way the importer should count it. */
function expectedCounts() {
  const structures = new Set<string>();
  const services = new Set<string>();
  let rowsWithLeadingZero = 0;
  for (const row of generateDirectoryRows({ ...SHAPE, extraRows: NAMED_STRUCTURES })) {
    structures.add(row.siret);
    if (row.serviceCode) services.add(`${row.siret} ${row.serviceCode}`);
    if (row.siret.startsWith('0')) rowsWithLeadingZero++;
  }
  return { structures: structures.size, services: services.size, rowsWithLeadingZero };
}

describe('importing the same directory in every format', () => {
  const files = makeTempDir('facturier-directory-formats-');
  const paths = new Map<DirectoryFormat, string>();
  beforeAll(async () => {
    for (const format of FORMATS) paths.set(format, await writeGeneratedDirectory(files.path, format, SHAPE));
  }, 120_000);
  afterAll(() => files.remove());

  it.each(FORMATS)('%s: every structure and service, with the flags, services and accents intact', async (format) => {
    const core = cores.open();
    const { last } = await importThroughCore(core, paths.get(format) as string);
    expect(last.state, last.message).toBe('done');

    const status = valueOf(await core.invoke('directory:status', {}));
    const expected = expectedCounts();
    expect(status.current).toMatchObject({ outcome: 'done', source: 'file', structures: expected.structures, services: expected.services, rowsSkipped: 0 });
    expect(status.current?.report?.format).toBe(format.includes('xlsx') ? 'xlsx' : 'csv');
    expect(status.current?.report?.isZipped).toBe(format.startsWith('zip'));
    expect(status.current?.report?.missingColumns).toEqual([]);
    if (format === 'csv-comma-windows1252') expect(status.current?.report).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    // Numeric SIRETs (XLSX, and this CSV) lost their leading zeros (02490015100010…): repaired and counted.
    const repaired = status.current?.report?.problems.find((p) => p.kind === 'repaired-siret');
    expect(expected.rowsWithLeadingZero).toBeGreaterThan(1);
    expect(repaired?.count ?? 0).toBe(format === 'csv-semicolon-utf8' || format === 'zip-csv' ? 0 : expected.rowsWithLeadingZero);

    const syndicate = valueOf(await core.invoke('directory:structure', { siret: '02490015100010' }));
    expect(syndicate).toMatchObject({ name: 'Syndicat des eaux de l’Anjou', postcode: '49000', city: 'Angers', serviceCodeRequired: true, paymentStatusReported: true });
    const ccas = valueOf(await core.invoke('directory:structure', { siret: '26490021800019' }));
    expect(ccas.services).toEqual([
      { code: 'ADM', label: 'Administration', isActive: true },
      { code: 'AIDE', label: 'Aide sociale', isActive: false },
    ]);
    const school = valueOf(await core.invoke('directory:search', { text: 'ecole jules ferry beaufort' }));
    expect(school.hits[0]?.name).toBe('École élémentaire publique Jules Ferry');
  });
});
