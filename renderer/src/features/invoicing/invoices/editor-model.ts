import type { InvoiceDraftInput } from '../../../../../shared/invoicing/draft';
import type { PaymentTerms } from '../../../../../shared/payment-terms/payment-terms';
import { computeTotals, type LineInput, type TotalsResult } from '../../../../../shared/invoicing/totals';
import type { VatCategoryCode } from '../../../../../shared/vat/vat-categories';
import { FRANCHISE_VAT_CHOICE, VAT_CHOICES, type VatChoice } from '../../../../../shared/vat/vat-choices';
import { decimalStringToFrench, frenchToDecimalString, priceForDraft } from '../french-input';

/** One row of the lines table, as typed: quantities and prices stay French text until saved. */
export interface EditorLine {
  /** A stable React key: rows are added and removed in the middle. */
  key: string;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  vatChoiceId: string;
  catalogueItemId?: number;
}

export type TermsKind = 'default' | PaymentTerms['kind'];

export interface EditorFields {
  customerId: string;
  issueDate: string;
  deliveryDate: string;
  termsKind: TermsKind;
  termsDays: string;
  serviceCode: string;
  engagementNumber: string;
  marketNumber: string;
  buyerOrderReference: string;
  note: string;
  lines: EditorLine[];
}

let nextKey = 0;
export function newLineKey(): string {
  nextKey += 1;
  return `ligne-${nextKey}`;
}

export function defaultVatChoice(isVatFranchise: boolean): VatChoice {
  return isVatFranchise ? FRANCHISE_VAT_CHOICE : (VAT_CHOICES.find((choice) => choice.id === 'S-20') ?? FRANCHISE_VAT_CHOICE);
}

/** The menu entry of a stored (category, rate, exemption); the franchise when nothing matches. */
export function vatChoiceOf(category: string, rate: string, exemptionCode?: string): VatChoice {
  const sameVat = VAT_CHOICES.filter((choice) => choice.category === category && choice.rate === rate);
  return sameVat.find((choice) => choice.exemptionCode === (exemptionCode || undefined)) ?? sameVat[0] ?? FRANCHISE_VAT_CHOICE;
}

export function findVatChoice(id: string): VatChoice {
  return VAT_CHOICES.find((choice) => choice.id === id) ?? FRANCHISE_VAT_CHOICE;
}

export function blankLine(isVatFranchise: boolean): EditorLine {
  return { key: newLineKey(), description: '', quantity: '1', unitCode: 'C62', unitPrice: '', vatChoiceId: defaultVatChoice(isVatFranchise).id };
}

export function blankFields(today: string, isVatFranchise: boolean, customerId = ''): EditorFields {
  return {
    customerId,
    issueDate: today,
    deliveryDate: '',
    termsKind: 'default',
    termsDays: '30',
    serviceCode: '',
    engagementNumber: '',
    marketNumber: '',
    buyerOrderReference: '',
    note: '',
    lines: [blankLine(isVatFranchise)],
  };
}

export function fieldsOfDraft(draft: InvoiceDraftInput): EditorFields {
  const terms = draft.paymentTerms;
  return {
    customerId: draft.customerId ? String(draft.customerId) : '',
    issueDate: draft.issueDate,
    deliveryDate: draft.deliveryDate ?? '',
    termsKind: terms?.kind ?? 'default',
    termsDays: terms && 'days' in terms ? String(terms.days) : '30',
    serviceCode: draft.serviceCode ?? '',
    engagementNumber: draft.engagementNumber ?? '',
    marketNumber: draft.marketNumber ?? '',
    buyerOrderReference: draft.buyerOrderReference ?? '',
    note: draft.note ?? '',
    lines: (draft.lines ?? []).map((line) => ({
      key: newLineKey(),
      description: line.description ?? '',
      quantity: decimalStringToFrench(line.quantity ?? '1'),
      unitCode: line.unitCode ?? 'C62',
      unitPrice: line.unitPrice ? decimalStringToFrench(line.unitPrice, 2) : '',
      vatChoiceId: vatChoiceOf(line.vatCategory ?? 'S', line.vatRate ?? '20', line.vatExemptionCode).id,
      ...(line.catalogueItemId ? { catalogueItemId: line.catalogueItemId } : {}),
    })),
  };
}

