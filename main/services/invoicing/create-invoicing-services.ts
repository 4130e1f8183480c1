import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';

/** Customers, catalogue, invoices, credit notes, payments and the audit journal over one database. */
export function createInvoicingServices(_db: Database, _company: CompanyService, _clock: Clock) {
  return {};
}

export type InvoicingServices = ReturnType<typeof createInvoicingServices>;
