import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDirectoryRows, type DirectoryRow, type DirectoryShape } from './directory-generator';
import { writeDirectoryCsv, writeDirectoryXlsx, zipFile } from './directory-writers';

export const FIXTURES = resolve(__dirname, '../../fixtures/public-directory');
export const fixture = (name: string) => join(FIXTURES, name);

/** Structures the relevance tests look for, written before the generated ones. */
export const NAMED_STRUCTURES: readonly DirectoryRow[] = [
  row('21490021900012', 'Commune de Beaufort-en-Anjou', '49250', 'Beaufort-en-Anjou', [['FIN-01', 'Service des finances', true]]),
  row('26490021800019', 'CCAS de Beaufort', '49250', 'Beaufort-en-Anjou', [['ADM', 'Administration', true], ['AIDE', 'Aide sociale', false]]),
  row('19490011400019', 'École élémentaire publique Jules Ferry', '49250', 'Beaufort-en-Anjou', []),
  row('02490015100010', 'Syndicat des eaux de l’Anjou', '49000', 'Angers', [['ADM', 'Administration', true]]),
  row('21440109300015', 'Commune de Saint-Herblain', '44800', 'Saint-Herblain', [['DGS', 'Direction générale des services', true]]),
  row('07490099400018', 'Centre hospitalier de Cholet', '49300', 'Cholet', [['PHARMA', 'Pharmacie centrale', true]]),
].flat();

function row(siret: string, name: string, postcode: string, city: string, services: Array<[string, string, boolean]>): DirectoryRow[] {
  const base = {
    siret,
    name,
    address: '1 place de la Mairie',
    postcode,
    city,
    serviceCodeRequired: services.length > 0,
    engagementRequired: false,
    ejOrServiceRequired: false,
    paymentStatusReported: true,
  };
  if (services.length === 0) return [{ ...base, serviceCode: '', serviceLabel: '', serviceActive: false }];
  return services.map(([serviceCode, serviceLabel, serviceActive]) => ({ ...base, serviceCode, serviceLabel, serviceActive }));
}

export type DirectoryFormat = 'csv-semicolon-utf8' | 'csv-comma-windows1252' | 'xlsx' | 'zip-csv' | 'zip-xlsx';

/** Writes a generated directory (named structures first) in one format; returns its path. */
export async function writeGeneratedDirectory(dir: string, format: DirectoryFormat, shape: DirectoryShape): Promise<string> {
  const rows = () => generateDirectoryRows({ extraRows: NAMED_STRUCTURES, ...shape });
  const csv = join(dir, `annuaire-${format}.csv`);
  const xlsx = join(dir, `annuaire-${format}.xlsx`);
  switch (format) {
    case 'csv-semicolon-utf8':
      await writeDirectoryCsv(csv, rows(), { delimiter: ';', hasBom: true });
      return csv;
    case 'csv-comma-windows1252':
      await writeDirectoryCsv(csv, rows(), { delimiter: ',', encoding: 'windows-1252', isSiretNumeric: true });
      return csv;
    case 'xlsx':
      await writeDirectoryXlsx(xlsx, rows());
      return xlsx;
    case 'zip-csv': {
      await writeDirectoryCsv(csv, rows());
      await zipFile(csv, join(dir, 'annuaire-csv.zip'), 'annuaire.csv');
      return join(dir, 'annuaire-csv.zip');
    }
    case 'zip-xlsx': {
      await writeDirectoryXlsx(xlsx, rows());
      await zipFile(xlsx, join(dir, 'annuaire-xlsx.zip'), 'annuaire.xlsx');
      return join(dir, 'annuaire-xlsx.zip');
    }
  }
}

/** A copy of `path` cut at `fraction` of its length: an interrupted download. */
export function truncatedCopy(path: string, fraction: number, name: string): string {
  const bytes = readFileSync(path);
  const target = join(path, '..', name);
  writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return target;
}

/** A copy of `path` with garbage written over its middle: a damaged disk or a bad transfer. */
export function damagedCopy(path: string, name: string): string {
  const bytes = Buffer.from(readFileSync(path));
  const start = Math.floor(bytes.length * 0.4);
  for (let i = 0; i < 4096 && start + i < bytes.length; i++) bytes[start + i] = (i * 73 + 11) & 0xff;
  const target = join(path, '..', name);
  writeFileSync(target, bytes);
  return target;
}
