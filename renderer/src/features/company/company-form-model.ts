import { CompanyProfileInputSchema, type CompanyProfile, type CompanyProfileInput } from '@shared/company/company-profile';
import { formatSiret } from '@shared/company/format-siret';
import { formatIban } from '@shared/identifiers/bank';
import type { LegalForm } from '@shared/invoicing/party';
import { formatEuros, parseEuros } from '@shared/money/euros';
import { DEFAULT_CREDIT_NOTE_PATTERN, DEFAULT_INVOICE_PATTERN } from '@shared/numbering/number-pattern';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
import { t } from '../../i18n/t';

/** The form's own shape: every control holds a string, a boolean or a choice, as typed. */
export interface CompanyFormFields {
  legalName: string;
  tradeName: string;
  siret: string;
  addressLine1: string;
  addressLine2: string;
  postcode: string;
  city: string;
  legalForm: LegalForm | '';
  vatFranchise: boolean;
  vatNumber: string;
  registrationKind: 'none' | 'rcs' | 'rm' | 'exempt';
  registrationPlace: string;
  shareCapital: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  invoiceNumberPattern: string;
  creditNoteSeries: 'own' | 'same';
  creditNoteNumberPattern: string;
  paymentKind: PaymentTerms['kind'];
  paymentDays: string;
  latePenaltyRatePercent: string;
  discountConditions: string;
}
export type CompanyFieldName = keyof CompanyFormFields;
export type CompanyFieldErrors = Partial<Record<CompanyFieldName, string>>;

/** What the wizard's first step already knows: the legal form and the VAT regime. */
export interface CompanyDefaults {
  legalForm: LegalForm | null;
  vatFranchise: boolean;
}

const blank: CompanyFormFields = {
  legalName: '',
  tradeName: '',
  siret: '',
  addressLine1: '',
  addressLine2: '',
  postcode: '',
  city: '',
  legalForm: '',
  vatFranchise: false,
  vatNumber: '',
  registrationKind: 'none',
  registrationPlace: '',
  shareCapital: '',
  email: '',
  phone: '',
  iban: '',
  bic: '',
  invoiceNumberPattern: DEFAULT_INVOICE_PATTERN,
  creditNoteSeries: 'own',
  creditNoteNumberPattern: DEFAULT_CREDIT_NOTE_PATTERN,
  paymentKind: 'net',
  paymentDays: '30',
  latePenaltyRatePercent: '',
  discountConditions: '',
};

/** "1 000,00" without the euro sign: the field's label already says €. */
const euroAmount = (cents: number) => formatEuros(cents).replace(/\u00a0€$/, '');

export function toFields(profile: CompanyProfile | null | undefined, defaults?: CompanyDefaults): CompanyFormFields {
  if (!profile) return { ...blank, legalForm: defaults?.legalForm ?? '', vatFranchise: defaults?.vatFranchise ?? false };
  const terms = profile.defaultPaymentTerms;
  const registration = profile.registration;
  return {
    ...blank,
    legalName: profile.legalName,
    tradeName: profile.tradeName,
    siret: formatSiret(profile.siret),
    addressLine1: profile.addressLine1,
    addressLine2: profile.addressLine2,
    postcode: profile.postcode,
    city: profile.city,
    legalForm: profile.legalForm ?? '',
    vatFranchise: profile.vatFranchise,
    vatNumber: profile.vatNumber,
    registrationKind: registration?.kind ?? 'none',
    registrationPlace: registration?.kind === 'rcs' ? registration.city : registration?.kind === 'rm' ? registration.place : '',
    shareCapital: profile.shareCapitalCents === null ? '' : euroAmount(profile.shareCapitalCents),
    email: profile.email,
    phone: profile.phone,
    iban: profile.iban === '' ? '' : formatIban(profile.iban),
    bic: profile.bic,
    invoiceNumberPattern: profile.invoiceNumberPattern,
    creditNoteSeries: profile.creditNoteSeries,
    creditNoteNumberPattern: profile.creditNoteNumberPattern,
    paymentKind: terms.kind,
    paymentDays: 'days' in terms ? String(terms.days) : '30',
    latePenaltyRatePercent: profile.latePenaltyRatePercent.replace('.', ','),
    discountConditions: profile.discountConditions,
  };
}

function paymentTerms(fields: CompanyFormFields): PaymentTerms | string {
  if (fields.paymentKind === 'end-of-month' || fields.paymentKind === 'on-receipt') return { kind: fields.paymentKind };
  const days = fields.paymentDays.trim();
  if (!/^\d{1,3}$/.test(days)) return t('company.paymentDaysInvalid');
  return { kind: fields.paymentKind, days: Number(days) };
}

function registration(fields: CompanyFormFields): CompanyProfileInput['registration'] {
  switch (fields.registrationKind) {
    case 'none':
      return null;
    case 'exempt':
      return { kind: 'exempt' };
    case 'rcs':
      return { kind: 'rcs', city: fields.registrationPlace };
    case 'rm':
      return { kind: 'rm', place: fields.registrationPlace };
  }
}

/** The request for `company:save`, or the errors found while converting typed text (amounts, days). */
export function toInput(fields: CompanyFormFields): { input: CompanyProfileInput; errors: CompanyFieldErrors } {
  const errors: CompanyFieldErrors = {};
  const terms = paymentTerms(fields);
  if (typeof terms === 'string') errors.paymentDays = terms;
  const capital = fields.shareCapital.trim() === '' ? null : parseEuros(fields.shareCapital);
  if (capital === null && fields.shareCapital.trim() !== '') errors.shareCapital = t('company.shareCapitalInvalid');
  const { legalName, tradeName, siret, addressLine1, addressLine2, postcode, city, vatFranchise, vatNumber, email, phone, iban, bic } = fields;
  return {
    input: {
      legalName,
      tradeName,
      siret,
      addressLine1,
      addressLine2,
      postcode,
      city,
      legalForm: fields.legalForm === '' ? null : fields.legalForm,
      vatFranchise,
      vatNumber,
      registration: registration(fields),
      shareCapitalCents: capital !== null && capital >= 0 ? capital : null,
      email,
      phone,
      iban,
      bic,
      invoiceNumberPattern: fields.invoiceNumberPattern,
      creditNoteSeries: fields.creditNoteSeries,
      creditNoteNumberPattern: fields.creditNoteNumberPattern,
      defaultPaymentTerms: typeof terms === 'string' ? { kind: 'net', days: 30 } : terms,
      latePenaltyRatePercent: fields.latePenaltyRatePercent,
      discountConditions: fields.discountConditions,
    },
    errors,
  };
}

/** The form control a schema path ("registration.city", "defaultPaymentTerms.days") belongs to. */
export function fieldOfPath(path: string): CompanyFieldName | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'registration') return 'registrationPlace';
  if (head === 'defaultPaymentTerms') return 'paymentDays';
  if (head === 'shareCapitalCents') return 'shareCapital';
  return head in blank ? (head as CompanyFieldName) : null;
}

/** Checks with the same schema main applies, so the user sees every problem at once, in French. */
export function validate(fields: CompanyFormFields): { input: CompanyProfileInput; errors: CompanyFieldErrors } {
  const { input, errors } = toInput(fields);
  const parsed = CompanyProfileInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      if (field) errors[field] ??= issue.message;
    }
  }
  return { input, errors };
}
