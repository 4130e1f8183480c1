import { PAYMENT_MEANS_CODES, type PaymentMeansCode } from '@shared/invoicing/invoice-document';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { amountProblem, type EditorFields } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

interface PaymentSectionProps {
  prepaid: string;
  paymentMeansCode: PaymentMeansCode;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
}

/** The acompte already received (BT-113, deducted from the amount due) and the payment means (BT-81). */
export function PaymentSection({ prepaid, paymentMeansCode, problems, onChange }: PaymentSectionProps) {
  const prepaidError = amountProblem(prepaid, false) ? t('editor.amountInvalid') : problems.get('prepaid')?.message;
  return (
    <section className="form-section" aria-labelledby="payment-title">
      <h2 id="payment-title">{t('editor.paymentTitle')}</h2>
      <div className="field-row even">
        <TextField name="prepaid" label={t('editor.prepaidAmount')} hint={t('editor.prepaidHint')} inputMode="decimal" value={prepaid} onChange={(value) => onChange({ prepaid: value })} error={prepaidError} />
        <SelectField
          name="paymentMeansCode"
          label={t('editor.paymentMeans')}
          hint={t('editor.paymentMeansHint')}
          value={paymentMeansCode}
          // 42 is how a credit note refunds the customer, never how an invoice is paid.
          options={PAYMENT_MEANS_CODES.filter((code) => code !== '42').map((code) => ({ value: code, label: t(`editor.paymentMeans.${code}` satisfies MessageKey) }))}
          onChange={(code) => onChange({ paymentMeansCode: code })}
          error={problems.get('paymentMeansCode')?.message}
        />
      </div>
    </section>
  );
}
