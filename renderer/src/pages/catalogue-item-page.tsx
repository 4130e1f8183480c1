import { Link, useNavigate, useParams } from 'react-router';
import { useChannel } from '../api/client';
import { CatalogueForm } from '../features/invoicing/catalogue/catalogue-form';
import { LoadState } from '../features/invoicing/components/load-state';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** /catalogue/nouveau and /catalogue/:id. There is no catalogue:get: the item is found in the full list. */
export function CatalogueItemPage() {
  const { id } = useParams();
  const itemId = id && /^\d+$/.test(id) ? Number(id) : null;
  const navigate = useNavigate();
  const company = useChannel('company:get', {});
  const items = useChannel('catalogue:list', { text: '', includeArchived: true });
  const item = itemId === null ? null : (items.value?.find((candidate) => candidate.id === itemId) ?? null);
  const title = item ? t('catalogue.editTitle', { name: item.designation }) : t('catalogue.newTitle');
  usePageTitle(title);
  const isReady = !company.isLoading && !items.isLoading;
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/catalogue">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{title}</h1>
      <LoadState isLoading={!isReady} error={company.error ?? items.error} />
      {isReady && (itemId === null || item) ? (
        <CatalogueForm
          key={item?.id ?? 'new'}
          item={item}
          isVatFranchise={company.value?.vatFranchise ?? false}
          onSaved={() => (itemId === null ? navigate('/catalogue') : items.reload())}
        />
      ) : null}
    </section>
  );
}
