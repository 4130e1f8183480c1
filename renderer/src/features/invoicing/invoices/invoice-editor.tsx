import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CompanyProfile } from '@shared/company/company-profile';
import type { Customer } from '@shared/customers/customer';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { formatInvoiceNumber } from '@shared/numbering/number-pattern';
import { useBridge } from '../../../api/client';
import { useChannelMutation } from '../../../api/queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormStatus } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { t, tp } from '../../../i18n/t';
import { focusSoon } from '../components/load-state';
import { TotalsSummary } from '../components/totals-summary';
import { AllowancesSection } from './allowances-section';
import { CataloguePicker } from './catalogue-picker';
import { DownPaymentsSection } from './down-payments-section';
import { EditorHeaderFields, useSelectedCustomer } from './editor-header-fields';
import { OperationSection } from './operation-section';
import { AutosaveStatus, RestoredNotice } from './autosave-status';
import { FINDINGS_TITLE_ID, FindingsPanel, findingId, findingText } from './findings-panel';
import { findingTarget } from './finding-targets';
import { InvoiceLinesTable, type FieldProblem } from './invoice-lines-table';
import { PaymentSection } from './payment-section';
import { focusControl, type DraftEditor } from './use-draft-editor';

interface InvoiceEditorProps {
  /** The editor's state and saving (useDraftEditor), held by the page so its title follows the draft. */
  editor: DraftEditor;
  company: CompanyProfile | null;
  customers: readonly Customer[];
  onIssued: (detail: InvoiceDetail) => void;
}

const focusFindings = () => focusSoon(() => document.getElementById(FINDINGS_TITLE_ID));

/** "F-2026-0001, F-2026-0002": the numbering the confirmation dialog announces. */
function numberExamples(company: CompanyProfile | null, isCreditNote: boolean, issueDate: string): { first: string; second: string } {
  const pattern = !company ? 'F-{YYYY}-{seq:0000}' : isCreditNote && company.creditNoteSeries === 'own' ? company.creditNoteNumberPattern : company.invoiceNumberPattern;
  const year = Number(issueDate.slice(0, 4)) || new Date().getFullYear();
  return { first: formatInvoiceNumber(pattern, year, 1), second: formatInvoiceNumber(pattern, year, 2) };
}

