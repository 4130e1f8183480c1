import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useChannelQuery, useSetChannelData } from '../api/queries';
import { LoadState } from '../features/invoicing/components/load-state';
import { useToday } from '../features/invoicing/components/use-today';
import { InvoiceDetailView } from '../features/invoicing/detail/invoice-detail';
import { blankFields, fieldsOfDraft } from '../features/invoicing/invoices/editor-model';
import { InvoiceEditor } from '../features/invoicing/invoices/invoice-editor';
import { invoiceLabel } from '../features/invoicing/invoices/invoice-table';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** /factures/nouvelle (a draft that exists once saved) and /factures/:id (the editor for drafts, else the detail). */
export function InvoicePage() {
  const { id } = useParams();
  const invoiceId = id && /^\d+$/.test(id) ? Number(id) : null;
  return invoiceId === null ? <NewInvoice /> : <ExistingInvoice key={invoiceId} id={invoiceId} />;
}

/** What every editor needs: the company (VAT franchise, numbering), the customers to choose from, today. */
function useEditorContext() {
  const company = useChannelQuery('company:get', {});
  const customers = useChannelQuery('customers:search', { text: '', includeArchived: false, limit: 200, offset: 0 });
  const { today, isLoading: isTodayLoading } = useToday();
  const isLoading = company.isPending || customers.isPending || isTodayLoading;
  return { company: company.data ?? null, customers: customers.data?.rows ?? [], today: today ?? '', isLoading, error: company.error ?? customers.error };
}

function NewInvoice() {
  usePageTitle(t('editor.newTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const context = useEditorContext();
  const client = params.get('client') ?? '';
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/factures">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{t('editor.newTitle')}</h1>
      <LoadState isLoading={context.isLoading} error={context.error} />
      {context.isLoading ? null : (
        <InvoiceEditor
          detail={null}
          initialFields={blankFields(context.today, context.company?.vatFranchise ?? false, /^\d+$/.test(client) ? client : '')}
          company={context.company}
          customers={context.customers}
          shouldFocusFindings={false}
          onCreated={(created) => navigate(`/factures/${created.id}`, { replace: true, state: { shouldFocusFindings: created.findings.length > 0 } })}
          onIssued={() => undefined}
        />
      )}
    </section>
  );
}

function ExistingInvoice({ id }: { id: number }) {
  const invoice = useChannelQuery('invoices:get', { id });
  // Issuing answers with the issued invoice: shown at once, the refetch then agrees.
  const setIssued = useSetChannelData('invoices:get', { id });
  const context = useEditorContext();
  const location = useLocation();
  const detail = invoice.data;
  const shouldFocusFindings = (location.state as { shouldFocusFindings?: boolean } | null)?.shouldFocusFindings === true;

  if (!detail || context.isLoading) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('invoices.title')}</h1>
        <LoadState isLoading={invoice.isPending || context.isLoading} error={invoice.error ?? context.error} />
      </section>
    );
  }
  if (detail.status === 'issued') return <IssuedInvoice detail={detail} />;
  return (
    <DraftInvoice
      detail={detail}
      context={context}
      shouldFocusFindings={shouldFocusFindings}
      onIssued={setIssued}
    />
  );
}

function IssuedInvoice({ detail }: { detail: InvoiceDetail }) {
  usePageTitle(t(detail.typeCode === '381' ? 'detail.creditTitle' : 'detail.invoiceTitle', { number: invoiceLabel(detail) }));
  return <InvoiceDetailView detail={detail} />;
}

interface DraftProps {
  detail: InvoiceDetail;
  context: ReturnType<typeof useEditorContext>;
  shouldFocusFindings: boolean;
  onIssued: (detail: InvoiceDetail) => void;
}

function DraftInvoice({ detail, context, shouldFocusFindings, onIssued }: DraftProps) {
  const title = t(detail.typeCode === '381' ? 'editor.creditDraftTitle' : 'editor.draftTitle', { id: detail.id });
  usePageTitle(title);
  const [initialFields] = useState(() => (detail.draft ? fieldsOfDraft(detail.draft) : blankFields(context.today, false)));
  useEffect(() => {
    // The URL changed from /nouvelle to /:id: keep the screen reader's place on the page heading otherwise.
    if (!shouldFocusFindings) document.getElementById('page-title')?.focus();
  }, [shouldFocusFindings]);
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/factures">{t('common.backToList')}</Link></p>
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      {detail.correctedInvoice ? (
        <p className="notice">
          {t('editor.correcting')}{' '}
          <Link to={`/factures/${detail.correctedInvoice.id}`}>{detail.correctedInvoice.number ?? detail.correctedInvoice.id}</Link>.
        </p>
      ) : null}
      <InvoiceEditor
        detail={detail}
        initialFields={initialFields}
        company={context.company}
        customers={context.customers}
        shouldFocusFindings={shouldFocusFindings}
        onCreated={() => undefined}
        onIssued={onIssued}
      />
    </section>
  );
}
