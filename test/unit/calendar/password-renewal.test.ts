import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarProfile } from '@shared/calendar';
import { formatLongDate, formatShortDate } from '@shared/dates/french-dates';
import { addDays, daysBetween } from '@shared/dates/iso-date';
import {
  TECHNICAL_PASSWORD_REMINDER_DAYS,
  TECHNICAL_PASSWORD_VALIDITY_DAYS,
  technicalPasswordRenewal,
} from '@shared/calendar/password-renewal';

const calendarProfile: CalendarProfile = { headcount: 1, vatFranchise: true, sellsTo: { publicBuyers: true, companies: false, individuals: false } };

describe('technicalPasswordRenewal (every 424 days)', () => {
  const savedOn = '2025-01-01';

  it('expires 424 days after it was saved, with a reminder 15 days before', () => {
    // 2025 has 365 days: 2025-01-01 + 365 = 2026-01-01, + 59 more = 2026-03-01.
    const renewal = technicalPasswordRenewal(savedOn, '2025-01-01');
    expect(TECHNICAL_PASSWORD_VALIDITY_DAYS).toBe(424);
    expect(renewal.expiresOn).toBe('2026-03-01');
    expect(renewal.remindFrom).toBe('2026-02-14');
    expect(renewal.daysLeft).toBe(424);
    expect(renewal.status).toBe('valid');
    expect(renewal.text).toBe('Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au 28 février 2026.');
  });

  it.each([
    ['2026-02-13', 'valid', 16],
    ['2026-02-14', 'renew_soon', 15],
    ['2026-02-28', 'renew_soon', 1],
    ['2026-03-01', 'expired', 0],
    ['2026-03-02', 'expired', -1],
  ] as const)('on %s it is %s (%i days left)', (today, status, daysLeft) => {
    const renewal = technicalPasswordRenewal(savedOn, today);
    expect(renewal.status).toBe(status);
    expect(renewal.daysLeft).toBe(daysLeft);
  });

  it('words each state in French', () => {
    expect(technicalPasswordRenewal(savedOn, '2026-02-27').text).toBe(
      'Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au 28 février 2026 (demain) : renouvelez-le dès maintenant.',
    );
    expect(technicalPasswordRenewal(savedOn, '2026-02-28').text).toContain('valable jusqu’au 28 février 2026 (aujourd’hui)');
    expect(technicalPasswordRenewal(savedOn, '2026-03-05').text).toBe(
      'Le mot de passe de votre compte technique Chorus Pro était valable jusqu’au 28 février 2026 : renouvelez-le pour reprendre vos envois.',
    );
  });

  it('names one renewal date everywhere: Accueil, Réglages and the calendar say the same day', () => {
    const profile = { ...calendarProfile, technicalPasswordSavedOn: savedOn };
    for (const today of ['2025-06-01', '2026-02-20', '2026-02-28', '2026-03-01', '2026-04-01']) {
      const renewal = technicalPasswordRenewal(savedOn, today);
      const entry = buildCalendar(profile, today).entries.find((e) => e.id === 'chorus-technical-password');
      expect(renewal.renewBy).toBe('2026-02-28');
      expect(entry).toMatchObject({ date: renewal.renewBy, shortDate: formatShortDate(renewal.renewBy), dateLabel: formatLongDate(renewal.renewBy) });
      // The sentence Accueil and Réglages both show names that day and no other.
      expect(renewal.text).toContain(formatLongDate(renewal.renewBy));
      expect(renewal.text).not.toContain(formatLongDate(renewal.expiresOn));
      expect(entry?.text).toBe(renewal.text);
    }
  });

  it('status follows the days left, whatever the dates', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -100, max: 600 }), (saved, elapsed) => {
        const renewal = technicalPasswordRenewal(saved, addDays(saved, elapsed));
        expect(daysBetween(saved, renewal.expiresOn)).toBe(TECHNICAL_PASSWORD_VALIDITY_DAYS);
        expect(renewal.daysLeft).toBe(TECHNICAL_PASSWORD_VALIDITY_DAYS - elapsed);
        const expected =
          renewal.daysLeft <= 0 ? 'expired' : renewal.daysLeft <= TECHNICAL_PASSWORD_REMINDER_DAYS ? 'renew_soon' : 'valid';
        expect(renewal.status).toBe(expected);
      }),
    );
  });
});
