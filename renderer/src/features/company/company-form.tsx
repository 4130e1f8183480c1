import { useState, type FormEvent } from 'react';
import { CompanyProfileInputSchema, type CompanyProfile } from '../../../../shared/company/company-profile';
import { formatSiret } from '../../../../shared/company/format-siret';
import { useBridge } from '../../api/client';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';

type Fields = { legalName: string; siret: string; addressLine1: string; addressLine2: string; postcode: string; city: string };
type FieldErrors = Partial<Record<keyof Fields, string>>;

const empty: Fields = { legalName: '', siret: '', addressLine1: '', addressLine2: '', postcode: '', city: '' };

function toFields(profile: CompanyProfile | null | undefined): Fields {
  if (!profile) return empty;
  const { legalName, siret, addressLine1, addressLine2, postcode, city } = profile;
  return { legalName, siret: formatSiret(siret), addressLine1, addressLine2, postcode, city };
}

/** Checks with the same schema main applies, so the user sees every problem at once, in French. */
function validate(fields: Fields): FieldErrors {
  const parsed = CompanyProfileInputSchema.safeParse(fields);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof Fields;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Starts from the profile as loaded; after a save the form already shows what was stored. */
export function CompanyForm({ profile }: { profile: CompanyProfile | null | undefined }) {
  const bridge = useBridge();
  const [fields, setFields] = useState<Fields>(() => toFields(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('company.fixErrors') });
      focusFirstError(event.currentTarget);
      return;
    }
    setIsSaving(true);
    const result = await bridge.invoke('company:save', fields);
    setIsSaving(false);
    if (result.ok) {
      setFields(toFields(result.value));
      setStatus({ kind: 'saved', message: t('company.saved') });
    } else {
      if (result.error.field) setErrors({ [result.error.field]: result.error.message });
      setStatus({ kind: 'error', message: result.error.message });
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby="company-intro">
      <p id="company-intro">{t('company.intro')}</p>
      <TextField name="legalName" label={t('company.legalName')} value={fields.legalName} onChange={set('legalName')} error={errors.legalName} isRequired autoComplete="organization" />
      <TextField name="siret" label={t('company.siret')} hint={t('company.siretHint')} value={fields.siret} onChange={set('siret')} error={errors.siret} isRequired inputMode="numeric" maxLength={20} />
      <TextField name="addressLine1" label={t('company.addressLine1')} value={fields.addressLine1} onChange={set('addressLine1')} error={errors.addressLine1} isRequired autoComplete="address-line1" />
      <TextField name="addressLine2" label={t('company.addressLine2')} value={fields.addressLine2} onChange={set('addressLine2')} error={errors.addressLine2} autoComplete="address-line2" />
      <div className="field-row">
        <TextField name="postcode" label={t('company.postcode')} value={fields.postcode} onChange={set('postcode')} error={errors.postcode} isRequired inputMode="numeric" maxLength={5} autoComplete="postal-code" />
        <TextField name="city" label={t('company.city')} value={fields.city} onChange={set('city')} error={errors.city} isRequired autoComplete="address-level2" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isSaving} aria-busy={isSaving}>
          {isSaving ? t('company.saving') : t('company.save')}
        </button>
        <p role={status?.kind === 'error' ? 'alert' : 'status'} className={`form-status ${status?.kind ?? ''}`}>
          {status?.message}
        </p>
      </div>
    </form>
  );
}

function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}
