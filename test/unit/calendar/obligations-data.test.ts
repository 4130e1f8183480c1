import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPANY_CATEGORIES } from '@shared/calendar/company-category';
import { isIsoDate } from '@shared/dates/iso-date';
import { OBLIGATIONS } from '@shared/calendar/obligations';
import { APP_ROUTES, type DatedObligation } from '@shared/calendar/obligation-types';
import { expectFrenchText } from './french-typography';

const milestones = OBLIGATIONS.filter((def): def is DatedObligation => def.kind === 'milestone');

/** Texts still hold their placeholders here; the engine fills them, so check typography on a sample fill. */
const sample = (template: string) =>
  template.replace('{date}', '1er janvier 2020').replace('{days}', 'demain').replace('{since}', 'le 1er janvier 2020');

describe('the obligations table', () => {
  it('has unique ids', () => {
    const ids = OBLIGATIONS.map((def) => def.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(milestones.map((def) => [def.id, def] as const))('%s has a real date and the right placeholders', (_id, def) => {
    expect(isIsoDate(def.date)).toBe(true);
    expect(def.texts.inForce).toContain('{since}');
    expect(def.texts.upcoming).toContain('{date}');
    expect(def.texts.upcoming).toContain('{days}');
    expect(def.texts.general).toContain('{date}');
    expect(def.audience.categories.length).toBeGreaterThan(0);
  });

  it.each(OBLIGATIONS.map((def) => [def.id, def] as const))('%s has French texts with correct typography', (_id, def) => {
    expectFrenchText(def.title, { isSentence: false });
    for (const text of Object.values(def.texts)) expectFrenchText(sample(text), { isSentence: true });
    for (const text of [def.action, def.penalty, def.toConfirm, def.franchiseNote, def.source]) {
      if (text !== undefined && text !== null) expectFrenchText(text, { isSentence: text !== def.source });
    }
    if (def.route !== null) expect(APP_ROUTES).toContain(def.route);
  });

  it('within a series, a category is reached by one date at most', () => {
    const seen = new Set<string>();
    for (const def of milestones) {
      for (const category of def.audience.categories) {
        const key = `${def.series}/${category}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('B2G, issuing and e-reporting reach every category', () => {
    for (const series of ['b2g-chorus', 'b2b-issuing', 'b2b-e-reporting']) {
      const reached = milestones.filter((def) => def.series === series).flatMap((def) => def.audience.categories);
      expect([...reached].sort(), series).toEqual([...COMPANY_CATEGORIES].sort());
    }
  });
});

describe('shared/calendar and shared/setup stay pure', () => {
  const root = join(__dirname, '../../../shared');
  const files = ['calendar', 'setup'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, dir, name)),
  );

  it.each(files)('%s imports only zod and relative modules', (file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const spec of imports) expect(spec === 'zod' || spec?.startsWith('.'), `${file}: ${spec}`).toBe(true);
    expect(source).not.toMatch(/\b(window|document|localStorage|process)\./);
  });
});
