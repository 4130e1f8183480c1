import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error';

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

/**
 * The rows of an XLSX workbook, streamed with exceljs's reader (shared strings cached, styles ignored), in
 * batches `{ sheet, rows }`: the importer looks for the directory's header in each sheet until it finds it.
 */
export async function* xlsxRows(input: Readable, onSheet: (name: string) => void): AsyncGenerator<{ sheet: number; rows: string[][] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  let sheet = 0;
  try {
    for await (const worksheet of reader) {
      sheet++;
      onSheet((worksheet as unknown as { name?: string }).name ?? `Feuille ${sheet}`);
      let rows: string[][] = [];
      for await (const row of worksheet) {
        const values = row.values as CellValue[];
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
  }
}
