import { LEGAL_FORMS, type LegalForm } from '@shared/invoicing/party';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField, type Option } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import type { MessageKey } from '../../i18n/fr';
import { t } from '../../i18n/t';
import type { CompanySectionProps } from './company-field-props';
import type { CompanyFormFields } from './company-form-model';

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
export function CompanyIdentityFields({ fields, errors, set }: CompanySectionProps) {
  const hasPlace = fields.registrationKind === 'rcs' || fields.registrationKind === 'rm';
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('company.section.identity')}</legend>
        <TextField name="legalName" label={t('company.legalName')} value={fields.legalName} onChange={set('legalName')} error={errors.legalName} isRequired autoComplete="organization" />
        <TextField name="tradeName" label={t('company.tradeName')} value={fields.tradeName} onChange={set('tradeName')} error={errors.tradeName} />
        <TextField name="siret" label={t('company.siret')} hint={t('company.siretHint')} value={fields.siret} onChange={set('siret')} error={errors.siret} isRequired inputMode="numeric" maxLength={20} />
        <SelectField name="legalForm" label={t('company.legalForm')} value={fields.legalForm} options={legalFormOptions} onChange={set('legalForm')} error={errors.legalForm} />
        <TextField name="shareCapital" label={t('company.shareCapital')} hint={t('company.shareCapitalHint')} value={fields.shareCapital} onChange={set('shareCapital')} error={errors.shareCapital} inputMode="decimal" />
        <SelectField name="registrationKind" label={t('company.registration')} hint={t('company.registrationHint')} value={fields.registrationKind} options={registrationOptions} onChange={set('registrationKind')} />
        {hasPlace ? (
          <TextField
            name="registrationPlace"
            label={fields.registrationKind === 'rcs' ? t('company.registrationCity') : t('company.registrationPlace')}
            value={fields.registrationPlace}
            onChange={set('registrationPlace')}
            error={errors.registrationPlace}
            isRequired
          />
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.vat')}</legend>
        <CheckboxField name="vatFranchise" label={t('company.vatFranchise')} hint={t('company.vatFranchiseHint')} checked={fields.vatFranchise} onChange={set('vatFranchise')} />
        <TextField name="vatNumber" label={t('company.vatNumber')} hint={t('company.vatNumberHint')} value={fields.vatNumber} onChange={set('vatNumber')} error={errors.vatNumber} maxLength={20} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.section.address')}</legend>
        <TextField name="addressLine1" label={t('company.addressLine1')} value={fields.addressLine1} onChange={set('addressLine1')} error={errors.addressLine1} isRequired autoComplete="address-line1" />
        <TextField name="addressLine2" label={t('company.addressLine2')} value={fields.addressLine2} onChange={set('addressLine2')} error={errors.addressLine2} autoComplete="address-line2" />
        <div className="field-row">
          <TextField name="postcode" label={t('company.postcode')} value={fields.postcode} onChange={set('postcode')} error={errors.postcode} isRequired inputMode="numeric" maxLength={5} autoComplete="postal-code" />
          <TextField name="city" label={t('company.city')} value={fields.city} onChange={set('city')} error={errors.city} isRequired autoComplete="address-level2" />
        </div>
        <div className="field-row even">
          <TextField name="email" type="email" label={t('company.email')} value={fields.email} onChange={set('email')} error={errors.email} autoComplete="email" inputMode="email" />
          <TextField name="phone" type="tel" label={t('company.phone')} value={fields.phone} onChange={set('phone')} error={errors.phone} autoComplete="tel" inputMode="tel" />
        </div>
      </fieldset>
    </>
  );
}
