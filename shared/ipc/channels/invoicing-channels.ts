import { z } from 'zod';
import { CatalogueItemInputSchema, CatalogueItemSchema } from '../../catalogue/catalogue-item';
import { CustomerInputSchema, CustomerPageSchema, CustomerSchema, CustomerSearchSchema } from '../../customers/customer';
import { InvoiceDraftInputSchema } from '../../invoicing/draft';
import { DownPaymentSummarySchema, InvoiceDetailSchema, InvoiceListQuerySchema, InvoicePageSchema } from '../../invoicing/invoice-views';
import { MarkPaidSchema, RecordPaymentSchema } from '../../invoicing/payments';
import { ChainHeadSchema, RecordVerificationSchema } from '../../record/record-verification';
import { NoInput } from '../no-input';

const Id = z.object({ id: z.number().int().positive() });
const Archive = Id.extend({ isArchived: z.boolean() });

/** Customers, catalogue, invoices, credit notes and payments (issue 3). */
export const invoicingChannels = {
  'customers:create': { request: z.object({ customer: CustomerInputSchema }), response: CustomerSchema, changes: ['customers'] },
  'customers:update': { request: Id.extend({ customer: CustomerInputSchema }), response: CustomerSchema, changes: ['customers', 'invoices'] },
  'customers:archive': { request: Archive, response: CustomerSchema, changes: ['customers'] },
  'customers:get': { request: Id, response: CustomerSchema },
  'customers:search': { request: CustomerSearchSchema, response: CustomerPageSchema },

  'catalogue:create': { request: z.object({ item: CatalogueItemInputSchema }), response: CatalogueItemSchema, changes: ['catalogue'] },
  'catalogue:update': { request: Id.extend({ item: CatalogueItemInputSchema }), response: CatalogueItemSchema, changes: ['catalogue'] },
  'catalogue:archive': { request: Archive, response: CatalogueItemSchema, changes: ['catalogue'] },
  'catalogue:get': { request: Id, response: CatalogueItemSchema },
  'catalogue:list': {
    request: z.object({ text: z.string().trim().max(100).default(''), includeArchived: z.boolean().default(false) }),
    response: z.array(CatalogueItemSchema),
  },

  'invoices:createDraft': { request: z.object({ draft: InvoiceDraftInputSchema }), response: InvoiceDetailSchema, changes: ['invoices'] },
  'invoices:updateDraft': { request: Id.extend({ draft: InvoiceDraftInputSchema }), response: InvoiceDetailSchema, changes: ['invoices'] },
  'invoices:deleteDraft': { request: Id, response: z.object({ deleted: z.literal(true) }), changes: ['invoices'] },
  /** The draft's findings and totals, as the editor shows them (same as invoices:get). */
  'invoices:check': { request: Id, response: InvoiceDetailSchema },
  'invoices:issue': { request: Id, response: InvoiceDetailSchema, changes: ['invoices', 'journal', 'files'] },
  /** The number a draft would get if issued now (its series and year), read without consuming it. */
  'invoices:nextNumber': { request: Id, response: z.object({ number: z.string() }) },
  /** A credit note draft for the whole invoice; edit its lines for a partial one, then issue it. */
  'invoices:createCreditNote': { request: z.object({ invoiceId: z.number().int().positive() }), response: InvoiceDetailSchema, changes: ['invoices'] },
  'invoices:list': { request: InvoiceListQuerySchema, response: InvoicePageSchema },
  'invoices:get': { request: Id, response: InvoiceDetailSchema },
  /** The customer's issued down-payment invoices (386), for a final invoice to deduct. */
  'invoices:downPayments': { request: z.object({ customerId: z.number().int().positive() }), response: z.array(DownPaymentSummarySchema) },

  'payments:record': { request: RecordPaymentSchema, response: InvoiceDetailSchema, changes: ['invoices', 'payments', 'journal'] },
  'payments:markPaid': { request: MarkPaidSchema, response: InvoiceDetailSchema, changes: ['invoices', 'payments', 'journal'] },

  /** The whole record checked both ways; every finding names its piece and field (issue 8). */
  'journal:verify': { request: NoInput, response: RecordVerificationSchema },
  /** The journal's last link, as backups and exports write it down. */
  'journal:head': { request: NoInput, response: ChainHeadSchema },
} as const;

const FileKind = z.enum(['pdf', 'cii', 'ubl']);

/** The files of an issued invoice: Factur-X PDF, CII and UBL (issue 4). */
export const invoiceFileChannels = {
  'invoices:files': {
    request: Id,
    response: z.array(z.object({ kind: FileKind, fileName: z.string(), mimeType: z.string(), size: z.number().int(), sha256: z.string() })),
  },
  /** The bytes, base64, for the page to save where the user chooses. */
  'invoices:file': {
    request: Id.extend({ kind: FileKind }),
    response: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  /** Opens the PDF in the system's viewer (desktop app); `opened: false` in a browser, which downloads it instead. */
  'invoices:openFile': { request: Id.extend({ kind: FileKind }), response: z.object({ opened: z.boolean() }) },
  /**
   * Whether the stored files are those issued: made by this layout version, produced again and compared byte
   * for byte (`regenerated`); made by another one, their SHA-256 compared with the journal's (`recorded-hashes`).
   */
  'invoices:verifyFiles': {
    request: Id,
    response: z.object({
      isIdentical: z.boolean(),
      differing: z.array(z.string()),
      method: z.enum(['regenerated', 'recorded-hashes']),
      layoutVersion: z.string().optional(),
    }),
  },
} as const;
