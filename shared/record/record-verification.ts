import { z } from 'zod';

/**
 * One thing the verification of the record found: which piece (« Facture F-2026-0002 », « Journal,
 * entrée n° 4 », « Paiement n° 3 »…), which field of it (the stored column or journal field, null when
 * the whole piece is concerned) and what is wrong, in French. An error means the record was changed
 * behind the app's back (or damaged); a warning, that part of it cannot be checked on this computer.
 */
export const RecordFindingSchema = z.object({
  severity: z.enum(['error', 'warning']),
  piece: z.string(),
  field: z.string().nullable(),
  /** The journal entry concerned, when there is one. */
  seq: z.number().int().nullable(),
  message: z.string(),
});
export type RecordFinding = z.infer<typeof RecordFindingSchema>;

/**
 * The last link of the journal: what a backup or an export writes down, so that a later state of the
 * record can be shown to contain it unchanged. `keyId` names the key that seals it (null before anchoring).
 */
export const ChainHeadSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string(),
  keyId: z.string().nullable(),
});
export type ChainHead = z.infer<typeof ChainHeadSchema>;

export const RecordVerificationSchema = z.object({
  /** No error found (warnings may remain). */
  isIntact: z.boolean(),
  checkedEvents: z.number().int(),
  /** Issued pieces, payments and files compared with the journal. */
  checkedPieces: z.number().int(),
  findings: z.array(RecordFindingSchema),
  head: ChainHeadSchema,
});
export type RecordVerification = z.infer<typeof RecordVerificationSchema>;
