import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Customer } from '@shared/customers/customer';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useChannelQuery, useSetChannelData } from '../api/queries';
import { LoadState } from '../features/invoicing/components/load-state';
import { useToday } from '../features/invoicing/components/use-today';
import { InvoiceDetailView } from '../features/invoicing/detail/invoice-detail';
import { draftTitle, issuedTitle } from '../features/invoicing/detail/piece-titles';
import { blankFields, fieldsOfDraft, type EditorFields } from '../features/invoicing/invoices/editor-model';
import { soleServiceCode } from '../features/invoicing/invoices/editor-lines';
import { InvoiceEditor } from '../features/invoicing/invoices/invoice-editor';
import { useDraftEditor } from '../features/invoicing/invoices/use-draft-editor';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** What the URL carries when a new invoice's first save gave it an id: the same editor stays on screen. */
interface EditorState {
  editorKey?: string;
}

/**
 * /factures/nouvelle (a draft that exists once saved) and /factures/:id (the editor for drafts, else the
 * detail). The screen is keyed by an editor key, not by the URL: when a new invoice is first saved (by
 * itself, while the user types) the URL gains its id and the editor, with the keyboard focus, stays.
 */
export function InvoicePage() {
  const { id } = useParams();
  const location = useLocation();
  const invoiceId = id && /^\d+$/.test(id) ? Number(id) : null;
  const state = location.state as EditorState | null;
  const editorKey = state?.editorKey ?? (invoiceId === null ? `nouvelle-${location.key}` : `facture-${invoiceId}`);
  return <InvoiceScreen key={editorKey} invoiceId={invoiceId} editorKey={editorKey} />;
}

function InvoiceScreen({ invoiceId, editorKey }: { invoiceId: number | null; editorKey: string }) {
  // The id this screen was opened with: a new invoice stays "new" for its editor, whatever the URL says next.
  const [openedWith] = useState(invoiceId);
  return openedWith === null ? <NewInvoice editorKey={editorKey} /> : <ExistingInvoice id={openedWith} />;
}

/** What every editor needs: the company (VAT franchise, numbering), the customers to choose from, today. */
function useEditorContext() {
  const company = useChannelQuery('company:get', {});
  const customers = useChannelQuery('customers:search', { text: '', includeArchived: false, limit: 200, offset: 0 });
  const { today, isLoading: isTodayLoading } = useToday();
  const isLoading = company.isPending || customers.isPending || isTodayLoading;
  return { company: company.data ?? null, customers: customers.data?.rows ?? [], today: today ?? '', isLoading, error: company.error ?? customers.error };
}
type EditorContext = ReturnType<typeof useEditorContext>;

/** A new invoice, for the customer of ?client= when given (its only active service already filled in). */
function newInvoiceFields(context: EditorContext, client: string): EditorFields {
  const customerId = /^\d+$/.test(client) ? client : '';
  const fields = blankFields(context.today, context.company?.vatFranchise ?? false, customerId);
  const customer: Customer | undefined = context.customers.find((c) => String(c.id) === customerId);
  return { ...fields, serviceCode: soleServiceCode(customer) ?? '' };
}

function NewInvoice({ editorKey }: { editorKey: string }) {
  const [params] = useSearchParams();
  const context = useEditorContext();
  if (context.isLoading || context.error) {
    return <Loading title={t('editor.newTitle')} isLoading={context.isLoading} error={context.error} />;
  }
  return <DraftScreen detail={null} initialFields={newInvoiceFields(context, params.get('client') ?? '')} context={context} editorKey={editorKey} />;
}

function ExistingInvoice({ id }: { id: number }) {
  const invoice = useChannelQuery('invoices:get', { id });
  const context = useEditorContext();
  const detail = invoice.data;
  if (!detail || context.isLoading) return <Loading title={t('invoices.title')} isLoading={invoice.isPending || context.isLoading} error={invoice.error ?? context.error} />;
  if (detail.status === 'issued') return <IssuedInvoice detail={detail} />;
  return <DraftScreen detail={detail} initialFields={detail.draft ? fieldsOfDraft(detail.draft) : blankFields(context.today, false)} context={context} editorKey={`facture-${id}`} />;
}

function Loading({ title, isLoading, error }: { title: string; isLoading: boolean; error: EditorContext['error'] }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <LoadState isLoading={isLoading} error={error} />
    </section>
  );
}

function IssuedInvoice({ detail }: { detail: InvoiceDetail }) {
  usePageTitle(issuedTitle(detail));
  return <InvoiceDetailView detail={detail} />;
}

interface DraftScreenProps {
  detail: InvoiceDetail | null;
  initialFields: EditorFields;
  context: EditorContext;
  editorKey: string;
}

function editorTitle(detail: InvoiceDetail | null): string {
  return detail ? draftTitle(detail) : t('editor.newTitle');
}

function DraftScreen({ detail: initialDetail, initialFields, context, editorKey }: DraftScreenProps) {
  const navigate = useNavigate();
  const setInvoice = useSetChannelData('invoices:get');
  const editor = useDraftEditor({
    detail: initialDetail,
    initialFields,
    isVatFranchise: context.company?.vatFranchise ?? false,
    customers: context.customers,
    // The URL gains the id, the same editor stays (same key): typing goes on undisturbed.
    onCreated: (created) => navigate(`/factures/${created.id}`, { replace: true, state: { editorKey } satisfies EditorState }),
  });
  const title = editorTitle(editor.detail);
  usePageTitle(title);
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/factures">{t('common.backToList')}</Link></p>
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      {initialDetail?.correctedInvoice ? (
        <p className="notice">
          {t('editor.correcting')}{' '}
          <Link to={`/factures/${initialDetail.correctedInvoice.id}`}>{initialDetail.correctedInvoice.number ?? initialDetail.correctedInvoice.id}</Link>.
        </p>
      ) : null}
      <InvoiceEditor
        editor={editor}
        company={context.company}
        customers={context.customers}
        onIssued={(issued) => {
          // The detail page reads the issued invoice from the cache at once; the refetch then agrees.
          setInvoice({ id: issued.id }, issued);
          navigate(`/factures/${issued.id}`, { replace: true });
        }}
      />
    </section>
  );
}
