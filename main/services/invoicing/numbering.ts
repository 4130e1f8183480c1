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
 * Takes the next number of a series. Must run inside the issuing transaction: if anything after it
 * fails, the rollback gives the number back, so numbering never has a gap.
 */
export function createNumbering(db: Database) {
  const current = db.prepare<[number, string, number], { last_sequence: number }>(
    'SELECT last_sequence FROM number_sequences WHERE company_id = ? AND series = ? AND period = ?',
  );
  const start = db.prepare('INSERT INTO number_sequences (company_id, series, period, last_sequence) VALUES (?, ?, ?, 1)');
  const advance = db.prepare(
    'UPDATE number_sequences SET last_sequence = last_sequence + 1 WHERE company_id = ? AND series = ? AND period = ?',
  );
  return {
    /** The number `next` would give now, without taking it (nothing is written). */
    peek(companyId: number, pattern: string, year: number): string {
      const row = current.get(companyId, pattern, periodOf(pattern, year));
      return formatInvoiceNumber(pattern, year, (row?.last_sequence ?? 0) + 1);
    },
    next(companyId: number, pattern: string, year: number): AssignedNumber {
      if (!db.inTransaction) throw new Error('numbering.next outside a transaction');
      const period = periodOf(pattern, year);
      const row = current.get(companyId, pattern, period);
      if (row) advance.run(companyId, pattern, period);
      else start.run(companyId, pattern, period);
      const sequence = (row?.last_sequence ?? 0) + 1;
      return { series: pattern, period, sequence, number: formatInvoiceNumber(pattern, year, sequence) };
    },
  };
}
