import { PAYMENT_MEANS_CODES, type PaymentMeansCode } from '@shared/invoicing/invoice-document';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { numberProblem } from '../french-input';
import type { EditorFields } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

interface PaymentSectionProps {
  prepaid: string;
  paymentMeansCode: PaymentMeansCode;
  /** A credit note asks how the customer is refunded instead of how it pays. */
  isCreditNote?: boolean;
  refundMeansCode?: '' | PaymentMeansCode;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
}

/** How a credit note pays the customer back; none when it only reduces what is still owed. */
const REFUND_MEANS: readonly PaymentMeansCode[] = ['42', '20', '10', '48'];

/**
 * The acompte already received (BT-113, deducted from the amount due) and the payment means (BT-81). On a
 * credit note: « Remboursement », the means of the refund (printed with the IBAN part only when one is due).
 */
export function PaymentSection({ prepaid, paymentMeansCode, isCreditNote = false, refundMeansCode = '', problems, onChange }: PaymentSectionProps) {
  const prepaidError = numberProblem(prepaid, 2) ?? problems.get('prepaid')?.message;
  if (isCreditNote) {
    return (
      <section className="form-section" aria-labelledby="payment-title">
        <h2 id="payment-title">{t('editor.refundTitle')}</h2>
        <SelectField<'' | PaymentMeansCode>
          name="refundMeansCode"
          label={t('editor.refundMeans')}
          hint={t('editor.refundMeansHint')}
          value={refundMeansCode}
          options={[{ value: '', label: t('editor.refundNone') }, ...REFUND_MEANS.map((code) => ({ value: code, label: t(`editor.paymentMeans.${code}` satisfies MessageKey) }))]}
          onChange={(code) => onChange({ refundMeansCode: code })}
          error={problems.get('refundMeansCode')?.message}
        />
      </section>
    );
  }
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
