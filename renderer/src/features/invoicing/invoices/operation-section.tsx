import type { Control } from 'react-hook-form';
import type { Customer } from '@shared/customers/customer';
import { OPERATION_CATEGORIES } from '@shared/invoicing/party';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../../forms/form-fields';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import type { EditorFields } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

interface OperationSectionProps {
  control: Control<EditorFields>;
  fields: EditorFields;
  customer: Customer | null;
  problems: ReadonlyMap<string, FieldProblem>;
}

/**
 * « Opération »: what is sold (livraison de biens, prestation de services or both, a reform mention carried
 * as BT-23 for companies) and where, when it is not the customer's address (the delivery address, BG-15).
 * The category defaults to the customer's, else the company's: the menu says which one applies.
 * A private person's invoice carries no reform mention, so the category is not asked for.
 */
export function OperationSection({ control, fields, customer, problems }: OperationSectionProps) {
  const error = (name: string) => problems.get(name)?.message;
  const customerCategory = customer?.operationCategory;
  const defaultLabel = customerCategory
    ? t('editor.operationCategory.customerDefault', { category: t(`customers.operationCategory.${customerCategory}` satisfies MessageKey) })
    : t('editor.operationCategory.companyDefault');
  return (
    <fieldset className="form-section">
      <legend>{t('editor.operationLegend')}</legend>
      {customer?.isPerson === true ? null : (
        <FormSelectField
          control={control}
          name="operationCategory"
          label={t('editor.operationCategory')}
          hint={t('editor.operationCategoryHint')}
          options={[{ value: '', label: defaultLabel }, ...OPERATION_CATEGORIES.map((value) => ({ value, label: t(`customers.operationCategory.${value}` satisfies MessageKey) }))]}
          liveError={error('operationCategory')}
        />
      )}
      <FormCheckboxField control={control} name="hasDeliveryAddress" label={t('editor.hasDeliveryAddress')} hint={t('editor.hasDeliveryAddressHint')} />
      {fields.hasDeliveryAddress ? (
        <div role="group" aria-label={t('editor.deliveryAddress')}>
          <FormTextField control={control} name="delivery.line1" label={t('editor.delivery.line1')} isRequired maxLength={200} liveError={error('delivery.line1')} />
          <FormTextField control={control} name="delivery.line2" label={t('editor.delivery.line2')} maxLength={200} liveError={error('delivery.line2')} />
          <div className="field-row even">
            <FormTextField control={control} name="delivery.postcode" label={t('editor.delivery.postcode')} isRequired inputMode="numeric" maxLength={16} liveError={error('delivery.postcode')} />
            <FormTextField control={control} name="delivery.city" label={t('editor.delivery.city')} isRequired maxLength={100} liveError={error('delivery.city')} />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
