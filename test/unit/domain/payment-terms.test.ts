import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShortDate } from '@shared/dates/french-dates';
import { addDays, daysBetween, endOfMonth, fromDayNumber, isIsoDate, toDayNumber } from '@shared/dates/iso-date';
import {
  defaultPaymentNotes,
  discountText,
  latePenaltyText,
  mentionsRecoveryIndemnityAmount,
  NO_DISCOUNT_TEXT,
  RECOVERY_INDEMNITY_TEXT,
} from '@shared/payment-terms/legal-notes';
import { computeDueDate, describePaymentTerms, PaymentTerms } from '@shared/payment-terms/payment-terms';

const NBSP = '\u00a0';
const DAY_MS = 86_400_000;
const dayNumber = fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') });

describe('ISO dates without time zones', () => {
  it('agree with the UTC calendar of Date on every day from year 1000 to 9999', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(new Date(n * DAY_MS).toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(n);
        expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('add days and count them back', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: -5000, max: 5000 }), (n, days) => {
        const from = fromDayNumber(n);
        const to = addDays(from, days);
        if (isIsoDate(to)) expect(daysBetween(from, to)).toBe(days);
      }),
    );
  });

  it.each(['2023-02-29', '2100-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '24-01-01', '2024-1-01', '0999-12-31', ''])('refuses %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-28', true],
  ])('accepts %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it.each([
    ['2025-02-10', '2025-02-28'],
    ['2024-02-10', '2024-02-29'],
    ['2100-02-01', '2100-02-28'],
    ['2000-02-01', '2000-02-29'],
    ['2025-04-30', '2025-04-30'],
    ['2025-12-01', '2025-12-31'],
  ])('the end of the month of %s is %s', (date, end) => {
    expect(endOfMonth(date)).toBe(end);
  });

  it('prints French dates', () => {
    expect(formatShortDate('2025-01-05')).toBe('05/01/2025');
  });
});

describe('due dates', () => {
  it.each<[string, PaymentTerms, string]>([
    ['2025-01-15', { kind: 'net', days: 30 }, '2025-02-14'],
    ['2025-01-31', { kind: 'net', days: 30 }, '2025-03-02'],
    ['2024-01-31', { kind: 'net', days: 30 }, '2024-03-01'], // leap year
    ['2024-12-31', { kind: 'net', days: 60 }, '2025-03-01'],
    ['2025-01-15', { kind: 'net', days: 0 }, '2025-01-15'],
    ['2025-02-10', { kind: 'end-of-month' }, '2025-02-28'],
    ['2024-02-10', { kind: 'end-of-month' }, '2024-02-29'],
    ['2025-01-15', { kind: 'net-end-of-month', days: 45 }, '2025-03-31'],
    ['2024-01-30', { kind: 'net-end-of-month', days: 30 }, '2024-02-29'], // leap: Feb 29 itself is the end
    ['2023-01-30', { kind: 'net-end-of-month', days: 30 }, '2023-03-31'], // not leap: +30 days is March 1st
    ['2025-01-31', { kind: 'net-end-of-month', days: 30 }, '2025-03-31'],
    ['2025-12-15', { kind: 'net-end-of-month', days: 30 }, '2026-01-31'],
    ['2025-06-18', { kind: 'on-receipt' }, '2025-06-18'],
  ])('issued %s, %o -> %s', (issueDate, terms, due) => {
    expect(computeDueDate(issueDate, terms)).toBe(due);
  });

  it('never falls before the issue date', () => {
    const terms = fc.oneof(
      fc.record({ kind: fc.constant('net' as const), days: fc.integer({ min: 0, max: 365 }) }),
      fc.record({ kind: fc.constant('net-end-of-month' as const), days: fc.integer({ min: 1, max: 365 }) }),
      fc.constant({ kind: 'end-of-month' as const }),
      fc.constant({ kind: 'on-receipt' as const }),
    );
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }), terms, (n, t) => {
        const issue = fromDayNumber(n);
        expect(daysBetween(issue, computeDueDate(issue, t))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it.each<[PaymentTerms, string]>([
    [{ kind: 'net', days: 30 }, 'Paiement à 30 jours'],
    [{ kind: 'net', days: 0 }, 'Paiement à réception'],
    [{ kind: 'on-receipt' }, 'Paiement à réception'],
    [{ kind: 'end-of-month' }, 'Paiement fin de mois'],
    [{ kind: 'net-end-of-month', days: 45 }, 'Paiement à 45 jours fin de mois'],
  ])('describes %o in French', (terms, text) => {
    expect(describePaymentTerms(terms)).toBe(text);
  });

  it('validates terms with French messages', () => {
    expect(PaymentTerms.safeParse({ kind: 'net', days: 30 }).success).toBe(true);
    expect(PaymentTerms.safeParse({ kind: 'net', days: -1 }).error?.issues[0]?.message).toBe('Le nombre de jours doit être au moins 0.');
    expect(PaymentTerms.safeParse({ kind: 'net', days: 1.5 }).error?.issues[0]?.message).toBe('Le nombre de jours doit être un nombre entier.');
    expect(PaymentTerms.safeParse({ kind: 'net-end-of-month', days: 0 }).success).toBe(false);
    expect(PaymentTerms.safeParse({ kind: 'end-of-month', days: 30 }).success).toBe(false); // strict
  });
});

describe('payment mentions', () => {
  it('states the €40 indemnity and the discount in the exact words', () => {
    expect(RECOVERY_INDEMNITY_TEXT).toBe(`Indemnité forfaitaire pour frais de recouvrement${NBSP}: 40${NBSP}€`);
    expect(NO_DISCOUNT_TEXT).toBe('Pas d’escompte pour paiement anticipé');
    expect(discountText('  ')).toBe(NO_DISCOUNT_TEXT);
    expect(discountText('Escompte de 1 % pour paiement à 8 jours')).toBe(`Escompte de 1${NBSP}% pour paiement à 8 jours`);
  });

  it('words the late-payment penalties for private and public buyers, or with an agreed rate', () => {
    expect(latePenaltyText()).toMatch(/^Pénalités de retard\u00a0: taux de refinancement de la BCE majoré de 10 points/);
    expect(latePenaltyText({ isPublicBuyer: true })).toMatch(/^Intérêts moratoires .* majoré de 8 points$/);
    expect(latePenaltyText({ annualRatePercent: '12.5' })).toBe(`Pénalités de retard${NBSP}: 12,5${NBSP}% par an, exigibles dès le lendemain de la date d’échéance`);
  });

  it('starts a new invoice with one note of each subject', () => {
    expect(defaultPaymentNotes().map((note) => note.subject)).toEqual(['PMD', 'PMT', 'AAB']);
    expect(defaultPaymentNotes({ discountConditions: 'Escompte 2 %' })[2]?.text).toBe(`Escompte 2${NBSP}%`);
  });

  it.each([
    [RECOVERY_INDEMNITY_TEXT, true],
    ['Indemnité forfaitaire de recouvrement : 40 EUR', true],
    ['Indemnité forfaitaire : 40,00 €', true],
    ['Indemnité forfaitaire : 40 euros', true],
    ['Indemnité forfaitaire prévue à l’article D441-5', false],
    ['Indemnité forfaitaire : 140 €', false],
    ['Indemnité forfaitaire : 4 €', false],
  ])('recognises the amount in %j: %s', (text, expected) => {
    expect(mentionsRecoveryIndemnityAmount(text)).toBe(expected);
  });
});
