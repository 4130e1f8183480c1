import { Link } from 'react-router';
import { formatSiret } from '../../../shared/company/format-siret';
import { useChannel } from '../api/client';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

export function HomePage() {
  usePageTitle(t('home.title'));
  const company = useChannel('company:get', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('home.title')}</h1>
      <p>{t('home.welcome')}</p>
      {company.isLoading ? <p role="status">{t('app.loading')}</p> : null}
      {company.value === null ? (
        <div className="card">
          <p>{t('home.noCompany')}</p>
          <Link className="button" to="/reglages">
            {t('home.completeProfile')}
          </Link>
        </div>
      ) : null}
      {company.value ? (
        <p className="card">{t('home.companyReady', { name: company.value.legalName, siret: formatSiret(company.value.siret) })}</p>
      ) : null}
    </section>
  );
}
