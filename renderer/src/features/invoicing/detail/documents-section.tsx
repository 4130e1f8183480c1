import { useRef, useState } from 'react';
import { useBridge } from '../../../api/client';
import { useChannelQuery } from '../../../api/queries';
import { FormStatus, type Status } from '../../../components/form-status';
import { t } from '../../../i18n/t';
import { formatFileSize, saveBase64 } from './file-download';
import { FilesCheck } from './files-check';

type FileKind = 'pdf' | 'cii' | 'ubl';
type Action = FileKind | 'open';

/**
 * The files of an issued invoice or credit note: open the PDF (desktop app), save any of the three
 * where the user chooses, and the compliance line. Buttons stay focusable while working (aria-disabled,
 * not disabled) so keyboard focus never falls back to the page.
 */
export function DocumentsSection({ invoiceId }: { invoiceId: number }) {
  const bridge = useBridge();
  const files = useChannelQuery('invoices:files', { id: invoiceId });
  const [busy, setBusy] = useState<Action | null>(null);
  const busyRef = useRef<Action | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  async function run(action: Action, work: () => Promise<Status>) {
    if (busyRef.current) return;
    busyRef.current = action;
    setBusy(action);
    setStatus(null);
    const outcome = await work();
    busyRef.current = null;
    setBusy(null);
    setStatus(outcome);
  }

  /** invoices:file, then a download: Electron asks where to save it, a browser puts it in the downloads. */
  async function download(kind: FileKind, message: (fileName: string) => string): Promise<Status> {
    const file = await bridge.invoke('invoices:file', { id: invoiceId, kind });
    if (!file.ok) return { kind: 'error', message: t('files.actionError', { message: file.error.message }) };
    saveBase64(file.value.fileName, file.value.mimeType, file.value.base64);
    return { kind: 'saved', message: message(file.value.fileName) };
  }

  const save = (kind: FileKind) => run(kind, () => download(kind, (fileName) => t('files.saved', { fileName })));

  const openPdf = () =>
    run('open', async () => {
      const opened = await bridge.invoke('invoices:openFile', { id: invoiceId, kind: 'pdf' });
      if (!opened.ok) return { kind: 'error', message: t('files.actionError', { message: opened.error.message }) };
      if (opened.value.opened) return { kind: 'saved', message: t('files.opened') };
      // The browser host cannot reach the system's viewer: the PDF is downloaded instead.
      return download('pdf', (fileName) => t('files.openFallback', { fileName }));
    });

  return (
    <section className="card documents" aria-labelledby="files-title">
      <h2 id="files-title">{t('files.title')}</h2>
      <p className="muted">{t('files.intro')}</p>
      <FilesCheck invoiceId={invoiceId} />
      {files.isPending ? <p role="status">{t('files.loading')}</p> : null}
      {files.error ? <p role="alert" className="form-status error">{t('files.loadError', { message: files.error.message })}</p> : null}
      {files.data ? (
        <div className="table-wrap">
          <table className="data-table files-table">
            <caption className="visually-hidden">{t('files.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('files.col.document')}</th>
                <th scope="col">{t('files.col.name')}</th>
                <th scope="col" className="num">{t('files.col.size')}</th>
                <th scope="col">{t('files.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {files.data.map((file) => (
                <tr key={file.kind}>
                  <th scope="row">{t(`files.kind.${file.kind}`)}</th>
                  <td><code>{file.fileName}</code></td>
                  <td className="num nowrap">{formatFileSize(file.size)}</td>
                  <td>
                    <button type="button" className="button" onClick={() => void save(file.kind)} aria-disabled={busy !== null} aria-busy={busy === file.kind}>
                      {busy === file.kind ? t('files.saving') : t('files.save')}
                      <span className="visually-hidden"> {t('files.saveWhat', { kind: t(`files.kind.${file.kind}`) })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void openPdf()} aria-disabled={busy !== null} aria-busy={busy === 'open'}>
          {busy === 'open' ? t('files.opening') : t('files.open')}
        </button>
        <FormStatus status={status} />
      </div>
    </section>
  );
}
