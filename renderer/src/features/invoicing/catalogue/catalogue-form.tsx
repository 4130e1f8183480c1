import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { CatalogueItemInputSchema, type CatalogueItem, type CatalogueItemInput } from '@shared/catalogue/catalogue-item';
import { UNITS_OF_MEASURE, type UnitCode } from '@shared/invoicing/units';
import { VAT_CHOICES } from '@shared/vat/vat-choices';
import { FormStatus } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { fieldNouns } from '../../../forms/field-nouns';
import { FormSelectField, FormTextField } from '../../../forms/form-fields';
import { formSchema } from '../../../forms/form-schema';
import { sentence } from '../../../forms/issue-messages';
import { maxLengthsOf } from '../../../forms/schema-limits';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { t } from '../../../i18n/t';
import { decimalStringToFrench, frenchToDecimalString, numberProblem } from '../french-input';
import { defaultVatChoice, findVatChoice, vatChoiceOf } from '../invoices/editor-model';

interface ItemFields {
  designation: string;
  description: string;
  unitCode: UnitCode;
  unitPrice: string;
  vatChoiceId: string;
}

export const UNIT_OPTIONS = UNITS_OF_MEASURE.map((unit) => ({ value: unit.code, label: unit.label }));
export const VAT_OPTIONS = VAT_CHOICES.map((choice) => ({ value: choice.id, label: choice.label }));

function fieldsOf(item: CatalogueItem | null, isVatFranchise: boolean): ItemFields {
  if (!item) return { designation: '', description: '', unitCode: 'HUR', unitPrice: '', vatChoiceId: defaultVatChoice(isVatFranchise).id };
  return {
    designation: item.designation,
    description: item.description ?? '',
    unitCode: item.unitCode,
    unitPrice: decimalStringToFrench(item.unitPrice, 2),
    vatChoiceId: vatChoiceOf(item.vatCategory, item.vatRate, item.vatExemptionCode).id,
  };
}

const nounOf = fieldNouns({ designation: 'noun.designation', description: 'noun.description', unitCode: 'noun.unit', unitPrice: 'noun.unitPrice', vatChoiceId: 'noun.vat' });

/** Schema paths ("item.vatRate", "unitPrice") -> the control that sets them; the three VAT fields share one menu. */
function fieldOfPath(path: string): keyof ItemFields {
  const head = path.replace(/^item\./, '').split('.')[0] ?? '';
  if (head.startsWith('vat')) return 'vatChoiceId';
  return head === 'description' || head === 'unitCode' || head === 'unitPrice' ? head : 'designation';
}

const itemSchema = formSchema<ItemFields, CatalogueItemInput>({
  schema: CatalogueItemInputSchema,
  fieldOf: fieldOfPath,
  nounOf,
  toInput: (fields, addProblem) => {
    const vat = findVatChoice(fields.vatChoiceId);
    const priceProblem = fields.unitPrice.trim() === '' ? sentence(nounOf('unitPrice'), { kind: 'missing' }) : numberProblem(fields.unitPrice);
    if (priceProblem) addProblem('unitPrice', priceProblem);
    return {
      designation: fields.designation,
      ...(fields.description.trim() ? { description: fields.description } : {}),
      unitCode: fields.unitCode,
      unitPrice: frenchToDecimalString(fields.unitPrice) ?? fields.unitPrice.trim(),
      vatCategory: vat.category,
      vatRate: vat.rate,
      ...(vat.exemptionCode ? { vatExemptionCode: vat.exemptionCode } : {}),
    };
  },
});

const limits = maxLengthsOf(CatalogueItemInputSchema, { designation: 'designation', description: 'description' });

interface CatalogueFormProps {
  item: CatalogueItem | null;
  isVatFranchise: boolean;
  onSaved: (item: CatalogueItem) => void;
}

export function CatalogueForm({ item, isVatFranchise, onSaved }: CatalogueFormProps) {
  const form = useForm<ItemFields, unknown, CatalogueItemInput>({ defaultValues: fieldsOf(item, isVatFranchise), resolver: zodResolver(itemSchema) });
  const submit = useFormSubmit({
    form,
    channel: item ? 'catalogue:update' : 'catalogue:create',
    request: (input) => (item ? { id: item.id, item: input } : { item: input }),
    fieldOf: fieldOfPath,
    nounOf,
    messages: { saved: t('catalogue.saved'), invalid: t('catalogue.fixErrors') },
    onSaved,
  });
  const { control } = form;
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <FormTextField control={control} name="designation" label={t('catalogue.designation')} isRequired maxLength={limits.designation} />
      <FormTextField control={control} name="description" label={t('catalogue.description')} maxLength={limits.description} />
      <div className="field-row even">
        <FormSelectField control={control} name="unitCode" label={t('catalogue.unit')} options={UNIT_OPTIONS} />
        <FormTextField control={control} name="unitPrice" label={t('catalogue.unitPrice')} isRequired inputMode="decimal" hint={t('catalogue.unitPriceHint')} />
      </div>
      <FormSelectField
        control={control}
        name="vatChoiceId"
        label={t('catalogue.vat')}
        options={VAT_OPTIONS}
        hint={isVatFranchise ? t('catalogue.vatFranchiseHint') : undefined}
      />
      <div className="form-actions">
        <SaveButton label={t('catalogue.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
