import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { PAYMENT_MODES, PAYMENT_MODE_CODES, RecordPaymentSchema } from '@shared/invoicing/payments';
import { formatEuros } from '@shared/money/euros';
import { useChannelMutation } from '../../../api/queries';
import { DataTable, type Column } from '../../../components/data-table';
import { FormStatus } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { fieldNouns } from '../../../forms/field-nouns';
import { FormDateField, FormSelectField, FormTextField } from '../../../forms/form-fields';
import { formSchema } from '../../../forms/form-schema';
import { sentence } from '../../../forms/issue-messages';
import { maxLengthAt } from '../../../forms/schema-limits';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { t } from '../../../i18n/t';
import { shortDate } from '../components/dates';
import { useToday } from '../components/use-today';
import { centsToFrenchInput, frenchToCents, numberProblem } from '../french-input';

type Mode = (typeof PAYMENT_MODE_CODES)[number];
type Payment = InvoiceDetail['payments'][number];
type PaymentRequest = z.input<typeof RecordPaymentSchema>;

const MODE_OPTIONS = PAYMENT_MODE_CODES.map((code) => ({ value: code, label: PAYMENT_MODES[code] }));

interface PaymentValues {
  invoiceId: number;
  paidOn: string;
  amount: string;
  mode: Mode;
  note: string;
}

const nounOf = fieldNouns({ paidOn: 'noun.paidOn', amount: 'noun.amount', amountCents: 'noun.amount', mode: 'noun.paymentMode', note: 'noun.paymentNote' });
const fieldOf = (path: string) => (path === 'paidOn' || path === 'mode' || path === 'note' ? path : 'amount');
const NOTE_MAX = maxLengthAt(RecordPaymentSchema, 'note');

const paymentSchema = formSchema<PaymentValues, PaymentRequest>({
  schema: RecordPaymentSchema,
  fieldOf,
  nounOf,
  toInput: ({ invoiceId, paidOn, amount, mode, note }, addProblem) => {
    if (!paidOn) addProblem('paidOn', t('common.dateInvalid'));
    const cents = frenchToCents(amount);
    if (amount.trim() === '') addProblem('amount', sentence(nounOf('amount'), { kind: 'missing' }));
    else if (cents === null) addProblem('amount', numberProblem(amount, 2) ?? t('detail.amountInvalid'));
    return { invoiceId, paidOn, amountCents: cents ?? 0, mode, note };
  },
});

/** A fresh form: today, what is still owed, a transfer, no note. */
function blankPayment(detail: InvoiceDetail, today: string): PaymentValues {
  return { invoiceId: detail.id, paidOn: today, amount: detail.remainingCents > 0 ? centsToFrenchInput(detail.remainingCents) : '', mode: 'transfer', note: '' };
}

const COLUMNS: ReadonlyArray<Column<Payment>> = [
  { id: 'paidOn', header: t('detail.col.paidOn'), className: 'nowrap', cell: (payment) => shortDate(payment.paidOn) },
  { id: 'amount', header: t('detail.col.amount'), className: 'num nowrap', cell: (payment) => formatEuros(payment.amountCents) },
  { id: 'mode', header: t('detail.col.mode'), cell: (payment) => PAYMENT_MODES[payment.mode as Mode] ?? payment.mode },
  { id: 'note', header: t('detail.col.note'), cell: (payment) => payment.note },
];

/** Payments received, a form to record one (French amount), and "Marquer comme payée" for the rest. */
export function PaymentsSection({ detail }: { detail: InvoiceDetail }) {
  // Today by the application's clock; the form waits for it (a few milliseconds).
  const { today } = useToday();
  const canPay = detail.typeCode !== '381' && detail.remainingCents > 0;
  return (
    <section className="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('detail.payments')}</h2>
      {detail.typeCode !== '381' ? <p><strong>{t('detail.remaining', { amount: formatEuros(detail.remainingCents) })}</strong></p> : null}
      {detail.payments.length === 0 ? (
        <p className="muted">{t('detail.paymentsNone')}</p>
      ) : (
        <DataTable rows={detail.payments} columns={COLUMNS} caption={t('detail.payments')} rowKey={(payment) => payment.id} />
      )}
      {today ? <PaymentForm detail={detail} today={today} canPay={canPay} /> : null}
    </section>
  );
}

function PaymentForm({ detail, today, canPay }: { detail: InvoiceDetail; today: string; canPay: boolean }) {
  const form = useForm<PaymentValues, unknown, PaymentRequest>({ defaultValues: blankPayment(detail, today), resolver: zodResolver(paymentSchema) });
  // After a payment the form starts again, empty of what was just recorded (no note carried to the next one).
  const startAgain = (next: InvoiceDetail) => form.reset(blankPayment(next, today));
  const submit = useFormSubmit({
    form,
    channel: 'payments:record',
    request: (input) => input,
    fieldOf,
    nounOf,
    messages: { saved: t('detail.recorded'), invalid: t('detail.fixPayment') },
    onSaved: startAgain,
  });
  const markPaid = useChannelMutation('payments:markPaid');
  const isSaving = submit.isSaving || markPaid.isPending;

  async function markAsPaid() {
    const { paidOn, mode } = form.getValues();
    if (!paidOn) {
      form.setError('paidOn', { type: 'required', message: t('common.dateInvalid') }, { shouldFocus: true });
      return;
    }
    const result = await markPaid.mutateAsync({ invoiceId: detail.id, paidOn, mode });
    if (!result.ok) return submit.setStatus({ kind: 'error', message: result.error.message });
    startAgain(result.value);
    submit.setStatus({ kind: 'saved', message: t('detail.markedPaid') });
  }

  const { control } = form;
  return (
    <>
      {canPay ? (
        <form onSubmit={submit.onSubmit} noValidate aria-busy={isSaving}>
          <fieldset className="form-section">
            <legend>{t('detail.recordLegend')}</legend>
            <div className="field-row even">
              <FormDateField control={control} name="paidOn" label={t('detail.paidOn')} isRequired />
              <FormTextField control={control} name="amount" label={t('detail.amount')} isRequired inputMode="decimal" hint={t('detail.amountHint')} />
              <FormSelectField control={control} name="mode" label={t('detail.mode')} options={MODE_OPTIONS} />
            </div>
            <FormTextField control={control} name="note" label={t('detail.paymentNote')} maxLength={NOTE_MAX} />
            <div className="form-actions">
              <SaveButton label={t('detail.record')} isSaving={submit.isSaving} />
              <button type="button" className="button" onClick={() => void markAsPaid()} disabled={isSaving}>
                {t('detail.markPaid')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : null}
      <FormStatus status={submit.status} />
    </>
  );
}
