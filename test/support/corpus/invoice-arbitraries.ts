import fc from 'fast-check';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { InvoiceLine } from '@shared/invoicing/invoice-line';
import type { UnitCode } from '@shared/invoicing/units';
import { UNIT_CODES } from '@shared/invoicing/units';
import { makeDocument } from './corpus-builders';
import { buyers, IBAN_OTHER, sellers } from './corpus-parties';

/**
 * Random invoices for the differential tests: every combination a user can reach in the editor
 * (franchise or VAT seller, public or private buyer, rates, allowances, credit notes, prepaid amounts,
 * payment terms and means, awkward texts). Callers keep those checkInvoice accepts.
 */
const decimal = (maxInteger: number, maxDecimals: number, allowNegative = false) =>
  fc
    .tuple(fc.integer({ min: allowNegative ? -maxInteger : 0, max: maxInteger }), fc.integer({ min: 0, max: 10 ** maxDecimals - 1 }), fc.integer({ min: 0, max: maxDecimals }))
    .map(([integer, fraction, decimals]) => {
      const digits = String(fraction).padStart(maxDecimals, '0').slice(0, decimals);
      const sign = integer < 0 ? '-' : '';
      return `${sign}${Math.abs(integer)}${digits ? `.${digits}` : ''}`;
    });

const awkwardText = fc.oneof(
  fc.constantFrom('Prestation', 'Développement & tests <unitaires>', 'Livraison "express" l\'après-midi', 'Café ☕ et croissants 🥐', 'Œuvre — « création » ; 100 %', 'Ligne\tavec\ttabulations\net retour'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
);

const unit = fc.constantFrom<UnitCode>(...UNIT_CODES);

type VatChoice = Pick<InvoiceLine, 'vatCategory' | 'vatRate' | 'vatExemptionCode'>;
const FRANCHISE: VatChoice = { vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' };
const vatChoice = fc.constantFrom<VatChoice>(
  { vatCategory: 'S', vatRate: '20' },
  { vatCategory: 'S', vatRate: '10' },
  { vatCategory: 'S', vatRate: '5.5' },
  { vatCategory: 'S', vatRate: '2.1' },
  { vatCategory: 'Z', vatRate: '0' },
  { vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-CGI261-4' },
);

const line = (vat: fc.Arbitrary<VatChoice>) =>
  fc.record({
    description: awkwardText,
    quantity: decimal(999, 4, true).filter((q) => !/^-?0(\.0*)?$/.test(q)),
    unitCode: unit,
    unitPrice: decimal(99_999, 4),
    allowanceCents: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    allowanceReason: fc.option(awkwardText, { nil: undefined }),
    vat,
  }).map(({ vat: choice, allowanceCents, allowanceReason, ...rest }): InvoiceLine => ({
    ...rest,
    ...(allowanceCents === undefined ? {} : { allowanceCents, ...(allowanceReason === undefined ? {} : { allowanceReason }) }),
    ...choice,
  }));

export const invoiceDocumentArbitrary: fc.Arbitrary<InvoiceDocument> = fc
  .record({
    franchise: fc.boolean(),
    buyer: fc.constantFrom(buyers.mairie(), buyers.hopital(), buyers.ministere(), buyers.ecole(), buyers.entreprise(), buyers.particulier()),
    creditNote: fc.boolean(),
    lineCount: fc.integer({ min: 1, max: 6 }),
    vatLines: fc.array(line(vatChoice), { minLength: 6, maxLength: 6 }),
    franchiseLines: fc.array(line(fc.constant(FRANCHISE)), { minLength: 6, maxLength: 6 }),
    allowance: fc.option(fc.record({ reason: awkwardText, amountCents: fc.integer({ min: 1, max: 2000 }) }), { nil: undefined }),
    prepaidCents: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    paymentTerms: fc.constantFrom({ kind: 'net' as const, days: 30 }, { kind: 'net' as const, days: 0 }, { kind: 'end-of-month' as const }, { kind: 'net-end-of-month' as const, days: 45 }, { kind: 'on-receipt' as const }),
    paymentMeans: fc.constantFrom({ code: '30' as const }, { code: '58' as const, iban: IBAN_OTHER }, { code: '20' as const }, { code: '48' as const }, { code: '49' as const }, { code: '10' as const }),
    marketNumber: fc.option(fc.constantFrom('MP-2025-01', 'Marché n° 42 & avenant <1>'), { nil: undefined }),
    issueDay: fc.integer({ min: 1, max: 28 }),
  })
  .map((r) => {
    const lines = (r.franchise ? r.franchiseLines : r.vatLines).slice(0, r.lineCount);
    const first = lines[0] as InvoiceLine;
    const allowances = r.allowance ? [{ ...r.allowance, vatCategory: first.vatCategory, vatRate: first.vatRate, ...(first.vatExemptionCode ? { vatExemptionCode: first.vatExemptionCode } : {}) }] : undefined;
    const number = `${r.creditNote ? 'AV' : 'F'}2025-${String(r.issueDay).padStart(4, '0')}`;
    return makeDocument({
      seller: r.franchise ? sellers.meFranchise() : sellers.sarlVat(),
      buyer: r.buyer,
      number,
      lines,
      issueDate: `2025-06-${String(r.issueDay).padStart(2, '0')}`,
      invoice: {
        paymentTerms: r.paymentTerms,
        paymentMeans: r.paymentMeans,
        ...(r.creditNote ? { typeCode: '381' as const, precedingInvoice: { number: 'F2025-0001', issueDate: '2025-01-15' } } : {}),
        ...(allowances ? { allowances } : {}),
        ...(r.prepaidCents ? { prepaidCents: r.prepaidCents } : {}),
        ...(r.marketNumber ? { marketNumber: r.marketNumber } : {}),
      },
    });
  });
