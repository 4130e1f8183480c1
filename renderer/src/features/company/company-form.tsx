import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { CompanyProfile, CompanyProfileInput } from '@shared/company/company-profile';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';
import { CompanyIdentityFields } from './company-identity-fields';
import { CompanyInvoicingFields } from './company-invoicing-fields';
import { companyFormSchema, companyNouns, fieldOfPath, toFields, type CompanyDefaults, type CompanyFormFields } from './company-form-model';

interface CompanyFormProps {
  profile: CompanyProfile | null | undefined;
  /** Pre-fill for a first profile (the wizard's answers); ignored once a profile exists. */
  defaults?: CompanyDefaults;
  submitLabel?: string;
  onSaved?: (profile: CompanyProfile) => void;
}

/** The same form in the wizard and in Réglages. Starts from the profile as loaded; after a save it shows what was stored. */
export function CompanyForm({ profile, defaults, submitLabel, onSaved }: CompanyFormProps) {
  const form = useForm<CompanyFormFields, unknown, CompanyProfileInput>({ defaultValues: toFields(profile, defaults), resolver: zodResolver(companyFormSchema) });
  const submit = useFormSubmit({
    form,
    channel: 'company:save',
    request: (input) => input,
    fieldOf: fieldOfPath,
    nounOf: companyNouns,
    messages: { saved: t('company.saved'), invalid: t('company.fixErrors') },
    onSaved: (saved) => {
      // What was stored, as stored (SIRET grouped, IBAN in blocks of four).
      form.reset(toFields(saved));
      onSaved?.(saved);
    },
  });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-describedby="company-intro" aria-busy={submit.isSaving}>
      <p id="company-intro">{t('company.intro')}</p>
      <CompanyIdentityFields control={form.control} />
      <CompanyInvoicingFields control={form.control} />
      <div className="form-actions">
        <SaveButton label={submitLabel ?? t('company.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
