import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { BusinessProfileSchema, type BusinessLegalForm, type BusinessProfile, type BusinessProfileInput } from '@shared/onboarding/business-profile';
import type { OnboardingView } from '@shared/onboarding/onboarding-view';
import { FormStatus } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormCheckboxField, FormRadioGroup, FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';

interface Fields {
  headcount: string;
  legalForm: BusinessLegalForm | null;
  vatFranchise: 'yes' | 'no' | null;
  sellsTo: BusinessProfile['sellsTo'];
}

function toFields(profile: BusinessProfile | null): Fields {
  if (!profile) return { headcount: '0', legalForm: null, vatFranchise: null, sellsTo: { publicBuyers: false, companies: false, individuals: false } };
  return {
    headcount: profile.headcount === undefined ? '' : String(profile.headcount),
    legalForm: profile.legalForm,
    vatFranchise: profile.vatFranchise ? 'yes' : 'no',
    sellsTo: profile.sellsTo,
  };
}

const nounOf = fieldNouns({ headcount: 'noun.headcount', legalForm: 'noun.legalForm', vatFranchise: 'noun.vatRegime' });

/** The three questions are asked in the wizard's words; the schema (the calendar's) checks the rest. */
const profileSchema = formSchema<Fields, BusinessProfileInput>({
  schema: BusinessProfileSchema,
  nounOf,
  fieldOf: (path) => (path === 'legalForm' || path === 'vatFranchise' ? path : 'headcount'),
  toInput: (fields, addProblem) => {
    const headcount = fields.headcount.trim();
    if (!/^\d+$/.test(headcount)) addProblem('headcount', t('business.headcountInvalid'));
    if (fields.legalForm === null) addProblem('legalForm', t('business.legalFormMissing'));
    if (fields.vatFranchise === null) addProblem('vatFranchise', t('business.vatMissing'));
    return { headcount: Number(headcount), legalForm: fields.legalForm ?? 'micro-entrepreneur', vatFranchise: fields.vatFranchise === 'yes', sellsTo: fields.sellsTo };
  },
});

/** Wizard step 1: four questions that decide the calendar and pre-fill the company profile. */
export function BusinessProfileForm({ view, onSaved }: { view: OnboardingView; onSaved: (view: OnboardingView) => void }) {
  const form = useForm<Fields, unknown, BusinessProfileInput>({ defaultValues: toFields(view.businessProfile), resolver: zodResolver(profileSchema) });
  const submit = useFormSubmit({
    form,
    channel: 'onboarding:saveBusinessProfile',
    request: (input) => input,
    messages: { saved: t('business.saved'), invalid: t('business.fixErrors') },
    onSaved,
  });
  const { control } = form;

  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <p>{t('business.intro')}</p>
      <FormTextField control={control} name="headcount" label={t('business.headcount')} hint={t('business.headcountHint')} inputMode="numeric" maxLength={6} isRequired />
      <FormRadioGroup
        control={control}
        name="legalForm"
        legend={t('business.legalForm')}
        isRequired
        options={[
          { value: 'micro-entrepreneur', label: t('business.legalForm.micro'), hint: t('business.legalForm.microHint') },
          { value: 'ei', label: t('business.legalForm.ei') },
          { value: 'societe', label: t('business.legalForm.societe'), hint: t('business.legalForm.societeHint') },
        ]}
      />
      <FormRadioGroup
        control={control}
        name="vatFranchise"
        legend={t('business.vat')}
        isRequired
        options={[
          { value: 'yes', label: t('business.vat.franchise'), hint: t('business.vat.franchiseHint') },
          { value: 'no', label: t('business.vat.charged') },
        ]}
      />
      <fieldset className="field-group">
        <legend>{t('business.customers')}</legend>
        <p className="field-hint">{t('business.customersHint')}</p>
        <FormCheckboxField control={control} name="sellsTo.publicBuyers" label={t('business.customers.public')} />
        <FormCheckboxField control={control} name="sellsTo.companies" label={t('business.customers.companies')} />
        <FormCheckboxField control={control} name="sellsTo.individuals" label={t('business.customers.individuals')} />
      </fieldset>
      <div className="form-actions">
        <SaveButton label={t('wizard.saveAndContinue')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
