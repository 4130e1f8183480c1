import { z } from 'zod';
import { BatchExportInputSchema, BatchExportSchema } from '../../sending/batch';
import { PortalGuideSchema } from '../../sending/portal-guide';
import { CustomerStructureSchema, StructureCandidateSchema, StructureSearchInputSchema } from '../../sending/structures';
import {
  CompleteInputSchema,
  InvoiceRefSchema,
  ManualStatusInputSchema,
  PortalDepositInputSchema,
  RecycleInputSchema,
  SendingDetailSchema,
  SendingEntrySchema,
  SendingListQuerySchema,
  SendingPageSchema,
  SendingSettingsSchema,
  SendingSummarySchema,
  SyncStateSchema,
} from '../../sending/sending-views';
import { NoInput } from '../no-input';

const WRITE = ['sending', 'journal'] as const;

/**
 * Sending to Chorus Pro, both paths (issues 10 and 11): the outbox (API) and the guided deposit on the
 * portal share these channels, the statuses and the guided actions.
 */
export const sendingChannels = {
  'sending:send': { request: InvoiceRefSchema, response: SendingEntrySchema, changes: WRITE },
  'sending:cancel': { request: InvoiceRefSchema, response: SendingEntrySchema, changes: WRITE },
  'sending:retry': { request: InvoiceRefSchema, response: SendingEntrySchema, changes: WRITE },
  'sending:syncNow': { request: NoInput, response: SyncStateSchema },
  'sending:list': { request: SendingListQuerySchema, response: SendingPageSchema },
  /** One piece: its entry (or null), its timeline, and whether it can go to Chorus Pro at all. */
  'sending:get': { request: InvoiceRefSchema, response: SendingDetailSchema },
  'sending:summary': { request: NoInput, response: SendingSummarySchema },
  'sending:getSettings': { request: NoInput, response: SendingSettingsSchema },
  'sending:saveSettings': { request: SendingSettingsSchema, response: SendingSettingsSchema, changes: ['sending', 'settings'] },
  /** The portal path: listed as to deposit; the guide's values; « J'ai déposé »; a status read on the portal. */
  'sending:planPortal': { request: InvoiceRefSchema, response: SendingEntrySchema, changes: WRITE },
  'sending:portalGuide': { request: InvoiceRefSchema, response: PortalGuideSchema },
  /** The plain PDF for the portal's unit deposit, stored at issue (the guide says whether the piece has one). */
  'sending:portalFile': { request: InvoiceRefSchema, response: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }) },
  /** Opens the portal in the system browser (desktop); elsewhere the page opens it in a new tab. */
  'sending:openPortal': { request: NoInput, response: z.object({ isOpened: z.boolean(), url: z.string() }) },
  'sending:recordPortalDeposit': { request: PortalDepositInputSchema, response: SendingEntrySchema, changes: WRITE },
  'sending:recordStatus': { request: ManualStatusInputSchema, response: SendingEntrySchema, changes: WRITE },
  /** REJETEE or refused at deposit: a credit note draft that cancels it and a new invoice draft to correct. */
  'sending:replaceRejected': {
    request: InvoiceRefSchema,
    response: z.object({ creditNoteId: z.number().int(), newInvoiceId: z.number().int() }),
    changes: ['sending', 'journal', 'invoices'],
  },
  /** SUSPENDUE, followed by the API: answered with a comment and a document. */
  'sending:complete': { request: CompleteInputSchema, response: SendingEntrySchema, changes: WRITE },
  /** A_RECYCLER, followed by the API: re-routed to another service or engagement, same number. */
  'sending:recycle': { request: RecycleInputSchema, response: SendingEntrySchema, changes: WRITE },
  /** Public structures found online in Chorus Pro (API connection needed). */
  'chorusStructures:search': { request: StructureSearchInputSchema, response: z.array(StructureCandidateSchema) },
  /** A customer's rules and services read from Chorus Pro, stored on the customer. */
  'chorusStructures:refresh': { request: z.object({ customerId: z.number().int().positive() }), response: CustomerStructureSchema, changes: ['customers'] },
  'chorusStructures:get': { request: z.object({ customerId: z.number().int().positive() }), response: CustomerStructureSchema.nullable() },
  /** Several pieces for the portal's batch deposit: a ZIP of their Factur-X files and its checklist. */
  'sending:exportBatch': { request: BatchExportInputSchema, response: BatchExportSchema, changes: WRITE },
} as const;
