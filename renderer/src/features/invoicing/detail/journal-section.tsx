import { formatDateTime } from '@shared/dates/french-dates';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { RecordCheck } from '../../record/record-check';
import { t } from '../../../i18n/t';
import { SENDING_JOURNAL_LABELS } from '@shared/sending/journal-kinds';

const KINDS: Readonly<Record<string, string>> = {
  'invoice.draft.created': 'Brouillon créé',
  'invoice.draft.updated': 'Brouillon modifié',
  'invoice.issued': 'Pièce émise',
  'credit-note.issued': 'Avoir émis',
  'invoice.files.generated': 'Fichiers produits (PDF, CII, UBL)',
  'invoice.files.backfilled': 'Fichiers produits à la mise à jour',
  'payment.recorded': 'Paiement enregistré',
  ...SENDING_JOURNAL_LABELS,
};

export function JournalSection({ journal }: { journal: InvoiceDetail['journal'] }) {
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
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{KINDS[entry.kind] ?? entry.kind}</td>
                <td><code title={entry.hash}>{entry.hash.slice(0, 16)}…</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RecordCheck />
    </section>
  );
}
