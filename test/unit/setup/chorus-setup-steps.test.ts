import { describe, expect, it } from 'vitest';
import { CHORUS_SETUP_STEPS, SETUP_STEP_IDS, findSetupStep } from '@shared/setup/chorus-setup-steps';
import { expectFrenchText } from '../calendar/french-typography';

/** The official hosts named in design/chorus-pro-api.md; a link elsewhere is a mistake or worse. */
const OFFICIAL_HOSTS = ['chorus-pro.gouv.fr', 'qualif.chorus-pro.gouv.fr', 'piste.gouv.fr'];

describe('the Chorus Pro setup steps', () => {
  it('have unique ids, listed in SETUP_STEP_IDS in the same order', () => {
    const ids = CHORUS_SETUP_STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...SETUP_STEP_IDS]);
  });

  it.each(CHORUS_SETUP_STEPS.map((step) => [step.id, step] as const))('%s links to an official https page', (_id, step) => {
    const url = new URL(step.officialLink);
    expect(url.protocol).toBe('https:');
    expect(OFFICIAL_HOSTS).toContain(url.hostname);
  });

  it.each(CHORUS_SETUP_STEPS.map((step) => [step.id, step] as const))('%s has non-empty French texts', (_id, step) => {
    expectFrenchText(step.title, { isSentence: false });
    expectFrenchText(step.why, { isSentence: true });
    expect(step.traps.length).toBeGreaterThan(0);
    for (const trap of step.traps) expectFrenchText(trap, { isSentence: true });
    expect(step.sourceKeys.length).toBeGreaterThan(0);
  });

  it('lists each prerequisite before the step that needs it, and never an API step before a manual one', () => {
    CHORUS_SETUP_STEPS.forEach((step, index) => {
      for (const required of step.requires) {
        const requiredIndex = CHORUS_SETUP_STEPS.findIndex((candidate) => candidate.id === required);
        expect(requiredIndex, `${step.id} requires ${required}`).toBeGreaterThanOrEqual(0);
        expect(requiredIndex, `${step.id} requires ${required}`).toBeLessThan(index);
        if (!step.isApiOnly) expect(findSetupStep(required).isApiOnly).toBe(false);
      }
    });
  });

  it('covers the journey of the brief: manual steps first, then the API ones', () => {
    const manual = CHORUS_SETUP_STEPS.filter((step) => !step.isApiOnly).map((step) => step.id);
    expect(manual).toEqual(['portal-user-account', 'structure']);
    expect(findSetupStep('piste-consent-qualification').isApiOnly).toBe(true);
    expect(findSetupStep('piste-consent-production').isApiOnly).toBe(true);
  });

  it('warns about the known traps', () => {
    const traps = (id: (typeof SETUP_STEP_IDS)[number]) => findSetupStep(id).traps.join(' ');
    expect(traps('technical-account')).toContain('qu’une seule fois');
    expect(traps('technical-account')).toContain('424 jours');
    expect(traps('piste-application')).toContain('onglet OAuth');
    expect(traps('piste-application')).toContain('APP_SANDBOX');
    expect(traps('piste-connection')).toContain('« Déclarer un raccordement PISTE »');
    expect(traps('structure')).toContain('SIRET');
    expect(traps('portal-user-account')).toContain('double authentification');
  });

  it('findSetupStep refuses an unknown id', () => {
    expect(() => findSetupStep('nope' as never)).toThrow(RangeError);
  });
});
