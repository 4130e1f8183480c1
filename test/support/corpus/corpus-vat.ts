import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { defaultPaymentNotes } from '@shared/payment-terms/legal-notes';
import { exemptLine, makeCreditNote, makeDocument, manyLines, vatLine } from './corpus-builders';
import { buyers, sellers } from './corpus-parties';

/** VAT-registered sellers: standard rates, allowances, rounding, exemptions, reverse charge, export. */
export function vatCorpus(): Record<string, InvoiceDocument> {
  const sarl = sellers.sarlVat();
  const client = buyers.entreprise();
  const mixed = [
    vatLine('Conseil en organisation', '3', 'HUR', '120', '20'),
    vatLine('Travaux de rénovation (logement de plus de deux ans)', '1', 'LS', '2450.5', '10'),
    vatLine('Pain de campagne', '12.5', 'KGM', '4.3', '5.5'),
    vatLine('Abonnement presse', '1', 'MON', '19.9', '2.1'),
  ];
  const base = { seller: sarl, buyer: client };
  return {
    'sarl-tva-20-entreprise': makeDocument({ ...base, number: 'FA-2025-101', lines: [vatLine('Maintenance informatique', '4', 'HUR', '85', '20')] }),
    'sarl-tva-taux-mixtes': makeDocument({ ...base, number: 'FA-2025-102', lines: mixed }),
    'sarl-tva-remises-globales': makeDocument({
      ...base,
      number: 'FA-2025-103',
      lines: mixed,
      invoice: {
        allowances: [
          { reason: 'Remise fidélité', amountCents: 2500, vatCategory: 'S', vatRate: '20' },
          { reason: 'Geste commercial', amountCents: 12345, vatCategory: 'S', vatRate: '10' },
        ],
      },
    }),
    'sarl-tva-remises-ligne-et-globale': makeDocument({
      ...base,
      number: 'FA-2025-104',
      lines: [vatLine('Gâteaux', '24', 'H87', '3.75', '5.5', { allowanceCents: 900, allowanceReason: 'Remise quantité' }), vatLine('Livraison', '1', 'LS', '25', '20', { allowanceCents: 500 })],
      invoice: { allowances: [{ reason: 'Remise de bienvenue', amountCents: 1000, vatCategory: 'S', vatRate: '5.5' }] },
    }),
    'sarl-tva-arrondi-3x005-10': makeDocument({
      ...base,
      number: 'FA-2025-105',
      lines: [vatLine('Sachet A', '1', 'H87', '0.05', '10'), vatLine('Sachet B', '1', 'H87', '0.05', '10'), vatLine('Sachet C', '1', 'H87', '0.05', '10')],
    }),
    'sarl-tva-arrondi-0005': makeDocument({
      ...base,
      number: 'FA-2025-106',
      lines: [vatLine('Unité à 0,005 €', '1', 'C62', '0.005', '20'), vatLine('Unité à 0,015 €', '1', 'C62', '0.015', '5.5'), vatLine('Lot', '7', 'C62', '0.0714', '20')],
    }),
    'sarl-tva-prix-4-decimales': makeDocument({
      ...base,
      number: 'FA-2025-107',
      lines: [vatLine('Électricité', '1523.7', 'KWH', '0.2516', '20'), vatLine('Eau', '12.345', 'MTQ', '4.1234', '5.5'), vatLine('Location de four', '3', 'HUR', '35.1234', '20', { allowanceCents: 500 })],
    }),
    'sarl-tva-montants-eleves': makeDocument({ ...base, number: 'FA-2025-108', lines: [vatLine('Bâtiment industriel', '1', 'LS', '987654321.99', '20'), vatLine('Terrain aménagé', '100', 'MTK', '9999.9999', '10')] }),
    'sarl-tva-mairie-service-engagement': makeDocument({ ...base, buyer: buyers.mairie(), number: 'FA-2025-109', lines: mixed }),
    'sarl-tva-avoir-total': makeCreditNote({ ...base, number: 'AV-2025-011', lines: mixed, corrects: { number: 'FA-2025-102', issueDate: '2025-03-01' } }),
    'sarl-tva-avoir-partiel-taux-mixtes': makeCreditNote({
      ...base,
      number: 'AV-2025-012',
      lines: [vatLine('Conseil non réalisé', '1', 'HUR', '120', '20'), vatLine('Pain non livré', '2.5', 'KGM', '4.3', '5.5')],
      corrects: { number: 'FA-2025-102', issueDate: '2025-03-01' },
    }),
    'sarl-tva-avoir-mairie': makeCreditNote({ ...base, buyer: buyers.mairie(), number: 'AV-2025-013', lines: [vatLine('Annulation d’une séance', '1', 'HUR', '120', '20')], corrects: { number: 'FA-2025-109', issueDate: '2025-03-01' } }),
    'sarl-tva-acompte': makeDocument({ ...base, number: 'FA-2025-110', lines: mixed, invoice: { prepaidCents: 100000 } }),
    'sarl-tva-particulier': makeDocument({ ...base, buyer: buyers.particulier(), number: 'FA-2025-111', lines: [vatLine('Pièce montée', '1', 'C62', '89.9', '5.5')], invoice: { paymentTerms: { kind: 'on-receipt' }, paymentMeans: { code: '48' } } }),
    'sarl-tva-entreprise-siren-remise-acompte': makeDocument({
      ...base,
      buyer: buyers.entrepriseSiren(),
      number: 'FA-2025-115',
      lines: [vatLine('Pose de parquet', '24', 'MTK', '38.5', '20'), vatLine('Fourniture de lames', '1', 'LS', '640', '20')],
      invoice: { allowances: [{ reason: 'Remise chantier', amountCents: 5000, vatCategory: 'S', vatRate: '20' }], prepaidCents: 30000 },
    }),
    'sarl-tva-taux-zero-et-20': makeDocument({ ...base, number: 'FA-2025-112', lines: [vatLine('Conseil', '2', 'HUR', '100', '20'), { ...exemptLine('Produit taux zéro', '1', 'C62', '50', 'Z') }] }),
    'sarl-tva-penalites-convenues': makeDocument({
      ...base,
      number: 'FA-2025-113',
      lines: [vatLine('Étude de marché', '1', 'LS', '3500', '20')],
      invoice: { notes: defaultPaymentNotes({ annualRatePercent: '12.5', discountConditions: 'Escompte de 2 % pour paiement sous 8 jours' }), paymentTerms: { kind: 'net-end-of-month', days: 45 } },
    }),
    'sarl-tva-200-lignes': makeDocument({ ...base, number: 'FA-2025-114', lines: manyLines(200, (d, q, u, p, i) => vatLine(d, q, u, p, ['20', '10', '5.5', '2.1'][i % 4] as string)) }),
    'sas-tva-livraison-intracommunautaire': makeDocument({
      seller: sellers.sasVat(),
      buyer: buyers.allemand(),
      number: 'SAS-2025-0001',
      lines: [exemptLine('Pompe hydraulique PH-200', '2', 'H87', '1450', 'K'), exemptLine('Kit de joints', '10', 'SET', '12.5', 'K')],
      invoice: { deliveryCountryCode: 'DE' },
    }),
    'sas-tva-autoliquidation': makeDocument({ seller: sellers.sasVat(), buyer: client, number: 'SAS-2025-0002', lines: [exemptLine('Travaux de sous-traitance (bâtiment)', '5', 'DAY', '520', 'AE')] }),
    'sas-tva-export-hors-ue': makeDocument({ seller: sellers.sasVat(), buyer: buyers.suisse(), number: 'SAS-2025-0003', lines: [exemptLine('Machine de décolletage', '1', 'C62', '48000', 'G')] }),
    'sas-tva-bic-mairie-marche': makeDocument({
      seller: sellers.sasVat(),
      buyer: buyers.mairie(),
      number: 'SAS-2025-0004',
      lines: [vatLine('Étude d’ingénierie', '10', 'DAY', '780', '20')],
      invoice: { marketNumber: 'MARCHE-2024-ING-07', paymentMeans: { code: '58' } },
    }),
    'ei-tva-formation-exoneree-et-20': makeDocument({
      seller: sellers.eiVat(),
      buyer: buyers.hopital(),
      number: 'MC-2025-07',
      lines: [exemptLine('Formation professionnelle continue', '2', 'DAY', '900', 'E', 'VATEX-FR-CGI261-4'), vatLine('Supports imprimés', '15', 'H87', '12', '20')],
    }),
    'ei-tva-ministere': makeDocument({ seller: sellers.eiVat(), buyer: buyers.ministere(), number: 'MC-2025-08', lines: [vatLine('Expertise', '1.25', 'DAY', '1000', '20')] }),
    'association-exoneree-261-7': makeDocument({
      seller: sellers.association(),
      buyer: buyers.mairie(),
      number: 'ASSO-2025-3',
      lines: [exemptLine('Atelier lecture pour les écoles', '6', 'HUR', '40', 'E', 'VATEX-FR-CGI261-7')],
    }),
    // Issue 9: the right document for every buyer.
    'sarl-tva-particulier-sans-penalites': makeDocument({
      ...base,
      buyer: buyers.particulier(),
      number: 'FA-2025-120',
      lines: [vatLine('Réparation de chaudière', '2', 'HUR', '65', '10'), vatLine('Pièce détachée', '1', 'H87', '48.9', '20')],
      invoice: { paymentMeans: { code: '20' }, deliveryAddress: { line1: '3 chemin des Vignes', postcode: '13100', city: 'Aix-en-Provence', countryCode: 'FR' } },
    }),
    'sarl-tva-avoir-remboursement-cheque': makeCreditNote({
      ...base,
      number: 'AV-2025-020',
      lines: [vatLine('Conseil non réalisé', '1', 'HUR', '120', '20')],
      corrects: { number: 'FA-2025-101', issueDate: '2025-03-01' },
      refund: '20',
    }),
    'sarl-tva-b2b-livraison-biens-debits': makeDocument({
      seller: { ...sarl, vatOnDebits: true },
      buyer: buyers.entreprise(),
      number: 'FA-2025-121',
      lines: [vatLine('Fourniture de parquet chêne', '42', 'MTK', '38.5', '20'), vatLine('Pose', '16', 'HUR', '45', '20')],
      invoice: {
        operationCategory: 'mixed',
        deliveryAddress: { line1: 'Chantier Les Tilleuls', line2: '14 allée des Tilleuls', postcode: '44300', city: 'Nantes', countryCode: 'FR' },
      },
    }),
    'sarl-tva-frais-deplacement': makeDocument({
      ...base,
      number: 'FA-2025-122',
      lines: [vatLine('Audit énergétique', '1', 'LS', '1200', '20')],
      invoice: { operationCategory: 'services', charges: [{ reason: 'Frais de déplacement', amountCents: 8500, vatCategory: 'S', vatRate: '20' }] },
    }),
    'sarl-tva-facture-acompte-386': makeDocument({
      ...base,
      number: 'FA-2025-123',
      lines: [vatLine('Acompte de 30 % sur la rénovation de la boutique', '1', 'LS', '3600', '20')],
      invoice: { typeCode: '386', operationCategory: 'mixed' },
    }),
    'sarl-tva-facture-finale-apres-acompte': makeDocument({
      ...base,
      number: 'FA-2025-124',
      issueDate: '2025-04-30',
      lines: [
        vatLine('Rénovation de la boutique (total des travaux)', '1', 'LS', '12000', '20'),
        vatLine('Acompte versé, facture d’acompte n° FA-2025-123 du 14/03/2025', '-1', 'C62', '3600', '20'),
      ],
      invoice: { operationCategory: 'mixed', downPayments: [{ number: 'FA-2025-123', issueDate: '2025-03-14' }] },
    }),
    'association-hors-champ': makeDocument({
      seller: sellers.association(),
      buyer: buyers.particulier(),
      number: 'ASSO-2025-4',
      lines: [exemptLine('Cotisation annuelle', '1', 'ANN', '30', 'O')],
      invoice: { paymentMeans: { code: '20' } },
    }),
  };
}
