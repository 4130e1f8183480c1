import { Link } from 'react-router';
import { formatSiret } from '@shared/company/format-siret';
import { findSetupStep } from '@shared/setup';
import { useChannelQuery } from '../../api/queries';
import { t } from '../../i18n/t';
import { HomeCardFrame } from './home-card-frame';

/** Shown until wizard step 1 is answered: without it there is no personal calendar. */
export function BusinessProfileCard() {
  const onboarding = useChannelQuery('onboarding:get', {});
  if (!onboarding.data || onboarding.data.businessProfile) return null;
  return (
    <HomeCardFrame title={t('home.business.title')} tone="attention" testId="home-card-business">
      <p>{t('home.business.text')}</p>
      <Link className="button primary" to="/assistant/activite">
        {t('home.business.link')}
      </Link>
    </HomeCardFrame>
  );
}

/** The company profile: an invitation while it is missing, a one-line summary once saved. */
export function CompanyCard() {
  const company = useChannelQuery('company:get', {});
  if (company.isPending || company.error) return null;
  if (!company.data) {
    return (
      <HomeCardFrame title={t('home.company.title')} tone="attention" testId="home-card-company">
        <p>{t('home.noCompany')}</p>
        <Link className="button primary" to="/reglages?section=entreprise">
          {t('home.completeProfile')}
        </Link>
      </HomeCardFrame>
    );
  }
  return (
    <HomeCardFrame title={t('home.company.title')} testId="home-card-company">
      <p>{t('home.companyReady', { name: company.data.legalName, siret: formatSiret(company.data.siret) })}</p>
    </HomeCardFrame>
  );
}

/** The Chorus Pro setup checklist while unfinished: progress and the step to do next. */
export function SetupCard() {
  const onboarding = useChannelQuery('onboarding:get', {});
  const summary = onboarding.data?.setupSummary;
  // Chorus Pro only matters to those who sell to public buyers; before step 1 we do not know, so we show it.
  const sellsToPublic = onboarding.data?.businessProfile?.sellsTo.publicBuyers ?? true;
  if (!summary || summary.isComplete || !sellsToPublic) return null;
  const nextStep = summary.nextStepId ? findSetupStep(summary.nextStepId) : null;
  return (
    <HomeCardFrame title={t('home.setup.title')} testId="home-card-setup">
      <p>
        <progress max={summary.totalCount} value={summary.doneCount} aria-label={t('setup.progressLabel')} />{' '}
        {t('setup.progress', { done: summary.doneCount, total: summary.totalCount })}
        {summary.postponedCount > 0 ? ` ${t('home.setup.postponed', { count: summary.postponedCount })}` : ''}
      </p>
      {nextStep ? <p>{t('home.setup.next', { title: nextStep.title })}</p> : null}
      <Link className="button" to="/assistant/chorus-pro">
        {t('home.setup.link')}
      </Link>
    </HomeCardFrame>
  );
}
