import type { CompanyProfileFields } from '../company/company-profile';
import { defaultPaymentNotes } from '../payment-terms/legal-notes';
import type { IsoDate } from '../dates/iso-date';
import { checkInvoice } from './check-invoice';
import type { InvoiceDraft } from './draft';
import { error, type Finding } from './findings';
import { InvoiceDocument, type Note } from './invoice-document';
import type { Buyer, Seller } from './party';

export interface ComposeInput {
  company: CompanyProfileFields | null;
  customer: Buyer | null;
  draft: InvoiceDraft;
  typeCode: '380' | '381';
  /** Given at issue time only. */
  number?: string;
  /** The invoice a credit note corrects (BT-25, BT-26). */
  precedingInvoice?: { number: string; issueDate: IsoDate };
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
  };
}

function notesOf(company: CompanyProfileFields, customer: Buyer | null, draft: InvoiceDraft): Note[] {
  const notes: Note[] = defaultPaymentNotes({
    annualRatePercent: orUndefined(company.latePenaltyRatePercent),
    isPublicBuyer: customer?.kind === 'public',
    discountConditions: orUndefined(company.discountConditions),
  });
  const free = orUndefined(draft.note);
  return free ? [...notes, { subject: 'AAI', text: free }] : notes;
}

/** Builds the candidate InvoiceDocument of a draft, as it would be issued today. Not validated. */
export function composeInvoiceDocument(input: ComposeInput & { company: CompanyProfileFields }): unknown {
  const { company, customer, draft } = input;
  return {
    seller: sellerFromCompany(company),
    buyer: customer ?? undefined,
    invoice: {
      typeCode: input.typeCode,
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
      allowances: draft.allowances.length > 0 ? draft.allowances.map((a) => ({ ...a, vatExemptionCode: a.vatExemptionCode || undefined })) : undefined,
      prepaidCents: draft.prepaidCents > 0 ? draft.prepaidCents : undefined,
      notes: notesOf(company, customer, draft),
      paymentMeans: { code: draft.paymentMeansCode },
    },
    lines: draft.lines.map(({ catalogueItemId: _, allowanceReason, vatExemptionCode, ...line }) => ({
      ...line,
      allowanceReason: allowanceReason ? orUndefined(allowanceReason) : undefined,
      vatExemptionCode: vatExemptionCode || undefined,
    })),
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
