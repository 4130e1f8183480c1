import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SendingSettingsSchema, type SendingSettings } from '@shared/sending/sending-views';
import { useChannelQuery } from '../../api/queries';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';

type Request = z.input<typeof SendingSettingsSchema>;
interface Values {
  portalReminderDays: string;
}
const nounOf = fieldNouns({ portalReminderDays: 'noun.reminderDays' });
const schema = formSchema<Values, Request>({
  schema: SendingSettingsSchema,
  nounOf,
  toInput: ({ portalReminderDays }, addProblem) => {
    const days = Number(portalReminderDays.trim());
    if (!/^\d+$/.test(portalReminderDays.trim())) addProblem('portalReminderDays', t('sendingSettings.fix'));
    return { portalReminderDays: days };
  },
});

/** Réglages › Envois: which path is in use (the wizard's answer and the connection), and the portal reminder's delay. */
export function SendingSettingsSection() {
  const settings = useChannelQuery('sending:getSettings', {});
  const onboarding = useChannelQuery('onboarding:get', {});
  const summary = useChannelQuery('sending:summary', {});
  const isApi = onboarding.data?.sendingMode === 'api';
  const inUse = !isApi ? t('sendingSettings.inUse.portal') : summary.data?.sync.isApiConfigured ? t('sendingSettings.inUse.api') : t('sendingSettings.inUse.apiMissing');
  return (
    <section className="card" aria-labelledby="settings-sending">
      <h2 id="settings-sending" tabIndex={-1}>
        {t('settings.section.sending')}
      </h2>
      {onboarding.data ? <p data-testid="sending-path-in-use">{inUse}</p> : null}
      {settings.data ? <ReminderForm settings={settings.data} /> : <p role="status">{t('app.loading')}</p>}
    </section>
  );
}

function ReminderForm({ settings }: { settings: SendingSettings }) {
  const form = useForm<Values, unknown, Request>({ defaultValues: { portalReminderDays: String(settings.portalReminderDays) }, resolver: zodResolver(schema) });
  const submit = useFormSubmit({ form, channel: 'sending:saveSettings', request: (input) => input, nounOf, fieldOf: () => 'portalReminderDays', messages: { saved: t('sendingSettings.saved'), invalid: t('sendingSettings.fix') } });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <FormTextField control={form.control} name="portalReminderDays" label={t('sendingSettings.reminderDays')} inputMode="numeric" maxLength={3} />
      <div className="form-actions">
        <SaveButton label={t('sendingSettings.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
