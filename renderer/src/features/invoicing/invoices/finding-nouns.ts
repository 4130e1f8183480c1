import type { FieldNoun } from '../../../forms/issue-messages';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';

/**
 * How a finding names its field. A finding's `field` is a path in the composed InvoiceDocument
 * ("lines.2.description", "seller.registration", "invoice.allowances.0.amountCents"): the panel says
 * which field and which line (« Ligne 3 : la désignation est obligatoire »), whatever the check wrote.
 */
const LINE_NOUNS: Readonly<Record<string, MessageKey>> = {
  description: 'noun.designation',
  quantity: 'noun.quantity',
  unitCode: 'noun.unit',
  unitPrice: 'noun.unitPrice',
  allowanceCents: 'noun.allowanceAmount',
  vatCategory: 'noun.vat',
  vatRate: 'noun.vat',
  vatExemptionCode: 'noun.vat',
};

const ALLOWANCE_NOUNS: Readonly<Record<string, MessageKey>> = {
  reason: 'noun.allowanceReason',
  amountCents: 'noun.allowanceAmount',
  vatCategory: 'noun.vat',
  vatRate: 'noun.vat',
  vatExemptionCode: 'noun.vat',
};

const INVOICE_NOUNS: Readonly<Record<string, MessageKey>> = {
  customerId: 'noun.customer',
  issueDate: 'noun.issueDate',
  deliveryDate: 'noun.deliveryDate',
  dueDate: 'noun.dueDate',
  paymentTerms: 'noun.paymentTerms',
  serviceCode: 'noun.serviceCode',
  engagementNumber: 'noun.engagementNumber',
  marketNumber: 'noun.marketNumber',
  buyerOrderReference: 'noun.orderReference',
  note: 'noun.note',
  notes: 'noun.note',
  prepaidCents: 'noun.prepaid',
  paymentMeans: 'noun.paymentMeans',
  paymentMeansCode: 'noun.paymentMeans',
};

/** The seller's and the buyer's fields, wherever they are edited (Réglages, the customer's form). */
const PARTY_NOUNS: Readonly<Record<string, MessageKey>> = {
  legalName: 'noun.companyName',
  tradeName: 'noun.tradeName',
  siret: 'noun.siret',
  siren: 'noun.siren',
  vatNumber: 'noun.vatNumber',
  legalForm: 'noun.legalForm',
  shareCapitalCents: 'noun.shareCapital',
  registration: 'noun.registration',
  line1: 'noun.addressLine1',
  line2: 'noun.addressLine2',
  postcode: 'noun.postcode',
  city: 'noun.city',
  countryCode: 'noun.countryCode',
  email: 'noun.email',
  phone: 'noun.phone',
  iban: 'noun.iban',
  bic: 'noun.bic',
};

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);
const noun = (key: MessageKey | undefined) => t(key ?? 'noun.field');

export function findingNoun(field: string): FieldNoun {
  const [head, second, third, fourth] = field.split('.');
  if (head === 'lines') {
    if (!isIndex(second)) return { noun: t('noun.lines') };
    return { context: t('context.line', { n: Number(second) + 1 }), noun: noun(LINE_NOUNS[third ?? '']) };
  }
  if (head === 'seller' || head === 'buyer') {
    const context = t(head === 'seller' ? 'context.seller' : 'context.buyer');
    // "seller.address.city" names the city; "seller.registration.city" the registration.
    const key = second === 'address' ? third : second;
    if (key === undefined) return { noun: head === 'seller' ? context : t('noun.customer') };
    return { context, noun: noun(head === 'buyer' && key === 'legalName' ? 'noun.customerName' : PARTY_NOUNS[key]) };
  }
  if (head === 'invoice' && second === 'allowances') {
    if (!isIndex(third)) return { noun: t('noun.allowanceAmount') };
    return { context: t('context.allowance', { n: Number(third) + 1 }), noun: noun(ALLOWANCE_NOUNS[fourth ?? '']) };
  }
  return { noun: noun(INVOICE_NOUNS[head === 'invoice' ? (second ?? '') : (head ?? '')]) };
}

/**
 * The field as a label above a finding of the invoice's header (« Code service », « Date de facture »);
 * null when the message itself starts with where it is (« Ligne 3 : … », « Votre entreprise (Réglages) : … »).
 */
export function findingLabel(field: string): string | null {
  const { context, noun: name } = findingNoun(field);
  if (context) return null;
  const bare = name.replace(/^(le |la |les |l’)/, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** A refused draft field ("draft.lines.0.quantity", "draft.serviceCode") named like a finding. */
export function draftFieldNoun(field: string): FieldNoun {
  const path = field.replace(/^draft\./, '');
  return findingNoun(path.startsWith('lines') ? path : `invoice.${path}`);
}
