import { useState } from 'react';
import { Link } from 'react-router';
import { formatSiren, formatSiret } from '@shared/company/format-siret';
import type { Customer } from '@shared/customers/customer';
import { useBridge, useChannel } from '../api/client';
import { CheckboxField } from '../components/checkbox-field';
import { FormStatus, type Status } from '../components/form-status';
import { TextField } from '../components/text-field';
import { ArchiveToggle } from '../features/invoicing/components/archive-toggle';
import { LoadState } from '../features/invoicing/components/load-state';
import { Pager } from '../features/invoicing/components/pager';
import { useDebouncedValue } from '../features/invoicing/components/use-debounced-value';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

const PAGE_SIZE = 20;

export function CustomersPage() {
  usePageTitle(t('customers.title'));
  const bridge = useBridge();
  const [text, setText] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  const search = useDebouncedValue(text);
  const page = useChannel('customers:search', { text: search, includeArchived, limit: PAGE_SIZE, offset });

  async function toggleArchive(customer: Customer) {
    const result = await bridge.invoke('customers:archive', { id: customer.id, isArchived: !customer.isArchived });
    setStatus(result.ok ? { kind: 'saved', message: t(customer.isArchived ? 'customers.restored' : 'customers.archived') } : { kind: 'error', message: result.error.message });
    page.reload();
  }

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('customers.title')}</h1>
        <div className="actions">
          <Link className="button primary" to="/clients/annuaire">
            {t('directory.addPublic')}
          </Link>
          <Link className="button" to="/clients/nouveau">
            {t('customers.new')}
          </Link>
        </div>
      </div>
      <div className="filters" role="search">
        <TextField name="recherche" label={t('common.search')} hint={t('customers.searchHint')} value={text} onChange={(value) => { setText(value); setOffset(0); }} />
        <CheckboxField name="archives" label={t('common.showArchived')} checked={includeArchived} onChange={(value) => { setIncludeArchived(value); setOffset(0); }} />
      </div>
      <FormStatus status={status} />
      <LoadState isLoading={page.isLoading} error={page.error} />
      {page.value ? (
        <>
          {page.value.rows.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('customers.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('customers.col.name')}</th>
                    <th scope="col">{t('customers.col.kind')}</th>
                    <th scope="col">{t('customers.col.siret')}</th>
                    <th scope="col">{t('customers.col.city')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.value.rows.map((customer) => (
                    <tr key={customer.id}>
                      <th scope="row">
                        <Link to={`/clients/${customer.id}`}>{customer.legalName}</Link>
                        {customer.isArchived ? <span className="badge badge-muted">{t('common.archived')}</span> : null}
                      </th>
                      <td>{t(customer.kind === 'public' ? 'customers.kind.public' : 'customers.kind.private')}</td>
                      <td className="nowrap">{customer.siret ? formatSiret(customer.siret) : customer.siren ? formatSiren(customer.siren) : t('common.none')}</td>
                      <td>{customer.address.city}</td>
                      <td>
                        <ArchiveToggle isArchived={customer.isArchived} name={customer.legalName} onToggle={() => void toggleArchive(customer)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <Pager offset={offset} limit={PAGE_SIZE} total={page.value.total} onChange={setOffset} />
        </>
      ) : null}
    </section>
  );
}
