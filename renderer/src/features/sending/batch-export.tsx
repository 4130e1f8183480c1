import { useState } from 'react';
import type { BatchExport } from '@shared/sending/batch';
import { formatEuros } from '@shared/money/euros';
import { useChannelMutation } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { t, tp } from '../../i18n/t';
import { saveBase64 } from '../invoicing/detail/file-download';

/** « Préparer un lot pour le portail »: the ZIP of the chosen pieces' Factur-X, saved, and its checklist. */
export function BatchExport({ invoiceIds, onDone }: { invoiceIds: readonly number[]; onDone: () => void }) {
  const exportBatch = useChannelMutation('sending:exportBatch');
  const [status, setStatus] = useState<Status | null>(null);
  const [checklist, setChecklist] = useState<BatchExport['checklist']>([]);
  async function prepare() {
    const result = await exportBatch.mutateAsync({ invoiceIds: [...invoiceIds] });
    if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
    saveBase64(result.value.fileName, 'application/zip', result.value.base64);
    setChecklist(result.value.checklist);
    setStatus({ kind: 'saved', message: tp('sending.batchSaved', result.value.checklist.length, { fileName: result.value.fileName }) });
    onDone();
  }
  return (
    <div className="batch-export">
      <p className="muted">{t('sending.batchHint')}</p>
      <button type="button" className="button" onClick={() => void prepare()} aria-disabled={invoiceIds.length === 0 || exportBatch.isPending} disabled={invoiceIds.length === 0} aria-busy={exportBatch.isPending}>
        {t('sending.batch', { count: invoiceIds.length })}
      </button>
      <FormStatus status={status} />
      {checklist.length > 0 ? (
        <section aria-labelledby="batch-checklist">
          <h2 id="batch-checklist">{t('sending.batchChecklist')}</h2>
          <ul data-testid="batch-checklist">
            {checklist.map((line) => (
              <li key={line.invoiceId}>{t('sending.batchLine', { number: line.number, buyer: line.buyerName, siret: line.buyerSiret, amount: formatEuros(line.totalCents), fileName: line.fileName })}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
