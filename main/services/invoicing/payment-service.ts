import type { z } from 'zod';
import type { RecordPaymentSchema } from '@shared/invoicing/payments';
import { formatShortDate } from '@shared/dates/french-dates';
import { formatEuros } from '@shared/money/euros';
import { AppError } from '../../errors/app-error';
import { toSummary } from './invoice-mapper';
import type { InvoicingContext } from './invoicing-context';

type PaymentInput = z.output<typeof RecordPaymentSchema>;

/** Payments received on issued invoices: appended, never edited; the balance follows in the same transaction. */
export function createPaymentService(ctx: InvoicingContext) {

  function record(input: PaymentInput): void {
    const company = ctx.requireCompany();
    const row = ctx.invoices.get(company.id, input.invoiceId);
    if (!row) throw new AppError('not_found', 'Cette facture n’existe pas ou plus.');
    if (row.status !== 'issued' || row.type_code !== '380') throw new AppError('invalid_input', 'On enregistre un paiement sur une facture émise (pas sur un brouillon ni un avoir).');
    const remaining = toSummary(row, ctx.today()).remainingCents;
    if (input.amountCents > remaining) {
      throw new AppError('invalid_input', `Ce paiement dépasse le reste dû (${formatEuros(remaining)}).`, 'amountCents');
    }
    if (input.amountCents < 0 && -input.amountCents > (row.paid_cents ?? 0)) {
      throw new AppError('invalid_input', 'Une correction ne peut pas retirer plus que ce qui a été payé.', 'amountCents');
    }
    if (input.paidOn < row.issue_date) throw new AppError('invalid_input', 'Le paiement ne peut pas précéder la date de la facture.', 'paidOn');
    if (input.paidOn > ctx.today()) {
      throw new AppError('invalid_input', `La date du paiement (${formatShortDate(input.paidOn)}) est dans le futur : un paiement se date du jour où il a été reçu.`, 'paidOn');
    }
    const now = ctx.now();
    const id = ctx.payments.insert(input.invoiceId, { paidOn: input.paidOn, amountCents: input.amountCents, mode: input.mode, note: input.note }, now);
    ctx.invoices.addToBalance(input.invoiceId, { paid: input.amountCents });
    ctx.journal.append({
      at: now,
      kind: 'payment.recorded',
      entity: 'invoice',
      entityId: input.invoiceId,
      payload: { paymentId: id, paidOn: input.paidOn, amountCents: input.amountCents, mode: input.mode, note: input.note },
    });
  }

  return {
    record: (input: PaymentInput) => ctx.write(() => record(input)),
    /** Records what is still owed, in one payment. */
    markPaid(input: { invoiceId: number; paidOn: string; mode: PaymentInput['mode'] }): void {
      ctx.write(() => {
        const company = ctx.requireCompany();
        const row = ctx.invoices.get(company.id, input.invoiceId);
        if (!row) throw new AppError('not_found', 'Cette facture n’existe pas ou plus.');
        const remaining = toSummary(row, ctx.today()).remainingCents;
        if (remaining <= 0) throw new AppError('invalid_input', 'Cette facture est déjà réglée.');
        record({ ...input, amountCents: remaining, note: 'Solde' });
      });
    },
  };
}
