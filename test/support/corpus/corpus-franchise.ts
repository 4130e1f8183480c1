import { decennialText } from '@shared/invoicing/compose-document';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { defaultPaymentNotes } from '@shared/payment-terms/legal-notes';
import { franchiseLine, makeCreditNote, makeDocument, manyLines } from './corpus-builders';
import { buyers, IBAN_OTHER, sellers } from './corpus-parties';

/** Micro-entrepreneurs under the VAT franchise (category E + VATEX-FR-FRANCHISE, BT-32 = SIREN). */
export function franchiseCorpus(): Record<string, InvoiceDocument> {
  const me = sellers.meFranchise();
  const dev = franchiseLine('Développement logiciel (jour)', '2', 'DAY', '450');
  const base = { seller: me, buyer: buyers.mairie(), lines: [dev] };
  return {
    'me-franchise-mairie': makeDocument({ ...base, number: 'F2025-0001' }),
    'me-franchise-mairie-marche-public': makeDocument({ ...base, number: 'F2025-0002', invoice: { marketNumber: 'MP-2024-017' } }),
    'me-franchise-mairie-multi-lignes': makeDocument({
      ...base,
      number: 'F2025-0003',
      lines: [
        dev,
        franchiseLine('Réunion de cadrage', '1.5', 'HUR', '60'),
        franchiseLine('Hébergement annuel', '1', 'ANN', '120'),
        franchiseLine('Forfait déplacement', '1', 'LS', '35.5'),
        franchiseLine('Impressions couleur', '250', 'H87', '0.12'),
      ],
    }),
    'me-franchise-hopital-engagement-seul': makeDocument({ ...base, buyer: buyers.hopital(), number: 'F2025-0004', invoice: { serviceCode: undefined, engagementNumber: 'EJ-HCL-42' } }),
    'me-franchise-hopital-service-seul': makeDocument({ ...base, buyer: buyers.hopital(), number: 'F2025-0005' }),
    'me-franchise-ministere-engagement': makeDocument({ ...base, buyer: buyers.ministere(), number: 'F2025-0006' }),
    'me-franchise-college-sans-exigence': makeDocument({ ...base, buyer: buyers.ecole(), number: 'F2025-0007' }),
    'me-franchise-particulier': makeDocument({ ...base, buyer: buyers.particulier(), number: 'F2025-0008', invoice: { paymentMeans: { code: '20' } } }),
    'me-franchise-entreprise-siren': makeDocument({ ...base, buyer: buyers.entrepriseSirenSansTva(), number: 'F2025-0040', invoice: { paymentMeans: { code: '58' } } }),
    'me-franchise-entreprise-commande': makeDocument({ ...base, buyer: buyers.entreprise(), number: 'F2025-0009', invoice: { buyerOrderReference: 'BC-7781' } }),
    'me-franchise-artisan-rm': makeDocument({
      seller: sellers.meArtisan(),
      buyer: buyers.ecole(),
      number: 'AM-2025-014',
      lines: [franchiseLine('Bibliothèque en chêne massif', '1', 'C62', '1850'), franchiseLine('Pose', '3.5', 'HUR', '45')],
    }),
    'me-franchise-remise-globale': makeDocument({
      ...base,
      number: 'F2025-0010',
      invoice: { allowances: [{ reason: 'Remise commerciale', amountCents: 9000, vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' }] },
    }),
    'me-franchise-remise-ligne': makeDocument({
      ...base,
      number: 'F2025-0011',
      lines: [franchiseLine('Formation bureautique', '7', 'HUR', '55', { allowanceCents: 3850, allowanceReason: 'Heure offerte' }), franchiseLine('Support de cours', '8', 'H87', '4.9', { allowanceCents: 490 })],
    }),
    'me-franchise-acompte': makeDocument({ ...base, number: 'F2025-0012', invoice: { prepaidCents: 27000 } }),
    'me-franchise-acompte-solde-nul': makeDocument({ ...base, buyer: buyers.particulier(), number: 'F2025-0013', invoice: { prepaidCents: 90000, paymentMeans: { code: '48' } } }),
    'me-franchise-avoir-total': makeCreditNote({ ...base, number: 'AV2025-0001', corrects: { number: 'F2025-0001', issueDate: '2025-01-15' } }),
    'me-franchise-avoir-partiel': makeCreditNote({
      ...base,
      number: 'AV2025-0002',
      lines: [franchiseLine('Journée annulée (rectification de la facture F2025-0003)', '0.5', 'DAY', '450')],
      corrects: { number: 'F2025-0003', issueDate: '2025-02-10' },
    }),
    'me-franchise-fin-de-mois': makeDocument({ ...base, number: 'F2025-0014', invoice: { paymentTerms: { kind: 'end-of-month' } } }),
    'me-franchise-45-jours-fin-de-mois': makeDocument({ ...base, buyer: buyers.entreprise(), number: 'F2025-0015', invoice: { paymentTerms: { kind: 'net-end-of-month', days: 45 } } }),
    'me-franchise-a-reception': makeDocument({ ...base, buyer: buyers.particulier(), number: 'F2025-0016', invoice: { paymentTerms: { kind: 'on-receipt' }, paymentMeans: { code: '10' } } }),
    'me-franchise-net-0-jour': makeDocument({ ...base, number: 'F2025-0017', invoice: { paymentTerms: { kind: 'net', days: 0 } } }),
    'me-franchise-echeance-saisie': makeDocument({ ...base, number: 'F2025-0018', invoice: { dueDate: '2025-04-13' } }),
    'me-franchise-prelevement': makeDocument({ ...base, buyer: buyers.entreprise(), number: 'F2025-0019', invoice: { paymentMeans: { code: '49' } } }),
    'me-franchise-virement-sepa-iban-facture': makeDocument({ ...base, number: 'F2025-0020', invoice: { paymentMeans: { code: '58', iban: IBAN_OTHER, bic: 'BNPAFRPPXXX' } } }),
    'me-franchise-artisan-decennale': (() => {
      const seller = { ...sellers.meArtisan(), buildingTrades: true, decennialInsurance: { insurer: 'SMABTP', policyNumber: 'DEC-2025-004512', coverage: 'France métropolitaine' } };
      const doc = makeDocument({ ...base, seller, number: 'F2025-0030', lines: [franchiseLine('Pose d’une cuisine équipée', '1', 'LS', '1850')] });
      doc.invoice.notes.push({ subject: 'REG', text: decennialText(seller.decennialInsurance) });
      return doc;
    })(),
    'me-franchise-200-lignes': makeDocument({ ...base, number: 'F2025-0021', lines: manyLines(200, (d, q, u, p) => franchiseLine(d, q, u, p)) }),
    'me-franchise-caracteres-speciaux': makeDocument({
      seller: { ...me, legalName: 'Dupont & Fils <Conseil> "Le Bon Choix" l\'Artisan EI', tradeName: 'D&F <Conseil>' },
      buyer: { ...buyers.entreprise(), legalName: 'Société "Alpha" & Cie <Holding> d\'Armor' },
      number: 'F2025-0022',
      lines: [franchiseLine('Audit « sécurité » & conformité <RGPD> : tests "boîte noire" l\'après-midi ]]> fin', '1', 'LS', '1200')],
      invoice: { buyerOrderReference: 'PO&<42>"\'' },
    }),
    'me-franchise-accents-emoji': makeDocument({
      ...base,
      buyer: buyers.particulier(),
      number: 'F2025-0023',
      lines: [
        franchiseLine('Création de logo 🎨 et charte graphique ✨', '1', 'LS', '800'),
        franchiseLine('Œuvre numérique « Cœur de Ville » – façade, été, où, çà, Ÿ, ß, 日本', '2', 'C62', '150.5'),
        franchiseLine('Séance photo 📸👩‍💻 (tabulation\tet\nretour à la ligne)', '1', 'HUR', '90'),
      ],
    }),
    'me-franchise-prix-4-decimales': makeDocument({
      ...base,
      number: 'F2025-0024',
      lines: [franchiseLine('Copies noir et blanc', '1234', 'H87', '0.0123'), franchiseLine('Kilométrage', '187.3', 'KMT', '0.6035'), franchiseLine('Tirage', '3', 'H87', '0.3335')],
    }),
    'me-franchise-arrondi-0005': makeDocument({
      ...base,
      number: 'F2025-0025',
      lines: [franchiseLine('Micro-tâche', '1', 'C62', '0.005'), franchiseLine('Prestation', '3', 'C62', '0.335'), franchiseLine('Autre prestation', '1', 'C62', '100')],
    }),
    'me-franchise-quantite-negative': makeDocument({
      ...base,
      buyer: buyers.entreprise(),
      number: 'F2025-0026',
      lines: [franchiseLine('Chaises livrées', '10', 'H87', '45'), franchiseLine('Chaise retournée (défaut)', '-1', 'H87', '45')],
    }),
    'me-franchise-description-longue': makeDocument({
      ...base,
      number: 'F2025-0027',
      lines: [franchiseLine(`Accompagnement du projet de numérisation des archives municipales :\n${'analyse, tri, numérisation, indexation et contrôle qualité. '.repeat(15)}`.slice(0, 1000).trim(), '12', 'DAY', '380')],
    }),
    'me-franchise-mentions-libres': makeDocument({
      ...base,
      number: 'F2025-0028',
      invoice: {
        notes: [
          ...defaultPaymentNotes({ isPublicBuyer: true }),
          { subject: 'REG', text: 'Jean Dupont EI – Entrepreneur individuel. Dispensé d’immatriculation au RCS et au RM.' },
          { subject: 'AAI', text: 'Merci pour votre confiance !' },
        ],
      },
    }),
    'me-franchise-numero-avec-barre': makeDocument({ ...base, number: 'F/2025/0029' }),
  };
}
