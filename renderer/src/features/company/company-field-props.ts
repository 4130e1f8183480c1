import type { CompanyFieldErrors, CompanyFieldName, CompanyFormFields } from './company-form-model';

/** What each section of the company form receives: the values, the errors and a typed setter. */
export interface CompanySectionProps {
  fields: CompanyFormFields;
  errors: CompanyFieldErrors;
  set: <K extends CompanyFieldName>(name: K) => (value: CompanyFormFields[K]) => void;
}
