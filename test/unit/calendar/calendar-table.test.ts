import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/calendar/build-calendar';
import type { CompanyCategory } from '@shared/calendar/company-category';
import { addDays, formatFrenchDate, parisToday } from '@shared/calendar/french-dates';

/**
 * The law, written out again independently of shared/calendar/obligations.ts: if someone edits a date
 * or a category there by mistake, this table disagrees (compliance-calendar.md §1 and §2).
 */
const LAW: readonly { id: string; date: string; categories: readonly CompanyCategory[] }[] = [
  { id: 'b2g-ge', date: '2017-01-01', categories: ['ge'] },
  { id: 'b2g-eti', date: '2018-01-01', categories: ['eti'] },
  { id: 'b2g-pme', date: '2019-01-01', categories: ['pme'] },
  { id: 'b2g-micro', date: '2020-01-01', categories: ['micro'] },
  { id: 'b2b-reception', date: '2026-09-01', categories: ['micro', 'pme', 'eti', 'ge'] },
  { id: 'b2b-issuing-large', date: '2026-09-01', categories: ['eti', 'ge'] },
  { id: 'b2b-e-reporting-large', date: '2026-09-01', categories: ['eti', 'ge'] },
  // Décret 2024-266: the new mentions follow the issuing dates, by size.
  { id: 'b2b-new-mentions-large', date: '2026-09-01', categories: ['eti', 'ge'] },
  { id: 'b2b-issuing-sme', date: '2027-09-01', categories: ['micro', 'pme'] },
  { id: 'b2b-e-reporting-sme', date: '2027-09-01', categories: ['micro', 'pme'] },
  { id: 'b2b-new-mentions-sme', date: '2027-09-01', categories: ['micro', 'pme'] },
];

/** A representative headcount per category, so the table also goes through the decree's thresholds. */
const HEADCOUNT: Record<CompanyCategory, number> = { micro: 1, pme: 10, eti: 250, ge: 5000 };

const DAYS = [
  { label: 'the day before', offset: -1 },
  { label: 'the day of', offset: 0 },
  { label: 'the day after', offset: 1 },
] as const;

const rows = LAW.flatMap((rule) =>
  (['micro', 'pme', 'eti', 'ge'] as const).flatMap((category) =>
    DAYS.map((day) => ({ ...rule, category, ...day, applies: rule.categories.includes(category) })),
  ),
);

function profileFor(category: CompanyCategory) {
  return {
    headcount: HEADCOUNT[category],
    vatFranchise: false,
    sellsTo: { publicBuyers: true, companies: true, individuals: true },
  };
}

describe('every obligation, every category, around its date', () => {
  it('the table covers every dated obligation of the engine', () => {
    const engineIds = buildCalendar(profileFor('micro'), '2026-01-01')
      .entries.filter((entry) => entry.kind === 'milestone')
      .map((entry) => entry.id);
    expect(engineIds.sort()).toEqual(LAW.map((rule) => rule.id).sort());
  });

  it.each(rows)('$id, $category, $label', ({ id, date, category, offset, applies }) => {
    const calendar = buildCalendar(profileFor(category), addDays(date, offset));
    expect(calendar.category.category).toBe(category);
    const entry = calendar.entries.find((candidate) => candidate.id === id);
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(entry.date).toBe(date);
    expect(entry.applies).toBe(applies);
    expect(entry.daysUntil).toBe(0 - offset);
    expect(entry.status).toBe(offset < 0 ? 'upcoming' : applies ? 'in_force' : 'passed');
    expect(entry.notApplicableReason === null).toBe(applies);
    if (applies && offset < 0) {
      expect(entry.text).toContain(`à partir du ${formatFrenchDate(date)} (demain)`);
    } else if (applies) {
      expect(entry.text).toContain(`depuis le ${formatFrenchDate(date)}`);
    } else {
      expect(entry.text).toContain(`à compter du ${formatFrenchDate(date)}`);
    }
  });
});

/** Paris midnight in UTC: these dates fall in winter (January, UTC+1) or summer time (September, UTC+2). */
function parisMidnightUtc(date: string): Date {
  const offsetHours = date.slice(5, 7) === '01' ? 1 : 2;
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetHours * 3_600_000);
}

const parisRows = LAW.flatMap((rule) =>
  rule.categories.map((category) => ({ ...rule, category })),
);

describe('in Paris time, around Paris midnight of each date', () => {
  it.each(parisRows)('$id for $category switches at Paris midnight', ({ id, date, category }) => {
    const midnight = parisMidnightUtc(date);
    const justBefore = new Date(midnight.getTime() - 1000);
    expect(parisToday(midnight)).toBe(date);
    expect(parisToday(justBefore)).toBe(addDays(date, -1));

    const before = buildCalendar(profileFor(category), parisToday(justBefore)).entries.find((e) => e.id === id);
    const at = buildCalendar(profileFor(category), parisToday(midnight)).entries.find((e) => e.id === id);
    expect(before?.status).toBe('upcoming');
    expect(at?.status).toBe('in_force');
  });

  it('2026-08-31T22:30:00Z is already 1 September 2026 in Paris: reception is in force', () => {
    const today = parisToday(new Date('2026-08-31T22:30:00Z'));
    const reception = buildCalendar(profileFor('micro'), today).entries.find((e) => e.id === 'b2b-reception');
    expect(reception?.status).toBe('in_force');
    expect(reception?.text).toBe(
      'Vous devez pouvoir recevoir les factures électroniques de vos fournisseurs depuis le 1er septembre 2026.',
    );
  });
});
