import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type InvoicingChannel =
  | `customers:${'create' | 'update' | 'archive' | 'get' | 'search'}`
  | `catalogue:${'create' | 'update' | 'archive' | 'get' | 'list'}`
  | `invoices:${'createDraft' | 'updateDraft' | 'deleteDraft' | 'check' | 'issue' | 'nextNumber' | 'createCreditNote' | 'list' | 'get' | 'downPayments'}`
  | `payments:${'record' | 'markPaid'}`
  | `journal:${'verify' | 'head'}`
  | `invoices:${'files' | 'file' | 'openFile' | 'verifyFiles'}`;

export const invoicingHandlers = ({ invoicing, invoiceFiles, desktop }: Services): HandlersOf<InvoicingChannel> => {
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
    'catalogue:get': ({ id }) => invoicing.catalogue.get(id),
    'catalogue:list': ({ text, includeArchived }) => invoicing.catalogue.list(text, includeArchived),

    'invoices:createDraft': ({ draft }) => detail(invoicing.drafts.create(draft)),
    'invoices:updateDraft': ({ id, draft }) => detail(invoicing.drafts.update(id, draft)),
    'invoices:deleteDraft': ({ id }) => {
      invoicing.drafts.remove(id);
      return { deleted: true as const };
    },
    'invoices:check': ({ id }) => detail(id),
    /** The files are made and stored inside the issuing transaction (issue-service.ts). */
    'invoices:issue': ({ id }) => {
      invoicing.issuing.issue(id);
      return detail(id);
    },
    'invoices:nextNumber': ({ id }) => invoicing.issuing.nextNumber(id),
    'invoices:createCreditNote': ({ invoiceId }) => detail(invoicing.drafts.createCreditNote(invoiceId)),
    'invoices:list': (query) => invoicing.queries.list(query),
    'invoices:get': ({ id }) => detail(id),
    'invoices:downPayments': ({ customerId }) => invoicing.queries.downPayments(customerId),

    'payments:record': (input) => {
      invoicing.payments.record(input);
      return detail(input.invoiceId);
    },
    'payments:markPaid': (input) => {
      invoicing.payments.markPaid(input);
      return detail(input.invoiceId);
    },
    'journal:verify': () => invoicing.verifyJournal(),
    'journal:head': () => invoicing.chainHead(),
    'invoices:files': ({ id }) => invoiceFiles.list(id),
    'invoices:file': ({ id, kind }) => {
      const file = invoiceFiles.get(id, kind);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
    'invoices:openFile': async ({ id, kind }) => {
      if (!desktop) return { opened: false };
      const file = invoiceFiles.get(id, kind);
      await desktop.openFile(file.fileName, file.bytes);
      return { opened: true };
    },
    'invoices:verifyFiles': ({ id }) => invoiceFiles.verify(id),
  };
};
