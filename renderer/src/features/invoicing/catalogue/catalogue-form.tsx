import { useRef, useState, type FormEvent } from 'react';
import { CatalogueItemInputSchema, type CatalogueItem, type CatalogueItemInput } from '@shared/catalogue/catalogue-item';
import { UNITS_OF_MEASURE, type UnitCode } from '@shared/invoicing/units';
import { VAT_CHOICES } from '@shared/vat/vat-choices';
import { useBridge } from '../../../api/client';
import { FormStatus, focusFirstError, type Status } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { t } from '../../../i18n/t';
import { decimalStringToFrench, frenchToDecimalString } from '../french-input';
import { defaultVatChoice, findVatChoice, vatChoiceOf } from '../invoices/editor-model';

interface ItemFields {
  designation: string;
  description: string;
  unitCode: UnitCode;
  unitPrice: string;
  vatChoiceId: string;
}
type ItemErrors = Partial<Record<keyof ItemFields, string>>;

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

/** Schema paths ("item.vatRate", "unitPrice") -> the control that sets them. */
function fieldOfPath(path: string): keyof ItemFields {
  const head = path.replace(/^item\./, '').split('.')[0] ?? '';
  if (head.startsWith('vat')) return 'vatChoiceId';
  return head === 'description' || head === 'unitCode' || head === 'unitPrice' ? head : 'designation';
}

function validate(fields: ItemFields): { input: CatalogueItemInput; errors: ItemErrors } {
  const vat = findVatChoice(fields.vatChoiceId);
  const price = frenchToDecimalString(fields.unitPrice);
  const input: CatalogueItemInput = {
    designation: fields.designation,
    ...(fields.description.trim() ? { description: fields.description } : {}),
    unitCode: fields.unitCode,
    unitPrice: price ?? fields.unitPrice,
    vatCategory: vat.category,
    vatRate: vat.rate,
    ...(vat.exemptionCode ? { vatExemptionCode: vat.exemptionCode } : {}),
  };
  const errors: ItemErrors = {};
  if (price === null) errors.unitPrice = t('catalogue.unitPriceInvalid');
  const parsed = CatalogueItemInputSchema.safeParse(input);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[fieldOfPath(issue.path.map(String).join('.'))] ??= issue.message;
  return { input, errors };
}

interface CatalogueFormProps {
  item: CatalogueItem | null;
  isVatFranchise: boolean;
  onSaved: (item: CatalogueItem) => void;
}

export function CatalogueForm({ item, isVatFranchise, onSaved }: CatalogueFormProps) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<ItemFields>(() => fieldsOf(item, isVatFranchise));
  const [errors, setErrors] = useState<ItemErrors>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const set = <K extends keyof ItemFields>(name: K) => (value: ItemFields[K]) => setFields((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = validate(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('catalogue.fixErrors') });
      focusFirstError(formRef.current);
      return;
    }
    setIsSaving(true);
    setStatus(null);
    const result = item ? await bridge.invoke('catalogue:update', { id: item.id, item: input }) : await bridge.invoke('catalogue:create', { item: input });
    setIsSaving(false);
    if (result.ok) {
      setStatus({ kind: 'saved', message: t('catalogue.saved') });
      onSaved(result.value);
      return;
    }
    if (result.error.field) setErrors({ [fieldOfPath(result.error.field)]: result.error.message });
    setStatus({ kind: 'error', message: result.error.message });
    focusFirstError(formRef.current);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={isSaving}>
      <TextField name="designation" label={t('catalogue.designation')} isRequired value={fields.designation} onChange={set('designation')} error={errors.designation} />
      <TextField name="description" label={t('catalogue.description')} value={fields.description} onChange={set('description')} error={errors.description} />
      <div className="field-row even">
        <SelectField name="unitCode" label={t('catalogue.unit')} value={fields.unitCode} options={UNIT_OPTIONS} onChange={set('unitCode')} error={errors.unitCode} />
        <TextField name="unitPrice" label={t('catalogue.unitPrice')} isRequired inputMode="decimal" hint={t('catalogue.unitPriceHint')} value={fields.unitPrice} onChange={set('unitPrice')} error={errors.unitPrice} />
      </div>
      <SelectField
        name="vatChoiceId"
        label={t('catalogue.vat')}
        value={fields.vatChoiceId}
        options={VAT_OPTIONS}
        onChange={set('vatChoiceId')}
        error={errors.vatChoiceId}
        hint={isVatFranchise ? t('catalogue.vatFranchiseHint') : undefined}
      />
      <div className="form-actions">
        <SaveButton label={t('catalogue.save')} isSaving={isSaving} />
        <FormStatus status={status} />
      </div>
    </form>
  );
}
