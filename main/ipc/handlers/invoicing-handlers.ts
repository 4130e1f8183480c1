import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type InvoicingChannel =
  | `customers:${'create' | 'update' | 'archive' | 'get' | 'search'}`
  | `catalogue:${'create' | 'update' | 'archive' | 'list'}`
  | `invoices:${'createDraft' | 'updateDraft' | 'deleteDraft' | 'check' | 'issue' | 'createCreditNote' | 'list' | 'get'}`
  | `payments:${'record' | 'markPaid'}`
  | 'journal:verify';

export const invoicingHandlers = ({ invoicing }: Services): HandlersOf<InvoicingChannel> => {
  const detail = (id: number) => invoicing.queries.get(id);
  return {
    'customers:create': ({ customer }) => invoicing.customers.create(customer),
    'customers:update': ({ id, customer }) => invoicing.customers.update(id, customer),
    'customers:archive': ({ id, isArchived }) => invoicing.customers.setArchived(id, isArchived),
    'customers:get': ({ id }) => invoicing.customers.get(id),
    'customers:search': (query) => invoicing.customers.search(query),

    'catalogue:create': ({ item }) => invoicing.catalogue.create(item),
    'catalogue:update': ({ id, item }) => invoicing.catalogue.update(id, item),
    'catalogue:archive': ({ id, isArchived }) => invoicing.catalogue.setArchived(id, isArchived),
    'catalogue:list': ({ text, includeArchived }) => invoicing.catalogue.list(text, includeArchived),

    'invoices:createDraft': ({ draft }) => detail(invoicing.drafts.create(draft)),
    'invoices:updateDraft': ({ id, draft }) => detail(invoicing.drafts.update(id, draft)),
    'invoices:deleteDraft': ({ id }) => {
      invoicing.drafts.remove(id);
      return { deleted: true as const };
    },
    'invoices:check': ({ id }) => detail(id),
    'invoices:issue': ({ id }) => {
      invoicing.issuing.issue(id);
      return detail(id);
    },
    'invoices:createCreditNote': ({ invoiceId }) => detail(invoicing.drafts.createCreditNote(invoiceId)),
    'invoices:list': (query) => invoicing.queries.list(query),
    'invoices:get': ({ id }) => detail(id),

    'payments:record': (input) => {
      invoicing.payments.record(input);
      return detail(input.invoiceId);
    },
    'payments:markPaid': (input) => {
      invoicing.payments.markPaid(input);
      return detail(input.invoiceId);
    },
    'journal:verify': () => invoicing.verifyJournal(),
  };
};
