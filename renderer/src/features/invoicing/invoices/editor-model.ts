import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import type { PaymentMeansCode } from '@shared/invoicing/invoice-document';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
import { FRANCHISE_VAT_CHOICE, VAT_CHOICES, type VatChoice } from '@shared/vat/vat-choices';
import { t } from '../../../i18n/t';
import { centsToFrenchInput, decimalStringToFrench, frenchToCents, numberProblem, priceForDraft } from '../french-input';
import { blankExtras, draftOfExtras, extrasOfDraft, type EditorExtraFields } from './editor-extras';

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

/** A document-level discount (BG-20) as typed: the amount stays French text (« 10,00 ») until saved. */
export interface EditorAllowance {
  key: string;
  reason: string;
  amount: string;
  vatChoiceId: string;
}

export type TermsKind = 'default' | PaymentTerms['kind'];

export interface EditorFields extends EditorExtraFields {
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
  allowances: EditorAllowance[];
  /** The acompte already received, French text; empty means none. */
  prepaid: string;
  paymentMeansCode: PaymentMeansCode;
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

/**
 * The VAT a new discount takes: a discount lowers the base of a rate the lines use, so the first line's;
 * a franchise seller's is the franchise (art. 293 B), whatever a mistyped line says.
 */
export function defaultAllowanceVatChoice(lines: readonly EditorLine[], isVatFranchise: boolean): VatChoice {
  if (isVatFranchise) return FRANCHISE_VAT_CHOICE;
  const first = lines[0];
  return first ? findVatChoice(first.vatChoiceId) : defaultVatChoice(false);
}

export function blankAllowance(lines: readonly EditorLine[], isVatFranchise: boolean): EditorAllowance {
  return { key: newLineKey(), reason: '', amount: '', vatChoiceId: defaultAllowanceVatChoice(lines, isVatFranchise).id };
}

/** The VAT choices a discount may take: those of the lines (in order), plus its own if a line changed since. */
export function allowanceVatChoices(lines: readonly EditorLine[], current: string, isVatFranchise: boolean): VatChoice[] {
  const ids = [...new Set([...lines.map((line) => line.vatChoiceId), current])];
  const choices = ids.map(findVatChoice);
  const unique = choices.filter((choice, index) => choices.findIndex((c) => c.id === choice.id) === index);
  return unique.length > 0 ? unique : [defaultAllowanceVatChoice(lines, isVatFranchise)];
}

/** Null when the text is a readable amount of at least 0 (empty counts as 0 for the acompte). */
export function amountProblem(text: string, isRequired: boolean): 'missing' | 'invalid' | null {
  if (text.trim() === '') return isRequired ? 'missing' : null;
  const cents = frenchToCents(text);
  return cents === null || cents < 0 ? 'invalid' : null;
}

/** The first amount that cannot be saved, as the control name, its text and what is wrong with it. */
export function firstAmountProblem(fields: EditorFields): { name: string; text: string; problem: 'missing' | 'invalid' } | null {
  for (const group of ['allowances', 'charges'] as const) {
    for (const [index, row] of fields[group].entries()) {
      const problem = amountProblem(row.amount, true);
      if (problem) return { name: allowanceCellName(index, 'amount', group), text: row.amount, problem };
    }
  }
  const prepaid = amountProblem(fields.prepaid, false);
  return prepaid ? { name: 'prepaid', text: fields.prepaid, problem: prepaid } : null;
}

/**
 * What keeps the draft from being saved at all (the backend would refuse it): a missing date, days that
 * are not a number, an amount that cannot be read. The control and a French message; null when none.
 */
export function saveBlocker(fields: EditorFields): { name: string; message: string } | null {
  if (!fields.issueDate) return { name: 'issueDate', message: t('editor.issueDateMissing') };
  if (paymentTermsOf(fields) === null) return { name: 'termsDays', message: t('editor.termsDaysInvalid') };
  const amount = firstAmountProblem(fields);
  if (!amount) return null;
  const missing = amount.name.startsWith('charges.') ? t('editor.chargeAmountMissing') : t('editor.allowanceAmountMissing');
  return { name: amount.name, message: amount.problem === 'missing' ? missing : (numberProblem(amount.text, 2) ?? t('editor.amountInvalid')) };
}

/** The `name` of discount (or charge) `index`'s control: "allowances.0.amount", "charges.1.reason". */
export function allowanceCellName(index: number, cell: 'reason' | 'amount' | 'vat', group: 'allowances' | 'charges' = 'allowances'): string {
  return `${group}.${index}.${cell}`;
}

export const centsOrZero = (text: string): number => {
  const cents = frenchToCents(text);
  return cents === null || cents < 0 ? 0 : cents;
};

export function blankFields(today: string, isVatFranchise: boolean, customerId = '', serviceCode = ''): EditorFields {
  return {
    customerId,
    issueDate: today,
    deliveryDate: '',
    termsKind: 'default',
    termsDays: '30',
    serviceCode,
    engagementNumber: '',
    marketNumber: '',
    buyerOrderReference: '',
    note: '',
    lines: [blankLine(isVatFranchise)],
    allowances: [],
    prepaid: '',
    paymentMeansCode: '30',
    ...blankExtras(),
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
    allowances: (draft.allowances ?? []).map((allowance) => ({
      key: newLineKey(),
      reason: allowance.reason,
      amount: centsToFrenchInput(allowance.amountCents),
      vatChoiceId: vatChoiceOf(allowance.vatCategory, allowance.vatRate, allowance.vatExemptionCode).id,
    })),
    prepaid: draft.prepaidCents ? centsToFrenchInput(draft.prepaidCents) : '',
    paymentMeansCode: draft.paymentMeansCode ?? '30',
    ...extrasOfDraft(draft, newLineKey, (category, rate, exemptionCode) => vatChoiceOf(category, rate, exemptionCode).id),
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
 * The request for invoices:createDraft / updateDraft. `base` keeps whatever this editor has no control for
 * as the draft had it. Amounts are checked before saving (firstAmountProblem); an unreadable one counts 0.
 */
export function draftOfFields(fields: EditorFields, base: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  const terms = paymentTermsOf(fields);
  // What the fields decide by being empty (no terms, no date, no address, the default category) is not kept.
  const { paymentTerms: _ignored, deliveryDate: _ignoredDate, deliveryAddress: _ignoredAddress, operationCategory: _ignoredCategory, ...kept } = base;
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
    allowances: fields.allowances.map(amountRowForDraft),
    charges: fields.charges.map(amountRowForDraft),
    prepaidCents: centsOrZero(fields.prepaid),
    paymentMeansCode: fields.paymentMeansCode,
    ...draftOfExtras(fields),
  };
}

/** A discount or a charge as the draft stores it: cents and the VAT of its menu entry. */
function amountRowForDraft(row: EditorAllowance) {
  const vat = findVatChoice(row.vatChoiceId);
  return {
    reason: row.reason.trim(),
    amountCents: centsOrZero(row.amount),
    vatCategory: vat.category,
    vatRate: vat.rate,
    ...(vat.exemptionCode ? { vatExemptionCode: vat.exemptionCode } : {}),
  };
}
