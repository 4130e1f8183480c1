import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CatalogueItemInputSchema } from '@shared/catalogue/catalogue-item';
import { CompanyProfileInputSchema } from '@shared/company/company-profile';
import { CustomerInputSchema } from '@shared/customers/customer';
import { InvoiceDraftInputSchema } from '@shared/invoicing/draft';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { explainIssue, explainMessage, isSchemaText } from '../../../renderer/src/forms/issue-messages';
import { maxLengthAt } from '../../../renderer/src/forms/schema-limits';
import { customerFormSchema, valuesOfCustomer } from '../../../renderer/src/features/invoicing/customers/customer-form-model';
import { frenchToCents, frenchToDecimalString, numberProblem, readFrenchNumber } from '../../../renderer/src/features/invoicing/french-input';

installFrenchValidationMessages();
const line3 = { noun: 'la désignation', context: 'Ligne 3' };

describe('no schema text reaches the user', () => {
  it('recognises zod’s own French texts and leaves the sentences written for people', () => {
    const undefinedObject = z.object({ a: z.string() }).safeParse(undefined).error?.issues[0]?.message ?? '';
    expect(undefinedObject).toBe('Entrée invalide : objet attendu, indéfini reçu');
    expect(isSchemaText(undefinedObject)).toBe(true);
    expect(isSchemaText('Trop grand : chaîne de caractères doit avoir <=200 caractères')).toBe(true);
    expect(isSchemaText('adresse e-mail invalide')).toBe(true);
    expect(isSchemaText('La désignation est obligatoire.')).toBe(false);
    expect(isSchemaText('Le SIRET compte 14 chiffres.')).toBe(false);
  });

  it('rebuilds them as a French sentence naming the field and its line', () => {
    expect(explainMessage('Entrée invalide : objet attendu, indéfini reçu', { noun: 'l’immatriculation (RCS, RM ou dispense)', context: 'Votre entreprise (Réglages)' })).toBe(
      'Votre entreprise (Réglages) : l’immatriculation (RCS, RM ou dispense) est obligatoire.',
    );
    expect(explainMessage('Entrée invalide : chaîne de caractères attendu, indéfini reçu', line3)).toBe('Ligne 3 : la désignation est obligatoire.');
    expect(explainMessage('Trop grand : chaîne de caractères doit avoir <=1000 caractères', line3)).toBe('Ligne 3 : la désignation ne doit pas dépasser 1000 caractères.');
    expect(explainMessage('Trop grand : nombre doit être <=12.5', { noun: 'le taux' })).toBe('Le taux doit valoir au plus 12,5.');
    expect(explainMessage('Option invalide : une valeur parmi "a"|"b" attendue', { noun: 'l’unité', context: 'Ligne 1' })).toBe('Ligne 1 : choisissez l’unité dans la liste.');
    // A sentence already written for people keeps its words, placed on its line.
    expect(explainMessage('La désignation est obligatoire.', line3)).toBe('Ligne 3 : la désignation est obligatoire.');
    expect(explainMessage('Le SIRET compte 14 chiffres.', { noun: 'le SIRET' })).toBe('Le SIRET compte 14 chiffres.');
  });

  it('explains a live zod issue from its code', () => {
    const [issue] = z.object({ designation: z.string().max(5) }).safeParse({ designation: 'beaucoup trop' }).error?.issues ?? [];
    expect(explainIssue(issue!, { noun: 'la désignation' })).toBe('La désignation ne doit pas dépasser 5 caractères.');
  });

  it('the customer form puts each problem on its control, in French, services named by their row', () => {
    const values = valuesOfCustomer(null);
    values.chorus.services.push({ code: '', name: 'Finances', active: true });
    const parsed = customerFormSchema.safeParse(values);
    const messages = Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toMatchObject({
      legalName: 'Le nom du client est obligatoire.',
      siret: expect.stringContaining('SIRET'),
      'address.line1': 'L’adresse est obligatoire.',
      'address.city': 'La ville est obligatoire.',
      'chorus.services.0.code': 'Service 1 : le code service est obligatoire.',
    });
    for (const message of Object.values(messages)) expect(isSchemaText(message)).toBe(false);
  });
});

describe('input limits come from the shared schemas', () => {
  it.each([
    [CustomerInputSchema, 'legalName', 200],
    [CustomerInputSchema, 'address.city', 100],
    [CustomerInputSchema, 'chorus.services.3.code', 100],
    [CompanyProfileInputSchema, 'registration.city', 100],
    [CompanyProfileInputSchema, 'discountConditions', 300],
    [CatalogueItemInputSchema, 'designation', 300],
    [InvoiceDraftInputSchema, 'lines.12.description', 1000],
    [InvoiceDraftInputSchema, 'serviceCode', 100],
  ] as const)('%#: %s', (schema, path, max) => {
    expect(maxLengthAt(schema, path)).toBe(max);
  });

  it('says nothing where the schema sets no limit', () => {
    expect(maxLengthAt(CompanyProfileInputSchema, 'vatFranchise')).toBeUndefined();
    expect(maxLengthAt(CustomerInputSchema, 'nowhere.at.all')).toBeUndefined();
  });
});

describe('numbers typed the French way, or the other way, are read as meant or flagged', () => {
  it.each([
    ['1 234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['12.345.678,9', '12345678.9'],
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['0.125', '0.125'],
    ['45,50 €', '45.5'],
  ])('%s -> %s', (typed, canonical) => {
    expect(frenchToDecimalString(typed)).toBe(canonical);
  });

  it('never reads « 1.234 » silently: a thousand, or one and a quarter?', () => {
    expect(readFrenchNumber('1.234')).toEqual({ kind: 'ambiguous', asThousands: '1\u202f234', asDecimal: '1,234' });
    expect(frenchToDecimalString('1.234')).toBeNull();
    expect(numberProblem('1.234')).toBe('« 1.234 » se lit de deux façons : écrivez 1\u202f234 ou 1,234 (la virgule sépare les décimales).');
  });

  it('amounts in euros: cents exact, or a French message with a French example', () => {
    expect(frenchToCents('1.234,56')).toBe(123456);
    expect(frenchToCents('1 234,56')).toBe(123456);
    expect(frenchToCents('1,234,56')).toBeNull();
    expect(numberProblem('1,234,56', 2)).toBe('Écrivez un montant comme 12,50 ou 1 234,56 (2 décimales au plus).');
    expect(numberProblem('12,345', 2)).toMatch(/2 décimales au plus/);
    expect(numberProblem('', 2)).toBeNull();
  });
});
