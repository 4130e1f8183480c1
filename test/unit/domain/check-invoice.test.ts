import { describe, expect, it } from 'vitest';
import { canIssue, checkInvoice } from '@shared/invoicing/check-invoice';
import { CHECK_FINDING_CODES, type FindingCode } from '@shared/invoicing/findings';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { InvoiceDocument as InvoiceDocumentSchema } from '@shared/invoicing/invoice-document';
import { franchiseInvoiceToTownHall, vatInvoiceToCompany } from './invoice-fixtures';

const today = '2025-01-20';
type Edit = (doc: InvoiceDocument) => void;

function variant(base: () => InvoiceDocument, edit: Edit): InvoiceDocument {
  const doc = structuredClone(base());
  edit(doc);
  return doc;
}
const codesOf = (doc: InvoiceDocument) => checkInvoice(doc, { today }).map((finding) => finding.code);
const fr = franchiseInvoiceToTownHall;
const vat = vatInvoiceToCompany;
const engagementOnly: Edit = (d) => {
  d.buyer.chorus = { serviceCodeRequired: false, engagementRequired: false, serviceOrEngagementRequired: true, services: [] };
};

interface Case {
  code: FindingCode;
  field: string;
  /** Triggers the finding. */
  bad: InvoiceDocument;
  /** The closest document that must not trigger it (a boundary or the fix). */
  good: InvoiceDocument;
}

