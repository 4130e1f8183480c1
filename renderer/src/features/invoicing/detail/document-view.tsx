import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { findUnit } from '@shared/invoicing/units';
import { formatSiret } from '@shared/company/format-siret';
import { formatEuros } from '@shared/money/euros';
import { t } from '../../../i18n/t';
import { TotalsSummary } from '../components/totals-summary';
import { decimalStringToFrench, unitPriceText } from '../french-input';
import { vatChoiceOf } from '../invoices/editor-model';

type Document = NonNullable<InvoiceDetail['document']>;
type Party = Document['seller'] | Document['buyer'];

function PartyCard({ title, party }: { title: string; party: Party }) {
  const address = party.address;
  return (
    <section className="party" aria-label={title}>
      <h3>{title}</h3>
      <p>
        <strong>{party.legalName}</strong>
        <br />
        {address.line1}
        {address.line2 ? <><br />{address.line2}</> : null}
        <br />
        {address.postcode} {address.city}
        {party.siret ? <><br />{t('detail.siret', { siret: formatSiret(party.siret) })}</> : null}
      </p>
    </section>
  );
}

/** The frozen document as issued: parties, references, lines and totals. Read-only by construction. */
export function DocumentView({ detail }: { detail: InvoiceDetail }) {
  const doc = detail.document;
  if (!doc) return null;
  const header = doc.invoice;
  const references: Array<[string, string | undefined]> = [
    [t('editor.serviceCode'), header.serviceCode],
    [t('editor.engagementNumber'), header.engagementNumber],
    [t('editor.marketNumber'), header.marketNumber],
    [t('editor.orderReference'), header.buyerOrderReference],
  ];
  const shownReferences = references.filter(([, value]) => value);
  return (
    <>
      <div className="parties">
        <PartyCard title={t('detail.seller')} party={doc.seller} />
        <PartyCard title={t('detail.buyer')} party={doc.buyer} />
      </div>
      {shownReferences.length > 0 ? (
        <dl className="references" aria-label={t('detail.references')}>
          {shownReferences.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <h2>{t('detail.linesTitle')}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('detail.linesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.col.description')}</th>
              <th scope="col" className="num">{t('editor.col.quantity')}</th>
              <th scope="col">{t('editor.col.unit')}</th>
              <th scope="col" className="num">{t('catalogue.col.price')}</th>
              <th scope="col">{t('editor.col.vat')}</th>
              <th scope="col" className="num">{t('editor.col.net')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.lines.map((line, index) => (
              <tr key={index}>
                <td>{line.description}</td>
                <td className="num">{decimalStringToFrench(line.quantity)}</td>
                <td>{findUnit(line.unitCode)?.label ?? line.unitCode}</td>
                <td className="num nowrap">{unitPriceText(line.unitPrice)}</td>
                <td>{vatChoiceOf(line.vatCategory, line.vatRate, line.vatExemptionCode).label}</td>
                <td className="num nowrap">{formatEuros(detail.totals?.lineNets[index] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TotalsSummary totals={detail.totals} />
    </>
  );
}
