import { useState } from 'react';
import type { OnboardingView } from '@shared/onboarding/onboarding-view';
import { CHORUS_SETUP_STEPS, stepStatus, type SetupStepId, type SetupStepStatus } from '@shared/setup';
import { useChannelMutation } from '../../api/queries';
import { RadioGroup } from '../../components/radio-group';
import type { MessageKey } from '../../i18n/fr';
import { t, tp } from '../../i18n/t';
import { SetupStepItem } from './setup-step-item';

/** Wizard step 3: the Chorus Pro account setup, remembered step by step in main. */
export function SetupChecklist({ view, onChange }: { view: OnboardingView; onChange: (view: OnboardingView) => void }) {
  const setSetupStep = useChannelMutation('onboarding:setSetupStep');
  const setSendingMode = useChannelMutation('onboarding:setSendingMode');
  const [busyStep, setBusyStep] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once (a radio that waits for main looks broken); main's answer then confirms or reverts it.
  const [pendingMode, setPendingMode] = useState<'api' | 'manual' | null>(null);
  const mode = pendingMode ?? view.sendingMode;
  const steps = CHORUS_SETUP_STEPS.filter((step) => mode === 'api' || !step.isApiOnly);
  const summary = view.setupSummary;

  async function setStep(stepId: SetupStepId, title: string, status: SetupStepStatus) {
    setBusyStep(stepId);
    const result = await setSetupStep.mutateAsync({ stepId, status });
    setBusyStep(null);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onChange(result.value);
    setAnnouncement(t('setup.announce', { title, status: t(`setup.status.${status}` satisfies MessageKey) }));
  }

  async function setMode(next: 'api' | 'manual') {
    setPendingMode(next);
    const result = await setSendingMode.mutateAsync({ mode: next });
    setPendingMode(null);
    if (result.ok) onChange(result.value);
    else setError(result.error.message);
  }

  return (
    <div className="setup-checklist">
      <p>{t('setup.intro')}</p>
      <RadioGroup
        name="sendingMode"
        legend={t('setup.mode')}
        value={mode}
        onChange={(mode) => void setMode(mode)}
        // The portal first: it needs no technical account; the API is the option for those who set one up.
        options={[
          { value: 'manual', label: t('setup.mode.manual'), hint: t('setup.mode.manualHint') },
          { value: 'api', label: t('setup.mode.api'), hint: t('setup.mode.apiHint') },
        ]}
      />
      <p className="progress-line" data-testid="setup-progress">
        <progress max={summary.totalCount} value={summary.doneCount} aria-label={t('setup.progressLabel')} />{' '}
        {tp('setup.progress', summary.doneCount, { total: summary.totalCount })}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {error ? (
        <p role="alert" className="form-status error">
          {error}
        </p>
      ) : null}
      <ol className="setup-steps">
        {steps.map((step, index) => (
          <SetupStepItem
            key={step.id}
            step={step}
            index={index}
            status={stepStatus(view.setup, step.id)}
            isNext={summary.nextStepId === step.id}
            isBusy={busyStep === step.id}
            onSet={(status) => void setStep(step.id, step.title, status)}
          />
        ))}
      </ol>
    </div>
  );
}
