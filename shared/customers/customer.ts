import { z } from 'zod';
import { compactIdentifier } from '../identifiers/siret';
import { compactVatNumber } from '../identifiers/vat-number';
import { Buyer } from '../invoicing/party';

/** People type identifiers with spaces and in lower case; the stored form is compact (see party.ts). */
function compactIdentifiers(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const input = value as Record<string, unknown>;
  const result: Record<string, unknown> = { ...input };
  for (const [key, compact] of [['siret', compactIdentifier], ['siren', compactIdentifier], ['vatNumber', compactVatNumber]] as const) {
    const raw = input[key];
    if (raw === '') delete result[key];
    else if (typeof raw === 'string') result[key] = compact(raw);
  }
  if (input.email === '') delete result.email;
  return result;
}

/** A customer as typed in the Clients form: the buyer of future invoices (BG-7). */
export const CustomerInputSchema = z.preprocess(compactIdentifiers, Buyer);
export type CustomerInput = z.input<typeof Buyer>;

export const CustomerSchema = Buyer.extend({
  id: z.number().int().positive(),
  isArchived: z.boolean(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const CustomerSearchSchema = z.object({
  text: z.string().trim().max(100).default(''),
  kind: z.enum(['public', 'private']).optional(),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});

export const CustomerPageSchema = z.object({ rows: z.array(CustomerSchema), total: z.number().int() });
