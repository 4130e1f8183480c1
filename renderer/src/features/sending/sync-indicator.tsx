import './sending.css';
import { useEffect, useState } from 'react';
import type { SyncState } from '@shared/sending/sending-views';
import { useBridge } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { t } from '../../i18n/t';
import { useOnlineStatus } from '../../shell/use-online-status';
import { whenText } from './sending-text';

/**
 * The sender's state as it moves: the first answer of sending:summary, then each `sending:sync` event.
 * `isBackendUp`: the core answers (an unreachable backend is a query error of code `network`).
 */
export function useSyncState(): { sync: SyncState | null; isBackendUp: boolean } {
  const bridge = useBridge();
  const summary = useChannelQuery('sending:summary', {});
  const [live, setLive] = useState<SyncState | null>(null);
  useEffect(() => bridge.on('sending:sync', setLive), [bridge]);
  const isBackendUp = summary.error?.code !== 'network';
  return { sync: live ?? summary.data?.sync ?? null, isBackendUp };
}

function chorusText(sync: SyncState | null): string {
  if (!sync?.isApiConfigured) return t('sync.noApi');
  if (sync.isSyncing) return t('sync.syncing');
  if (sync.isChorusReachable === null) return t('sync.chorusUnknown');
  return sync.isChorusReachable ? t('sync.chorusUp') : t('sync.chorusDown');
}

/** The header's indicator: does Facturier answer, is Chorus Pro reachable, is it synchronising, since when. */
export function SyncIndicator() {
  const { sync, isBackendUp } = useSyncState();
  const isOnline = useOnlineStatus();
  const tone = !isBackendUp || sync?.isChorusReachable === false ? 'is-offline' : 'is-online';
  const lastSync = sync?.lastSyncAt ? t('sync.lastSync', { date: whenText(sync.lastSyncAt) }) : sync?.isApiConfigured ? t('sync.never') : '';
  return (
    <div className={`online-indicator sync-indicator ${tone}`} role="status" aria-label={t('sync.label')} data-testid="sync-indicator" title={isOnline ? undefined : t('network.browserOffline')}>
      <span className="online-dot" aria-hidden="true" />
      <span>{isBackendUp ? t('sync.backendUp') : t('sync.backendDown')}</span>
      <span> · {chorusText(sync)}</span>
      {isOnline ? null : <span> · {t('network.offlineShort')}</span>}
      {lastSync ? <span className="muted"> · {lastSync}</span> : null}
    </div>
  );
}

/** The same state, in full, at the top of « Envois »: with why the sender waits, if it does. */
export function SyncLine() {
  const { sync } = useSyncState();
  if (!sync) return null;
  return (
    <p className="notice sync-line" data-testid="sync-line">
      {chorusText(sync)}
      {sync.lastSyncAt ? ` — ${t('sync.lastSync', { date: whenText(sync.lastSyncAt) })}` : ''}
      {sync.waitingReason ? ` — ${t('state.waitingReason', { reason: sync.waitingReason })}` : ''}
      {sync.isOtherSenderActive ? ` — ${t('sync.otherSender')}` : ''}
    </p>
  );
}
