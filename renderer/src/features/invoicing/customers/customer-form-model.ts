import { CustomerInputSchema, type Customer, type CustomerInput } from '@shared/customers/customer';
import { formatSiren, formatSiret } from '@shared/company/format-siret';
import { checkSiren, checkSiret, compactIdentifier, sirenOfSiret } from '@shared/identifiers/siret';
import { compactVatNumber } from '@shared/identifiers/vat-number';
import { fieldNouns } from '../../../forms/field-nouns';
import { formSchema } from '../../../forms/form-schema';
import { maxLengthsOf } from '../../../forms/schema-limits';
import { t } from '../../../i18n/t';

/**
 * The Clients form as typed. Its shape follows the request (address.*, chorus.services.N.*), so each
 * control's `name` is also the schema path of its value and every message lands on its control.
 */
export interface CustomerValues {
  kind: 'public' | 'private';
  legalName: string;
  siret: string;
  /** Private customers only: a company known by its SIREN (a public buyer has its SIRET). */
  siren: string;
  vatNumber: string;
  address: { line1: string; line2: string; postcode: string; city: string; countryCode: string };
  email: string;
  chorus: {
    serviceCodeRequired: boolean;
    engagementRequired: boolean;
    serviceOrEngagementRequired: boolean;
    services: Array<{ code: string; name: string; active: boolean }>;
  };
}

export function valuesOfCustomer(customer: Customer | null): CustomerValues {
  return {
    kind: customer?.kind ?? 'public',
    legalName: customer?.legalName ?? '',
    siret: customer?.siret ? formatSiret(customer.siret) : '',
    siren: customer?.siren ? formatSiren(customer.siren) : '',
    vatNumber: customer?.vatNumber ?? '',
    address: {
      line1: customer?.address.line1 ?? '',
      line2: customer?.address.line2 ?? '',
      postcode: customer?.address.postcode ?? '',
      city: customer?.address.city ?? '',
      countryCode: customer?.address.countryCode ?? 'FR',
    },
    email: customer?.email ?? '',
    chorus: {
      serviceCodeRequired: customer?.chorus?.serviceCodeRequired ?? false,
      engagementRequired: customer?.chorus?.engagementRequired ?? false,
      serviceOrEngagementRequired: customer?.chorus?.serviceOrEngagementRequired ?? false,
      services: (customer?.chorus?.services ?? []).map(({ code, name, active }) => ({ code, name, active })),
    },
  };
}

/** The request body; identifiers compacted the way the schema wants them stored. */
export function inputOfValues(values: CustomerValues): CustomerInput {
  const isPublic = values.kind === 'public';
  const siret = compactIdentifier(values.siret);
  // The field is hidden for a public customer: what it held before switching must not be saved unseen.
  const siren = isPublic ? '' : compactIdentifier(values.siren);
  const vatNumber = compactVatNumber(values.vatNumber);
  const { address } = values;
  return {
    kind: values.kind,
    legalName: values.legalName,
    ...(siret ? { siret } : {}),
    ...(siren ? { siren } : {}),
    ...(vatNumber ? { vatNumber } : {}),
    address: {
      line1: address.line1,
      ...(address.line2.trim() ? { line2: address.line2 } : {}),
      postcode: address.postcode,
      city: address.city,
      countryCode: address.countryCode.trim().toUpperCase(),
    },
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    ...(isPublic ? { chorus: { ...values.chorus, services: values.chorus.services.map(({ code, name, active }) => ({ code, name, active })) } } : {}),
  };
}

/** The live SIRET message: only once 14 characters are typed, so the user is not scolded mid-typing. */
export function liveSiretError(siret: string): string | undefined {
  const compact = compactIdentifier(siret);
  if (compact.length < 14) return undefined;
  return checkSiret(compact) ?? undefined;
}

/**
 * The live SIREN message: once 9 characters are typed, its key; then, with a valid SIRET, that both name the
 * same company (the schema says the same on save, this says it while typing).
 */
export function liveSirenError(siren: string, siret: string): string | undefined {
  const compact = compactIdentifier(siren);
  if (compact.length < 9) return undefined;
  const problem = checkSiren(compact);
  if (problem) return problem;
  const compactSiret = compactIdentifier(siret);
  if (compactSiret.length === 14 && checkSiret(compactSiret) === null && sirenOfSiret(compactSiret) !== compact) {
    return t('customers.sirenMismatch', { siren: formatSiren(sirenOfSiret(compactSiret)) });
  }
  return undefined;
}

export const customerNouns = fieldNouns(
  {
    kind: 'noun.customerKind',
    legalName: 'noun.customerName',
    siret: 'noun.siret',
    siren: 'noun.siren',
    vatNumber: 'noun.vatNumber',
    'address.line1': 'noun.addressLine1',
    'address.line2': 'noun.addressLine2',
    'address.postcode': 'noun.postcode',
    'address.city': 'noun.city',
    'address.countryCode': 'noun.countryCode',
    email: 'noun.email',
    'chorus.services.*.code': 'noun.serviceCode',
    'chorus.services.*.name': 'noun.serviceName',
  },
  { 'chorus.services': 'context.service' },
);

/** Same schema as main, so every problem shows at once, in French, on its field. */
export const customerFormSchema = formSchema<CustomerValues, CustomerInput>({
  schema: CustomerInputSchema,
  nounOf: customerNouns,
  toInput: (values, addProblem) => {
    if (values.kind === 'public' && compactIdentifier(values.siret) === '') addProblem('siret', t('customers.siretRequired'));
    return inputOfValues(values);
  },
});

/** "customer.address.postcode" (a backend error) -> "address.postcode" (the control's name). */
export function pathOfBackendField(field: string): string {
  return field.replace(/^customer\./, '');
}

export const customerLimits = maxLengthsOf(CustomerInputSchema, {
  legalName: 'legalName',
  line1: 'address.line1',
  line2: 'address.line2',
  postcode: 'address.postcode',
  city: 'address.city',
  serviceCode: 'chorus.services.0.code',
  serviceName: 'chorus.services.0.name',
});
