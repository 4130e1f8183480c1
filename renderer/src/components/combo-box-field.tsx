import type { Key, Ref } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';

export interface ComboItem {
  id: string;
  label: string;
  /** A second line under the label (an address, a price). */
  note?: string;
}

interface ComboBoxFieldProps {
  /** The `name` of the text input: findings and save errors focus the control by it. */
  name: string;
  label: string;
  items: readonly ComboItem[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  /** More ids the input is described by (a finding in the panel). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  isRequired?: boolean;
  emptyText: string;
}

/**
 * A choice among many by typing part of its name (react-aria-components): the list filters as one types,
 * arrows move, Enter picks, Escape closes; it is announced as a combo box with its label, hint and error.
 */
export function ComboBoxField(props: ComboBoxFieldProps) {
  const { name, label, items, selectedId, onSelect, error, hint, placeholder, describedBy, inputRef, autoFocus, isRequired, emptyText } = props;
  return (
    <ComboBox
      className={`field combo-field${error ? ' has-error' : ''}`}
      items={items}
      selectedKey={selectedId}
      onSelectionChange={(key: Key | null) => onSelect(key === null ? null : String(key))}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      autoFocus={autoFocus}
      menuTrigger="focus"
      aria-describedby={describedBy}
      validationBehavior="aria"
    >
      <Label>
        {label}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </Label>
      <div className="combo-control">
        <Input name={name} ref={inputRef} placeholder={placeholder} />
        <Button className="combo-button" aria-label={label}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {hint ? (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="listbox-popover" placement="bottom start">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{emptyText}</p>}>
          {(item: ComboItem) => (
            <ListBoxItem id={item.id} textValue={item.label} className="listbox-item">
              {item.label}
              {item.note ? <span className="listbox-note">{item.note}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
