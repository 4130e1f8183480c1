import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useBridge } from '../../../api/client';
import { useChannelMutation } from '../../../api/queries';
import type { Status } from '../../../components/form-status';
import { t } from '../../../i18n/t';
import { decimalStringToFrench } from '../french-input';
import { allowanceCellName, blankAllowance, blankLine, draftOfFields, fieldsOfDraft, firstAmountProblem, liveTotals, newLineKey, paymentTermsOf, vatChoiceOf, type EditorAllowance, type EditorFields, type EditorLine } from './editor-model';
import { draftErrorTarget, lineCellName } from './finding-targets';

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
  onCreated: (detail: InvoiceDetail) => void;
}

/** The draft editor's state and its calls to main: save (create or update), check, issue, delete. */
export function useDraftEditor({ detail: initialDetail, initialFields, isVatFranchise, onCreated }: EditorOptions) {
  const bridge = useBridge();
  const createDraft = useChannelMutation('invoices:createDraft');
  const updateDraft = useChannelMutation('invoices:updateDraft');
  const [detail, setDetail] = useState<InvoiceDetail | null>(initialDetail);
  const [fields, setFields] = useState<EditorFields>(initialFields);
  const [isDirty, setIsDirty] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const base: Partial<InvoiceDraftInput> = useMemo(() => detail?.draft ?? {}, [detail]);
  const totals = useMemo(() => liveTotals(fields), [fields]);
  // A cell to focus once the lines are committed: before the next keystroke, so fast typists lose nothing.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const name = pendingFocus.current;
    if (!name) return;
    pendingFocus.current = null;
    document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
  });

  function change(patch: Partial<EditorFields>) {
    setFields((current) => ({ ...current, ...patch }));
    setIsDirty(true);
  }
  function changeLine(index: number, patch: Partial<EditorLine>) {
    setFields((current) => ({ ...current, lines: current.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }));
    setIsDirty(true);
  }
  function addLine(line: EditorLine = blankLine(isVatFranchise)) {
    const index = fields.lines.length;
    change({ lines: [...fields.lines, line] });
    pendingFocus.current = lineCellName(index, line.description ? 'quantity' : 'description');
  }
  function addFromCatalogue(item: CatalogueItem) {
    addLine({
      key: newLineKey(),
      description: item.description ? `${item.designation} – ${item.description}` : item.designation,
      quantity: '1',
      unitCode: item.unitCode,
      unitPrice: decimalStringToFrench(item.unitPrice, 2),
      vatChoiceId: vatChoiceOf(item.vatCategory, item.vatRate, item.vatExemptionCode).id,
      catalogueItemId: item.id,
    });
  }
  function removeLine(index: number) {
    change({ lines: fields.lines.filter((_, i) => i !== index) });
    pendingFocus.current = index < fields.lines.length - 1 ? lineCellName(index, 'description') : 'addLine';
  }

  function changeAllowance(index: number, patch: Partial<EditorAllowance>) {
    setFields((current) => ({ ...current, allowances: current.allowances.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));
    setIsDirty(true);
  }
  function addAllowance() {
    const index = fields.allowances.length;
    change({ allowances: [...fields.allowances, blankAllowance(fields.lines, isVatFranchise)] });
    pendingFocus.current = allowanceCellName(index, 'reason');
  }
  function removeAllowance(index: number) {
    change({ allowances: fields.allowances.filter((_, i) => i !== index) });
    // Focus stays in the section: the next discount's motive, else the add button.
    pendingFocus.current = index < fields.allowances.length - 1 ? allowanceCellName(index, 'reason') : 'addAllowance';
  }

  /** Saves; returns the fresh detail, or null (the error is shown and focused). */
  async function save(): Promise<InvoiceDetail | null> {
    if (!fields.issueDate) {
      setSaveErrors({ issueDate: t('editor.issueDateMissing') });
      setStatus({ kind: 'error', message: t('editor.saveFailed', { message: t('editor.issueDateMissing') }) });
      focusControl('issueDate');
      return null;
    }
    if (paymentTermsOf(fields) === null) {
      setSaveErrors({ termsDays: t('editor.termsDaysInvalid') });
      setStatus({ kind: 'error', message: t('editor.saveFailed', { message: t('editor.termsDaysInvalid') }) });
      focusControl('termsDays');
      return null;
    }
    const amount = firstAmountProblem(fields);
    if (amount) {
      const message = t(amount.problem === 'missing' ? 'editor.allowanceAmountMissing' : 'editor.amountInvalid');
      setSaveErrors({ [amount.name]: message });
      setStatus({ kind: 'error', message: t('editor.saveFailed', { message }) });
      focusControl(amount.name);
      return null;
    }
    setIsSaving(true);
    setStatus(null);
    const draft = draftOfFields(fields, base);
    const result = detail ? await updateDraft.mutateAsync({ id: detail.id, draft }) : await createDraft.mutateAsync({ draft });
    setIsSaving(false);
    if (!result.ok) {
      const target = result.error.field ? draftErrorTarget(result.error.field) : null;
      setSaveErrors(target ? { [target]: result.error.message } : {});
      setStatus({ kind: 'error', message: t('editor.saveFailed', { message: result.error.message }) });
      if (target) focusControl(target);
      return null;
    }
    setSaveErrors({});
    setIsDirty(false);
    setStatus({ kind: 'saved', message: t('editor.saved') });
    if (!detail) onCreated(result.value);
    setDetail(result.value);
    return result.value;
  }

  /** After a refused issue: the findings as main sees them now. */
  async function recheck(): Promise<void> {
    if (!detail) return;
    const result = await bridge.invoke('invoices:check', { id: detail.id });
    if (result.ok) setDetail(result.value);
  }

  function reset(next: InvoiceDetail) {
    setDetail(next);
    if (next.draft) setFields(fieldsOfDraft(next.draft));
  }

  return { detail, fields, totals, isDirty, isSaving, status, setStatus, saveErrors, change, changeLine, addLine, addFromCatalogue, removeLine, changeAllowance, addAllowance, removeAllowance, save, recheck, reset };
}
