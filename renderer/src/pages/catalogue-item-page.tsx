import { Link, useNavigate, useParams } from 'react-router';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { useChannelQuery, type ChannelError } from '../api/queries';
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
  const item = useChannelQuery('catalogue:get', { id: itemId });
  return <ItemScreen itemId={itemId} item={item} />;
}

interface ItemQuery {
  data: CatalogueItem | undefined;
  isPending: boolean;
  error: ChannelError | null;
}

function ItemScreen({ itemId, item }: { itemId: number | null; item: ItemQuery | null }) {
  const navigate = useNavigate();
  const company = useChannelQuery('company:get', {});
  const value = item?.data ?? null;
  const title = value ? t('catalogue.editTitle', { name: value.designation }) : t('catalogue.newTitle');
  usePageTitle(title);
  const isReady = !company.isPending && !(item?.isPending ?? false);
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/catalogue">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{title}</h1>
      <LoadState isLoading={!isReady} error={company.error ?? item?.error ?? null} />
      {isReady && (itemId === null || value) ? (
        <CatalogueForm
          key={value?.id ?? 'new'}
          item={value}
          isVatFranchise={company.data?.vatFranchise ?? false}
          onSaved={() => (itemId === null ? navigate('/catalogue') : undefined)}
        />
      ) : null}
    </section>
  );
}
