import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { invoiceStatusLabel, MANUAL_STATUSES } from '@shared/sending/chorus-statuses';
import { ManualStatusInputSchema } from '@shared/sending/sending-views';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormDateField, FormSelectField, FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { maxLengthAt } from '../../forms/schema-limits';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';
import { useToday } from '../invoicing/components/use-today';

type Request = z.input<typeof ManualStatusInputSchema>;
interface Values {
  invoiceId: number;
  status: string;
  date: string;
  comment: string;
}

const STATUS_OPTIONS = MANUAL_STATUSES.map((status) => ({ value: status, label: invoiceStatusLabel(status) }));
const nounOf = fieldNouns({ status: 'noun.chorusStatus', date: 'noun.statusDate', comment: 'noun.comment' });
const schema = formSchema<Values, Request>({ schema: ManualStatusInputSchema, nounOf, toInput: (values) => values });
const fieldOf = (path: string) => (path === 'date' || path === 'comment' ? path : 'status');

/** The portal path: what the portal shows, recorded by hand (the same statuses as the API's). */
export function ManualStatusForm({ invoiceId }: { invoiceId: number }) {
  const { today } = useToday();
  return today ? <StatusForm invoiceId={invoiceId} today={today} /> : null;
}

function StatusForm({ invoiceId, today }: { invoiceId: number; today: string }) {
  const blank: Values = { invoiceId, status: 'MISE_A_DISPOSITION', date: today, comment: '' };
  const form = useForm<Values, unknown, Request>({ defaultValues: blank, resolver: zodResolver(schema) });
  const submit = useFormSubmit({
    form,
    channel: 'sending:recordStatus',
    request: (input) => input,
    fieldOf,
    nounOf,
    messages: { saved: t('manual.saved'), invalid: t('manual.fix') },
    onSaved: () => form.reset({ ...blank, status: form.getValues('status') }),
  });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving} aria-labelledby="manual-status-title">
      <h3 id="manual-status-title">{t('manual.title')}</h3>
      <div className="field-row even">
        <FormSelectField control={form.control} name="status" label={t('manual.status')} options={STATUS_OPTIONS} />
        <FormDateField control={form.control} name="date" label={t('manual.date')} isRequired />
      </div>
      <FormTextField control={form.control} name="comment" label={t('manual.comment')} maxLength={maxLengthAt(ManualStatusInputSchema, 'comment')} />
      <div className="form-actions">
        <SaveButton label={t('manual.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
