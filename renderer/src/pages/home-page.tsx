import { Navigate } from 'react-router';
import { useChannelQuery } from '../api/queries';
import { HOME_CARDS } from '../features/home/home-cards';
import { claimAutoOpen } from '../features/onboarding/wizard-steps';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

export function HomePage() {
  usePageTitle(t('home.title'));
  const onboarding = useChannelQuery('onboarding:get', {});
  // First start: nothing answered and the wizard never closed, it opens by itself (once per start).
  if (onboarding.data?.shouldOpenWizard && claimAutoOpen()) return <Navigate to="/assistant/activite" replace />;
  // Nothing but a status until we know whether to open the wizard: no flash of a page about to leave.
  if (onboarding.isPending) return <p role="status">{t('app.loading')}</p>;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('home.title')}</h1>
      <p>{t('home.welcome')}</p>
      <div className="home-cards">
        {HOME_CARDS.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </div>
    </section>
  );
}
