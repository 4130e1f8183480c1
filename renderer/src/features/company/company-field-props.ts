import type { Control, UseFormSetValue } from 'react-hook-form';
import type { CompanyProfileInput } from '@shared/company/company-profile';
import type { CompanyFormFields } from './company-form-model';

/** What each section of the company form receives: the form's control (values, errors, setters). */
export interface CompanySectionProps {
  control: Control<CompanyFormFields, unknown, CompanyProfileInput>;
  /** For the quick fixes a section offers (« Ajouter “EI” à mon nom »). */
  setValue?: UseFormSetValue<CompanyFormFields>;
}
