import type { Database } from 'better-sqlite3';
import { parisToday } from '@shared/dates/french-dates';
import type { NumberPreview, NumberPreviewRequest } from '@shared/numbering/number-preview';
import { checkNumberPattern, patternConflict, patternsOverlap } from '@shared/numbering/number-pattern';
import { createInvoiceRepository } from '../../db/repositories/invoice-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import { createNumbering } from './numbering';

/**
 * The number patterns checked against what was already issued: a pattern that could give again a number
 * in use is refused at save, with the reason, and the settings preview the next number of each series.
 */
export function createNumberPatterns(db: Database, clock: Clock) {
  const invoices = createInvoiceRepository(db);
  const numbering = createNumbering(db);
  const problemOf = (companyId: number | null, pattern: string): string | null =>
    checkNumberPattern(pattern) ?? (companyId === null ? null : patternConflict(pattern, invoices.issuedNumbers(companyId)));
  /** Credit notes in their own series must not be able to write an invoice's number (a shared pattern shares its counter). */
  const creditProblemOf = (companyId: number | null, request: NumberPreviewRequest): string | null => {
    if (request.creditNoteSeries === 'same') return null;
    const own = problemOf(companyId, request.creditNoteNumberPattern);
    if (own || request.creditNoteNumberPattern === request.invoiceNumberPattern || !patternsOverlap(request.invoiceNumberPattern, request.creditNoteNumberPattern)) return own;
    return `Les avoirs (modèle ${request.creditNoteNumberPattern}) pourraient un jour porter le même numéro qu’une facture (modèle ${request.invoiceNumberPattern}) : donnez-leur un préfixe différent, par exemple A-{YYYY}-{seq:0000}.`;
  };

  return {
    /** Throws the French reason on the field when a pattern of the company would repeat an issued number. */
    check(companyId: number | null, patterns: { invoiceNumberPattern: string; creditNoteSeries: 'own' | 'same'; creditNoteNumberPattern: string }): void {
      const invoiceProblem = problemOf(companyId, patterns.invoiceNumberPattern);
      if (invoiceProblem) throw new AppError('invalid_input', invoiceProblem, 'invoiceNumberPattern');
      const creditProblem = creditProblemOf(companyId, patterns);
      if (creditProblem) throw new AppError('invalid_input', creditProblem, 'creditNoteNumberPattern');
    },
    /** The next number of each series as issuing would give it today, or why the pattern cannot be used. */
    preview(companyId: number | null, request: NumberPreviewRequest): NumberPreview {
      const year = Number(parisToday(clock.now()).slice(0, 4));
      const one = (pattern: string, problem: string | null) => ({ next: problem ? null : numbering.peek(companyId ?? 0, pattern, year), problem });
      const invoice = one(request.invoiceNumberPattern, problemOf(companyId, request.invoiceNumberPattern));
      return {
        invoice,
        creditNote: request.creditNoteSeries === 'own' ? one(request.creditNoteNumberPattern, creditProblemOf(companyId, request)) : invoice,
      };
    },
  };
}

export type NumberPatterns = ReturnType<typeof createNumberPatterns>;