export function InvoiceEditor({ editor, company, customers, onIssued }: InvoiceEditorProps) {
  const bridge = useBridge();
  const issueInvoice = useChannelMutation('invoices:issue');
  const removeDraft = useChannelMutation('invoices:deleteDraft');
  const navigate = useNavigate();
  const { detail, fields } = editor;
  const [dialog, setDialog] = useState<'issue' | 'delete' | null>(null);
  const [isIssuing, setIsIssuing] = useState(false);
  /** The number the draft would get now (invoices:nextNumber); null if it could not be read. */
  const [nextNumber, setNextNumber] = useState<string | null>(null);
  const isCreditNote = detail?.typeCode === '381';

  // Findings (and save errors) attached to the controls they concern, so each control announces its problem.
  const problems = useMemo(() => {
    const map = new Map<string, FieldProblem>();
    for (const [name, message] of Object.entries(editor.saveErrors)) map.set(name, { describedById: `${name}-error`, message });
    (detail?.findings ?? []).forEach((finding, index) => {
      const target = findingTarget(finding.field, isCreditNote);
      if (target?.kind === 'field' && !map.has(target.name) && finding.severity === 'error') map.set(target.name, { describedById: findingId(index), message: findingText(finding) });
    });
    return map;
  }, [detail, editor.saveErrors, isCreditNote]);
  const customer = useSelectedCustomer(fields.customerId, customers);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await editor.saveNow();
    if (saved && saved.findings.length > 0) focusFindings();
  }

  async function askToIssue() {
    // Whatever was typed last is saved first: the checks and the number are those of the draft as shown.
    const current = await editor.saveNow();
    if (!current) return;
    if (current.findings.some((finding) => finding.severity === 'error')) {
      editor.setStatus({ kind: 'error', message: t('editor.issueBlocked') });
      focusFindings();
      return;
    }
    // Read just before asking: the dialog names the exact number (nothing is taken until "Émettre").
    const next = await bridge.invoke('invoices:nextNumber', { id: current.id });
    setNextNumber(next.ok ? next.value.number : null);
    setDialog('issue');
  }

  async function issue() {
    if (!detail) return;
    setDialog(null);
    setIsIssuing(true);
    const result = await issueInvoice.mutateAsync({ id: detail.id });
    setIsIssuing(false);
    if (result.ok) {
      // Issued is frozen: the editor saves nothing more on its way out.
      editor.discard();
      onIssued(result.value);
      return;
    }
    editor.setStatus({ kind: 'error', message: result.error.message });
    await editor.recheck();
    focusFindings();
  }

  async function deleteDraft() {
    setDialog(null);
    const result = detail ? await removeDraft.mutateAsync({ id: detail.id }) : null;
    if (result && !result.ok) return editor.setStatus({ kind: 'error', message: result.error.message });
    // Whatever was pending is not to be saved: leaving the page must not create the draft again.
    editor.discard();
    navigate('/factures');
  }

  const customerId = fields.customerId ? Number(fields.customerId) : null;
  const examples = numberExamples(company, isCreditNote, fields.issueDate);
  const issueMessage = nextNumber
    ? t(isCreditNote ? 'editor.issueCreditNumbered' : 'editor.issueNumbered', { number: nextNumber })
    : t(isCreditNote ? 'editor.issueCreditMessage' : 'editor.issueMessage', examples);
  return (
    <div className="editor-layout">
      {/* First in reading order, like an error summary: what blocks issuing, each with a way to the field. */}
      <FindingsPanel findings={detail ? detail.findings : null} customerId={customerId} isCreditNote={isCreditNote} onFocusField={focusControl} />
      <form onSubmit={submit} noValidate aria-busy={isIssuing} className="editor-form">
        {editor.restored ? <RestoredNotice at={editor.restored.at} hasSavedVersion={detail !== null} onDiscard={editor.discardRestored} /> : null}
        <EditorHeaderFields control={editor.form.control} fields={fields} customers={customers} problems={problems} onChange={editor.change} isCreditNote={isCreditNote} />
        <section className="form-section lines-section" aria-labelledby="lines-title">
          <h2 id="lines-title">{t('editor.linesTitle')}</h2>
          <p className="field-hint" id="lines-hint">{t('editor.linesHint')}</p>
          {fields.lines.length === 0 ? <p className="muted">{t('editor.noLines')}</p> : null}
          <InvoiceLinesTable lines={fields.lines} lineNets={editor.totals.lineNets} problems={problems} onChange={editor.changeLine} onRemove={editor.removeLine} onAdd={() => editor.addLine()} />
          <div className="form-actions">
            <button type="button" name="addLine" className="button" onClick={() => editor.addLine()}>
              {t('editor.addLine')}
            </button>
            <CataloguePicker onPick={editor.addFromCatalogue} />
          </div>
        </section>
        <AllowancesSection
          allowances={fields.allowances}
          lines={fields.lines}
          isVatFranchise={company?.vatFranchise ?? false}
          problems={problems}
          onChange={editor.changeAllowance}
          onAdd={editor.addAllowance}
          onRemove={editor.removeAllowance}
        />
        <AllowancesSection
          group="charges"
          allowances={fields.charges}
          lines={fields.lines}
          isVatFranchise={company?.vatFranchise ?? false}
          problems={problems}
          onChange={editor.changeCharge}
          onAdd={editor.addCharge}
          onRemove={editor.removeCharge}
        />
        <OperationSection control={editor.form.control} fields={fields} customer={customer} problems={problems} />
        {isCreditNote ? null : <DownPaymentsSection control={editor.form.control} fields={fields} problems={problems} onChange={editor.change} />}
        <PaymentSection
          prepaid={fields.prepaid}
          paymentMeansCode={fields.paymentMeansCode}
          isCreditNote={isCreditNote}
          refundMeansCode={fields.refundMeansCode}
          problems={problems}
          onChange={editor.change}
        />
        {/* After the discounts and the acompte: the totals they change, recomputed as they are typed. */}
        <section className="form-section" aria-labelledby="totals-title">
          <h2 id="totals-title">{t('editor.totalsTitle')}</h2>
          {editor.totals.incompleteLines.length > 0 ? (
            <p className="notice" data-testid="totals-incomplete">
              {tp('editor.totalsIncomplete', editor.totals.incompleteLines.length, { lines: editor.totals.incompleteLines.join(', ') })}
            </p>
          ) : (
            <TotalsSummary totals={editor.totals.result} note={t('editor.totalsLive')} />
          )}
        </section>
        {/* Kept in view while typing anywhere in the form: the buttons, and whether the draft is saved. */}
        <div className="editor-footer">
          <div className="form-actions editor-actions">
            <SaveButton label={t('editor.save')} isSaving={editor.isSavingNow} />
            <button type="button" className="button primary" onClick={() => void askToIssue()} disabled={isIssuing} aria-busy={isIssuing}>
              {isIssuing ? t('editor.issuing') : t('editor.issue')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('delete')}>
              {t('editor.delete')}
            </button>
            <FormStatus status={editor.status} />
          </div>
          <AutosaveStatus state={editor.saveState} />
        </div>
      </form>
      <ConfirmDialog
        isOpen={dialog === 'issue'}
        title={t(isCreditNote ? 'editor.issueCreditTitle' : 'editor.issueTitle')}
        message={issueMessage}
        confirmLabel={t('editor.issueConfirm')}
        onConfirm={() => void issue()}
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('editor.deleteTitle')}
        message={t('editor.deleteMessage')}
        confirmLabel={t('editor.deleteConfirm')}
        onConfirm={() => void deleteDraft()}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