/** Null when the days are not a whole number: the form shows the error instead of saving. */
export function paymentTermsOf(fields: EditorFields): PaymentTerms | undefined | null {
  switch (fields.termsKind) {
    case 'default':
      return undefined;
    case 'end-of-month':
    case 'on-receipt':
      return { kind: fields.termsKind };
    case 'net':
    case 'net-end-of-month': {
      const days = fields.termsDays.trim();
      return /^\d{1,3}$/.test(days) ? { kind: fields.termsKind, days: Number(days) } : null;
    }
  }
}

/**
 * The request for invoices:createDraft / updateDraft. `base` keeps what this editor has no control for
 * (payment means, allowances, prepaid amount) as the draft had it.
 */
export function draftOfFields(fields: EditorFields, base: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  const terms = paymentTermsOf(fields);
  const { paymentTerms: _ignored, deliveryDate: _ignoredDate, ...kept } = base;
  return {
    ...kept,
    customerId: fields.customerId ? Number(fields.customerId) : null,
    issueDate: fields.issueDate,
    ...(fields.deliveryDate ? { deliveryDate: fields.deliveryDate } : {}),
    ...(terms ? { paymentTerms: terms } : {}),
    serviceCode: fields.serviceCode.trim(),
    engagementNumber: fields.engagementNumber.trim(),
    marketNumber: fields.marketNumber.trim(),
    buyerOrderReference: fields.buyerOrderReference.trim(),
    note: fields.note,
    lines: fields.lines.map((line) => {
      const vat = findVatChoice(line.vatChoiceId);
      return {
        description: line.description,
        quantity: priceForDraft(line.quantity),
        unitCode: line.unitCode,
        unitPrice: priceForDraft(line.unitPrice),
        vatCategory: vat.category,
        vatRate: vat.rate,
        ...(vat.exemptionCode ? { vatExemptionCode: vat.exemptionCode } : {}),
        ...(line.catalogueItemId ? { catalogueItemId: line.catalogueItemId } : {}),
      };
    }),
  };
}

/** The line as computeTotals reads it, or null while its quantity or price cannot be read yet. */
function lineInputOf(line: EditorLine): LineInput | null {
  const quantity = frenchToDecimalString(line.quantity);
  const unitPrice = frenchToDecimalString(line.unitPrice);
  if (quantity === null || unitPrice === null) return null;
  const vat = findVatChoice(line.vatChoiceId);
  return { quantity, unitPrice, vatCategory: vat.category satisfies VatCategoryCode, vatRate: vat.rate, vatExemptionCode: vat.exemptionCode };
}

export interface LiveTotals {
  /** Each line's net, or null while it cannot be computed. */
  lineNets: Array<number | null>;
  result: TotalsResult | null;
}

/** The totals while typing, with the same code main uses when issuing: what is shown is what is billed. */
export function liveTotals(fields: EditorFields, base: Partial<InvoiceDraftInput> = {}): LiveTotals {
  const inputs = fields.lines.map(lineInputOf);
  const readable = inputs.filter((input): input is LineInput => input !== null);
  try {
    const allowances = (base.allowances ?? []).map((a) => ({ amountCents: a.amountCents, vatCategory: a.vatCategory as VatCategoryCode, vatRate: a.vatRate, vatExemptionCode: a.vatExemptionCode }));
    const result = computeTotals({ lines: readable, invoice: { allowances, prepaidCents: base.prepaidCents ?? 0 } });
    let index = 0;
    const lineNets = inputs.map((input) => (input === null ? null : (result.lineNets[index++] ?? null)));
    return { lineNets, result };
  } catch {
    // An amount beyond what the model accepts: no totals rather than a wrong one.
    return { lineNets: inputs.map(() => null), result: null };
  }
}
