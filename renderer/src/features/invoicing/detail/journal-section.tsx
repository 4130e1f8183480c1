import { useState } from 'react';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useChannelMutation } from '../../../api/queries';
import { FormStatus, type Status } from '../../../components/form-status';
import { t } from '../../../i18n/t';
import { SENDING_JOURNAL_LABELS } from '@shared/sending/journal-kinds';

const KINDS: Readonly<Record<string, string>> = {
  'invoice.draft.created': 'Brouillon créé',
  'invoice.draft.updated': 'Brouillon modifié',
  'invoice.issued': 'Pièce émise',
  'credit-note.issued': 'Avoir émis',
  'invoice.files.generated': 'Fichiers produits (PDF, CII, UBL)',
  'payment.recorded': 'Paiement enregistré',
  ...SENDING_JOURNAL_LABELS,
};

/** "2026-11-27T09:00:00.000Z" -> "27/11/2026 10:00" in the user's time zone. */
function moment(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function JournalSection({ journal }: { journal: InvoiceDetail['journal'] }) {
  const check = useChannelMutation('journal:verify');
  const [status, setStatus] = useState<Status | null>(null);
  const isChecking = check.isPending;

  async function verify() {
    const result = await check.mutateAsync({});
    if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
    const { isIntact, checkedEvents, firstBreak } = result.value;
    setStatus(
      isIntact
        ? { kind: 'saved', message: t('detail.verifyOk', { count: checkedEvents }) }
        : { kind: 'error', message: t('detail.verifyBroken', { seq: firstBreak?.seq ?? '?', reason: firstBreak?.reason ?? '' }) },
    );
  }

  return (
    <section className="card" aria-labelledby="journal-title">
      <h2 id="journal-title">{t('detail.journal')}</h2>
      <p className="muted">{t('detail.journalHint')}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('detail.journal')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('detail.col.seq')}</th>
              <th scope="col">{t('detail.col.at')}</th>
              <th scope="col">{t('detail.col.kind')}</th>
              <th scope="col">{t('detail.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {journal.map((entry) => (
              <tr key={entry.seq}>
                <td className="num">{entry.seq}</td>
                <td className="nowrap">{moment(entry.at)}</td>
                <td>{KINDS[entry.kind] ?? entry.kind}</td>
                <td><code title={entry.hash}>{entry.hash.slice(0, 16)}…</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void verify()} disabled={isChecking} aria-busy={isChecking}>
          {isChecking ? t('app.loading') : t('detail.verify')}
        </button>
        <FormStatus status={status} />
      </div>
    </section>
  );
}
