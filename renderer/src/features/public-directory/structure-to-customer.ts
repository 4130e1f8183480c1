import { formatSiret } from '@shared/company/format-siret';
import type { DirectoryStructure } from '@shared/public-directory/public-directory';
import type { CustomerValues } from '../invoicing/customers/customer-form-model';

/** The Clients form filled from a directory structure: identity, address, the Chorus Pro rules and services. */
export function valuesOfStructure(structure: DirectoryStructure): CustomerValues {
  return {
    kind: 'public',
    party: 'organisation',
    operationCategory: '',
    legalName: structure.name,
    siret: formatSiret(structure.siret),
    siren: '',
    vatNumber: '',
    address: { line1: structure.address, line2: '', postcode: structure.postcode, city: structure.city, countryCode: 'FR' },
    email: '',
    chorus: {
      serviceCodeRequired: structure.serviceCodeRequired,
      engagementRequired: structure.engagementRequired,
      serviceOrEngagementRequired: structure.ejOrServiceRequired,
      services: structure.services.map((service) => ({ code: service.code, name: service.label, active: service.isActive })),
    },
  };
}
