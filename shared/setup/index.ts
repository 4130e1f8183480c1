// The Chorus Pro account setup checklist: data, stored state schema and progress summary.
export {
  CHORUS_PORTAL_URL,
  CHORUS_QUALIFICATION_PORTAL_URL,
  CHORUS_SETUP_STEPS,
  PISTE_URL,
  SETUP_STEP_IDS,
  findSetupStep,
  type SetupStep,
  type SetupStepId,
} from './chorus-setup-steps';
export {
  SETUP_STEP_STATUSES,
  SetupStateSchema,
  SetupStepStatusSchema,
  isSetupStepId,
  setStepStatus,
  stepStatus,
  summariseSetupProgress,
  type SendingMode,
  type SetupProgress,
  type SetupState,
  type SetupStepStatus,
} from './setup-progress';
