import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { defaultPaymentNotes } from '@shared/payment-terms/legal-notes';

/** A micro-entrepreneur under VAT franchise invoicing a town hall: clean, no findings at all. */
export function franchiseInvoiceToTownHall(): InvoiceDocument {
  return {
    seller: {
      legalName: 'Jean Dupont EI',
      siret: '73282932000074',
      legalForm: 'micro-entrepreneur',
      registration: { kind: 'exempt' },
      address: { line1: '12 rue de la Roquette', postcode: '75011', city: 'Paris', countryCode: 'FR' },
      iban: 'FR7630006000011234567890189',
      vatFranchise: true,
    },
    buyer: {
      kind: 'public',
      legalName: 'Commune de Nantes',
      siret: '21440109300015',
      address: { line1: '2 rue de l’Hôtel de Ville', postcode: '44000', city: 'Nantes', countryCode: 'FR' },
      chorus: {
        serviceCodeRequired: true,
        engagementRequired: true,
        serviceOrEngagementRequired: false,
        services: [
          { code: 'SERV-FIN-01', name: 'Direction des finances', active: true },
          { code: 'SERV-OLD', name: 'Ancien service technique', active: false },
        ],
      },
    },
    invoice: {
      typeCode: '380',
      number: 'F2025-0001',
      issueDate: '2025-01-15',
      deliveryDate: '2025-01-14',
      paymentTerms: { kind: 'net', days: 30 },
      currency: 'EUR',
      serviceCode: 'SERV-FIN-01',
      engagementNumber: 'EJ-2025-000123',
      notes: defaultPaymentNotes({ isPublicBuyer: true }),
      paymentMeans: { code: '30' },
    },
    lines: [
      { description: 'Développement logiciel', quantity: '2', unitCode: 'DAY', unitPrice: '450', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' },
    ],
  };
}

/** A VAT-registered SARL invoicing a private company at two rates. */
export function vatInvoiceToCompany(): InvoiceDocument {
  const doc = franchiseInvoiceToTownHall();
  return {
    seller: {
      ...doc.seller,
      legalName: 'Boulangerie Martin',
      legalForm: 'sarl',
      shareCapitalCents: 1_000_000,
      registration: { kind: 'rcs', city: 'Paris' },
      vatNumber: 'FR44732829320',
      vatFranchise: false,
    },
    buyer: {
      kind: 'private',
      legalName: 'Traiteur Durand SAS',
      address: { line1: '5 quai de la Fosse', postcode: '44000', city: 'Nantes', countryCode: 'FR' },
    },
    invoice: { ...doc.invoice, serviceCode: undefined, engagementNumber: undefined, notes: defaultPaymentNotes() },
    lines: [
      { description: 'Pain de campagne', quantity: '12.5', unitCode: 'KGM', unitPrice: '4.3', vatCategory: 'S', vatRate: '5.5' },
      { description: 'Location de four', quantity: '3', unitCode: 'HUR', unitPrice: '35.1234', allowanceCents: 500, vatCategory: 'S', vatRate: '20' },
    ],
  };
}
