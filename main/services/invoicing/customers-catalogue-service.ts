import type { z } from 'zod';
import type { CatalogueItemInputSchema } from '@shared/catalogue/catalogue-item';
import type { Buyer } from '@shared/invoicing/party';
import { createCatalogueRepository } from '../../db/repositories/catalogue-repository';
import { AppError } from '../../errors/app-error';
import type { InvoicingContext } from './invoicing-context';

const gone = (what: string) => new AppError('not_found', `${what} n’existe pas ou plus.`);

type CatalogueFields = z.output<typeof CatalogueItemInputSchema>;

/** Customers and catalogue: plain records; invoices copy what they need from them at issue time. */
export function createCustomersAndCatalogueService(ctx: InvoicingContext) {
  const catalogue = createCatalogueRepository(ctx.db);
  const companyId = () => ctx.requireCompany().id;
  /** A change and its journal entry in one transaction; `null` from the repository means the record is gone. */
  const recorded = <T extends { id: number }>(kind: string, what: string, change: () => T | null): T =>
    ctx.write(() => {
      const record = change();
      if (!record) throw gone(what);
      ctx.journal.append({ at: ctx.now(), kind, entity: kind.split('.')[0] as string, entityId: record.id, payload: {} });
      return record;
    });
  return {
    customers: {
      create: (buyer: Buyer) => recorded('customer.created', 'Ce client', () => ctx.customers.create(companyId(), buyer, ctx.now())),
      update: (id: number, buyer: Buyer) => recorded('customer.updated', 'Ce client', () => ctx.customers.update(companyId(), id, buyer, ctx.now())),
      setArchived: (id: number, isArchived: boolean) =>
        recorded(isArchived ? 'customer.archived' : 'customer.restored', 'Ce client', () => ctx.customers.setArchived(companyId(), id, isArchived, ctx.now())),
      get: (id: number) => {
        const customer = ctx.customers.get(ctx.requireCompany().id, id);
        if (!customer) throw gone('Ce client');
        return customer;
      },
      search: (query: Parameters<InvoicingContext['customers']['search']>[1]) => {
        const company = ctx.company();
        return company ? ctx.customers.search(company.id, query) : { rows: [], total: 0 };
      },
    },
    catalogue: {
      create: (item: CatalogueFields) => recorded('catalogue.created', 'Cet article', () => catalogue.create(companyId(), item, ctx.now())),
      update: (id: number, item: CatalogueFields) => recorded('catalogue.updated', 'Cet article', () => catalogue.update(companyId(), id, item, ctx.now())),
      setArchived: (id: number, isArchived: boolean) =>
        recorded(isArchived ? 'catalogue.archived' : 'catalogue.restored', 'Cet article', () => catalogue.setArchived(companyId(), id, isArchived, ctx.now())),
      get: (id: number) => {
        const item = catalogue.get(ctx.requireCompany().id, id);
        if (!item) throw gone('Cet article');
        return item;
      },
      list: (text: string, includeArchived: boolean) => {
        const company = ctx.company();
        return company ? catalogue.list(company.id, text, includeArchived) : [];
      },
    },
  };
}
