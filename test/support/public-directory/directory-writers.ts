import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate } from 'fflate';
import { encodeWindows1252 } from './cp1252';
import type { DirectoryRow } from './directory-generator';

/** The header names we expect from Chorus Pro (its columns are not published: these are plausible ones). */
export const DEFAULT_HEADERS: Record<keyof DirectoryRow, string> = {
  siret: 'Identifiant',
  name: 'Raison sociale',
  address: 'Adresse',
  postcode: 'Code postal',
  city: 'Ville',
  serviceCode: 'Code service',
  serviceLabel: 'Libellé service',
  serviceActive: 'Service actif',
  serviceCodeRequired: 'Code service obligatoire',
  engagementRequired: 'Engagement obligatoire',
  ejOrServiceRequired: 'Gestion EJ ou code service',
  paymentStatusReported: 'Mise en paiement remontée',
};

export interface WriteOptions {
  headers?: Partial<Record<keyof DirectoryRow, string>>;
  /** Extra columns the importer must ignore (and report). */
  extraColumns?: readonly string[];
  /** A spreadsheet's doing: the SIRET as a number, leading zeros lost. */
  isSiretNumeric?: boolean;
}

const COLUMNS = Object.keys(DEFAULT_HEADERS) as Array<keyof DirectoryRow>;
const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

function cells(row: DirectoryRow, options: WriteOptions): Array<string | number> {
  const values = COLUMNS.map((column): string | number => {
    const value = row[column];
    if (column === 'siret') return options.isSiretNumeric ? Number(value) : (value as string);
    if (typeof value === 'boolean') return column === 'serviceActive' && row.serviceCode === '' ? '' : yesNo(value);
    return value;
  });
  return [...values, ...(options.extraColumns ?? []).map((_, i) => `x${i}`)];
}

function headerNames(options: WriteOptions): string[] {
  return [...COLUMNS.map((column) => options.headers?.[column] ?? DEFAULT_HEADERS[column]), ...(options.extraColumns ?? [])];
}

function csvField(value: string | number, delimiter: string): string {
  const text = String(value);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV, streamed (`;` as French Excel does, or `,`), in UTF-8 (with BOM if asked) or Windows-1252. */
export async function writeDirectoryCsv(
  path: string,
  rows: Iterable<DirectoryRow>,
  options: WriteOptions & { delimiter?: ';' | ','; encoding?: 'utf-8' | 'windows-1252'; hasBom?: boolean } = {},
): Promise<void> {
  const delimiter = options.delimiter ?? ';';
  const encode = (text: string) => (options.encoding === 'windows-1252' ? encodeWindows1252(text) : Buffer.from(text, 'utf8'));
  const out = createWriteStream(path);
  if (options.hasBom) out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  let pending: string[] = [headerNames(options).map((h) => csvField(h, delimiter)).join(delimiter)];
  const flush = async () => {
    if (!out.write(encode(`${pending.join('\r\n')}\r\n`))) await once(out, 'drain');
    pending = [];
  };
  for (const row of rows) {
    pending.push(cells(row, options).map((c) => csvField(c, delimiter)).join(delimiter));
    if (pending.length >= 2000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/** Writes rows as an XLSX workbook with exceljs's streaming writer (shared strings, as Excel saves them). */
export async function writeDirectoryXlsx(path: string, rows: Iterable<DirectoryRow>, options: WriteOptions = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Annuaire');
  sheet.addRow(headerNames(options)).commit();
  for (const row of rows) sheet.addRow(cells(row, { isSiretNumeric: true, ...options })).commit();
  sheet.commit();
  await workbook.commit();
}

/** Puts one file in a ZIP archive, streamed (fflate), as Chorus Pro's download does. */
export async function zipFile(sourcePath: string, zipPath: string, entryName = basename(sourcePath)): Promise<void> {
  const out = createWriteStream(zipPath);
  const zip = new Zip((error, chunk) => {
    if (error) out.destroy(error);
    else out.write(chunk);
  });
  const entry = new ZipDeflate(entryName, { level: 6 });
  zip.add(entry);
  for await (const chunk of createReadStream(sourcePath)) entry.push(chunk as Buffer, false);
  entry.push(new Uint8Array(0), true);
  zip.end();
  out.end();
  await once(out, 'finish');
}
