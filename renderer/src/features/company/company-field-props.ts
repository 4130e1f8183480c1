import type { Control } from 'react-hook-form';
import type { CompanyProfileInput } from '@shared/company/company-profile';
import type { CompanyFormFields } from './company-form-model';

/** What each section of the company form receives: the form's control (values, errors, setters). */
export interface CompanySectionProps {
  control: Control<CompanyFormFields, unknown, CompanyProfileInput>;
}
