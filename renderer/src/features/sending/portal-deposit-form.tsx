import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PortalDepositInputSchema } from '@shared/sending/sending-views';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormDateField, FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { maxLengthAt } from '../../forms/schema-limits';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';
import { useToday } from '../invoicing/components/use-today';

type Request = z.input<typeof PortalDepositInputSchema>;
interface Values {
  invoiceId: number;
  depositedOn: string;
  portalNumber: string;
}

const nounOf = fieldNouns({ depositedOn: 'noun.depositedOn', portalNumber: 'noun.portalNumber' });
const schema = formSchema<Values, Request>({ schema: PortalDepositInputSchema, nounOf, toInput: (values) => values });
const fieldOf = (path: string) => (path === 'portalNumber' ? 'portalNumber' : 'depositedOn');

/** « J’ai déposé »: the day (today by default) and the number the portal showed, if the user has it. */
export function PortalDepositForm({ invoiceId }: { invoiceId: number }) {
  const { today } = useToday();
  return today ? <DepositForm invoiceId={invoiceId} today={today} /> : null;
}

function DepositForm({ invoiceId, today }: { invoiceId: number; today: string }) {
  const form = useForm<Values, unknown, Request>({ defaultValues: { invoiceId, depositedOn: today, portalNumber: '' }, resolver: zodResolver(schema) });
  const submit = useFormSubmit({ form, channel: 'sending:recordPortalDeposit', request: (input) => input, fieldOf, nounOf, messages: { saved: t('portal.recorded'), invalid: t('portal.fix') } });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <div className="field-row even">
        <FormDateField control={form.control} name="depositedOn" label={t('portal.depositedOn')} isRequired />
        <FormTextField control={form.control} name="portalNumber" label={t('portal.portalNumber')} maxLength={maxLengthAt(PortalDepositInputSchema, 'portalNumber')} />
      </div>
      <div className="form-actions">
        <SaveButton label={t('portal.deposited')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
