import { useState } from 'react';
import { Link } from 'react-router';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { findUnit } from '@shared/invoicing/units';
import { useBridge, useChannel } from '../api/client';
import { CheckboxField } from '../components/checkbox-field';
import { FormStatus, type Status } from '../components/form-status';
import { TextField } from '../components/text-field';
import { unitPriceText } from '../features/invoicing/french-input';
import { ArchiveToggle } from '../features/invoicing/components/archive-toggle';
import { LoadState } from '../features/invoicing/components/load-state';
import { useDebouncedValue } from '../features/invoicing/components/use-debounced-value';
import { vatChoiceOf } from '../features/invoicing/invoices/editor-model';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

export function CataloguePage() {
  usePageTitle(t('catalogue.title'));
  const bridge = useBridge();
  const [text, setText] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const search = useDebouncedValue(text);
  const items = useChannel('catalogue:list', { text: search, includeArchived });

  async function toggleArchive(item: CatalogueItem) {
    const result = await bridge.invoke('catalogue:archive', { id: item.id, isArchived: !item.isArchived });
    setStatus(result.ok ? { kind: 'saved', message: t(item.isArchived ? 'catalogue.restored' : 'catalogue.archived') } : { kind: 'error', message: result.error.message });
    items.reload();
  }

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('catalogue.title')}</h1>
        <Link className="button primary" to="/catalogue/nouveau">{t('catalogue.new')}</Link>
      </div>
      <div className="filters" role="search">
        <TextField name="recherche" label={t('common.search')} hint={t('catalogue.searchHint')} value={text} onChange={setText} />
        <CheckboxField name="archives" label={t('common.showArchived')} checked={includeArchived} onChange={setIncludeArchived} />
      </div>
      <FormStatus status={status} />
      <LoadState isLoading={items.isLoading} error={items.error} />
      {items.value && items.value.length === 0 ? <p className="notice">{t('catalogue.empty')}</p> : null}
      {items.value && items.value.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('catalogue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.col.designation')}</th>
                <th scope="col">{t('catalogue.col.unit')}</th>
                <th scope="col" className="num">{t('catalogue.col.price')}</th>
                <th scope="col">{t('catalogue.col.vat')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.value.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/catalogue/${item.id}`}>{item.designation}</Link>
                    {item.isArchived ? <span className="badge badge-muted">{t('common.archived')}</span> : null}
                    {item.description ? <span className="cell-note">{item.description}</span> : null}
                  </th>
                  <td>{findUnit(item.unitCode)?.label ?? item.unitCode}</td>
                  <td className="num">{unitPriceText(item.unitPrice)}</td>
                  <td>{vatChoiceOf(item.vatCategory, item.vatRate, item.vatExemptionCode).label}</td>
                  <td>
                    <ArchiveToggle isArchived={item.isArchived} name={item.designation} onToggle={() => void toggleArchive(item)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
