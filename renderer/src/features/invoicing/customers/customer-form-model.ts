import { CustomerInputSchema, type Customer, type CustomerInput } from '@shared/customers/customer';
import { formatSiren, formatSiret } from '@shared/company/format-siret';
import { checkSiren, checkSiret, compactIdentifier, sirenOfSiret } from '@shared/identifiers/siret';
import { compactVatNumber } from '@shared/identifiers/vat-number';
import { t } from '../../../i18n/t';

export interface ServiceRow {
  key: string;
  code: string;
  name: string;
  active: boolean;
}

/** The Clients form as typed. Errors are keyed by the schema path, which is also each control's `name`. */
export interface CustomerFields {
  kind: 'public' | 'private';
  legalName: string;
  siret: string;
  /** Private customers only: a company known by its SIREN (a public buyer has its SIRET). */
  siren: string;
  vatNumber: string;
  line1: string;
  line2: string;
  postcode: string;
  city: string;
  countryCode: string;
  email: string;
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  serviceOrEngagementRequired: boolean;
  services: ServiceRow[];
}
export type CustomerErrors = Partial<Record<string, string>>;

let serviceKey = 0;
export function newServiceRow(code = '', name = '', active = true): ServiceRow {
  serviceKey += 1;
  return { key: `service-${serviceKey}`, code, name, active };
}

export function fieldsOfCustomer(customer: Customer | null): CustomerFields {
  return {
    kind: customer?.kind ?? 'public',
    legalName: customer?.legalName ?? '',
    siret: customer?.siret ? formatSiret(customer.siret) : '',
    siren: customer?.siren ? formatSiren(customer.siren) : '',
    vatNumber: customer?.vatNumber ?? '',
    line1: customer?.address.line1 ?? '',
    line2: customer?.address.line2 ?? '',
    postcode: customer?.address.postcode ?? '',
    city: customer?.address.city ?? '',
    countryCode: customer?.address.countryCode ?? 'FR',
    email: customer?.email ?? '',
    serviceCodeRequired: customer?.chorus?.serviceCodeRequired ?? false,
    engagementRequired: customer?.chorus?.engagementRequired ?? false,
    serviceOrEngagementRequired: customer?.chorus?.serviceOrEngagementRequired ?? false,
    services: (customer?.chorus?.services ?? []).map((s) => newServiceRow(s.code, s.name, s.active)),
  };
}

/** The request body; identifiers compacted the way the schema wants them stored. */
export function inputOfFields(fields: CustomerFields): CustomerInput {
  const isPublic = fields.kind === 'public';
  const siret = compactIdentifier(fields.siret);
  // The field is hidden for a public customer: what it held before switching must not be saved unseen.
  const siren = isPublic ? '' : compactIdentifier(fields.siren);
  const vatNumber = compactVatNumber(fields.vatNumber);
  return {
    kind: fields.kind,
    legalName: fields.legalName,
    ...(siret ? { siret } : {}),
    ...(siren ? { siren } : {}),
    ...(vatNumber ? { vatNumber } : {}),
    address: {
      line1: fields.line1,
      ...(fields.line2.trim() ? { line2: fields.line2 } : {}),
      postcode: fields.postcode,
      city: fields.city,
      countryCode: fields.countryCode.trim().toUpperCase(),
    },
    ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
    ...(isPublic
      ? {
          chorus: {
            serviceCodeRequired: fields.serviceCodeRequired,
            engagementRequired: fields.engagementRequired,
            serviceOrEngagementRequired: fields.serviceOrEngagementRequired,
            services: fields.services.map(({ code, name, active }) => ({ code, name, active })),
          },
        }
      : {}),
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

/** Same schema as main, so every problem shows at once, in French, on its field. */
export function validateCustomer(fields: CustomerFields): { input: CustomerInput; errors: CustomerErrors } {
  const input = inputOfFields(fields);
  const errors: CustomerErrors = {};
  if (fields.kind === 'public' && compactIdentifier(fields.siret) === '') errors.siret = t('customers.siretRequired');
  const parsed = CustomerInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'legalName';
      errors[path] ??= issue.message;
    }
  }
  return { input, errors };
}

/** "customer.address.postcode" (a backend error) -> "address.postcode" (the control's name). */
export function pathOfBackendField(field: string): string {
  return field.replace(/^customer\./, '');
}
