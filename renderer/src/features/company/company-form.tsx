import { useRef, useState, type FormEvent } from 'react';
import type { CompanyProfile } from '@shared/company/company-profile';
import { useBridge } from '../../api/client';
import { FormStatus, focusFirstError, type Status } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { t } from '../../i18n/t';
import { CompanyIdentityFields } from './company-identity-fields';
import { CompanyInvoicingFields } from './company-invoicing-fields';
import { fieldOfPath, toFields, validate, type CompanyDefaults, type CompanyFieldErrors, type CompanyFieldName, type CompanyFormFields } from './company-form-model';

interface CompanyFormProps {
  profile: CompanyProfile | null | undefined;
  /** Pre-fill for a first profile (the wizard's answers); ignored once a profile exists. */
  defaults?: CompanyDefaults;
  submitLabel?: string;
  onSaved?: (profile: CompanyProfile) => void;
}

/** The same form in the wizard and in Réglages. Starts from the profile as loaded; after a save it shows what was stored. */
export function CompanyForm({ profile, defaults, submitLabel, onSaved }: CompanyFormProps) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<CompanyFormFields>(() => toFields(profile, defaults));
  const [errors, setErrors] = useState<CompanyFieldErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const set =
    <K extends CompanyFieldName>(name: K) =>
    (value: CompanyFormFields[K]) =>
      setFields((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = validate(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('company.fixErrors') });
      focusFirstError(formRef.current);
      return;
    }
    setIsSaving(true);
    setStatus(null);
    const result = await bridge.invoke('company:save', input);
    setIsSaving(false);
    if (result.ok) {
      setFields(toFields(result.value));
      setStatus({ kind: 'saved', message: t('company.saved') });
      onSaved?.(result.value);
    } else {
      const field = result.error.field ? fieldOfPath(result.error.field) : null;
      if (field) setErrors({ [field]: result.error.message });
      setStatus({ kind: 'error', message: result.error.message });
      focusFirstError(formRef.current);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-describedby="company-intro" aria-busy={isSaving}>
      <p id="company-intro">{t('company.intro')}</p>
      <CompanyIdentityFields fields={fields} errors={errors} set={set} />
      <CompanyInvoicingFields fields={fields} errors={errors} set={set} />
      <div className="form-actions">
        <SaveButton label={submitLabel ?? t('company.save')} isSaving={isSaving} />
        <FormStatus status={status} />
      </div>
    </form>
  );
}
