import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/fr';
import { usePageTitle } from './use-page-title';

export function ComingSoonPage({ title }: { title: MessageKey }) {
  usePageTitle(t(title));
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(title)}</h1>
      <p className="notice">
        <strong>{t('comingSoon.title')}.</strong> {t('comingSoon.text')}
      </p>
    </section>
  );
}
