import type { Core } from '../../main/app/create-core';
import type { CustomerInput } from '@shared/customers/customer';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import type { Result } from '@shared/ipc/result';

/** Unwraps a Result in a test: a failure is an error with the French message, so the test says why. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}${result.error.field ? ` (${result.error.field})` : ''}`);
  return result.value;
}

export const microEntrepreneur = {
  legalName: 'Jean Dupont EI',
  siret: '73282932000074',
  addressLine1: '12 rue de la Roquette',
  postcode: '75011',
  city: 'Paris',
  legalForm: 'micro-entrepreneur',
  vatFranchise: true,
  registration: { kind: 'exempt' },
  iban: 'FR7630006000011234567890189',
} as const;

export const townHall: CustomerInput = {
  kind: 'public',
  legalName: 'Mairie de Beaufort-en-Anjou',
  siret: '21490021900012',
  address: { line1: '2 place Jeanne de Laval', postcode: '49250', city: 'Beaufort-en-Anjou', countryCode: 'FR' },
  chorus: {
    serviceCodeRequired: true,
    engagementRequired: false,
    serviceOrEngagementRequired: false,
    services: [{ code: 'FIN-01', name: 'Service finances', active: true }],
  },
};

export const franchiseLine = {
  description: 'Atelier de pâtisserie pour l’école',
  quantity: '3',
  unitCode: 'HUR',
  unitPrice: '45.50',
  vatCategory: 'E',
  vatRate: '0',
  vatExemptionCode: 'VATEX-FR-FRANCHISE',
};

export function draftFor(customerId: number, overrides: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  return { customerId, issueDate: '2026-11-27', serviceCode: 'FIN-01', lines: [franchiseLine], ...overrides };
}

/** A micro-entrepreneur with a town hall customer, ready to invoice. */
export async function setUpSeller(core: Core): Promise<{ customerId: number }> {
  valueOf(await core.invoke('company:save', microEntrepreneur));
  const customer = valueOf(await core.invoke('customers:create', { customer: townHall }));
  return { customerId: customer.id };
}
