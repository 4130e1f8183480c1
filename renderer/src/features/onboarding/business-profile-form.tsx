import { useRef, useState, type FormEvent } from 'react';
import { BusinessProfileSchema, type BusinessLegalForm, type BusinessProfile } from '@shared/onboarding/business-profile';
import type { OnboardingView } from '@shared/onboarding/onboarding-view';
import { useBridge } from '../../api/client';
import { CheckboxField } from '../../components/checkbox-field';
import { FormStatus, focusFirstError, type Status } from '../../components/form-status';
import { RadioGroup } from '../../components/radio-group';
import { SaveButton } from '../../components/save-button';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';

interface Fields {
  headcount: string;
  legalForm: BusinessLegalForm | null;
  vatFranchise: 'yes' | 'no' | null;
  sellsTo: BusinessProfile['sellsTo'];
}
type FieldErrors = Partial<Record<'headcount' | 'legalForm' | 'vatFranchise', string>>;

function toFields(profile: BusinessProfile | null): Fields {
  if (!profile) return { headcount: '0', legalForm: null, vatFranchise: null, sellsTo: { publicBuyers: false, companies: false, individuals: false } };
  return {
    headcount: profile.headcount === undefined ? '' : String(profile.headcount),
    legalForm: profile.legalForm,
    vatFranchise: profile.vatFranchise ? 'yes' : 'no',
    sellsTo: profile.sellsTo,
  };
}

function validate(fields: Fields): { profile: BusinessProfile | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const headcount = fields.headcount.trim();
  if (!/^\d+$/.test(headcount)) errors.headcount = t('business.headcountInvalid');
  if (fields.legalForm === null) errors.legalForm = t('business.legalFormMissing');
  if (fields.vatFranchise === null) errors.vatFranchise = t('business.vatMissing');
  if (Object.keys(errors).length > 0) return { profile: null, errors };
  const parsed = BusinessProfileSchema.safeParse({ headcount: Number(headcount), legalForm: fields.legalForm, vatFranchise: fields.vatFranchise === 'yes', sellsTo: fields.sellsTo });
  if (parsed.success) return { profile: parsed.data, errors };
  return { profile: null, errors: { headcount: parsed.error.issues[0]?.message } };
}

/** Wizard step 1: four questions that decide the calendar and pre-fill the company profile. */
export function BusinessProfileForm({ view, onSaved }: { view: OnboardingView; onSaved: (view: OnboardingView) => void }) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Fields>(() => toFields(view.businessProfile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const setChannel = (channel: keyof Fields['sellsTo']) => (checked: boolean) =>
    setFields((current) => ({ ...current, sellsTo: { ...current.sellsTo, [channel]: checked } }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { profile, errors: found } = validate(fields);
    setErrors(found);
    if (!profile) {
      setStatus({ kind: 'error', message: t('business.fixErrors') });
      focusFirstError(formRef.current);
      return;
    }
    setIsSaving(true);
    setStatus(null);
    const result = await bridge.invoke('onboarding:saveBusinessProfile', profile);
    setIsSaving(false);
    if (!result.ok) {
      setStatus({ kind: 'error', message: result.error.message });
      return;
    }
    setStatus({ kind: 'saved', message: t('business.saved') });
    onSaved(result.value);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={isSaving}>
      <p>{t('business.intro')}</p>
      <TextField name="headcount" label={t('business.headcount')} hint={t('business.headcountHint')} value={fields.headcount} onChange={(headcount) => setFields((c) => ({ ...c, headcount }))} error={errors.headcount} inputMode="numeric" maxLength={6} isRequired />
      <RadioGroup
        name="legalForm"
        legend={t('business.legalForm')}
        value={fields.legalForm}
        onChange={(legalForm) => setFields((c) => ({ ...c, legalForm }))}
        error={errors.legalForm}
        isRequired
        options={[
          { value: 'micro-entrepreneur', label: t('business.legalForm.micro'), hint: t('business.legalForm.microHint') },
          { value: 'ei', label: t('business.legalForm.ei') },
          { value: 'societe', label: t('business.legalForm.societe'), hint: t('business.legalForm.societeHint') },
        ]}
      />
      <RadioGroup
        name="vatFranchise"
        legend={t('business.vat')}
        value={fields.vatFranchise}
        onChange={(vatFranchise) => setFields((c) => ({ ...c, vatFranchise }))}
        error={errors.vatFranchise}
        isRequired
        options={[
          { value: 'yes', label: t('business.vat.franchise'), hint: t('business.vat.franchiseHint') },
          { value: 'no', label: t('business.vat.charged') },
        ]}
      />
      <fieldset className="field-group">
        <legend>{t('business.customers')}</legend>
        <p className="field-hint">{t('business.customersHint')}</p>
        <CheckboxField name="publicBuyers" label={t('business.customers.public')} checked={fields.sellsTo.publicBuyers} onChange={setChannel('publicBuyers')} />
        <CheckboxField name="companies" label={t('business.customers.companies')} checked={fields.sellsTo.companies} onChange={setChannel('companies')} />
        <CheckboxField name="individuals" label={t('business.customers.individuals')} checked={fields.sellsTo.individuals} onChange={setChannel('individuals')} />
      </fieldset>
      <div className="form-actions">
        <SaveButton label={t('wizard.saveAndContinue')} isSaving={isSaving} />
        <FormStatus status={status} />
      </div>
    </form>
  );
}
