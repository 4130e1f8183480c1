import { describe, expect, it } from 'vitest';
import { APP_ROUTES, buildCalendar, nextDates } from '@shared/calendar';
import { appRoutePath } from '@shared/onboarding/app-route-path';
import { CALENDAR_SCHEMAS_MATCH_ENGINE, CalendarEntrySchema, CalendarSchema } from '@shared/onboarding/calendar-schema';

const profiles = [
  { headcount: 0, vatFranchise: true, sellsTo: { publicBuyers: true, companies: false, individuals: true } },
  { headcount: 40, vatFranchise: false, sellsTo: { publicBuyers: false, companies: true, individuals: false } },
  { category: 'ge', vatFranchise: false, sellsTo: { publicBuyers: true, companies: true, individuals: true }, technicalPasswordSavedOn: '2025-10-01' },
] as const;

describe('calendar wire schemas', () => {
  it('are checked against the engine types at compile time', () => {
    expect(CALENDAR_SCHEMAS_MATCH_ENGINE).toBe(true);
  });

  it.each(profiles)('accept every calendar the engine builds (%j)', (profile) => {
    const calendar = buildCalendar(profile, '2026-11-27');
    expect(CalendarSchema.parse(calendar)).toEqual(calendar);
  });

  it('refuse an entry with a status the screen does not know', () => {
    const entry = nextDates(buildCalendar(profiles[0], '2026-11-27'), 1)[0];
    expect(entry).toBeDefined();
    expect(CalendarEntrySchema.safeParse({ ...entry, status: 'soon' }).success).toBe(false);
  });
});

describe('appRoutePath', () => {
  it('gives a path for every screen that exists and none for those still to come', () => {
    expect(Object.fromEntries(APP_ROUTES.map((route) => [route, appRoutePath(route)]))).toEqual({
      setup: '/assistant/chorus-pro',
      'settings.chorus': '/reglages?section=chorus-pro',
      'settings.company': '/reglages?section=entreprise',
      invoices: '/factures',
      customers: '/clients',
      export: null,
      backup: null,
    });
    expect(appRoutePath(null)).toBeNull();
  });
});
