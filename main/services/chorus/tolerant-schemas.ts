import { z } from 'zod';

/**
 * Building blocks for reading Chorus Pro answers without breaking on what other clients met in the wild
 * (chorus-pro-api.md §2.2, §2.7, §3): unknown fields are ignored, a list of one may come as a bare object,
 * absent values come as null, numbers and booleans sometimes as strings, dates as text or epoch
 * milliseconds, and status values are kept as sent (never narrowed to the ones we know).
 */

/** Absent, null or the value: read as `undefined` or the value. */
export const optional = <S extends z.ZodType>(schema: S) => schema.nullish().transform((value) => value ?? undefined);

/** A list that may arrive absent (empty), as a single object (a list of one) or as a list. */
export const list = <S extends z.ZodType>(item: S) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const numeric = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value);

/** An identifier or count, possibly sent as a numeric string. */
export const int = z.preprocess(numeric, z.number().int());

/** An amount, possibly sent as a string; display only (our own amounts are exact cents). */
export const amount = z.preprocess(numeric, z.number());

export const flag = z.preprocess((value) => {
  if (value === 'true' || value === 'OUI' || value === 1) return true;
  if (value === 'false' || value === 'NON' || value === 0) return false;
  return value;
}, z.boolean());

/** A date or date-time as Chorus sent it (text kept; epoch milliseconds turned into ISO text). */
export const dateText = z.union([z.string(), z.number().transform((ms) => new Date(ms).toISOString())]);

/** A status or state code: any text, unknown values included. */
export const code = z.string();

/** The `parametresRetour` paging block of a search. */
export const PageInfo = z.object({
  total: optional(int),
  pages: optional(int),
  pageCourante: optional(int),
  nbResultatsParPage: optional(int),
});
export type PageInfo = z.output<typeof PageInfo>;
