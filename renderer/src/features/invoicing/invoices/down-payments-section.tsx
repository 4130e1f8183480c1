import type { Control } from 'react-hook-form';
import { formatShortDate } from '@shared/dates/french-dates';
import { formatEuros } from '@shared/money/euros';
import { useChannelQuery } from '../../../api/queries';
import { CheckboxField } from '../../../components/checkbox-field';
import { FormCheckboxField } from '../../../forms/form-fields';
import { t } from '../../../i18n/t';
import type { EditorFields } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

interface DownPaymentsSectionProps {
  control: Control<EditorFields>;
  fields: EditorFields;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
}

/**
 * « Acomptes » of an invoice (never of a credit note): this piece is itself a facture d'acompte (386), or it
 * is the final invoice and deducts the customer's issued ones (number and date printed, one negative line
 * per VAT rate). A down payment already deducted by another invoice is shown, not offered.
 */
export function DownPaymentsSection({ control, fields, problems, onChange }: DownPaymentsSectionProps) {
  const customerId = /^\d+$/.test(fields.customerId) ? Number(fields.customerId) : 0;
  const downPayments = useChannelQuery('invoices:downPayments', { customerId: customerId || 1 }, { enabled: customerId > 0 });
  const rows = customerId > 0 ? (downPayments.data ?? []) : [];
  const chosen = new Set(fields.downPaymentInvoiceIds);
  const error = problems.get('downPaymentInvoiceIds')?.message;
  function toggle(id: number, isChecked: boolean) {
    const ids = isChecked ? [...fields.downPaymentInvoiceIds, id] : fields.downPaymentInvoiceIds.filter((other) => other !== id);
    onChange({ downPaymentInvoiceIds: ids });
  }
  return (
    <fieldset className="form-section">
      <legend>{t('editor.downPaymentsLegend')}</legend>
      <FormCheckboxField control={control} name="isDownPayment" label={t('editor.isDownPayment')} hint={t('editor.isDownPaymentHint')} />
      {fields.isDownPayment ? null : rows.length === 0 ? (
        <p className="muted">{customerId > 0 ? t('editor.noDownPayments') : t('editor.downPaymentsNeedCustomer')}</p>
      ) : (
        <div role="group" aria-labelledby="down-payments-title">
          <p id="down-payments-title" className="field-label">{t('editor.downPaymentsToDeduct')}</p>
          {rows.map((row) => {
            const isDeductedElsewhere = row.deductedBy !== null && !chosen.has(row.id);
            const label = t('editor.downPaymentChoice', { number: row.number, date: formatShortDate(row.issueDate), total: formatEuros(row.totalCents) });
            return isDeductedElsewhere ? (
              <p key={row.id} className="muted">{t('editor.downPaymentDeducted', { label, invoice: row.deductedBy ?? '' })}</p>
            ) : (
              <CheckboxField key={row.id} name="downPaymentInvoiceIds" label={label} checked={chosen.has(row.id)} onChange={(isChecked) => toggle(row.id, isChecked)} error={chosen.has(row.id) ? error : undefined} />
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
