import type { CompanyProfileFields } from '../company/company-profile';
import { defaultPaymentNotes, NO_PAYMENT_NOTES } from '../payment-terms/legal-notes';
import { formatShortDate } from '../dates/french-dates';
import { type IsoDate } from '../dates/iso-date';
import { centsToDecimalString } from '../money/euros';
import { frenchSpacing } from '../money/french-typography';
import { isPersonBuyer, isReformB2b } from './buyer-rules';
import { checkInvoice } from './check-invoice';
import type { InvoiceDraft } from './draft';
import { error, type Finding } from './findings';
import { InvoiceDocument, type InvoiceTypeCode, type Note } from './invoice-document';
import type { InvoiceLine } from './invoice-line';
import type { Buyer, Seller } from './party';
import { computeTotals } from './totals';

export interface ComposeInput {
  company: CompanyProfileFields | null;
  customer: Buyer | null;
  draft: InvoiceDraft;
  /** The row's type: 380 for an invoice (386 when the draft is a down payment), 381 for a credit note. */
  typeCode: '380' | '381';
  /** Given at issue time only. */
  number?: string;
  /** The invoice a credit note corrects (BT-25, BT-26). */
  precedingInvoice?: { number: string; issueDate: IsoDate };
  /** The issued down-payment invoices a final invoice deducts. */
  downPayments?: readonly InvoiceDocument[];
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The seller block of an invoice, from the company profile; what is missing is left out for the checks to name. */
export function sellerFromCompany(company: CompanyProfileFields): Partial<Seller> {
  return {
    legalName: company.legalName,
    tradeName: orUndefined(company.tradeName),
    siret: company.siret,
    vatNumber: orUndefined(company.vatNumber),
    legalForm: company.legalForm ?? undefined,
    shareCapitalCents: company.shareCapitalCents ?? undefined,
    registration: company.registration ?? undefined,
    address: { line1: company.addressLine1, line2: orUndefined(company.addressLine2), postcode: company.postcode, city: company.city, countryCode: 'FR' },
    email: orUndefined(company.email),
    phone: orUndefined(company.phone),
    iban: orUndefined(company.iban),
    bic: orUndefined(company.bic),
    vatFranchise: company.vatFranchise,
    vatOnDebits: company.vatOnDebits || undefined,
    buildingTrades: company.buildingTrades || undefined,
    decennialInsurance: decennialInsurance(company),
    electronicAddress: orUndefined(company.electronicAddress),
  };
}

function decennialInsurance(company: CompanyProfileFields): Seller['decennialInsurance'] {
  if (!company.buildingTrades) return undefined;
  const [insurer, policyNumber, coverage] = [company.decennialInsurer, company.decennialPolicyNumber, company.decennialCoverage].map(orUndefined);
  return insurer && policyNumber && coverage ? { insurer, policyNumber, coverage } : undefined;
}

/** The assurance décennale as printed and carried in the XML (note REG): insurer, policy, coverage. */
export function decennialText(insurance: NonNullable<Seller['decennialInsurance']>): string {
  return frenchSpacing(`Assurance décennale : ${insurance.insurer}, contrat n° ${insurance.policyNumber}, couverture géographique : ${insurance.coverage}`);
}

/** The text of the lines that deduct a down-payment invoice: how they are told from the sale's own lines. */
export function downPaymentDeductionText(downPayment: { number: string; issueDate: string }): string {
  return `Acompte versé, facture d’acompte n° ${downPayment.number} du ${formatShortDate(downPayment.issueDate)}`;
}

/**
 * The deduction of a down-payment invoice on the final invoice: one negative line per VAT rate of the down
 * payment, for its taxable base, so the final invoice charges only the VAT not yet invoiced.
 */
export function downPaymentDeductionLines(downPayment: InvoiceDocument): InvoiceLine[] {
  const { number = '', issueDate } = downPayment.invoice;
  const description = downPaymentDeductionText({ number, issueDate });
  return computeTotals(downPayment).vatBreakdown.map((entry) => ({
    description,
    quantity: '-1',
    unitCode: 'C62',
    unitPrice: centsToDecimalString(entry.base),
    vatCategory: entry.category,
    vatRate: entry.rate,
    ...(entry.exemptionCode ? { vatExemptionCode: entry.exemptionCode } : {}),
  }));
}

function typeCodeOf(input: ComposeInput): InvoiceTypeCode {
  return input.typeCode === '380' && input.draft.isDownPayment ? '386' : input.typeCode;
}

/**
 * The notes of a new document. Payment mentions (PMD, PMT, AAB) for a professional or public payer; none for a
 * private person (L441-10 governs payment between professionals); a credit note that refunds nothing says
 * « sans objet » to a company (BR-FR-05 wants the three notes on every B2B document) and nothing to others.
 */
function notesOf(company: CompanyProfileFields, customer: Buyer | null, draft: InvoiceDraft, typeCode: InvoiceTypeCode): Note[] {
  const person = customer !== null && isPersonBuyer(customer);
  const refundsNothing = typeCode === '381' && draft.refundMeansCode === null;
  const payment: Note[] = person
    ? []
    : refundsNothing
      ? customer !== null && isReformB2b(customer)
        ? [...NO_PAYMENT_NOTES]
        : []
      : defaultPaymentNotes({
          annualRatePercent: orUndefined(company.latePenaltyRatePercent),
          isPublicBuyer: customer?.kind === 'public',
          discountConditions: orUndefined(company.discountConditions),
        });
  const insurance = decennialInsurance(company);
  const notes = insurance ? [...payment, { subject: 'REG' as const, text: decennialText(insurance) }] : payment;
  const free = orUndefined(draft.note);
  return free ? [...notes, { subject: 'AAI', text: free }] : notes;
}

/** Builds the candidate InvoiceDocument of a draft, as it would be issued today. Not validated. */
export function composeInvoiceDocument(input: ComposeInput & { company: CompanyProfileFields }): unknown {
  const { company, customer, draft } = input;
  const typeCode = typeCodeOf(input);
  const downPayments = input.downPayments ?? [];
  const charges = draft.charges.map((c) => ({ ...c, vatExemptionCode: c.vatExemptionCode || undefined }));
  const delivery = draft.deliveryAddress;
  return {
    seller: sellerFromCompany(company),
    buyer: customer ?? undefined,
    invoice: {
      typeCode,
      number: input.number,
      issueDate: draft.issueDate,
      deliveryDate: draft.deliveryDate,
      paymentTerms: draft.paymentTerms ?? company.defaultPaymentTerms,
      currency: 'EUR',
      serviceCode: orUndefined(draft.serviceCode),
      engagementNumber: orUndefined(draft.engagementNumber),
      marketNumber: orUndefined(draft.marketNumber),
      buyerOrderReference: orUndefined(draft.buyerOrderReference),
      precedingInvoice: input.precedingInvoice,
      downPayments: downPayments.length > 0 ? downPayments.map((d) => ({ number: d.invoice.number, issueDate: d.invoice.issueDate })) : undefined,
      operationCategory: draft.operationCategory ?? customer?.operationCategory ?? company.defaultOperationCategory ?? undefined,
      deliveryAddress: delivery && delivery.line1.trim() !== '' ? { ...delivery, line2: delivery.line2 ? orUndefined(delivery.line2) : undefined } : undefined,
      allowances: draft.allowances.length > 0 ? draft.allowances.map((a) => ({ ...a, vatExemptionCode: a.vatExemptionCode || undefined })) : undefined,
      charges: charges.length > 0 ? charges : undefined,
      prepaidCents: draft.prepaidCents > 0 ? draft.prepaidCents : undefined,
      notes: notesOf(company, customer, draft, typeCode),
      paymentMeans: typeCode === '381' ? (draft.refundMeansCode === null ? undefined : { code: draft.refundMeansCode }) : { code: draft.paymentMeansCode },
    },
    lines: [
      ...draft.lines.map(({ catalogueItemId: _, allowanceReason, vatExemptionCode, ...line }) => ({
        ...line,
        allowanceReason: allowanceReason ? orUndefined(allowanceReason) : undefined,
        vatExemptionCode: vatExemptionCode || undefined,
      })),
      ...downPayments.flatMap(downPaymentDeductionLines),
    ],
  };
}

export interface DraftEvaluation {
  document: InvoiceDocument | null;
  findings: Finding[];
}

/**
 * Everything that stands between a draft and a legal invoice, as findings the editor can link to fields:
 * first what prevents building the document at all, then the pre-issue checks of the built document.
 */
export function evaluateDraft(input: ComposeInput, today: IsoDate): DraftEvaluation {
  if (!input.company) {
    return { document: null, findings: [error('company-missing', 'seller', 'Renseignez votre entreprise dans Réglages avant d’émettre une facture.')] };
  }
  const missingCustomer = input.customer ? [] : [error('customer-missing', 'buyer', 'Choisissez le client à facturer.')];
  const parsed = InvoiceDocument.safeParse(composeInvoiceDocument({ ...input, company: input.company }));
  if (!parsed.success) {
    const schemaFindings = parsed.error.issues
      .filter((issue) => !(missingCustomer.length > 0 && issue.path[0] === 'buyer'))
      .map((issue) => error('field-invalid', issue.path.map(String).join('.'), issue.message));
    return { document: null, findings: [...missingCustomer, ...schemaFindings] };
  }
  return { document: parsed.data, findings: checkInvoice(parsed.data, { today }) };
}
