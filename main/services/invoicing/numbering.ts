import type { Database } from 'better-sqlite3';
import { formatInvoiceNumber } from '@shared/numbering/number-pattern';

export interface AssignedNumber {
  series: string;
  period: number;
  sequence: number;
  number: string;
}

/** A pattern without the year keeps one counter for ever; with it, the counter restarts each year. */
export function periodOf(pattern: string, year: number): number {
  return /\{YY(YY)?\}/.test(pattern) ? year : 0;
}

/**
 * The next number of a series. The counter itself moves in the database: issuing a draft with the next
 * sequence is what advances `number_sequences` (trigger of migration 0007), and nothing else may. So
 * `next` only reads, inside the issuing transaction; if anything after it fails, nothing was taken.
 */
export function createNumbering(db: Database) {
  const current = db.prepare<[number, string, number], { last_sequence: number }>(
    'SELECT last_sequence FROM number_sequences WHERE company_id = ? AND series = ? AND period = ?',
  );
  const take = (companyId: number, pattern: string, year: number): AssignedNumber => {
    const period = periodOf(pattern, year);
    const sequence = (current.get(companyId, pattern, period)?.last_sequence ?? 0) + 1;
    return { series: pattern, period, sequence, number: formatInvoiceNumber(pattern, year, sequence) };
  };
  return {
    /** The number `next` would give now, without taking it (nothing is written). */
    peek: (companyId: number, pattern: string, year: number): string => take(companyId, pattern, year).number,
    next(companyId: number, pattern: string, year: number): AssignedNumber {
      if (!db.inTransaction) throw new Error('numbering.next outside a transaction');
      return take(companyId, pattern, year);
    },
  };
}
