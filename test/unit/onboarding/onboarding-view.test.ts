import { describe, expect, it } from 'vitest';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { SetSendingModeInputSchema, SetSetupStepInputSchema } from '@shared/onboarding/onboarding-view';

installFrenchValidationMessages();

describe('setup step input', () => {
  it('accepts a known step and status', () => {
    expect(SetSetupStepInputSchema.parse({ stepId: 'technical-account', status: 'later' })).toEqual({ stepId: 'technical-account', status: 'later' });
  });

  it('refuses an unknown step in French', () => {
    const parsed = SetSetupStepInputSchema.safeParse({ stepId: 'old-step', status: 'done' });
    expect(parsed.error?.issues[0]?.message).toBe('Cette étape de la configuration de Chorus Pro n’existe pas.');
  });

  it('refuses an unknown status in French', () => {
    const parsed = SetSetupStepInputSchema.safeParse({ stepId: 'structure', status: 'finished' });
    expect(parsed.error?.issues[0]?.message).toBe('Le statut d’une étape est « à faire », « fait » ou « plus tard ».');
  });

  it('refuses a sending mode other than api or manual', () => {
    expect(SetSendingModeInputSchema.safeParse({ mode: 'email' }).success).toBe(false);
    expect(SetSendingModeInputSchema.parse({ mode: 'manual' })).toEqual({ mode: 'manual' });
  });
});
