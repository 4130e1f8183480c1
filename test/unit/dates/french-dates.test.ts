import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '@shared/dates/date-schema';
import { formatDayDistance, formatLongDate, formatShortDate, parisToday } from '@shared/dates/french-dates';
import { addDays, daysBetween, isIsoDate } from '@shared/dates/iso-date';

// Any real calendar day from 1990 to 2100, as an ISO string.
const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('formatLongDate', () => {
  it.each([
    ['2020-01-01', '1er janvier 2020'],
    ['2026-09-01', '1er septembre 2026'],
    ['2026-08-15', '15 août 2026'],
    ['2027-02-02', '2 février 2027'],
    ['2024-12-31', '31 décembre 2024'],
    ['2024-02-29', '29 février 2024'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it('writes 1er only on the first of the month', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        expect(formatLongDate(iso).startsWith('1er ')).toBe(iso.endsWith('-01'));
      }),
    );
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2020-01-01', '01/01/2020'],
    ['2026-09-01', '01/09/2026'],
    ['2024-12-31', '31/12/2024'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });

  it('round-trips to the ISO date', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const [day, month, year] = formatShortDate(iso).split('/');
        expect(`${year}-${month}-${day}`).toBe(iso);
      }),
    );
  });
});

describe('ISO dates', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-9-1', '01/09/2026', '', '2026-09-01T00:00:00Z'])(
    'rejects %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => formatLongDate(value)).toThrow(RangeError);
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    },
  );

  it('accepts leap days and rejects non-strings', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate(20240229)).toBe(false);
    expect(IsoDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('La date n’existe pas dans le calendrier.');
    expect(IsoDateSchema.safeParse('2026-13-01').error?.issues[0]?.message).toBe('La date n’existe pas dans le calendrier.');
    expect(IsoDateSchema.safeParse('27/11/2026').error?.issues[0]?.message).toBe('La date doit être une date au format AAAA-MM-JJ.');
  });

  it('addDays crosses months, years and daylight-saving changes', () => {
    expect(addDays('2026-08-31', 1)).toBe('2026-09-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-09-01', '2027-09-01')).toBe(365);
    expect(daysBetween('2027-09-01', '2028-09-01')).toBe(366);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -5000, max: 5000 }), (iso, n) => {
        const later = addDays(iso, n);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(iso, later)).toBe(n);
      }),
    );
  });

  it('formats day distances in French', () => {
    expect(formatDayDistance(0)).toBe('aujourd’hui');
    expect(formatDayDistance(1)).toBe('demain');
    expect(formatDayDistance(-1)).toBe('hier');
    expect(formatDayDistance(12)).toBe('dans 12 jours');
    expect(formatDayDistance(-3)).toBe('il y a 3 jours');
  });
});

describe('parisToday', () => {
  it.each([
    // Summer time (UTC+2): Paris midnight is 22:00 UTC the day before.
    ['2026-08-31T21:59:59.999Z', '2026-08-31'],
    ['2026-08-31T22:00:00Z', '2026-09-01'],
    ['2026-08-31T22:30:00Z', '2026-09-01'],
    ['2027-08-31T22:00:00Z', '2027-09-01'],
    // Winter time (UTC+1): Paris midnight is 23:00 UTC the day before.
    ['2019-12-31T22:59:59.999Z', '2019-12-31'],
    ['2019-12-31T23:00:00Z', '2020-01-01'],
    ['2019-12-31T23:30:00Z', '2020-01-01'],
    ['2020-01-01T00:30:00Z', '2020-01-01'],
    // Around the daylight-saving changes themselves.
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // Midday UTC is the same day in Paris.
    ['2026-11-27T12:00:00Z', '2026-11-27'],
  ])('%s is %s in Paris', (instant, expected) => {
    expect(parisToday(new Date(instant))).toBe(expected);
  });

  it('always returns a valid ISO date within a day of the UTC date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (now) => {
          const today = parisToday(now);
          expect(isIsoDate(today)).toBe(true);
          expect([0, 1]).toContain(daysBetween(now.toISOString().slice(0, 10), today));
        },
      ),
    );
  });
});
