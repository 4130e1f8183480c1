import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { InvoiceLine } from '@shared/invoicing/invoice-line';
import { Address, Seller } from '@shared/invoicing/party';
import { effectiveDueDate, effectiveIban, hasEiMention, registrationMention, sellerSiren } from '@shared/invoicing/seller-mentions';
import { findUnit, UNIT_CODES } from '@shared/invoicing/units';
import { franchiseInvoiceToTownHall, vatInvoiceToCompany } from './invoice-fixtures';

function problems(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const line = vatInvoiceToCompany().lines[0]!;
const seller = franchiseInvoiceToTownHall().seller;
const address = seller.address;

describe('the InvoiceDocument schema', () => {
  it('accepts the fixtures unchanged', () => {
    const doc = franchiseInvoiceToTownHall();
    expect(InvoiceDocument.parse(doc)).toEqual(doc);
  });

  it('is strict: an unknown field is an error, not silently dropped', () => {
    expect(Object.keys(problems(InvoiceDocument, { ...franchiseInvoiceToTownHall(), extra: 1 }))).toEqual(['']);
    expect(InvoiceDocument.safeParse({ ...franchiseInvoiceToTownHall(), invoice: { ...franchiseInvoiceToTownHall().invoice, currency: 'USD' } }).success).toBe(false);
  });

  it('can be published as JSON Schema, with strings, integers and booleans only', () => {
    const schema = JSON.stringify(z.toJSONSchema(InvoiceDocument, { io: 'input' }));
    const types = new Set([...schema.matchAll(/"type":"(\w+)"/g)].map((m) => m[1]));
    expect([...types].sort()).toEqual(['array', 'boolean', 'integer', 'object', 'string']);
  });
});

describe('invoice lines', () => {
  it.each([
    [{ quantity: '1,5' }, 'quantity', /doit être un nombre d’au plus 9 chiffres avant la virgule et 4 après \(ex.\u00a0: 12.5\)/],
    [{ quantity: '1.23456' }, 'quantity', /4 après/],
    [{ unitPrice: '-1' }, 'unitPrice', /nombre positif/],
    [{ unitCode: 'XYZ' }, 'unitCode', /Choisissez une unité/],
    [{ vatRate: '7' }, 'vatRate', /n’existe pas pour/],
    [{ vatCategory: 'E', vatRate: '0' }, 'vatRate', /Indiquez le motif d’exonération/],
    [{ vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-EU-G' }, 'vatExemptionCode', /ne convient pas/],
    [{ description: '   ' }, 'description', /La désignation est obligatoire/],
    [{ allowanceCents: 1.5 }, 'allowanceCents', /nombre entier de centimes/],
    [{ quantity: '999999999', unitPrice: '999999999' }, 'quantity', /dépasse 10 milliards/],
  ])('refuses %o at %s', (change, path, message) => {
    expect(problems(InvoiceLine, { ...line, ...change })[path]).toMatch(message);
  });

  it('accepts negative quantities (returns) and 4-decimal prices', () => {
    expect(problems(InvoiceLine, { ...line, quantity: '-2.5', unitPrice: '0.0001' })).toEqual({});
  });

  it('knows French labels for the units it accepts', () => {
    expect(findUnit('HUR')?.label).toBe('heure');
    expect(findUnit('C62')?.label).toBe('unité');
    expect(findUnit('E48')?.label).toBe('service');
    expect(UNIT_CODES).toEqual(expect.arrayContaining(['C62', 'HUR', 'DAY', 'MON', 'KGM', 'MTR', 'LTR', 'H87', 'SET', 'E48']));
  });
});

describe('parties', () => {
  it('checks identifiers and wants them compact', () => {
    expect(problems(Seller, { ...seller, siret: '73282932000075' }).siret).toMatch(/clé de contrôle est fausse/);
    expect(problems(Seller, { ...seller, siret: '732 829 320 00074' }).siret).toBe('Enregistrez le SIRET sans espaces, en majuscules.');
    expect(problems(Seller, { ...seller, vatNumber: 'FR45732829320' }).vatNumber).toMatch(/clé de ce numéro de TVA/);
    expect(problems(Seller, { ...seller, iban: 'FR7730006000011234567890189' }).iban).toMatch(/clé de contrôle/);
    expect(problems(Seller, { ...seller, bic: 'BNPAFRP' }).bic).toMatch(/8 ou 11/);
    expect(problems(Seller, { ...seller, email: 'jean@' }).email).toMatch(/adresse e-mail/);
    expect(problems(Seller, { ...seller, registration: { kind: 'rcs' } })['registration.city']).toMatch(/obligatoire/);
  });

  it('checks French postcodes only for French addresses', () => {
    expect(problems(Address, { ...address, postcode: '2A004' }).postcode).toMatch(/En Corse/);
    expect(problems(Address, { ...address, postcode: '1000', countryCode: 'BE' })).toEqual({});
    expect(problems(Address, { ...address, countryCode: 'fr' }).countryCode).toMatch(/2 lettres majuscules/);
  });
});

describe('derived values', () => {
  it('derives the SIREN, the due date, the IBAN and the register mention', () => {
    const doc = franchiseInvoiceToTownHall();
    expect(sellerSiren(doc.seller)).toBe('732829320');
    expect(effectiveDueDate(doc.invoice)).toBe('2025-02-14');
    expect(effectiveDueDate({ ...doc.invoice, dueDate: '2025-02-01' })).toBe('2025-02-01');
    expect(effectiveIban(doc)).toBe('FR7630006000011234567890189');
    expect(registrationMention(doc.seller)).toBe('Dispensé d’immatriculation au RCS et au RM');
    expect(registrationMention({ registration: { kind: 'rcs', city: 'Lyon' } })).toBe('RCS Lyon');
  });

  it.each([
    ['Jean Dupont EI', true],
    ['EI Jean Dupont', true],
    ['Jean Dupont (E.I.)', true],
    ['Jean Dupont, entrepreneur individuel', true],
    ['Jean Dupont', false],
    ['Reine Dupont', false], // "ei" inside a word does not count
    ['SEIGNEUR Jean', false],
  ])('EI mention in %j: %s', (name, expected) => {
    expect(hasEiMention(name)).toBe(expected);
  });
});
