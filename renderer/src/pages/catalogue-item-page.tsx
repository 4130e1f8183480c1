import { Link, useNavigate, useParams } from 'react-router';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { useChannel, type ChannelState } from '../api/client';
import { CatalogueForm } from '../features/invoicing/catalogue/catalogue-form';
import { LoadState } from '../features/invoicing/components/load-state';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** /catalogue/nouveau and /catalogue/:id (read with catalogue:get, archived items included). */
export function CatalogueItemPage() {
  const { id } = useParams();
  const itemId = id && /^\d+$/.test(id) ? Number(id) : null;
  return itemId === null ? <ItemScreen itemId={null} item={null} /> : <ExistingItem key={itemId} itemId={itemId} />;
}

function ExistingItem({ itemId }: { itemId: number }) {
  const item = useChannel('catalogue:get', { id: itemId });
  return <ItemScreen itemId={itemId} item={item} />;
}

function ItemScreen({ itemId, item }: { itemId: number | null; item: ChannelState<CatalogueItem> | null }) {
  const navigate = useNavigate();
  const company = useChannel('company:get', {});
  const value = item?.value ?? null;
  const title = value ? t('catalogue.editTitle', { name: value.designation }) : t('catalogue.newTitle');
  usePageTitle(title);
  const isReady = !company.isLoading && !(item?.isLoading ?? false);
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/catalogue">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{title}</h1>
      <LoadState isLoading={!isReady} error={company.error ?? item?.error ?? null} />
      {isReady && (itemId === null || value) ? (
        <CatalogueForm
          key={value?.id ?? 'new'}
          item={value}
          isVatFranchise={company.value?.vatFranchise ?? false}
          onSaved={() => (itemId === null ? navigate('/catalogue') : item?.reload())}
        />
      ) : null}
    </section>
  );
}
