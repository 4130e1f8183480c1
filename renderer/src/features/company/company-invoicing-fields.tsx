import { DEFAULT_INVOICE_PATTERN, formatInvoiceNumber } from '@shared/numbering/number-pattern';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
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

/** An example number for the pattern typed, so "{seq:0000}" means something to the user. */
function example(pattern: string): string {
  const year = new Date().getFullYear();
  return formatInvoiceNumber(pattern.trim() === '' ? DEFAULT_INVOICE_PATTERN : pattern, year, 1);
}

/** Bank details, numbering and payment terms: what every invoice prints beside the seller. */
export function CompanyInvoicingFields({ fields, errors, set }: CompanySectionProps) {
  const hasDays = fields.paymentKind === 'net' || fields.paymentKind === 'net-end-of-month';
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
          hint={t('company.patternHint', { example: example(fields.invoiceNumberPattern) })}
          value={fields.invoiceNumberPattern}
          onChange={set('invoiceNumberPattern')}
          error={errors.invoiceNumberPattern}
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
            hint={t('company.patternHint', { example: example(fields.creditNoteNumberPattern) })}
            value={fields.creditNoteNumberPattern}
            onChange={set('creditNoteNumberPattern')}
            error={errors.creditNoteNumberPattern}
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
