import { DEFAULT_INVOICE_PATTERN } from '@shared/numbering/number-pattern';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
import { useChannel } from '../../api/client';
import { RadioGroup } from '../../components/radio-group';
import { SelectField, type Option } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import type { CompanySectionProps } from './company-field-props';

const paymentOptions: ReadonlyArray<Option<PaymentTerms['kind']>> = [
  { value: 'net', label: t('company.payment.net') },
  { value: 'net-end-of-month', label: t('company.payment.netEndOfMonth') },
  { value: 'end-of-month', label: t('company.payment.endOfMonth') },
  { value: 'on-receipt', label: t('company.payment.onReceipt') },
];

/**
 * The next number each typed pattern would give (main answers from the numbers already issued), or why
 * the pattern cannot be used: shown at the field before the user saves.
 */
function useNumberPreview(fields: CompanySectionProps['fields']) {
  const preview = useChannel('company:numberPreview', {
    invoiceNumberPattern: fields.invoiceNumberPattern.trim() === '' ? DEFAULT_INVOICE_PATTERN : fields.invoiceNumberPattern.trim(),
    creditNoteSeries: fields.creditNoteSeries,
    creditNoteNumberPattern: fields.creditNoteNumberPattern.trim(),
  }).value;
  const hint = (series: 'invoice' | 'creditNote') => t('company.patternHint', { example: preview?.[series].next ?? '…' });
  return { invoiceHint: hint('invoice'), creditNoteHint: hint('creditNote'), invoiceProblem: preview?.invoice.problem ?? undefined, creditNoteProblem: preview?.creditNote.problem ?? undefined };
}

/** Bank details, numbering and payment terms: what every invoice prints beside the seller. */
export function CompanyInvoicingFields({ fields, errors, set }: CompanySectionProps) {
  const hasDays = fields.paymentKind === 'net' || fields.paymentKind === 'net-end-of-month';
  const numbers = useNumberPreview(fields);
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('company.section.bank')}</legend>
        <TextField name="iban" label={t('company.iban')} hint={t('company.ibanHint')} value={fields.iban} onChange={set('iban')} error={errors.iban} maxLength={42} />
        <TextField name="bic" label={t('company.bic')} value={fields.bic} onChange={set('bic')} error={errors.bic} maxLength={14} />
      </fieldset>
      <fieldset className="form-section" id="numerotation">
        <legend>{t('company.section.numbering')}</legend>
        <TextField
          name="invoiceNumberPattern"
          label={t('company.invoicePattern')}
          hint={numbers.invoiceHint}
          value={fields.invoiceNumberPattern}
          onChange={set('invoiceNumberPattern')}
          error={errors.invoiceNumberPattern ?? numbers.invoiceProblem}
        />
        <RadioGroup
          name="creditNoteSeries"
          legend={t('company.creditNoteSeries')}
          value={fields.creditNoteSeries}
          onChange={set('creditNoteSeries')}
          options={[
            { value: 'own', label: t('company.creditNoteSeries.own') },
            { value: 'same', label: t('company.creditNoteSeries.same') },
          ]}
        />
        {fields.creditNoteSeries === 'own' ? (
          <TextField
            name="creditNoteNumberPattern"
            label={t('company.creditNotePattern')}
            hint={numbers.creditNoteHint}
            value={fields.creditNoteNumberPattern}
            onChange={set('creditNoteNumberPattern')}
            error={errors.creditNoteNumberPattern ?? numbers.creditNoteProblem}
          />
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.payment')}</legend>
        <div className="field-row even">
          <SelectField name="paymentKind" label={t('company.paymentTerms')} value={fields.paymentKind} options={paymentOptions} onChange={set('paymentKind')} />
          {hasDays ? (
            <TextField name="paymentDays" label={t('company.paymentDays')} hint={t('company.paymentDaysHint')} value={fields.paymentDays} onChange={set('paymentDays')} error={errors.paymentDays} inputMode="numeric" maxLength={3} />
          ) : null}
        </div>
        <TextField
          name="latePenaltyRatePercent"
          label={t('company.latePenaltyRate')}
          hint={t('company.latePenaltyRateHint')}
          value={fields.latePenaltyRatePercent}
          onChange={set('latePenaltyRatePercent')}
          error={errors.latePenaltyRatePercent}
          inputMode="decimal"
        />
        <TextField name="discountConditions" label={t('company.discountConditions')} hint={t('company.discountConditionsHint')} value={fields.discountConditions} onChange={set('discountConditions')} error={errors.discountConditions} />
      </fieldset>
    </>
  );
}
