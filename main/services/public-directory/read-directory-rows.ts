import { AppError } from '../../errors/app-error';
import { csvRows, type CsvEncoding } from './csv-rows';
import type { DirectorySource } from './directory-source';
import { firstEntryName, isOfficePartName, isZip, unzipFirstFile } from './zip-entry';
import { xlsxRows } from './xlsx-rows';

/** What the reader found out about the file, for the import report. */
export interface FileFacts {
  format: 'csv' | 'xlsx';
  isZipped: boolean;
  part?: string;
  encoding?: string;
  delimiter?: string;
}

export interface RowsOfFile {
  /** The sheet of a workbook (1, 2…); always 1 for a CSV. */
  sheet: number;
  rows: string[][];
}

/** The first chunk, then the rest: a peek that does not read anything twice. */
async function peek(chunks: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array | null; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return { head: null, all: (async function* () {})() };
  return {
    head: first.value,
    all: (async function* () {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
  };
}

const emptyFile = () => new AppError('directory_unreadable', 'Ce fichier est vide : il ne contient aucune structure.');

async function* rowsOf(chunks: AsyncIterable<Uint8Array>, nameOf: () => string, facts: FileFacts, encoding: CsvEncoding | undefined): AsyncGenerator<RowsOfFile> {
  const { head, all } = await peek(chunks);
  if (head === null || head.length === 0) throw emptyFile();
  if (/\.xls$/i.test(nameOf()) && !isZip(head)) {
    throw new AppError('directory_unreadable', 'Les classeurs Excel 97-2003 (.xls) ne sont pas lus : enregistrez-le au format .xlsx ou .csv, puis réessayez.');
  }
  const entry = firstEntryName(head);
  if (entry !== null && isOfficePartName(entry)) {
    facts.format = 'xlsx';
    yield* xlsxRows(all, (sheet) => (facts.part = facts.isZipped ? `${facts.part ?? ''} (${sheet})` : sheet));
    return;
  }
  if (isZip(head)) {
    if (facts.isZipped) throw new AppError('directory_unreadable', 'Ce fichier ZIP contient un autre ZIP : décompressez-le, puis importez le fichier qu’il contient.');
    facts.isZipped = true;
    let inner = '';
    const entries = unzipFirstFile(all, (entryName) => {
      inner = entryName;
      facts.part = entryName;
    });
    // The inner file's name is known once its first bytes are read (peeked below).
    yield* rowsOf(entries, () => inner, facts, encoding);
    return;
  }
  facts.format = 'csv';
  for await (const rows of csvRows(all, (info) => Object.assign(facts, info), encoding)) yield { sheet: 1, rows };
}

/**
 * The rows of a directory file, in batches,, whatever its format (CSV, XLSX, or either in a ZIP), streamed from the
 * source. `onBytes` follows how much of the source was read, for the progress bar.
 */
export function readDirectoryRows(source: DirectorySource, facts: FileFacts, onBytes: (read: number) => void, encoding?: CsvEncoding): AsyncGenerator<RowsOfFile> {
  let read = 0;
  async function* counted() {
    for await (const chunk of source.open()) {
      read += chunk.length;
      onBytes(read);
      yield chunk;
    }
  }
  return rowsOf(counted(), () => source.fileName, facts, encoding);
}
