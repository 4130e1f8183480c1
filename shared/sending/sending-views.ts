import { z } from 'zod';
import { INVOICE_TYPE_CODES } from '../invoicing/invoice-document';
import { SENDING_ACTION_KINDS } from './sending-actions';
import { SENDING_CHANNELS, SENDING_STAGES } from './sending-stage';

/** What the screens receive about sending: one shape for both paths (API, portal). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Indiquez une date au format AAAA-MM-JJ.' });

export const SendingErrorSchema = z.object({ code: z.string(), message: z.string() });

export const SendingActionSchema = z.object({ kind: z.enum(SENDING_ACTION_KINDS), title: z.string(), explanation: z.string() });

export const SendingEntrySchema = z.object({
  invoiceId: z.number().int(),
  number: z.string(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  buyerName: z.string(),
  issueDate: z.string(),
  totalCents: z.number().int(),
  /** null: not sent yet, no path chosen. */
  channel: z.enum(SENDING_CHANNELS).nullable(),
  /** 'unsent': issued to a public buyer, never put on a path (listed in « Envois », no entry yet). */
  stage: z.enum([...SENDING_STAGES, 'unsent']),
  /** The last Chorus Pro status (as Chorus wrote it; unknown codes are kept), or null before integration. */
  chorusStatus: z.string().nullable(),
  chorusStatusAt: z.string().nullable(),
  /** The deposit's own state while it is integrated (`etatCourantDepotFlux`). */
  fluxState: z.string().nullable(),
  fluxNumber: z.string().nullable(),
  chorusInvoiceId: z.number().int().nullable(),
  portalDepositDate: z.string().nullable(),
  portalNumber: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: SendingErrorSchema.nullable(),
  fluxErrors: z.array(z.string()),
  isFinal: z.boolean(),
  action: SendingActionSchema.nullable(),
  updatedAt: z.string(),
});
export type SendingEntry = z.infer<typeof SendingEntrySchema>;

export const TimelineItemSchema = z.object({
  at: z.string(),
  kind: z.enum(['stage', 'status']),
  /** French label ready to show (an unknown Chorus status is shown as its code). */
  label: z.string(),
  /** The raw code (stage or Chorus status). */
  code: z.string(),
  comment: z.string(),
  source: z.enum(['api', 'manual', 'app']),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const SendingDetailSchema = z.object({
  entry: SendingEntrySchema.nullable(),
  timeline: z.array(TimelineItemSchema),
  /** Can this piece go through Chorus Pro at all (a public buyer), and why not. */
  canSend: z.boolean(),
  cannotSendReason: z.string().nullable(),
});
export type SendingDetail = z.infer<typeof SendingDetailSchema>;

export const SENDING_FILTERS = ['all', 'to-send', 'waiting', 'action', 'errors', 'done', 'cancelled'] as const;
export type SendingFilter = (typeof SENDING_FILTERS)[number];

export const SendingListQuerySchema = z.object({
  filter: z.enum(SENDING_FILTERS).default('all'),
  channel: z.enum(SENDING_CHANNELS).optional(),
  text: z.string().trim().max(100).default(''),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type SendingListQuery = z.output<typeof SendingListQuerySchema>;

export const SendingPageSchema = z.object({ rows: z.array(SendingEntrySchema), total: z.number().int() });

export const SyncStateSchema = z.object({
  /** Automatic sending is configured (identifiers and both secrets saved). */
  isApiConfigured: z.boolean(),
  /** null: not asked yet since the core started. */
  isChorusReachable: z.boolean().nullable(),
  isSyncing: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** Another Facturier (the desktop app or a browser host) on the same data sends: this one waits. */
  isOtherSenderActive: z.boolean(),
  waitingReason: z.string().nullable(),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const SendingNewsSchema = z.object({
  invoiceId: z.number().int(),
  number: z.string(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  stage: z.enum(SENDING_STAGES),
  status: z.string().nullable(),
  comment: z.string(),
});

export const PortalReminderSchema = z.object({
  invoiceId: z.number().int(),
  number: z.string(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  buyerName: z.string(),
  depositedOn: z.string(),
  daysWithoutNews: z.number().int(),
});

export const SendingSummarySchema = z.object({
  /** Issued pieces to a public buyer not sent yet (no entry, or queued, or to deposit). */
  toSend: z.number().int(),
  waiting: z.number().int(),
  suspended: z.number().int(),
  rejected: z.number().int(),
  toRecycle: z.number().int(),
  errors: z.number().int(),
  portalReminders: z.array(PortalReminderSchema),
  reminderDays: z.number().int(),
  sync: SyncStateSchema,
});
export type SendingSummary = z.infer<typeof SendingSummarySchema>;

/** Which path is in use is the wizard's answer (onboarding sendingMode); these are the sending's own settings. */
export const SendingSettingsSchema = z.object({
  /** A piece deposited by hand without news after this many days appears on Accueil. */
  portalReminderDays: z.number().int().min(1, { error: 'Au moins 1 jour.' }).max(365, { error: 'Au plus 365 jours.' }).default(15),
});
export type SendingSettings = z.output<typeof SendingSettingsSchema>;

export const InvoiceRefSchema = z.object({ invoiceId: z.number().int().positive() });

export const PortalDepositInputSchema = z.object({
  invoiceId: z.number().int().positive(),
  depositedOn: isoDate,
  portalNumber: z.string().trim().max(50, { error: 'Le numéro affiché par le portail compte au plus 50 caractères.' }).default(''),
});

export const ManualStatusInputSchema = z.object({
  invoiceId: z.number().int().positive(),
  status: z.string().trim().regex(/^[A-Z_0-9]{3,60}$/, { error: 'Choisissez un statut dans la liste.' }),
  date: isoDate,
  comment: z.string().trim().max(1000).default(''),
});

export const CompleteInputSchema = z.object({
  invoiceId: z.number().int().positive(),
  comment: z.string().trim().min(1, { error: 'Écrivez un commentaire pour l’acheteur.' }).max(1000),
  attachment: z
    .object({
      fileName: z.string().trim().min(1).max(50, { error: 'Le nom du fichier compte au plus 50 caractères (limite de Chorus Pro).' }),
      base64: z.string().max(14_000_000, { error: 'Le document dépasse 10 Mo, la limite de Chorus Pro.' }),
    })
    .optional(),
});

export const RecycleInputSchema = z
  .object({
    invoiceId: z.number().int().positive(),
    serviceCode: z.string().trim().max(100).default(''),
    engagementNumber: z.string().trim().max(50).default(''),
    comment: z.string().trim().max(1000).default(''),
  })
  .refine((input) => input.serviceCode !== '' || input.engagementNumber !== '', {
    error: 'Indiquez le nouveau code service ou le nouveau numéro d’engagement.',
    path: ['serviceCode'],
  });
