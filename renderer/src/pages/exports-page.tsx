import '../features/invoicing.css';
import '../features/records/records.css';
import { ArchiveSection } from '../features/records/archive-section';
import { ReceiptsBookSection } from '../features/records/receipts-book-section';
import { TurnoverSection } from '../features/records/turnover-section';
import { useToday } from '../features/invoicing/components/use-today';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/**
 * « Exports », a page of its own in the navigation rather than a section of Réglages: the turnover is
 * declared every month or quarter and the receipts book is read as often; these are work, not settings.
 */
export function ExportsPage() {
  usePageTitle(t('exports.title'));
  const { today } = useToday();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
      {today ? (
        <>
          <TurnoverSection today={today} />
          <ReceiptsBookSection today={today} />
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
      <ArchiveSection />
    </section>
  );
}
