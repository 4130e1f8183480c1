import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import { chainHead } from '../journal/chain-head';
import type { JournalAnchor } from '../journal/journal-anchor';
import { verifyJournal } from '../journal/verify-journal';
import { createCustomersAndCatalogueService } from './customers-catalogue-service';
import { createDraftService } from './draft-service';
import { createInvoiceQueries } from './invoice-queries';
import { createInvoicingContext } from './invoicing-context';
import { createIssueService } from './issue-service';
import { createPaymentService } from './payment-service';

/** Customers, catalogue, invoices, credit notes, payments and the audit journal over one database. */
export function createInvoicingServices(db: Database, company: CompanyService, clock: Clock, anchor: JournalAnchor) {
  const ctx = createInvoicingContext(db, company, clock, anchor.seal);
  const customersAndCatalogue = createCustomersAndCatalogueService(ctx);
  return {
    customers: customersAndCatalogue.customers,
    catalogue: customersAndCatalogue.catalogue,
    drafts: createDraftService(ctx),
    issuing: createIssueService(ctx),
    queries: createInvoiceQueries(ctx),
    payments: createPaymentService(ctx),
    verifyJournal: () => verifyJournal(db, anchor.currentSeal()),
    chainHead: () => chainHead(db),
  };
}

export type InvoicingServices = ReturnType<typeof createInvoicingServices>;
