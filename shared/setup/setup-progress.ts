import { z } from 'zod';
import { CHORUS_SETUP_STEPS, SETUP_STEP_IDS, type SetupStep, type SetupStepId } from './chorus-setup-steps';

export const SETUP_STEP_STATUSES = ['todo', 'done', 'later'] as const;
export const SetupStepStatusSchema = z.enum(SETUP_STEP_STATUSES);
export type SetupStepStatus = z.infer<typeof SetupStepStatusSchema>;

/**
 * The checklist as stored: `{ [stepId]: 'todo' | 'done' | 'later' }`, a missing step meaning 'todo'.
 * Keys are any string, not only today's ids: a state saved by an older version may name a step that
 * was since split or removed, and it must still load (the summary ignores unknown ids).
 */
export const SetupStateSchema = z.record(z.string(), SetupStepStatusSchema);
export type SetupState = z.infer<typeof SetupStateSchema>;

/** 'api': the user wants automatic sending; 'manual': they deposit on the portal and skip API-only steps. */
export type SendingMode = 'api' | 'manual';

export interface SetupProgress {
  mode: SendingMode;
  /** The steps that matter in this mode, in order. */
  steps: readonly SetupStep[];
  doneCount: number;
  totalCount: number;
  /** Steps not done yet ('todo' or 'later'), in order. */
  remaining: readonly SetupStep[];
  /** Steps the user chose to do later, in order. */
  postponed: readonly SetupStep[];
  /** What to suggest now: the first step still to do whose prerequisites are done; a postponed one
   *  only when nothing else is ready; null once everything is done. */
  nextStep: SetupStep | null;
  isComplete: boolean;
}

export function isSetupStepId(value: string): value is SetupStepId {
  return (SETUP_STEP_IDS as readonly string[]).includes(value);
}

export function stepStatus(state: SetupState, id: SetupStepId): SetupStepStatus {
  return Object.prototype.hasOwnProperty.call(state, id) ? (state[id] ?? 'todo') : 'todo';
}

/** Returns a new state; the stored object is never mutated so the UI can compare by reference. */
export function setStepStatus(state: SetupState, id: SetupStepId, status: SetupStepStatus): SetupState {
  return { ...state, [id]: status };
}

export function summariseSetupProgress(state: SetupState, mode: SendingMode = 'api'): SetupProgress {
  const steps = CHORUS_SETUP_STEPS.filter((step) => mode === 'api' || !step.isApiOnly);
  const isDone = (id: SetupStepId) => stepStatus(state, id) === 'done';
  const remaining = steps.filter((step) => !isDone(step.id));
  const postponed = remaining.filter((step) => stepStatus(state, step.id) === 'later');
  const isReady = (step: SetupStep) => step.requires.every(isDone);
  // Steps are listed so that prerequisites come first, hence the first remaining step is always ready.
  const nextStep =
    remaining.find((step) => stepStatus(state, step.id) === 'todo' && isReady(step)) ??
    remaining.find(isReady) ??
    null;
  return {
    mode,
    steps,
    doneCount: steps.length - remaining.length,
    totalCount: steps.length,
    remaining,
    postponed,
    nextStep,
    isComplete: remaining.length === 0,
  };
}
