import { useRef, useState, type FormEvent } from 'react';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { PAYMENT_MODES, PAYMENT_MODE_CODES } from '@shared/invoicing/payments';
import type { Result } from '@shared/ipc/result';
import { formatEuros } from '@shared/money/euros';
import { useBridge } from '../../../api/client';
import { FormStatus, focusFirstError, type Status } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { t } from '../../../i18n/t';
import { DateField } from '../components/date-field';
import { shortDate } from '../components/dates';
import { useToday } from '../components/use-today';
import { centsToFrenchInput, frenchToCents } from '../french-input';

type Mode = (typeof PAYMENT_MODE_CODES)[number];
const MODE_OPTIONS = PAYMENT_MODE_CODES.map((code) => ({ value: code, label: PAYMENT_MODES[code] }));

interface PaymentsProps {
  detail: InvoiceDetail;
  onChanged: (detail: InvoiceDetail) => void;
}

/** Payments received, a form to record one (French amount), and "Marquer comme payée" for the rest. */
export function PaymentsSection({ detail, onChanged }: PaymentsProps) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  // Today by the application's clock; until it answers (a few milliseconds) the field stays empty.
  const { today } = useToday();
  const [typedPaidOn, setPaidOn] = useState<string | null>(null);
  const paidOn = typedPaidOn ?? today ?? '';
  const [amount, setAmount] = useState(() => (detail.remainingCents > 0 ? centsToFrenchInput(detail.remainingCents) : ''));
  const [mode, setMode] = useState<Mode>('transfer');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'paidOn' | 'amount' | 'mode', string>>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const canPay = detail.typeCode === '380' && detail.remainingCents > 0;

  function fieldOf(path: string | undefined): 'paidOn' | 'amount' | 'mode' {
    if (path === 'paidOn' || path === 'mode') return path;
    return 'amount';
  }

  async function finish(result: Result<InvoiceDetail>, message: string) {
    setIsSaving(false);
    if (result.ok) {
      setErrors({});
      setStatus({ kind: 'saved', message });
      setAmount(result.value.remainingCents > 0 ? centsToFrenchInput(result.value.remainingCents) : '');
      onChanged(result.value);
      return;
    }
    setErrors({ [fieldOf(result.error.field)]: result.error.message });
    setStatus({ kind: 'error', message: result.error.message });
    focusFirstError(formRef.current);
  }

  async function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!paidOn) {
      setErrors({ paidOn: t('common.dateInvalid') });
      setStatus({ kind: 'error', message: t('common.dateInvalid') });
      focusFirstError(formRef.current);
      return;
    }
    const cents = frenchToCents(amount);
    if (cents === null || cents === 0) {
      setErrors({ amount: t('detail.amountInvalid') });
      setStatus({ kind: 'error', message: t('detail.amountInvalid') });
      focusFirstError(formRef.current);
      return;
    }
    setIsSaving(true);
    await finish(await bridge.invoke('payments:record', { invoiceId: detail.id, paidOn, amountCents: cents, mode, note }), t('detail.recorded'));
  }

  async function markPaid() {
    setIsSaving(true);
    await finish(await bridge.invoke('payments:markPaid', { invoiceId: detail.id, paidOn, mode }), t('detail.markedPaid'));
  }

  return (
    <section className="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('detail.payments')}</h2>
      {detail.typeCode === '380' ? <p><strong>{t('detail.remaining', { amount: formatEuros(detail.remainingCents) })}</strong></p> : null}
      {detail.payments.length === 0 ? (
        <p className="muted">{t('detail.paymentsNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('detail.payments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detail.col.paidOn')}</th>
                <th scope="col" className="num">{t('detail.col.amount')}</th>
                <th scope="col">{t('detail.col.mode')}</th>
                <th scope="col">{t('detail.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.payments.map((payment) => (
                <tr key={payment.id}>
                  <td className="nowrap">{shortDate(payment.paidOn)}</td>
                  <td className="num nowrap">{formatEuros(payment.amountCents)}</td>
                  <td>{PAYMENT_MODES[payment.mode as Mode] ?? payment.mode}</td>
                  <td>{payment.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPay ? (
        <form ref={formRef} onSubmit={record} noValidate aria-busy={isSaving}>
          <fieldset className="form-section">
            <legend>{t('detail.recordLegend')}</legend>
            <div className="field-row even">
              <DateField name="paidOn" label={t('detail.paidOn')} isRequired value={paidOn} onChange={setPaidOn} error={errors.paidOn} />
              <TextField name="amount" label={t('detail.amount')} isRequired inputMode="decimal" hint={t('detail.amountHint')} value={amount} onChange={setAmount} error={errors.amount} />
              <SelectField name="mode" label={t('detail.mode')} value={mode} options={MODE_OPTIONS} onChange={setMode} error={errors.mode} />
            </div>
            <TextField name="paymentNote" label={t('detail.paymentNote')} value={note} onChange={setNote} />
            <div className="form-actions">
              <SaveButton label={t('detail.record')} isSaving={isSaving} />
              <button type="button" className="button" onClick={() => void markPaid()} disabled={isSaving}>
                {t('detail.markPaid')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : null}
      <FormStatus status={status} />
    </section>
  );
}
