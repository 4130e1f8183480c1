import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b2gHeadline, buildCalendar, nextDates } from '@shared/calendar/build-calendar';
import type { CalendarProfile } from '@shared/calendar/calendar-profile';
import { COMPANY_CATEGORIES } from '@shared/calendar/company-category';
import { APP_ROUTES } from '@shared/calendar/obligation-types';
import { expectFrenchText } from './french-typography';

const baker: CalendarProfile = {
  headcount: 1,
  vatFranchise: false,
  sellsTo: { publicBuyers: true, companies: false, individuals: true },
};

const entry = (profile: CalendarProfile, today: string, id: string) => {
  const found = buildCalendar(profile, today).entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('buildCalendar: texts', () => {
  it('says plainly that Chorus Pro is compulsory for a micro-enterprise since 1 January 2020', () => {
    const calendar = buildCalendar(baker, '2026-11-27');
    expect(b2gHeadline(calendar)).toBe(
      'La facturation électronique via Chorus Pro est obligatoire pour vous depuis le 1er janvier 2020.',
    );
    const micro = entry(baker, '2026-11-27', 'b2g-micro');
    expect(micro).toMatchObject({ applies: true, status: 'in_force', route: 'invoices', dateLabel: '1er janvier 2020' });
    expect(micro.shortDate).toBe('01/01/2020');
  });

  it('announces it the day before, with the distance', () => {
    expect(entry(baker, '2019-12-31', 'b2g-micro').text).toBe(
      'La facturation électronique via Chorus Pro sera obligatoire pour vous à partir du 1er janvier 2020 (demain).',
    );
    expect(entry(baker, '2019-12-20', 'b2g-micro').text).toContain('(dans 12 jours)');
  });

  it('still shows the whole B2G timeline, and tells a smaller company which date is its own', () => {
    const ge = entry(baker, '2026-11-27', 'b2g-ge');
    expect(ge.applies).toBe(false);
    expect(ge.status).toBe('passed');
    expect(ge.text).toBe(
      'Obligatoire à compter du 1er janvier 2017 pour les grandes entreprises (5\u202f000 salariés ou plus) et les entités publiques.',
    );
    expect(ge.notApplicableReason).toBe(
      'Cette date concerne d’autres entreprises : la vôtre est une micro-entreprise (moins de 10 salariés). Pour vous, la date à retenir est le 1er janvier 2020.',
    );
  });

  it('explains that B2G does not apply to a company that sells to no public buyer', () => {
    const plumber: CalendarProfile = { ...baker, sellsTo: { publicBuyers: false, companies: true, individuals: true } };
    const micro = entry(plumber, '2026-11-27', 'b2g-micro');
    expect(micro.applies).toBe(false);
    expect(micro.notApplicableReason).toMatch(/^Cela concerne les ventes aux acheteurs publics .* vous avez indiqué ne pas en faire\./);
    expect(b2gHeadline(buildCalendar(plumber, '2026-11-27'))).toBeNull();
  });

  it('e-reporting concerns sales to individuals or companies, not a public-buyers-only business', () => {
    const townSupplier: CalendarProfile = { ...baker, sellsTo: { publicBuyers: true, companies: false, individuals: false } };
    const reporting = entry(townSupplier, '2026-11-27', 'b2b-e-reporting-sme');
    expect(reporting.applies).toBe(false);
    expect(reporting.notApplicableReason).toContain('aux particuliers ou aux entreprises');
    expect(entry(baker, '2026-11-27', 'b2b-e-reporting-sme').applies).toBe(true);
  });

  it('receiving e-invoices concerns everyone, and the VAT franchise does not exempt from it', () => {
    const franchised: CalendarProfile = { ...baker, vatFranchise: true };
    const reception = entry(franchised, '2026-11-27', 'b2b-reception');
    expect(reception.applies).toBe(true);
    expect(reception.text).toBe(
      'Vous devez pouvoir recevoir les factures électroniques de vos fournisseurs depuis le 1er septembre 2026. La franchise en base de TVA ne vous en dispense pas.',
    );
    expect(reception.route).toBeNull();
  });

  it('the VAT franchise reminder shows only under the franchise', () => {
    expect(entry({ ...baker, vatFranchise: true }, '2026-11-27', 'duty-vat-franchise-thresholds')).toMatchObject({
      applies: true,
      isReminder: true,
      status: 'in_force',
    });
    const notFranchised = entry(baker, '2026-11-27', 'duty-vat-franchise-thresholds');
    expect(notFranchised.applies).toBe(false);
    expect(notFranchised.notApplicableReason).toContain('franchise en base de TVA');
  });

  it('says "since your company was created" for a company younger than the rule', () => {
    const young: CalendarProfile = { ...baker, creationDate: '2024-03-03' };
    expect(entry(young, '2026-11-27', 'b2g-micro').text).toBe(
      'La facturation électronique via Chorus Pro est obligatoire pour vous depuis la création de votre entreprise, le 3 mars 2024.',
    );
    const old: CalendarProfile = { ...baker, creationDate: '2012-06-01' };
    expect(entry(old, '2026-11-27', 'b2g-micro').text).toContain('depuis le 1er janvier 2020.');
  });

  it('a declared category wins over the headcount', () => {
    const calendar = buildCalendar({ ...baker, headcount: 8, category: 'eti' }, '2026-11-27');
    expect(calendar.category).toEqual({ category: 'eti', origin: 'declared' });
    expect(calendar.entries.find((e) => e.id === 'b2g-eti')?.applies).toBe(true);
  });

  it('carries the penalties and the facts still to confirm', () => {
    const issuing = entry({ ...baker, sellsTo: { publicBuyers: false, companies: true, individuals: false } }, '2026-11-27', 'b2b-issuing-sme');
    expect(issuing.penalty).toContain('15\u00a0€ par facture');
    expect(issuing.toConfirm).toContain('50\u00a0€');
    expect(entry(baker, '2026-11-27', 'b2b-e-reporting-sme').penalty).toContain('250\u00a0€');
    expect(entry(baker, '2026-11-27', 'b2b-new-mentions-sme').source).toContain('2024-266');
  });

  it('refuses a malformed date or profile', () => {
    expect(() => buildCalendar(baker, '27/11/2026')).toThrow(RangeError);
    expect(() => buildCalendar({ vatFranchise: false, sellsTo: baker.sellsTo }, '2026-11-27')).toThrow();
  });
});

describe('buildCalendar: the technical password', () => {
  it('is a standing duty until the saving date is known', () => {
    const password = entry(baker, '2026-11-27', 'chorus-technical-password');
    expect(password).toMatchObject({ kind: 'duty', applies: true, date: null, route: 'settings.chorus' });
    expect(password.text).toContain('tous les 424 jours');
  });

  it('becomes a dated deadline, overdue once expired', () => {
    const saved: CalendarProfile = { ...baker, technicalPasswordSavedOn: '2025-01-01' };
    const ahead = entry(saved, '2026-02-01', 'chorus-technical-password');
    expect(ahead).toMatchObject({ kind: 'deadline', date: '2026-03-01', status: 'upcoming', daysUntil: 28, isOverdue: false });
    const expired = entry(saved, '2026-03-01', 'chorus-technical-password');
    expect(expired).toMatchObject({ status: 'passed', isOverdue: true, daysUntil: 0 });
  });

  it('does not concern a company without public buyers', () => {
    const noB2g: CalendarProfile = {
      ...baker,
      technicalPasswordSavedOn: '2025-01-01',
      sellsTo: { publicBuyers: false, companies: true, individuals: false },
    };
    expect(entry(noB2g, '2026-11-27', 'chorus-technical-password')).toMatchObject({ applies: false, isOverdue: false });
  });
});

describe('nextDates', () => {
  it('lists this company’s next dates, earliest first', () => {
    const calendar = buildCalendar({ ...baker, sellsTo: { publicBuyers: true, companies: true, individuals: true } }, '2026-08-31');
    expect(nextDates(calendar, 10).map((e) => e.id)).toEqual([
      'b2b-reception',
      'b2b-issuing-sme',
      'b2b-e-reporting-sme',
      'b2b-new-mentions-sme',
    ]);
    expect(nextDates(calendar, 1).map((e) => e.id)).toEqual(['b2b-reception']);
    expect(nextDates(calendar, 0)).toEqual([]);
  });

  it('puts an expired password first', () => {
    const calendar = buildCalendar({ ...baker, technicalPasswordSavedOn: '2025-01-01' }, '2027-01-10');
    expect(nextDates(calendar, 2).map((e) => e.id)).toEqual(['chorus-technical-password', 'b2b-e-reporting-sme']);
  });

  it('is empty once every date has passed', () => {
    expect(nextDates(buildCalendar(baker, '2030-01-01'), 5)).toEqual([]);
  });
});

describe('buildCalendar: invariants over any profile and day', () => {
  const profile = fc.record({
    headcount: fc.nat(20_000),
    category: fc.option(fc.constantFrom(...COMPANY_CATEGORIES), { nil: undefined }),
    vatFranchise: fc.boolean(),
    sellsTo: fc.record({ publicBuyers: fc.boolean(), companies: fc.boolean(), individuals: fc.boolean() }),
  });
  const day = fc
    .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('every entry is coherent', () => {
    fc.assert(
      fc.property(profile, day, fc.nat(20), (p, today, n) => {
        const calendar = buildCalendar(p, today);
        const ids = calendar.entries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of calendar.entries) {
          expect(e.applies).toBe(e.notApplicableReason === null);
          expectFrenchText(e.text, { isSentence: true });
          if (e.notApplicableReason !== null) expectFrenchText(e.notApplicableReason, { isSentence: true });
          if (e.route !== null) expect(APP_ROUTES).toContain(e.route);
          if (e.status === 'upcoming') expect(e.daysUntil).toBeGreaterThan(0);
          if (e.status === 'in_force') expect(e.applies).toBe(true);
          if (e.kind === 'milestone' && e.applies) expect(e.status).not.toBe('passed');
        }
        const next = nextDates(calendar, n);
        expect(next.length).toBeLessThanOrEqual(n);
        expect(next.every((e) => e.applies)).toBe(true);
        expect(next.map((e) => e.date)).toEqual([...next.map((e) => e.date)].sort());
      }),
    );
  });

  it('each B2G, issuing and e-reporting series gives at most one date to a company', () => {
    fc.assert(
      fc.property(profile, day, (p, today) => {
        const calendar = buildCalendar(p, today);
        for (const series of ['b2g-chorus', 'b2b-issuing', 'b2b-e-reporting']) {
          const own = calendar.entries.filter((e) => e.series === series && e.applies);
          expect(own.length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
