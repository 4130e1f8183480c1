import type { Database } from 'better-sqlite3';
import { parisToday } from '@shared/dates/french-dates';
import type { CompanyProfile } from '@shared/company/company-profile';
import { createCustomerRepository } from '../../db/repositories/customer-repository';
import { createDownPaymentQueries } from '../../db/repositories/down-payment-queries';
import { createInvoiceRepository } from '../../db/repositories/invoice-repository';
import { createPaymentRepository } from '../../db/repositories/payment-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import { createInvoiceFileRepository } from '../../db/repositories/invoice-file-repository';
import { createJournal, type SealSource } from '../journal/journal';
import { createNumbering } from './numbering';

/** What every invoicing use case needs, built once per database; `seal` keys the journal (journal-anchor.ts). */
export function createInvoicingContext(db: Database, company: CompanyService, clock: Clock, seal: SealSource) {
  return {
    db,
    clock,
    invoices: createInvoiceRepository(db),
    customers: createCustomerRepository(db),
    payments: createPaymentRepository(db),
    downPayments: createDownPaymentQueries(db),
    files: createInvoiceFileRepository(db),
    journal: createJournal(db, seal),
    numbering: createNumbering(db),
    now: () => clock.now().toISOString(),
    today: () => parisToday(clock.now()),
    company: () => company.get(),
    /** The logo printed on what is issued now. */
    logo: () => company.getLogo(),
    /** The active company, or a French error telling the user to fill it in first. */
    requireCompany(): CompanyProfile {
      const profile = company.get();
      if (!profile) throw AppError.of('company_missing');
      return profile;
    },
    /** A write transaction that takes the lock at once, so journal links and numbers are never raced. */
    write<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
  };
}

export type InvoicingContext = ReturnType<typeof createInvoicingContext>;
