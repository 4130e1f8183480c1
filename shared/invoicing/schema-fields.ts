import { getCountrySpecifications } from 'ibantools';
import { z } from 'zod';
import { isIsoDate } from '../payment-terms/iso-date';
import { frenchSpacing } from '../money/french-typography';

/** Building blocks shared by the invoice schemas. JSON-friendly on purpose: strings and integers, no transforms. */

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, { error: `${label} est obligatoire.` })
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` });

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` })
    .optional();

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} doit être une date AAAA-MM-JJ.` })
    .refine(isIsoDate, { error: `${label} n’existe pas dans le calendrier.` });

/** Largest amount a single line or allowance may reach: 10 milliards d’euros keeps every total a safe integer. */
export const MAX_LINE_AMOUNT_CENTS = 1_000_000_000_000;

export const cents = (label: string) =>
  z
    .number({ error: `${label} doit être un montant en centimes.` })
    .int({ error: `${label} doit être un nombre entier de centimes.` })
    .min(0, { error: `${label} ne peut pas être négatif.` })
    .max(MAX_LINE_AMOUNT_CENTS, { error: `${label} est trop grand.` });

/**
 * A decimal string with at most 9 integer digits and 4 decimals ("12.5", "0.0001"). The model keeps the
 * string (exact, JSON-friendly); computations parse it to ten-thousandths (see money/decimal.ts), which
 * reads every string this pattern lets through.
 */
export const decimalString = (label: string, options: { allowNegative: boolean }) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .regex(options.allowNegative ? /^-?\d{1,9}(\.\d{1,4})?$/ : /^\d{1,9}(\.\d{1,4})?$/, {
      error: frenchSpacing(`${label} doit être un nombre${options.allowNegative ? '' : ' positif'} d’au plus 9 chiffres avant la virgule et 4 après (ex. : 12,5).`),
    });

/** ISO 3166-1 alpha-2 codes (BR-CL-14), from ibantools' country list. */
const COUNTRY_CODES = new Set(Object.keys(getCountrySpecifications()));

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'Le code pays s’écrit en 2 lettres majuscules (FR, BE…).' })
  .refine((code) => !/^[A-Z]{2}$/.test(code) || COUNTRY_CODES.has(code), { error: 'Ce code pays n’existe pas (codes ISO : FR, BE, DE…).' });
