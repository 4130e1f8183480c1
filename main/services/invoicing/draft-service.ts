import type { InvoiceDraft } from '@shared/invoicing/draft';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { AppError } from '../../errors/app-error';
import { buyerOf, draftColumns, draftContext, evaluate, searchBody, type DraftContext } from './draft-evaluation';
import type { InvoicingContext } from './invoicing-context';

export const ISSUED_IS_FROZEN = 'Une facture émise ne peut plus être modifiée ni supprimée : établissez un avoir pour la corriger.';

function notFound(): AppError {
  return new AppError('not_found', 'Cette facture n’existe pas ou plus.');
}

/** Drafts: freely created, edited and deleted; nothing about them is final until they are issued. */
export function createDraftService(ctx: InvoicingContext) {
  function save(id: number | null, context: DraftContext, typeCode: '380' | '381', correctedId: number | null): number {
    const companyId = context.company.id;
    const columns = draftColumns(context, evaluate(ctx, context));
    const draftId =
      id === null
        ? ctx.invoices.insertDraft(companyId, typeCode, correctedId, columns, ctx.now())
        : ctx.invoices.updateDraft(companyId, id, columns, ctx.now())
          ? id
          : null;
    if (draftId === null) throw new AppError('invoice_frozen', ISSUED_IS_FROZEN);
    ctx.invoices.reindex(draftId, null, columns.buyerName, searchBody(context.draft.lines));
    ctx.journal.append({
      at: ctx.now(),
      kind: id === null ? 'invoice.draft.created' : 'invoice.draft.updated',
      entity: 'invoice',
      entityId: draftId,
      payload: { typeCode, customerId: columns.customerId, totalCents: columns.totalCents },
    });
    return draftId;
  }

  function checkCustomer(companyId: number, draft: InvoiceDraft): void {
    if (draft.customerId !== null && !ctx.customers.get(companyId, draft.customerId)) {
      throw new AppError('invalid_input', 'Ce client n’existe pas ou plus : choisissez-en un autre.', 'customerId');
    }
  }

  return {
    create(draft: InvoiceDraft): number {
      return ctx.write(() => {
        const company = ctx.requireCompany();
        checkCustomer(company.id, draft);
        return save(null, { company, draft, typeCode: '380', customer: buyerOf(ctx, company.id, draft, null), corrected: null }, '380', null);
      });
    },
    update(id: number, draft: InvoiceDraft): number {
      return ctx.write(() => {
        const company = ctx.requireCompany();
        const row = ctx.invoices.get(company.id, id);
        if (!row) throw notFound();
        if (row.status !== 'draft') throw new AppError('invoice_frozen', ISSUED_IS_FROZEN);
        if (row.type_code === '380') checkCustomer(company.id, draft);
        // A credit note keeps the customer of the invoice it corrects: asking for another one is refused, not
        // silently ignored (the editor shows the customer read-only).
        if (row.type_code === '381' && draft.customerId !== row.customer_id) {
          throw new AppError('invalid_input', 'Un avoir reste au nom du client de la facture qu’il corrige : son client ne peut pas changer.', 'customerId');
        }
        const stored = draftContext(ctx, row);
        const next = row.type_code === '381' ? { ...draft, customerId: row.customer_id } : draft;
        const context = { ...stored, draft: next, customer: buyerOf(ctx, company.id, next, stored.corrected) };
        return save(id, context, row.type_code, row.corrected_invoice_id);
      });
    },
    remove(id: number): void {
      ctx.write(() => {
        const company = ctx.requireCompany();
        const row = ctx.invoices.get(company.id, id);
        if (!row) throw notFound();
        if (row.status !== 'draft' || !ctx.invoices.deleteDraft(company.id, id)) throw new AppError('invoice_frozen', ISSUED_IS_FROZEN);
        ctx.invoices.unindex(id);
        ctx.journal.append({ at: ctx.now(), kind: 'invoice.draft.deleted', entity: 'invoice', entityId: id, payload: {} });
      });
    },
    /** A credit note draft that takes back the whole invoice; the user removes or reduces lines for a partial one. */
    createCreditNote(invoiceId: number): number {
      return ctx.write(() => {
        const company = ctx.requireCompany();
        const original = ctx.invoices.get(company.id, invoiceId);
        if (!original) throw notFound();
        if (original.status !== 'issued' || original.type_code !== '380') {
          throw new AppError('invalid_input', 'Un avoir corrige une facture émise : émettez d’abord la facture.');
        }
        const document = InvoiceDocument.parse(JSON.parse(original.document));
        const { invoice } = document;
        // Money already received is refunded by default by transfer to the customer's account (the user can
        // choose a cheque or cash); an unpaid invoice is only reduced: no payment, no penalties.
        const isPaidInPart = (original.paid_cents ?? 0) > 0;
        const draft: InvoiceDraft = {
          customerId: original.customer_id,
          issueDate: ctx.today(),
          // The credit note concerns the same sale or service: same date (BT-72).
          ...(invoice.deliveryDate ? { deliveryDate: invoice.deliveryDate } : {}),
          paymentTerms: { kind: 'on-receipt' },
          serviceCode: invoice.serviceCode ?? '',
          engagementNumber: invoice.engagementNumber ?? '',
          marketNumber: invoice.marketNumber ?? '',
          buyerOrderReference: invoice.buyerOrderReference ?? '',
          paymentMeansCode: invoice.paymentMeans?.code ?? '30',
          lines: document.lines.map((line) => ({ ...line, allowanceReason: line.allowanceReason, vatExemptionCode: line.vatExemptionCode })),
          allowances: (invoice.allowances ?? []).map((a) => ({ ...a })),
          charges: (invoice.charges ?? []).map((c) => ({ ...c })),
          prepaidCents: 0,
          note: '',
          isDownPayment: false,
          downPaymentInvoiceIds: [],
          ...(invoice.operationCategory ? { operationCategory: invoice.operationCategory } : {}),
          ...(invoice.deliveryAddress
            ? { deliveryAddress: { line1: invoice.deliveryAddress.line1, line2: invoice.deliveryAddress.line2, postcode: invoice.deliveryAddress.postcode, city: invoice.deliveryAddress.city, countryCode: invoice.deliveryAddress.countryCode } }
            : {}),
          refundMeansCode: isPaidInPart ? '42' : null,
        };
        return save(null, { company, draft, typeCode: '381', customer: document.buyer, corrected: original }, '381', original.id);
      });
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
