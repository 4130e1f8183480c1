import { useRef, useState, type FormEvent } from 'react';
import type { ChorusConnectionView, ChorusEnvironment } from '@shared/chorus/connection-settings';
import { useBridge } from '../../api/client';
import { FormStatus, focusFirstError, type Status } from '../../components/form-status';
import { RadioGroup } from '../../components/radio-group';
import { SaveButton } from '../../components/save-button';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { SecretsSummary } from './secrets-summary';

interface Fields {
  environment: ChorusEnvironment;
  pisteClientId: string;
  pisteClientSecret: string;
  technicalLogin: string;
  technicalPassword: string;
}
type FieldErrors = Partial<Record<keyof Fields, string>>;

// Secret fields always start empty: saved secrets never come back to the screen.
const toFields = (view: ChorusConnectionView): Fields => ({
  environment: view.environment,
  pisteClientId: view.pisteClientId,
  pisteClientSecret: '',
  technicalLogin: view.technicalLogin,
  technicalPassword: '',
});

/** Réglages › Chorus Pro: identifiers in clear, secrets write-only, and what is stored where. */
export function ChorusConnectionForm({ initial, onSaved }: { initial: ChorusConnectionView; onSaved: () => void }) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  const [view, setView] = useState(initial);
  const [fields, setFields] = useState<Fields>(() => toFields(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  function applyView(next: ChorusConnectionView, message: string) {
    setView(next);
    setFields(toFields(next));
    setErrors({});
    setStatus({ kind: 'saved', message });
    onSaved();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaving(true);
    setStatus(null);
    const result = await bridge.invoke('chorusConnection:save', fields);
    setIsSaving(false);
    if (result.ok) return applyView(result.value, t('chorus.saved'));
    const field = result.error.field as keyof Fields | undefined;
    setErrors(field ? { [field]: result.error.message } : {});
    setStatus({ kind: 'error', message: result.error.message });
    focusFirstError(formRef.current);
  }

  async function forget(secret: 'pisteClientSecret' | 'technicalPassword') {
    const result = await bridge.invoke('chorusConnection:forgetSecrets', { secrets: [secret] });
    if (result.ok) applyView(result.value, t('chorus.forgotten'));
    else setStatus({ kind: 'error', message: result.error.message });
  }

  // The summary holds a dialog with its own form: it sits after this form, never inside it.
  return (
    <>
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={isSaving} autoComplete="off">
      <p className="notice">{t('chorus.apiNotYet')}</p>
      <RadioGroup
        name="environment"
        legend={t('chorus.environment')}
        value={fields.environment}
        onChange={set('environment')}
        options={[
          { value: 'qualification', label: t('chorus.environment.qualification'), hint: t('chorus.environment.qualificationHint') },
          { value: 'production', label: t('chorus.environment.production'), hint: t('chorus.environment.productionHint') },
        ]}
      />
      <fieldset className="form-section">
        <legend>{t('chorus.section.piste')}</legend>
        <TextField name="pisteClientId" label={t('chorus.pisteClientId')} value={fields.pisteClientId} onChange={set('pisteClientId')} error={errors.pisteClientId} autoComplete="off" />
        <TextField
          name="pisteClientSecret"
          type="password"
          label={t('chorus.pisteClientSecret')}
          hint={view.hasPisteClientSecret ? t('chorus.secretKeepHint') : t('chorus.secretEmptyHint')}
          value={fields.pisteClientSecret}
          onChange={set('pisteClientSecret')}
          error={errors.pisteClientSecret}
          autoComplete="new-password"
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('chorus.section.technical')}</legend>
        <TextField name="technicalLogin" label={t('chorus.technicalLogin')} hint={t('chorus.technicalLoginHint')} value={fields.technicalLogin} onChange={set('technicalLogin')} error={errors.technicalLogin} autoComplete="off" />
        <TextField
          name="technicalPassword"
          type="password"
          label={t('chorus.technicalPassword')}
          hint={view.hasTechnicalPassword ? t('chorus.secretKeepHint') : t('chorus.passwordEmptyHint')}
          value={fields.technicalPassword}
          onChange={set('technicalPassword')}
          error={errors.technicalPassword}
          autoComplete="new-password"
        />
      </fieldset>
      <div className="form-actions">
        <SaveButton label={t('chorus.save')} isSaving={isSaving} />
        <FormStatus status={status} />
      </div>
    </form>
    <SecretsSummary view={view} onForget={forget} />
    </>
  );
}
