import type { z } from 'zod';
import type { CatalogueItemInputSchema } from '../../../shared/catalogue/catalogue-item';
import type { Buyer } from '../../../shared/invoicing/party';
import { createCatalogueRepository } from '../../db/repositories/catalogue-repository';
import { AppError } from '../../ipc/app-error';
import type { InvoicingContext } from './invoicing-context';

const gone = (what: string) => new AppError('not_found', `${what} n’existe pas ou plus.`);

/** Customers and catalogue: plain records; invoices copy what they need from them at issue time. */
export function createDirectoryService(ctx: InvoicingContext) {
  const catalogue = createCatalogueRepository(ctx.db);
  const journal = (kind: string, entity: string, entityId: number) =>
    ctx.journal.append({ at: ctx.now(), kind, entity, entityId, payload: {} });
  return {
    customers: {
      create: (buyer: Buyer) =>
        ctx.write(() => {
          const customer = ctx.customers.create(ctx.requireCompany().id, buyer, ctx.now());
          journal('customer.created', 'customer', customer.id);
          return customer;
        }),
      update: (id: number, buyer: Buyer) =>
        ctx.write(() => {
          const customer = ctx.customers.update(ctx.requireCompany().id, id, buyer, ctx.now());
          if (!customer) throw gone('Ce client');
          journal('customer.updated', 'customer', id);
          return customer;
        }),
      setArchived: (id: number, isArchived: boolean) =>
        ctx.write(() => {
          const customer = ctx.customers.setArchived(ctx.requireCompany().id, id, isArchived, ctx.now());
          if (!customer) throw gone('Ce client');
          journal(isArchived ? 'customer.archived' : 'customer.restored', 'customer', id);
          return customer;
        }),
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
      create: (item: z.output<typeof CatalogueItemInputSchema>) => catalogue.create(ctx.requireCompany().id, item, ctx.now()),
      update: (id: number, item: z.output<typeof CatalogueItemInputSchema>) => {
        const updated = catalogue.update(ctx.requireCompany().id, id, item, ctx.now());
        if (!updated) throw gone('Cet article');
        return updated;
      },
      setArchived: (id: number, isArchived: boolean) => {
        const updated = catalogue.setArchived(ctx.requireCompany().id, id, isArchived, ctx.now());
        if (!updated) throw gone('Cet article');
        return updated;
      },
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
