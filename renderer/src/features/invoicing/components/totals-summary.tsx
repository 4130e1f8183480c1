import type { z } from 'zod';
import type { TotalsSchema } from '@shared/invoicing/invoice-views';
import { formatEuros } from '@shared/money/euros';
import { t } from '../../../i18n/t';
import { vatChoiceOf } from '../invoices/editor-model';

type Totals = z.infer<typeof TotalsSchema>;

/** Totals and the VAT breakdown, the same block in the editor (live) and on the issued invoice (frozen). */
export function TotalsSummary({ totals, note }: { totals: Totals | null; note?: string }) {
  if (!totals) return null;
  const { totals: sums, vatBreakdown } = totals;
  return (
    <div className="totals">
      {vatBreakdown.length > 0 ? (
        <table className="data-table vat-table">
          <caption>{t('editor.vatBreakdown')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.vatCol.rate')}</th>
              <th scope="col" className="num">{t('editor.vatCol.base')}</th>
              <th scope="col" className="num">{t('editor.vatCol.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {vatBreakdown.map((entry) => (
              <tr key={`${entry.category}-${entry.rate}`}>
                <th scope="row">{entry.exemptionReason ?? vatChoiceOf(entry.category, entry.rate, entry.exemptionCode).label}</th>
                <td className="num">{formatEuros(entry.base)}</td>
                <td className="num">{formatEuros(entry.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <dl className="totals-list">
        {sums.allowanceTotal > 0 || sums.chargeTotal > 0 ? (
          <>
            <dt>{t('editor.lineTotal')}</dt>
            <dd>{formatEuros(sums.lineTotal)}</dd>
          </>
        ) : null}
        {sums.allowanceTotal > 0 ? (
          <>
            <dt>{t('editor.allowanceTotal')}</dt>
            {/* A typographic minus (U+2212): the discount is taken off the lines above. */}
            <dd>{`\u2212${formatEuros(sums.allowanceTotal)}`}</dd>
          </>
        ) : null}
        {sums.chargeTotal > 0 ? (
          <>
            <dt>{t('editor.chargeTotal')}</dt>
            <dd>{formatEuros(sums.chargeTotal)}</dd>
          </>
        ) : null}
        <dt>{t('editor.totalHt')}</dt>
        <dd>{formatEuros(sums.taxBasisTotal)}</dd>
        <dt>{t('editor.totalVat')}</dt>
        <dd>{formatEuros(sums.taxTotal)}</dd>
        <dt className="grand">{t('editor.totalTtc')}</dt>
        <dd className="grand">{formatEuros(sums.grandTotal)}</dd>
        {sums.prepaid > 0 ? (
          <>
            <dt>{t('editor.prepaid')}</dt>
            <dd>{formatEuros(sums.prepaid)}</dd>
            <dt>{t('editor.due')}</dt>
            <dd>{formatEuros(sums.dueAmount)}</dd>
          </>
        ) : null}
      </dl>
      {note ? <p className="muted small">{note}</p> : null}
    </div>
  );
}
