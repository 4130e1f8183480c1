import { useEffect, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { formatSiren, formatSiret } from '@shared/company/format-siret';
import type { Customer } from '@shared/customers/customer';
import { useBridge } from '../../../api/client';
import { t } from '../../../i18n/t';
import '../../public-directory/public-directory.css';
import { useDebouncedValue } from '../components/use-debounced-value';

const FROM_DIRECTORY = 'from-directory';

interface CustomerComboboxProps {
  selected: Customer | null;
  onChange: (customer: Customer | null) => void;
  error?: string;
}

type Item = { id: string; customer: Customer | null };

/**
 * The invoice's customer: a searchable combobox over all customers (name, SIRET, town), with « Nouveau client
 * public depuis l’annuaire » at the end of the list. Keyboard and screen readers as react-aria provides.
 */
export function CustomerCombobox({ selected: given, onChange, error }: CustomerComboboxProps) {
  const bridge = useBridge();
  // The customer just picked, until the editor has it too (one beyond the loaded list is fetched first):
  // meanwhile the box keeps its name, and what the user types next is not replaced when the fetch lands.
  const [picked, setPicked] = useState<Customer | null>(null);
  const selected = given ?? picked;
  const navigate = useNavigate();
  const [text, setText] = useState(selected?.legalName ?? '');
  const [found, setFound] = useState<Customer[]>([]);
  const query = useDebouncedValue(text, 120);
  // Another customer chosen (or the draft loaded): the box shows its name.
  const [shownFor, setShownFor] = useState(selected?.id);
  if (selected?.id !== shownFor) {
    setShownFor(selected?.id);
    setText(selected?.legalName ?? '');
  }
  useEffect(() => {
    let isCurrent = true;
    // The selected name in the box means « show them all », as a plain list did.
    const search = selected && query === selected.legalName ? '' : query;
    void bridge.invoke('customers:search', { text: search, limit: 20 }).then((result) => {
      if (isCurrent && result.ok) setFound(result.value.rows);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, query, selected]);
  const items: Item[] = [...found.map((customer) => ({ id: String(customer.id), customer })), { id: FROM_DIRECTORY, customer: null }];
  return (
    <ComboBox
      className={`field combobox${error ? ' has-error' : ''}`}
      items={items}
      inputValue={text}
      onInputChange={setText}
      selectedKey={selected ? String(selected.id) : null}
      onSelectionChange={(key) => {
        if (key === FROM_DIRECTORY) return navigate('/clients/annuaire');
        const chosen = found.find((customer) => String(customer.id) === key) ?? null;
        if (!chosen) return;
        setPicked(chosen);
        onChange(chosen);
      }}
      menuTrigger="focus"
      isInvalid={Boolean(error)}
    >
      <Label>{t('editor.customer')}</Label>
      <Input name="customerId" autoComplete="off" />
      <Text slot="description" className="field-hint">{t('directory.customerPickerHint')}</Text>
      {error ? <Text slot="errorMessage" className="field-error">{error}</Text> : null}
      <Popover className="combobox-popover" placement="bottom start">
        <ListBox className="combobox-list">
          {(item: Item) =>
            item.customer ? (
              <ListBoxItem id={item.id} textValue={item.customer.legalName} className="combobox-option">
                <span className="option-title">{item.customer.legalName}</span>
                <span className="option-detail">
                  {item.customer.siret ? formatSiret(item.customer.siret) : item.customer.siren ? formatSiren(item.customer.siren) : ''} {item.customer.address.city}
                </span>
              </ListBoxItem>
            ) : (
              <ListBoxItem id={item.id} textValue={t('directory.pickerNew')} className="combobox-option">
                <span className="option-title">{t('directory.pickerNew')}</span>
              </ListBoxItem>
            )
          }
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
