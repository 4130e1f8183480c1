import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHORUS_SETUP_STEPS, SETUP_STEP_IDS, type SetupStepId } from '@shared/setup/chorus-setup-steps';
import {
  SETUP_STEP_STATUSES,
  SetupStateSchema,
  isSetupStepId,
  setStepStatus,
  stepStatus,
  summariseSetupProgress,
  type SetupState,
} from '@shared/setup/setup-progress';

const ids = (steps: readonly { id: string }[]) => steps.map((step) => step.id);
const allDone = (list: readonly SetupStepId[]): SetupState => Object.fromEntries(list.map((id) => [id, 'done']));

describe('SetupStateSchema', () => {
  it('accepts the stored shape, including ids from another version', () => {
    expect(SetupStateSchema.parse({ structure: 'done', 'piste-account': 'later', 'old-step': 'todo' })).toEqual({
      structure: 'done',
      'piste-account': 'later',
      'old-step': 'todo',
    });
    expect(SetupStateSchema.parse({})).toEqual({});
  });

  it.each([{ structure: 'finished' }, { structure: true }, ['done'], null, 'done'])('refuses %j', (value) => {
    expect(SetupStateSchema.safeParse(value).success).toBe(false);
  });
});

describe('summariseSetupProgress', () => {
  it('starts with the user account and nothing done', () => {
    const progress = summariseSetupProgress({});
    expect(progress).toMatchObject({ mode: 'api', doneCount: 0, totalCount: SETUP_STEP_IDS.length, isComplete: false });
    expect(progress.nextStep?.id).toBe('portal-user-account');
    expect(ids(progress.remaining)).toEqual([...SETUP_STEP_IDS]);
  });

  it('manual mode keeps only the portal steps', () => {
    const progress = summariseSetupProgress({ 'portal-user-account': 'done' }, 'manual');
    expect(ids(progress.steps)).toEqual(['portal-user-account', 'structure']);
    expect(progress).toMatchObject({ doneCount: 1, totalCount: 2, isComplete: false });
    expect(progress.nextStep?.id).toBe('structure');
    expect(summariseSetupProgress(allDone(['portal-user-account', 'structure']), 'manual')).toMatchObject({
      isComplete: true,
      nextStep: null,
      doneCount: 2,
    });
  });

  it('suggests a step only once its prerequisites are done', () => {
    const state: SetupState = { 'portal-user-account': 'done', structure: 'later', 'piste-account': 'done' };
    const progress = summariseSetupProgress(state);
    expect(progress.nextStep?.id).toBe('piste-application');
    expect(ids(progress.postponed)).toEqual(['structure']);
    // The technical account waits for the connection, which waits for the structure.
    const almost = summariseSetupProgress({
      ...allDone(SETUP_STEP_IDS.filter((id) => id !== 'technical-account' && id !== 'piste-connection')),
      structure: 'later',
    });
    expect(almost.nextStep?.id).toBe('structure');
  });

  it('comes back to postponed steps when nothing else is ready', () => {
    const state = setStepStatus(allDone(['portal-user-account']), 'structure', 'later');
    const progress = summariseSetupProgress(state, 'manual');
    expect(progress.nextStep?.id).toBe('structure');
  });

  it('is complete when every step is done, whatever unknown ids the state holds', () => {
    const progress = summariseSetupProgress({ ...allDone([...SETUP_STEP_IDS]), 'removed-step': 'todo' });
    expect(progress).toMatchObject({ doneCount: SETUP_STEP_IDS.length, isComplete: true, nextStep: null });
    expect(progress.remaining).toEqual([]);
  });

  it('setStepStatus returns a new state and stepStatus defaults to todo', () => {
    const before: SetupState = {};
    const after = setStepStatus(before, 'structure', 'done');
    expect(before).toEqual({});
    expect(stepStatus(after, 'structure')).toBe('done');
    expect(stepStatus(after, 'piste-account')).toBe('todo');
    expect(isSetupStepId('structure')).toBe(true);
    expect(isSetupStepId('__proto__')).toBe(false);
  });

  it('holds its invariants for any state', () => {
    const state = fc.dictionary(fc.constantFrom(...SETUP_STEP_IDS), fc.constantFrom(...SETUP_STEP_STATUSES));
    fc.assert(
      fc.property(state, fc.constantFrom('api' as const, 'manual' as const), (s, mode) => {
        const progress = summariseSetupProgress(s, mode);
        expect(progress.doneCount + progress.remaining.length).toBe(progress.totalCount);
        expect(progress.isComplete).toBe(progress.remaining.length === 0);
        expect(progress.nextStep === null).toBe(progress.isComplete);
        if (progress.nextStep) {
          expect(progress.remaining).toContain(progress.nextStep);
          for (const required of progress.nextStep.requires) expect(stepStatus(s, required)).toBe('done');
        }
        const expectedTotal = CHORUS_SETUP_STEPS.filter((step) => mode === 'api' || !step.isApiOnly).length;
        expect(progress.totalCount).toBe(expectedTotal);
      }),
    );
  });
});
