import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useChannelMutation } from '../../../api/queries';
import { FormStatus, type Status } from '../../../components/form-status';
import { t } from '../../../i18n/t';
import { shortDate } from '../components/dates';
import { PaymentBadges } from '../components/payment-badge';
import { InvoiceTable } from '../invoices/invoice-table';
import { DocumentView } from './document-view';
import { DocumentsSection } from './documents-section';
import { JournalSection } from './journal-section';
import { PaymentsSection } from './payments-section';
import { issuedTitle } from './piece-titles';
import { SendingSection } from '../../sending/sending-section';

interface DetailProps {
  /** As invoices:get reads it now: a payment or a credit note refetches it. */
  detail: InvoiceDetail;
}

/** An issued invoice or credit note: read-only, no edit control at all; credit notes, payments, journal. */
export function InvoiceDetailView({ detail }: DetailProps) {
  const navigate = useNavigate();
  const creditNote = useChannelMutation('invoices:createCreditNote');
  const [status, setStatus] = useState<Status | null>(null);
  const isCrediting = creditNote.isPending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isCreditNote = detail.typeCode === '381';
  const title = issuedTitle(detail);

  useEffect(() => {
    // Arriving here right after issuing (or from a link): say where we are.
    headingRef.current?.focus();
  }, []);

  async function createCreditNote() {
    const result = await creditNote.mutateAsync({ invoiceId: detail.id });
    if (result.ok) navigate(`/factures/${result.value.id}`);
    else setStatus({ kind: 'error', message: result.error.message });
  }

  return (
    <section aria-labelledby="page-title" className="invoice-detail">
      <p><Link to="/factures">{t('common.backToList')}</Link></p>
      <div className="page-head">
        <h1 id="page-title" ref={headingRef} tabIndex={-1}>{title}</h1>
        <PaymentBadges invoice={detail} />
      </div>
      <p>
        {t('detail.issuedOn', { date: shortDate(detail.issueDate) })}
        {detail.dueDate && !isCreditNote ? `, ${t('detail.dueOn', { date: shortDate(detail.dueDate) })}` : ''}.
      </p>
      <p className="notice">{t('detail.frozen')}</p>
      {detail.correctedInvoice ? (
        <p>
          {t('detail.correctedInvoice')} : <Link to={`/factures/${detail.correctedInvoice.id}`}>{detail.correctedInvoice.number ?? detail.correctedInvoice.id}</Link>
        </p>
      ) : null}
      <div className="card">
        <DocumentView detail={detail} />
      </div>
      <DocumentsSection invoiceId={detail.id} />
      <SendingSection detail={detail} />
      {!isCreditNote ? (
        <section className="card" aria-labelledby="credit-title">
          <h2 id="credit-title">{t('detail.creditNotes')}</h2>
          {detail.creditNotes.length === 0 ? <p className="muted">{t('detail.creditNotesNone')}</p> : <InvoiceTable rows={detail.creditNotes} caption={t('detail.creditNotes')} />}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void createCreditNote()} disabled={isCrediting} aria-busy={isCrediting}>
              {isCrediting ? t('detail.creatingCredit') : t('detail.createCredit')}
            </button>
            <FormStatus status={status} />
          </div>
        </section>
      ) : null}
      {!isCreditNote ? <PaymentsSection detail={detail} /> : null}
      <JournalSection journal={detail.journal} />
    </section>
  );
}
