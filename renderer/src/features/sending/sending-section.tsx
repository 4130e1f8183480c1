import './sending.css';
import { useState } from 'react';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import type { SendingEntry } from '@shared/sending/sending-views';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { t } from '../../i18n/t';
import { ActionPanel } from './action-panel';
import { ManualStatusForm } from './manual-status-form';
import { PortalGuidePanel } from './portal-guide';
import { SendingRowActions } from './sending-row-actions';
import { SendingStateCell } from './sending-state-cell';
import { channelText, whenText } from './sending-text';
import { SendingTimeline } from './sending-timeline';

/** Not at Chorus Pro yet: the two ways in are offered (the API when the connection is set). */
const isOpen = (entry: SendingEntry | null) => entry === null || entry.stage === 'queued' || entry.stage === 'cancelled' || entry.stage === 'to_deposit';

/**
 * The invoice's sending life, whichever the path: send by the API or deposit on the portal (guided), its
 * state and errors, the action its status calls for, the statuses recorded by hand, and the timeline.
 */
export function SendingSection({ detail }: { detail: InvoiceDetail }) {
  const sending = useChannelQuery('sending:get', { invoiceId: detail.id });
  const summary = useChannelQuery('sending:summary', {});
  const [isGuideOpen, setGuideOpen] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const send = useChannelMutation('sending:send');
  const plan = useChannelMutation('sending:planPortal');
  if (detail.document?.buyer.kind !== 'public' || !sending.data) return null;
  const { entry, timeline, canSend, cannotSendReason } = sending.data;
  const isApiConfigured = summary.data?.sync.isApiConfigured ?? false;

  async function sendByApi() {
    const result = await send.mutateAsync({ invoiceId: detail.id });
    setStatus(result.ok ? { kind: 'saved', message: t('send.queued') } : { kind: 'error', message: result.error.message });
  }
  async function openGuide() {
    setGuideOpen(true);
    if (entry?.stage === 'to_deposit') return;
    const result = await plan.mutateAsync({ invoiceId: detail.id });
    if (!result.ok) setStatus({ kind: 'error', message: result.error.message });
  }

  return (
    <section className="card sending-section" aria-labelledby="sending-title" data-testid="sending-section">
      <h2 id="sending-title">{t('send.title')}</h2>
      {!canSend ? <p className="notice">{t('send.notPossible', { reason: cannotSendReason ?? '' })}</p> : null}
      {entry ? <EntrySummary entry={entry} /> : <p>{t('send.none')}</p>}
      {canSend && isOpen(entry) ? (
        <div className="send-choices">
          {isApiConfigured ? (
            <div>
              <button type="button" className="button primary" onClick={() => void sendByApi()} aria-busy={send.isPending} disabled={entry?.stage === 'queued'}>
                {t('send.api')}
              </button>
              <p className="muted">{t('send.apiHint')}</p>
            </div>
          ) : (
            <p className="muted">{t('send.noApi')}</p>
          )}
          <div>
            <button type="button" className="button" onClick={() => void openGuide()} aria-expanded={isGuideOpen || entry?.stage === 'to_deposit'}>
              {t('send.portal')}
            </button>
            <p className="muted">{t('send.portalHint')}</p>
          </div>
        </div>
      ) : null}
      <FormStatus status={status} />
      {canSend && (isGuideOpen || entry?.stage === 'to_deposit') && isOpen(entry) ? <PortalGuidePanel invoiceId={detail.id} /> : null}
      {entry ? <ActionPanel entry={entry} /> : null}
      {entry?.stage === 'deposited_portal' && !entry.isFinal ? <ManualStatusForm invoiceId={detail.id} /> : null}
      <SendingTimeline items={timeline} />
    </section>
  );
}

function EntrySummary({ entry }: { entry: SendingEntry }) {
  const [status, setStatus] = useState<Status | null>(null);
  return (
    <div className="sending-summary">
      <SendingStateCell entry={entry} />
      <p className="muted">{t('send.path', { channel: channelText(entry.channel) })}</p>
      {entry.fluxNumber ? <p className="muted">{t('send.fluxNumber', { number: entry.fluxNumber })}</p> : null}
      {entry.portalDepositDate ? (
        <p className="muted">{t('send.portalDeposit', { date: whenText(entry.portalDepositDate), number: entry.portalNumber ? t('send.portalNumber', { number: entry.portalNumber }) : '' })}</p>
      ) : null}
      {entry.fluxErrors.length > 0 ? (
        <div className="form-status error">
          <p>{t('send.fluxErrors')}</p>
          <ul>
            {entry.fluxErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SendingRowActions entry={entry} onStatus={setStatus} />
      <FormStatus status={status} />
    </div>
  );
}
