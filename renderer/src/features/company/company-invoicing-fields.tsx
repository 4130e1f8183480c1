import { useWatch } from 'react-hook-form';
import { DEFAULT_INVOICE_PATTERN, formatInvoiceNumber } from '@shared/numbering/number-pattern';
import type { PaymentTerms } from '@shared/payment-terms/payment-terms';
import type { Option } from '../../components/select-field';
import { FormRadioGroup, FormSelectField, FormTextField } from '../../forms/form-fields';
import { t } from '../../i18n/t';
import type { CompanySectionProps } from './company-field-props';
import { companyLimits } from './company-form-model';

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
export function CompanyInvoicingFields({ control }: CompanySectionProps) {
  const [paymentKind, creditNoteSeries, invoiceNumberPattern, creditNoteNumberPattern] = useWatch({ control, name: ['paymentKind', 'creditNoteSeries', 'invoiceNumberPattern', 'creditNoteNumberPattern'] });
  const hasDays = paymentKind === 'net' || paymentKind === 'net-end-of-month';
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('company.section.bank')}</legend>
        <FormTextField control={control} name="iban" label={t('company.iban')} hint={t('company.ibanHint')} maxLength={42} />
        <FormTextField control={control} name="bic" label={t('company.bic')} maxLength={14} />
      </fieldset>
      <fieldset className="form-section" id="numerotation">
        <legend>{t('company.section.numbering')}</legend>
        <FormTextField
          control={control}
          name="invoiceNumberPattern"
          label={t('company.invoicePattern')}
          hint={t('company.patternHint', { example: example(invoiceNumberPattern) })}
        />
        <FormRadioGroup
          control={control}
          name="creditNoteSeries"
          legend={t('company.creditNoteSeries')}
          options={[
            { value: 'own', label: t('company.creditNoteSeries.own') },
            { value: 'same', label: t('company.creditNoteSeries.same') },
          ]}
        />
        {creditNoteSeries === 'own' ? (
          <FormTextField
            control={control}
            name="creditNoteNumberPattern"
            label={t('company.creditNotePattern')}
            hint={t('company.patternHint', { example: example(creditNoteNumberPattern) })}
          />
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.payment')}</legend>
        <div className="field-row even">
          <FormSelectField control={control} name="paymentKind" label={t('company.paymentTerms')} options={paymentOptions} />
          {hasDays ? (
            <FormTextField control={control} name="paymentDays" label={t('company.paymentDays')} hint={t('company.paymentDaysHint')} inputMode="numeric" maxLength={3} />
          ) : null}
        </div>
        <FormTextField
          control={control}
          name="latePenaltyRatePercent"
          label={t('company.latePenaltyRate')}
          hint={t('company.latePenaltyRateHint')}
          inputMode="decimal"
        />
        <FormTextField control={control} name="discountConditions" maxLength={companyLimits.discountConditions} label={t('company.discountConditions')} hint={t('company.discountConditionsHint')} />
      </fieldset>
    </>
  );
}
