import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { SaveBackupRequest } from '@shared/backup/backup-views';
import type { z } from 'zod';
import { useBridge } from '../../api/client';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { FormCheckboxField, FormTextField } from '../../forms/form-fields';
import { fieldNouns } from '../../forms/field-nouns';
import { formSchema } from '../../forms/form-schema';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';
import { TaskStatus } from './task-status';
import { useTaskRun } from './use-task-run';

interface SaveValues {
  includeSecrets: boolean;
  passphrase: string;
  passphraseAgain: string;
}

const nounOf = fieldNouns({ passphrase: 'noun.passphrase', passphraseAgain: 'noun.passphrase' });

const schema = formSchema<SaveValues, z.input<typeof SaveBackupRequest>>({
  schema: SaveBackupRequest,
  nounOf,
  toInput: (values, addProblem) => {
    if (!values.includeSecrets) return { includeSecrets: false };
    if (values.passphrase !== values.passphraseAgain) addProblem('passphraseAgain', t('backups.passphraseMismatch'));
    return { includeSecrets: true, passphrase: values.passphrase };
  },
});

/**
 * « Sauvegarder maintenant »: with or without the Chorus Pro secrets (then a passphrase, typed twice, checked
 * by the same schema main uses). The backup runs as a task; its file is downloaded (browser) or saved
 * where the user chose (desktop).
 */
export function SaveBackupForm() {
  const bridge = useBridge();
  const run = useTaskRun();
  const form = useForm<SaveValues, unknown, z.input<typeof SaveBackupRequest>>({
    defaultValues: { includeSecrets: false, passphrase: '', passphraseAgain: '' },
    resolver: zodResolver(schema),
  });
  const includeSecrets = useWatch({ control: form.control, name: 'includeSecrets' });
  const submit = useFormSubmit({
    form,
    channel: 'backups:save',
    request: (input) => input,
    fieldOf: (path) => (path === 'passphrase' ? 'passphrase' : null),
    nounOf,
    messages: { saved: '', invalid: t('backups.save.invalid') },
    onSaved: (launched) => {
      submit.setStatus(null);
      form.reset({ includeSecrets: form.getValues('includeSecrets'), passphrase: '', passphraseAgain: '' });
      run.follow({ ok: true, value: launched }, t('backups.save.cancelled'));
    },
  });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="backup-save-title">
      <h3 id="backup-save-title">{t('backups.save.title')}</h3>
      <p className="muted">{t(bridge.transport === 'electron' ? 'backups.save.hint.electron' : 'backups.save.hint.browser')}</p>
      <FormCheckboxField control={form.control} name="includeSecrets" label={t('backups.includeSecrets')} hint={t('backups.includeSecrets.hint')} />
      {includeSecrets ? (
        <div className="field-row">
          <FormTextField control={form.control} name="passphrase" type="password" autoComplete="new-password" label={t('backups.passphrase')} hint={t('backups.passphrase.hint')} maxLength={1000} />
          <FormTextField control={form.control} name="passphraseAgain" type="password" autoComplete="new-password" label={t('backups.passphraseAgain')} maxLength={1000} />
        </div>
      ) : null}
      <div className="form-actions">
        <SaveButton label={t('backups.save.button')} isSaving={submit.isSaving || run.isRunning} />
      </div>
      {submit.status?.message ? <FormStatus status={submit.status} /> : null}
      <TaskStatus run={run} label={t('backups.save.title')} testId="backup-save-status" />
    </form>
  );
}
