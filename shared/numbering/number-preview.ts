import { z } from 'zod';

/** The patterns as typed in the settings (not saved yet). */
export const NumberPreviewRequestSchema = z.object({
  invoiceNumberPattern: z.string().max(100),
  creditNoteSeries: z.enum(['own', 'same']).default('own'),
  creditNoteNumberPattern: z.string().max(100).default(''),
});
export type NumberPreviewRequest = z.output<typeof NumberPreviewRequestSchema>;

const SeriesPreviewSchema = z.object({
  /** The number the next issue of this series would get today; null when the pattern cannot be used. */
  next: z.string().nullable(),
  /** Why not, in French. */
  problem: z.string().nullable(),
});

export const NumberPreviewSchema = z.object({ invoice: SeriesPreviewSchema, creditNote: SeriesPreviewSchema });
export type NumberPreview = z.infer<typeof NumberPreviewSchema>;
