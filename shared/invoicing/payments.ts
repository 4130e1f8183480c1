import { z } from 'zod';
import { isoDate } from '../dates/date-schema';

export const PAYMENT_MODES = {
  transfer: 'Virement',
  cheque: 'Chèque',
  card: 'Carte bancaire',
  cash: 'Espèces',
  'direct-debit': 'Prélèvement',
  other: 'Autre',
} as const;
export const PAYMENT_MODE_CODES = Object.keys(PAYMENT_MODES) as [keyof typeof PAYMENT_MODES, ...(keyof typeof PAYMENT_MODES)[]];

/** A real calendar day; that it is not in the future is checked in main, against the app's clock. */
const paidOn = isoDate('La date du paiement');

/** A payment received; a negative amount corrects one recorded by mistake (payments are never edited). */
export const RecordPaymentSchema = z.object({
  invoiceId: z.number().int().positive(),
  paidOn,
  amountCents: z
    .number({ error: 'Indiquez le montant reçu.' })
    .int({ error: 'Le montant doit être en centimes entiers.' })
    .refine((value) => value !== 0, { error: 'Le montant ne peut pas être nul.' }),
  mode: z.enum(PAYMENT_MODE_CODES, { error: 'Choisissez le moyen de paiement.' }),
  note: z.string().trim().max(300).default(''),
});

export const MarkPaidSchema = z.object({
  invoiceId: z.number().int().positive(),
  paidOn,
  mode: z.enum(PAYMENT_MODE_CODES, { error: 'Choisissez le moyen de paiement.' }),
});
