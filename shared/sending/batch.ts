import { z } from 'zod';
import { INVOICE_TYPE_CODES } from '../invoicing/invoice-document';

export const BatchExportInputSchema = z.object({
  invoiceIds: z.array(z.number().int().positive()).min(1, { error: 'Choisissez au moins une pièce.' }).max(500, { error: 'Un lot compte au plus 500 pièces.' }),
});

/** One line of the checklist shown (and printable) with a batch: what the ZIP holds, file by file. */
export const BatchChecklistLineSchema = z.object({
  invoiceId: z.number().int(),
  number: z.string(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  buyerName: z.string(),
  buyerSiret: z.string(),
  totalCents: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
});

export const BatchExportSchema = z.object({
  fileName: z.string(),
  base64: z.string(),
  checklist: z.array(BatchChecklistLineSchema),
});
export type BatchExport = z.infer<typeof BatchExportSchema>;
