import { z } from 'zod';
import { isIsoDate } from './iso-date';

/**
 * The one schema of a calendar date, used by every schema that takes one: `YYYY-MM-DD` and a day that
 * exists (`2026-02-30` and `2026-13-01` are refused), with French messages naming the field.
 */
export const isoDate = (label = 'La date') =>
  z
    .string({ error: `${label} est obligatoire.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} doit être une date au format AAAA-MM-JJ.` })
    .refine(isIsoDate, { error: `${label} n’existe pas dans le calendrier.` });

export const IsoDateSchema = isoDate();
