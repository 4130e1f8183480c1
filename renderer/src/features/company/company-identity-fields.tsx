import { useWatch } from 'react-hook-form';
import { LEGAL_FORMS, type LegalForm } from '@shared/invoicing/party';
import type { Option } from '../../components/select-field';
import type { MessageKey } from '../../i18n/fr';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../forms/form-fields';
import { t } from '../../i18n/t';
import type { CompanySectionProps } from './company-field-props';
import { companyLimits, type CompanyFormFields } from './company-form-model';

const legalFormOptions: ReadonlyArray<Option<LegalForm | ''>> = [
  { value: '', label: t('company.legalFormUnset') },
  ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`legalForm.${form}` satisfies MessageKey) })),
];

const registrationOptions: ReadonlyArray<Option<CompanyFormFields['registrationKind']>> = [
  { value: 'none', label: t('company.registration.none') },
  { value: 'exempt', label: t('company.registration.exempt') },
  { value: 'rcs', label: t('company.registration.rcs') },
  { value: 'rm', label: t('company.registration.rm') },
];

/** Who the seller is: name, SIRET, address, contact, legal form, VAT and register. */
export function CompanyIdentityFields({ control }: CompanySectionProps) {
  const registrationKind = useWatch({ control, name: 'registrationKind' });
  const hasPlace = registrationKind === 'rcs' || registrationKind === 'rm';
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('company.section.identity')}</legend>
        <FormTextField control={control} name="legalName" maxLength={companyLimits.legalName} label={t('company.legalName')} isRequired autoComplete="organization" />
        <FormTextField control={control} name="tradeName" maxLength={companyLimits.tradeName} label={t('company.tradeName')} />
        <FormTextField control={control} name="siret" label={t('company.siret')} hint={t('company.siretHint')} isRequired inputMode="numeric" maxLength={20} />
        <FormSelectField control={control} name="legalForm" label={t('company.legalForm')} options={legalFormOptions} />
        <FormTextField control={control} name="shareCapital" label={t('company.shareCapital')} hint={t('company.shareCapitalHint')} inputMode="decimal" />
        <FormSelectField control={control} name="registrationKind" label={t('company.registration')} hint={t('company.registrationHint')} options={registrationOptions} />
        {hasPlace ? (
          <FormTextField
            control={control}
            name="registrationPlace"
            maxLength={companyLimits.registrationPlace}
            label={registrationKind === 'rcs' ? t('company.registrationCity') : t('company.registrationPlace')}
            isRequired
          />
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.vat')}</legend>
        <FormCheckboxField control={control} name="vatFranchise" label={t('company.vatFranchise')} hint={t('company.vatFranchiseHint')} />
        <FormTextField control={control} name="vatNumber" label={t('company.vatNumber')} hint={t('company.vatNumberHint')} maxLength={20} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.address')}</legend>
        <FormTextField control={control} name="addressLine1" maxLength={companyLimits.addressLine1} label={t('company.addressLine1')} isRequired autoComplete="address-line1" />
        <FormTextField control={control} name="addressLine2" maxLength={companyLimits.addressLine2} label={t('company.addressLine2')} autoComplete="address-line2" />
        <div className="field-row">
          <FormTextField control={control} name="postcode" label={t('company.postcode')} isRequired inputMode="numeric" maxLength={5} autoComplete="postal-code" />
          <FormTextField control={control} name="city" maxLength={companyLimits.city} label={t('company.city')} isRequired autoComplete="address-level2" />
        </div>
        <div className="field-row even">
          <FormTextField control={control} name="email" type="email" label={t('company.email')} autoComplete="email" inputMode="email" />
          <FormTextField control={control} name="phone" type="tel" label={t('company.phone')} autoComplete="tel" inputMode="tel" />
        </div>
      </fieldset>
    </>
  );
}
