import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error';
import { createZipIntegrityCheck } from './zip-integrity';

type CellValue = ExcelJS.CellValue;

const BATCH = 1_000;

/** A cell as text: numbers as written by Excel (a SIRET stored as a number keeps its digits), rich text joined. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

export const unreadableWorkbook = () =>
  new AppError('directory_unreadable', 'Ce classeur Excel est illisible ou incomplet. Enregistrez-le de nouveau au format .xlsx (ou .csv), puis réessayez.');

/** After the whole file is read, exceljs gets this long to produce its next row before the file is judged unreadable. */
const STALL_MS = 15_000;

/**
 * The rows of an XLSX workbook, streamed with exceljs's reader (shared strings cached, styles ignored), in
 * batches `{ sheet, rows }`: the importer looks for the directory's header in each sheet until it finds it.
 * The same bytes go through a ZIP integrity check, so a damaged or truncated workbook fails instead of
 * yielding part of its rows (or none, forever).
 */
export async function* xlsxRows(chunks: AsyncIterable<Uint8Array>, onSheet: (name: string) => void): AsyncGenerator<{ sheet: number; rows: string[][] }> {
  // A failure seen on the side (a damaged archive, a stall) rejects the row being awaited. Each wait gets its
  // own promise: racing every row against one long-lived promise would keep every row in memory (each race
  // leaves a reaction on it holding its result), 1.5 GB for a full directory.
  let failure: Error | null = null;
  let rejectWaiting: ((error: Error) => void) | null = null;
  const reject = (error: Error) => {
    failure ??= error;
    rejectWaiting?.(error);
  };
  const integrity = createZipIntegrityCheck(() => reject(unreadableWorkbook()));
  let stall: NodeJS.Timeout | null = null;
  const watch = () => {
    if (stall) stall.refresh();
  };
  const input = Readable.from(
    (async function* () {
      for await (const chunk of chunks) {
        integrity.push(chunk);
        yield chunk;
      }
      integrity.end();
      stall = setTimeout(() => reject(unreadableWorkbook()), STALL_MS);
    })(),
  );
  // Loaded when a workbook comes: most imports are CSV, and exceljs takes most of a second to load.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  const next = <T>(iterator: AsyncIterator<T>) =>
    failure
      ? Promise.reject(failure)
      : new Promise<IteratorResult<T>>((resolve, rejectThis) => {
          rejectWaiting = rejectThis;
          iterator.next().then(resolve, rejectThis);
        }).finally(() => (rejectWaiting = null));
  let sheet = 0;
  try {
    const sheets = reader[Symbol.asyncIterator]();
    for (let worksheet = await next(sheets); !worksheet.done; worksheet = await next(sheets)) {
      sheet++;
      onSheet((worksheet.value as unknown as { name?: string }).name ?? `Feuille ${sheet}`);
      const rowsOfSheet = worksheet.value[Symbol.asyncIterator]();
      let rows: string[][] = [];
      for (let row = await next(rowsOfSheet); !row.done; row = await next(rowsOfSheet)) {
        watch();
        const values = row.value.values as CellValue[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        rows.push(cells);
        if (rows.length >= BATCH) {
          yield { sheet, rows };
          rows = [];
        }
      }
      if (rows.length > 0) yield { sheet, rows };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableWorkbook();
  } finally {
    if (stall) clearTimeout(stall);
    input.destroy();
  }
}
