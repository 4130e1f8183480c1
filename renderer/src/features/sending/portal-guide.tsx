import { useState } from 'react';
import type { ResponseOf } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import type { PortalGuide as Guide } from '@shared/sending/portal-guide';
import { useBridge } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { t } from '../../i18n/t';
import { saveBase64 } from '../invoicing/detail/file-download';
import { PortalDepositForm } from './portal-deposit-form';

/**
 * « Déposer sur le portail Chorus Pro »: which file for which portal mode (saved in one click), the portal
 * opened in the system browser, the values its form asks for (each with a copy button), then « J’ai déposé ».
 */
export function PortalGuidePanel({ invoiceId }: { invoiceId: number }) {
  const guide = useChannelQuery('sending:portalGuide', { invoiceId });
  if (!guide.data) return guide.error ? <p role="alert">{guide.error.message}</p> : <p role="status">{t('app.loading')}</p>;
  return (
    <section className="portal-guide" aria-labelledby="portal-guide-title" data-testid="portal-guide">
      <h3 id="portal-guide-title">{t('portal.title')}</h3>
      <FilesStep guide={guide.data} />
      <OpenPortalStep />
      <ValuesStep guide={guide.data} />
      <p className="step">{t('portal.step4')}</p>
      <PortalDepositForm invoiceId={invoiceId} />
    </section>
  );
}

function FilesStep({ guide }: { guide: Guide }) {
  const bridge = useBridge();
  const [status, setStatus] = useState<Status | null>(null);
  async function save(read: () => Promise<Result<ResponseOf<'sending:portalFile'>>>) {
    const file = await read();
    if (!file.ok) return setStatus({ kind: 'error', message: file.error.message });
    saveBase64(file.value.fileName, file.value.mimeType, file.value.base64);
    setStatus({ kind: 'saved', message: t('portal.saved', { fileName: file.value.fileName }) });
  }
  return (
    <div className="step">
      <p>{t('portal.step1')}</p>
      <p>{guide.isUnitFileAvailable ? t('portal.unitMode') : t('portal.unitUnavailable')}</p>
      {guide.isUnitFileAvailable && (
        <button type="button" className="button" onClick={() => void save(() => bridge.invoke('sending:portalFile', { invoiceId: guide.invoiceId }))}>
          {t('portal.unitSave')}
        </button>
      )}
      <p>{t('portal.batchMode')}</p>
      <button type="button" className="button" onClick={() => void save(() => bridge.invoke('invoices:file', { id: guide.invoiceId, kind: 'pdf' }))}>
        {t('portal.batchSave')}
      </button>
      <FormStatus status={status} />
    </div>
  );
}

function OpenPortalStep() {
  const bridge = useBridge();
  const [status, setStatus] = useState<Status | null>(null);
  async function open() {
    const result = await bridge.invoke('sending:openPortal', {});
    if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
    if (result.value.isOpened) return setStatus({ kind: 'saved', message: t('portal.opened') });
    // The browser host: the page opens the portal itself, in a tab of its own (no access back to Facturier).
    window.open(result.value.url, '_blank', 'noopener,noreferrer');
    setStatus({ kind: 'saved', message: t('portal.openedTab') });
  }
  return (
    <div className="step">
      <p>{t('portal.step2')}</p>
      <button type="button" className="button" onClick={() => void open()}>
        {t('portal.open')}
      </button>
      <FormStatus status={status} />
    </div>
  );
}

function ValuesStep({ guide }: { guide: Guide }) {
  const [status, setStatus] = useState<Status | null>(null);
  async function copy(label: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'saved', message: t('portal.copied', { label, value: text }) });
    } catch {
      setStatus({ kind: 'error', message: t('portal.copyFailed') });
    }
  }
  return (
    <div className="step">
      <p>{t('portal.step3')}</p>
      <table className="data-table portal-values">
        <caption className="visually-hidden">{t('portal.valuesCaption')}</caption>
        <tbody>
          {guide.values.map((value) => (
            <tr key={value.key}>
              <th scope="row">{value.label}</th>
              <td>
                <code>{value.display}</code>
              </td>
              <td>
                <button type="button" className="button small" onClick={() => void copy(value.label, value.copyText)}>
                  {t('portal.copy')}
                  <span className="visually-hidden"> {t('portal.copyWhat', { label: value.label })}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormStatus status={status} />
    </div>
  );
}
