import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import type { Customer } from '@shared/customers/customer';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { allowanceCellName, blankAllowance, blankLine, fieldsOfDraft, type EditorAllowance, type EditorFields, type EditorLine } from './editor-model';
import { soleServiceCode, withCatalogueItem } from './editor-lines';
import { lineCellName } from './finding-targets';
import { liveTotals } from './live-totals';
import { readLocalCopy, copyDiffersFrom, type LocalDraftCopy } from './local-draft-copy';
import { useAutosave } from './use-autosave';

export function focusControl(name: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}

interface EditorOptions {
  detail: InvoiceDetail | null;
  initialFields: EditorFields;
  isVatFranchise: boolean;
  customers: readonly Customer[];
  onCreated: (detail: InvoiceDetail) => void;
}

/**
 * Where the editor starts: the draft as saved, unless this computer holds edits of it the backend never
 * received (the page was closed, or the backend did not answer): those come back.
 */
function startingPoint(detail: InvoiceDetail | null, initialFields: EditorFields): { fields: EditorFields; restored: LocalDraftCopy | null } {
  const copy = readLocalCopy(detail?.id ?? null);
  const base: Partial<InvoiceDraftInput> = detail?.draft ?? {};
  if (copy && copyDiffersFrom(copy, detail?.draft ?? null, base)) return { fields: copy.fields, restored: copy };
  return { fields: initialFields, restored: null };
}

/**
 * The draft editor's state (react-hook-form holds every field, header and lines) and its calls to main:
 * saved by itself as the user types (useAutosave), checked, issued, deleted.
 */
export function useDraftEditor({ detail: initialDetail, initialFields, isVatFranchise, customers, onCreated }: EditorOptions) {
  const [start] = useState(() => startingPoint(initialDetail, initialFields));
  const [restored, setRestored] = useState(start.restored);
  const form = useForm<EditorFields>({ defaultValues: start.fields });
  // Every field has a default, so the watched values are whole.
  const fields = useWatch({ control: form.control }) as EditorFields;
  const valuesJson = JSON.stringify(fields);
  const autosave = useAutosave({ form, valuesJson, detail: initialDetail, initialFields, startsDirty: start.restored !== null, onCreated });
  const totals = useMemo(() => liveTotals(fields), [fields]);

  // A cell to focus once the lines are committed: before the next keystroke, so fast typists lose nothing.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const name = pendingFocus.current;
    if (!name) return;
    pendingFocus.current = null;
    document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  });

  const set = <K extends keyof EditorFields>(name: K, value: EditorFields[K]) => form.setValue(name, value as never, { shouldDirty: true });
  function change(patch: Partial<EditorFields>) {
    for (const [name, value] of Object.entries(patch) as Array<[keyof EditorFields, never]>) set(name, value);
    if (patch.customerId !== undefined && form.getValues('serviceCode').trim() === '') {
      // A buyer with a single active Chorus Pro service: that is the code its invoices need.
      const code = soleServiceCode(customers.find((customer) => String(customer.id) === patch.customerId));
      if (code) set('serviceCode', code);
    }
  }
  function changeLine(index: number, patch: Partial<EditorLine>) {
    set('lines', form.getValues('lines').map((line, i) => (i === index ? { ...line, ...patch } : line)));
  }
  function addLine(line: EditorLine = blankLine(isVatFranchise)) {
    const lines = form.getValues('lines');
    set('lines', [...lines, line]);
    pendingFocus.current = lineCellName(lines.length, line.description ? 'quantity' : 'description');
  }
  function addFromCatalogue(item: CatalogueItem) {
    const next = withCatalogueItem(form.getValues('lines'), item);
    set('lines', next.lines);
    pendingFocus.current = lineCellName(next.index, 'quantity');
  }
  function removeLine(index: number) {
    const lines = form.getValues('lines');
    set('lines', lines.filter((_, i) => i !== index));
    pendingFocus.current = index < lines.length - 1 ? lineCellName(index, 'description') : 'addLine';
  }

  /** Discounts (BG-20) and charges (BG-21): the same rows, each group in its own table. */
  type RowGroup = 'allowances' | 'charges';
  function changeRow(group: RowGroup, index: number, patch: Partial<EditorAllowance>) {
    set(group, form.getValues(group).map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }
  function addRow(group: RowGroup) {
    const rows = form.getValues(group);
    set(group, [...rows, blankAllowance(form.getValues('lines'), isVatFranchise)]);
    pendingFocus.current = allowanceCellName(rows.length, 'reason', group);
  }
  function removeRow(group: RowGroup, index: number) {
    const rows = form.getValues(group);
    set(group, rows.filter((_, i) => i !== index));
    // Focus stays in the section: the next row's motive, else the add button.
    pendingFocus.current = index < rows.length - 1 ? allowanceCellName(index, 'reason', group) : group === 'charges' ? 'addCharge' : 'addAllowance';
  }

  /** « Revenir à la version enregistrée »: the edits brought back from this computer are dropped. */
  function discardRestored() {
    const saved = autosave.detail?.draft;
    form.reset(saved ? fieldsOfDraft(saved) : initialFields);
    setRestored(null);
  }

  return {
    form,
    fields,
    totals,
    restored,
    discardRestored,
    ...autosave,
    change,
    changeLine,
    addLine,
    addFromCatalogue,
    removeLine,
    changeAllowance: (index: number, patch: Partial<EditorAllowance>) => changeRow('allowances', index, patch),
    addAllowance: () => addRow('allowances'),
    removeAllowance: (index: number) => removeRow('allowances', index),
    changeCharge: (index: number, patch: Partial<EditorAllowance>) => changeRow('charges', index, patch),
    addCharge: () => addRow('charges'),
    removeCharge: (index: number) => removeRow('charges', index),
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
