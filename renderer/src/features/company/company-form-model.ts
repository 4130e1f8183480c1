import { CompanyProfileInputSchema, type CompanyProfile, type CompanyProfileInput } from '@shared/company/company-profile';
import { formatSiret } from '@shared/company/format-siret';
import { formatIban } from '@shared/identifiers/bank';
import type { LegalForm } from '@shared/invoicing/party';
import { formatEuros } from '@shared/money/euros';
import { DEFAULT_CREDIT_NOTE_PATTERN, DEFAULT_INVOICE_PATTERN } from '@shared/numbering/number-pattern';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
import { fieldNouns } from '../../forms/field-nouns';
import { formSchema, type AddProblem } from '../../forms/form-schema';
import { maxLengthsOf } from '../../forms/schema-limits';
import { t } from '../../i18n/t';
import { frenchToCents, numberProblem } from '../invoicing/french-input';

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

/** The request for `company:save`; typed text that cannot be converted (amounts, days) is reported. */
export function toInput(fields: CompanyFormFields, addProblem: AddProblem = () => undefined): CompanyProfileInput {
  const terms = paymentTerms(fields);
  if (typeof terms === 'string') addProblem('paymentDays', terms);
  const capitalText = fields.shareCapital.trim();
  const capital = capitalText === '' ? null : frenchToCents(capitalText);
  if (capitalText !== '' && (capital === null || capital < 0)) addProblem('shareCapital', numberProblem(capitalText, 2) ?? t('company.shareCapitalInvalid'));
  const { legalName, tradeName, siret, addressLine1, addressLine2, postcode, city, vatFranchise, vatNumber, email, phone, iban, bic } = fields;
  return {
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
  };
}

/** The form control a schema path ("registration.city", "defaultPaymentTerms.days") belongs to. */
export function fieldOfPath(path: string): CompanyFieldName {
  const head = path.split('.')[0] ?? '';
  if (head === 'registration') return 'registrationPlace';
  if (head === 'defaultPaymentTerms') return 'paymentDays';
  if (head === 'shareCapitalCents') return 'shareCapital';
  return head in blank ? (head as CompanyFieldName) : 'legalName';
}

export const companyNouns = fieldNouns({
  legalName: 'noun.companyName',
  tradeName: 'noun.tradeName',
  siret: 'noun.siret',
  addressLine1: 'noun.addressLine1',
  addressLine2: 'noun.addressLine2',
  postcode: 'noun.postcode',
  city: 'noun.city',
  legalForm: 'noun.legalForm',
  vatNumber: 'noun.vatNumber',
  registrationKind: 'noun.registration',
  registrationPlace: 'noun.registrationPlace',
  shareCapital: 'noun.shareCapital',
  email: 'noun.email',
  phone: 'noun.phone',
  iban: 'noun.iban',
  bic: 'noun.bic',
  invoiceNumberPattern: 'noun.invoicePattern',
  creditNoteNumberPattern: 'noun.creditNotePattern',
  paymentDays: 'noun.paymentDays',
  latePenaltyRatePercent: 'noun.latePenaltyRate',
  discountConditions: 'noun.discountConditions',
});

/** Checks with the same schema main applies, so the user sees every problem at once, in French. */
export const companyFormSchema = formSchema<CompanyFormFields, CompanyProfileInput>({
  schema: CompanyProfileInputSchema,
  fieldOf: fieldOfPath,
  nounOf: companyNouns,
  toInput,
});

export const companyLimits = maxLengthsOf(CompanyProfileInputSchema, {
  legalName: 'legalName',
  tradeName: 'tradeName',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  city: 'city',
  phone: 'phone',
  registrationPlace: 'registration.city',
  discountConditions: 'discountConditions',
});
