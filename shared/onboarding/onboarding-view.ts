import { z } from 'zod';
import { SETUP_STEP_IDS } from '../setup/chorus-setup-steps';
import { SetupStateSchema, SetupStepStatusSchema } from '../setup/setup-progress';
import { BusinessProfileSchema } from './business-profile';

export const SendingModeSchema = z.enum(['api', 'manual'], {
  error: 'Choisissez « envoi automatique » ou « dépôt manuel sur le portail ».',
});

export const SetSetupStepInputSchema = z.object({
  stepId: z.enum(SETUP_STEP_IDS, { error: 'Cette étape de la configuration de Chorus Pro n’existe pas.' }),
  status: z.enum(SetupStepStatusSchema.options, { error: 'Le statut d’une étape est « à faire », « fait » ou « plus tard ».' }),
});
export type SetSetupStepInput = z.input<typeof SetSetupStepInputSchema>;

export const SetSendingModeInputSchema = z.object({ mode: SendingModeSchema });

/** The checklist summary for the home page and the wizard, computed in main with summariseSetupProgress. */
export const SetupSummarySchema = z.object({
  doneCount: z.number().int().min(0),
  totalCount: z.number().int().min(0),
  postponedCount: z.number().int().min(0),
  nextStepId: z.enum(SETUP_STEP_IDS).nullable(),
  isComplete: z.boolean(),
});

export const OnboardingViewSchema = z.object({
  /** Null until the user answers wizard step 1. */
  businessProfile: BusinessProfileSchema.nullable(),
  setup: SetupStateSchema,
  sendingMode: SendingModeSchema,
  setupSummary: SetupSummarySchema,
  /** When the user finished or left the wizard; null while it was never closed (or was restarted). */
  wizardClosedAt: z.string().nullable(),
  /** First start: the wizard opens by itself while nothing was answered and it was never closed. */
  shouldOpenWizard: z.boolean(),
});
export type OnboardingView = z.infer<typeof OnboardingViewSchema>;