const cases: Case[] = [
  { code: 'lines-empty', field: 'lines', bad: variant(fr, (d) => void (d.lines = [])), good: fr() },
  { code: 'line-quantity-zero', field: 'lines.0.quantity', bad: variant(fr, (d) => void (d.lines[0]!.quantity = '0.0000')), good: variant(fr, (d) => void (d.lines[0]!.quantity = '0.0001')) },
  { code: 'line-amount-invalid', field: 'lines.0.quantity', bad: variant(fr, (d) => void (d.lines[0]!.quantity = '1,5')), good: variant(fr, (d) => void (d.lines[0]!.quantity = '1.5')) },
  { code: 'line-vat-invalid', field: 'lines.0.vatRate', bad: variant(vat, (d) => void (d.lines[0]!.vatRate = '7')), good: variant(vat, (d) => void (d.lines[0]!.vatRate = '2.1')) },
  { code: 'negative-total', field: 'lines', bad: variant(fr, (d) => void (d.lines[0]!.quantity = '-2')), good: variant(fr, (d) => void d.lines.push({ ...d.lines[0]!, quantity: '-2' })) },
  { code: 'prepaid-exceeds-total', field: 'invoice.prepaidCents', bad: variant(fr, (d) => void (d.invoice.prepaidCents = 90_001)), good: variant(fr, (d) => void (d.invoice.prepaidCents = 90_000)) },
  { code: 'issue-date-in-future', field: 'invoice.issueDate', bad: variant(fr, (d) => void (d.invoice.issueDate = '2025-01-21')), good: variant(fr, (d) => void (d.invoice.issueDate = today)) },
  { code: 'due-date-before-issue-date', field: 'invoice.dueDate', bad: variant(fr, (d) => void (d.invoice.dueDate = '2025-01-14')), good: variant(fr, (d) => void (d.invoice.dueDate = '2025-01-15')) },
  { code: 'due-date-too-late', field: 'invoice.dueDate', bad: variant(vat, (d) => void (d.invoice.dueDate = '2025-04-01')), good: variant(vat, (d) => void (d.invoice.paymentTerms = { kind: 'net-end-of-month', days: 45 })) },
  { code: 'due-date-terms-conflict', field: 'invoice.dueDate', bad: variant(fr, (d) => void (d.invoice.dueDate = '2025-02-10')), good: variant(fr, (d) => void (d.invoice.dueDate = '2025-02-14')) },
  { code: 'payment-terms-too-long', field: 'invoice.paymentTerms', bad: variant(fr, (d) => void (d.invoice.paymentTerms = { kind: 'net', days: 31 })), good: variant(fr, (d) => void (d.invoice.paymentTerms = { kind: 'net', days: 30 })) },
  { code: 'delivery-date-missing', field: 'invoice.deliveryDate', bad: variant(fr, (d) => void delete d.invoice.deliveryDate), good: fr() },
  {
    code: 'credit-note-reference-missing',
    field: 'invoice.precedingInvoice',
    bad: variant(fr, (d) => void (d.invoice.typeCode = '381')),
    good: variant(fr, (d) => {
      d.invoice.typeCode = '381';
      d.invoice.precedingInvoice = { number: 'F2024-0099', issueDate: '2024-12-10' };
    }),
  },
  { code: 'order-reference-conflict', field: 'invoice.buyerOrderReference', bad: variant(fr, (d) => void (d.invoice.buyerOrderReference = 'BC-17')), good: variant(fr, (d) => void (d.invoice.buyerOrderReference = 'EJ-2025-000123')) },
  { code: 'payment-iban-missing', field: 'seller.iban', bad: variant(fr, (d) => void delete d.seller.iban), good: variant(fr, (d) => {
    delete d.seller.iban;
    d.invoice.paymentMeans = { code: '20' };
  }) },
  { code: 'seller-siret-invalid', field: 'seller.siret', bad: variant(fr, (d) => void (d.seller.siret = '73282932000075')), good: fr() },
  { code: 'seller-ei-mention-missing', field: 'seller.legalName', bad: variant(fr, (d) => void (d.seller.legalName = 'Jean Dupont')), good: variant(fr, (d) => void (d.seller.legalName = 'Jean Dupont (entrepreneur individuel)')) },
  { code: 'seller-share-capital-missing', field: 'seller.shareCapitalCents', bad: variant(vat, (d) => void delete d.seller.shareCapitalCents), good: variant(vat, (d) => void (d.seller.shareCapitalCents = 0)) },
  { code: 'late-penalty-note-missing', field: 'invoice.notes', bad: variant(fr, (d) => void (d.invoice.notes = d.invoice.notes.filter((n) => n.subject !== 'PMD'))), good: fr() },
  { code: 'recovery-indemnity-note-missing', field: 'invoice.notes', bad: variant(fr, (d) => void (d.invoice.notes.find((n) => n.subject === 'PMT')!.text = 'Indemnité forfaitaire selon l’art. D441-5')), good: variant(fr, (d) => void (d.invoice.notes.find((n) => n.subject === 'PMT')!.text = 'Indemnité forfaitaire pour frais de recouvrement : 40 EUR')) },
  { code: 'discount-note-missing', field: 'invoice.notes', bad: variant(fr, (d) => void (d.invoice.notes = d.invoice.notes.filter((n) => n.subject !== 'AAB'))), good: fr() },
  { code: 'note-duplicated', field: 'invoice.notes', bad: variant(fr, (d) => void d.invoice.notes.push({ subject: 'AAB', text: 'Escompte 2 % à 8 jours' })), good: variant(fr, (d) => void d.invoice.notes.push({ subject: 'AAI', text: 'Merci de votre confiance' })) },
  { code: 'decennial-insurance-missing', field: 'seller.decennialInsurance', bad: variant(fr, (d) => void (d.seller.buildingTrades = true)), good: variant(fr, (d) => {
    d.seller.buildingTrades = true;
    d.seller.decennialInsurance = { insurer: 'MAAF Assurances', policyNumber: 'DEC-123', coverage: 'France métropolitaine' };
  }) },
  { code: 'refund-means-invalid', field: 'invoice.paymentMeans', bad: variant(fr, (d) => {
    d.invoice.typeCode = '381';
    d.invoice.precedingInvoice = { number: 'F2024-0099', issueDate: '2024-12-10' };
    d.invoice.paymentMeans = { code: '30' };
  }), good: variant(fr, (d) => {
    d.invoice.typeCode = '381';
    d.invoice.precedingInvoice = { number: 'F2024-0099', issueDate: '2024-12-10' };
    d.invoice.paymentMeans = { code: '42' };
  }) },
  { code: 'text-not-printable', field: 'lines.0.description', bad: variant(fr, (d) => void (d.lines[0]!.description = 'Prestation \u{E000}')), good: variant(fr, (d) => void (d.lines[0]!.description = 'Prestation 中文 한국어 🍕')) },
  { code: 'franchise-vat-charged', field: 'lines.0.vatCategory', bad: variant(fr, (d) => void (d.lines[0] = { ...d.lines[0]!, vatCategory: 'S', vatRate: '20', vatExemptionCode: undefined })), good: fr() },
  { code: 'franchise-mention-missing', field: 'lines', bad: variant(fr, (d) => void (d.lines[0]!.vatExemptionCode = 'VATEX-FR-CGI261-4')), good: variant(fr, (d) => void d.lines.push({ ...d.lines[0]!, vatExemptionCode: 'VATEX-FR-FRANCHISE' })) },
  { code: 'franchise-code-without-franchise', field: 'lines.0.vatExemptionCode', bad: variant(fr, (d) => void (d.seller.vatFranchise = false)), good: variant(fr, (d) => {
    d.seller.vatFranchise = false;
    d.lines[0]!.vatExemptionCode = 'VATEX-FR-CGI261-4';
  }) },
  { code: 'seller-vat-number-missing', field: 'seller.vatNumber', bad: variant(vat, (d) => void delete d.seller.vatNumber), good: variant(vat, (d) => {
    delete d.seller.vatNumber;
    for (const line of d.lines) Object.assign(line, { vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-CGI261-4' });
  }) },
  { code: 'seller-tax-registration-missing', field: 'seller.siret', bad: variant(fr, (d) => void (d.seller.siret = '73282932000075')), good: variant(fr, (d) => {
    d.seller.siret = '73282932000075';
    d.seller.vatNumber = 'FR44732829320';
  }) },
  { code: 'buyer-vat-number-missing', field: 'buyer.vatNumber', bad: variant(vat, (d) => void Object.assign(d.lines[0]!, { vatCategory: 'AE', vatRate: '0' })), good: variant(vat, (d) => {
    Object.assign(d.lines[0]!, { vatCategory: 'AE', vatRate: '0' });
    d.buyer.siret = '21440109300015';
  }) },
  { code: 'vat-not-subject-mixed', field: 'lines.1.vatCategory', bad: variant(vat, (d) => void Object.assign(d.lines[1]!, { vatCategory: 'O', vatRate: '0' })), good: variant(vat, (d) => {
    for (const line of d.lines) Object.assign(line, { vatCategory: 'O', vatRate: '0' });
    delete d.seller.vatNumber;
  }) },
  { code: 'vat-exemption-conflict', field: 'lines.1.vatExemptionCode', bad: variant(fr, (d) => void d.lines.push({ ...d.lines[0]!, vatExemptionCode: 'VATEX-FR-CGI261-4' })), good: variant(fr, (d) => void d.lines.push({ ...d.lines[0]! })) },
  { code: 'intra-community-delivery-missing', field: 'invoice.deliveryCountryCode', bad: variant(vat, (d) => {
    for (const line of d.lines) Object.assign(line, { vatCategory: 'K', vatRate: '0' });
    d.buyer.vatNumber = 'DE123456789';
  }), good: variant(vat, (d) => {
    for (const line of d.lines) Object.assign(line, { vatCategory: 'K', vatRate: '0' });
    d.buyer.vatNumber = 'DE123456789';
    d.invoice.deliveryCountryCode = 'DE';
  }) },
  { code: 'buyer-siret-invalid', field: 'buyer.siret', bad: variant(fr, (d) => void delete d.buyer.siret), good: variant(fr, (d) => void (d.buyer.kind = 'private')) },
  { code: 'chorus-service-code-missing', field: 'invoice.serviceCode', bad: variant(fr, (d) => void (d.invoice.serviceCode = '  ')), good: variant(fr, (d) => {
    d.invoice.serviceCode = undefined;
    d.buyer.chorus!.serviceCodeRequired = false;
  }) },
  { code: 'chorus-service-code-unknown', field: 'invoice.serviceCode', bad: variant(fr, (d) => void (d.invoice.serviceCode = 'SERV-FIN-02')), good: variant(fr, (d) => {
    d.invoice.serviceCode = 'ANY';
    d.buyer.chorus!.services = [];
  }) },
  { code: 'chorus-service-code-inactive', field: 'invoice.serviceCode', bad: variant(fr, (d) => void (d.invoice.serviceCode = 'SERV-OLD')), good: variant(fr, (d) => void (d.buyer.chorus!.services[1]!.active = true)) },
  { code: 'chorus-engagement-missing', field: 'invoice.engagementNumber', bad: variant(fr, (d) => void delete d.invoice.engagementNumber), good: variant(fr, (d) => {
    delete d.invoice.engagementNumber;
    d.buyer.chorus!.engagementRequired = false;
  }) },
  { code: 'chorus-engagement-too-long', field: 'invoice.engagementNumber', bad: variant(fr, (d) => void (d.invoice.engagementNumber = 'E'.repeat(51))), good: variant(fr, (d) => void (d.invoice.engagementNumber = 'E'.repeat(50))) },
  { code: 'chorus-service-or-engagement-missing', field: 'invoice.engagementNumber', bad: variant(fr, (d) => {
    engagementOnly(d);
    d.invoice.serviceCode = undefined;
    d.invoice.engagementNumber = undefined;
  }), good: variant(fr, (d) => {
    engagementOnly(d);
    d.invoice.engagementNumber = undefined;
  }) },
  { code: 'chorus-invoice-number-invalid', field: 'invoice.number', bad: variant(fr, (d) => void (d.invoice.number = 'F2025 0001')), good: variant(fr, (d) => void (d.invoice.number = 'Fa-2025_12/0001+A1b2')) },
];

describe('checkInvoice', () => {
  it('finds nothing to say about the two clean fixtures', () => {
    expect(checkInvoice(fr(), { today })).toEqual([]);
    expect(checkInvoice(vat(), { today })).toEqual([]);
    expect(InvoiceDocumentSchema.safeParse(fr()).success).toBe(true);
    expect(InvoiceDocumentSchema.safeParse(vat()).success).toBe(true);
  });

  it('has exactly one case per finding code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...CHECK_FINDING_CODES].sort());
  });

  describe.each(cases)('$code', ({ code, field, bad, good }) => {
    it(`reports it on ${field} with a French message`, () => {
      const finding = checkInvoice(bad, { today }).find((f) => f.code === code);
      expect(finding).toBeDefined();
      expect(finding?.field).toBe(field);
      expect(finding?.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ]{3}/);
      expect(finding?.message).not.toMatch(/ [:;?!]/); // our typography: no-break space before those
    });
    it('stays silent on the closest valid document', () => {
      expect(codesOf(good)).not.toContain(code);
    });
  });

  it('asks for the engagement number the way the product brief says', () => {
    const findings = checkInvoice(variant(fr, (d) => void delete d.invoice.engagementNumber), { today });
    expect(findings.find((f) => f.code === 'chorus-engagement-missing')?.message).toBe(
      '«\u00a0Commune de Nantes\u00a0» exige un numéro d’engagement\u00a0: demandez-le au service qui a passé la commande.',
    );
  });

  it('does not repeat the "either" rule when a required code is already reported missing', () => {
    const doc = variant(fr, (d) => {
      d.buyer.chorus!.serviceOrEngagementRequired = true;
      d.invoice.serviceCode = undefined;
      d.invoice.engagementNumber = undefined;
    });
    expect(codesOf(doc)).toEqual(['chorus-service-code-missing', 'chorus-engagement-missing']);
  });

  it('applies Chorus Pro rules to public buyers only', () => {
    const doc = variant(fr, (d) => {
      d.buyer.kind = 'private';
      d.invoice.number = 'F 2025 / n° 0001 (trop long)';
      delete d.invoice.engagementNumber;
      delete d.buyer.siret;
    });
    expect(codesOf(doc)).toEqual([]);
  });

  it('separates errors that block issuing from warnings that do not', () => {
    const warned = checkInvoice(variant(fr, (d) => void delete d.invoice.deliveryDate), { today });
    expect(warned.map((f) => f.severity)).toEqual(['warning']);
    expect(canIssue(warned)).toBe(true);
    const blocked = checkInvoice(variant(fr, (d) => void (d.lines = [])), { today });
    expect(canIssue(blocked)).toBe(false);
  });

  it('reports the line number in the message and the field', () => {
    const doc = variant(fr, (d) => {
      d.lines.push({ ...d.lines[0]! }, { ...d.lines[0]!, quantity: '0' });
    });
    const finding = checkInvoice(doc, { today }).find((f) => f.code === 'line-quantity-zero');
    expect(finding).toMatchObject({ field: 'lines.2.quantity', severity: 'error' });
    expect(finding?.message).toMatch(/^Ligne 3\u00a0:/);
  });
});

describe('checkInvoice on a franchise seller who charged VAT', () => {
  it('asks to remove the VAT rather than to add a VAT number', () => {
    const doc = variant(fr, (d) => void (d.lines[0] = { ...d.lines[0]!, vatCategory: 'S', vatRate: '20', vatExemptionCode: undefined }));
    expect(codesOf(doc)).toEqual(['franchise-vat-charged', 'franchise-mention-missing']);
  });
});
