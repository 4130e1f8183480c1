import { z } from 'zod';
import { checkVatCombination } from '../vat/vat-choices';
import { VAT_CATEGORY_CODES } from '../vat/vat-categories';
import { decimalString, optionalText, requiredText } from '../invoicing/schema-fields';
import { UNIT_CODES } from '../invoicing/units';

/** A product or service the user sells often: lines start from it, then keep their own copy. */
export const CatalogueItemInputSchema = z
  .strictObject({
    designation: requiredText('La désignation', 300),
    description: optionalText('La description', 1000),
    unitCode: z.enum(UNIT_CODES, { error: 'Choisissez une unité de la liste.' }),
    unitPrice: decimalString('Le prix unitaire HT', { allowNegative: false }),
    vatCategory: z.enum(VAT_CATEGORY_CODES, { error: 'Choisissez la TVA applicable.' }),
    vatRate: z.string(),
    vatExemptionCode: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    const problem = checkVatCombination(item.vatCategory, item.vatRate, item.vatExemptionCode);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['vatRate'] });
  });
export type CatalogueItemInput = z.input<typeof CatalogueItemInputSchema>;

export const CatalogueItemSchema = z.object({
  id: z.number().int().positive(),
  designation: z.string(),
  description: z.string().optional(),
  unitCode: z.enum(UNIT_CODES),
  unitPrice: z.string(),
  vatCategory: z.enum(VAT_CATEGORY_CODES),
  vatRate: z.string(),
  vatExemptionCode: z.string().optional(),
  isArchived: z.boolean(),
});
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
