import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChorusConnectionInputSchema, type ChorusConnectionInput, type ChorusConnectionView, type ChorusEnvironment } from '@shared/chorus/connection-settings';
import { useChannelMutation } from '../../api/queries';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormRadioGroup, FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { maxLengthsOf } from '../../forms/schema-limits';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';
import { SecretsSummary } from './secrets-summary';

interface Fields {
  environment: ChorusEnvironment;
  pisteClientId: string;
  pisteClientSecret: string;
  technicalLogin: string;
  technicalPassword: string;
}

// Secret fields always start empty: saved secrets never come back to the screen.
const toFields = (view: ChorusConnectionView): Fields => ({
  environment: view.environment,
  pisteClientId: view.pisteClientId,
  pisteClientSecret: '',
  technicalLogin: view.technicalLogin,
  technicalPassword: '',
});

const nounOf = fieldNouns({
  environment: 'noun.environment',
  pisteClientId: 'noun.pisteClientId',
  pisteClientSecret: 'noun.pisteClientSecret',
  technicalLogin: 'noun.technicalLogin',
  technicalPassword: 'noun.technicalPassword',
});
const connectionSchema = formSchema<Fields, ChorusConnectionInput>({ schema: ChorusConnectionInputSchema, nounOf, toInput: (fields) => fields });
const limits = maxLengthsOf(ChorusConnectionInputSchema, { pisteClientId: 'pisteClientId', pisteClientSecret: 'pisteClientSecret', technicalLogin: 'technicalLogin', technicalPassword: 'technicalPassword' });
const FIELD_NAMES: ReadonlyArray<keyof Fields> = ['environment', 'pisteClientId', 'pisteClientSecret', 'technicalLogin', 'technicalPassword'];
const isField = (name: string): name is keyof Fields => (FIELD_NAMES as readonly string[]).includes(name);

/** Réglages › Chorus Pro: identifiers in clear, secrets write-only, and what is stored where. */
export function ChorusConnectionForm({ initial }: { initial: ChorusConnectionView }) {
  const [view, setView] = useState(initial);
  const form = useForm<Fields, unknown, ChorusConnectionInput>({ defaultValues: toFields(initial), resolver: zodResolver(connectionSchema) });
  const submit = useFormSubmit({
    form,
    channel: 'chorusConnection:save',
    request: (input) => input,
    fieldOf: (path) => (isField(path) ? path : null),
    nounOf,
    messages: { saved: t('chorus.saved'), invalid: t('chorus.fixErrors') },
    onSaved: (next) => {
      setView(next);
      form.reset(toFields(next));
    },
  });
  const forgetSecrets = useChannelMutation('chorusConnection:forgetSecrets');

  async function forget(secret: 'pisteClientSecret' | 'technicalPassword') {
    const result = await forgetSecrets.mutateAsync({ secrets: [secret] });
    if (!result.ok) {
      submit.setStatus({ kind: 'error', message: result.error.message });
      return;
    }
    setView(result.value);
    form.reset(toFields(result.value));
    submit.setStatus({ kind: 'saved', message: t('chorus.forgotten') });
  }
  const { control } = form;

  // The summary holds a dialog with its own form: it sits after this form, never inside it.
  return (
    <>
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving} autoComplete="off">
      <p className="notice">{t('chorus.apiNotYet')}</p>
      <FormRadioGroup
        control={control}
        name="environment"
        legend={t('chorus.environment')}
        options={[
          { value: 'qualification', label: t('chorus.environment.qualification'), hint: t('chorus.environment.qualificationHint') },
          { value: 'production', label: t('chorus.environment.production'), hint: t('chorus.environment.productionHint') },
        ]}
      />
      <fieldset className="form-section">
        <legend>{t('chorus.section.piste')}</legend>
        <FormTextField control={control} name="pisteClientId" label={t('chorus.pisteClientId')} autoComplete="off" maxLength={limits.pisteClientId} />
        <FormTextField
          control={control}
          name="pisteClientSecret"
          maxLength={limits.pisteClientSecret}
          type="password"
          label={t('chorus.pisteClientSecret')}
          hint={view.hasPisteClientSecret ? t('chorus.secretKeepHint') : t('chorus.secretEmptyHint')}
          autoComplete="new-password"
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('chorus.section.technical')}</legend>
        <FormTextField control={control} name="technicalLogin" label={t('chorus.technicalLogin')} hint={t('chorus.technicalLoginHint')} autoComplete="off" maxLength={limits.technicalLogin} />
        <FormTextField
          control={control}
          name="technicalPassword"
          maxLength={limits.technicalPassword}
          type="password"
          label={t('chorus.technicalPassword')}
          hint={view.hasTechnicalPassword ? t('chorus.secretKeepHint') : t('chorus.passwordEmptyHint')}
          autoComplete="new-password"
        />
      </fieldset>
      <div className="form-actions">
        <SaveButton label={t('chorus.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
    <SecretsSummary view={view} onForget={forget} />
    </>
  );
}
