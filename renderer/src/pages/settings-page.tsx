import { useChannel } from '../api/client';
import { CompanyForm } from '../features/company/company-form';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

export function SettingsPage() {
  usePageTitle(t('settings.title'));
  const company = useChannel('company:get', {});
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      <section className="card" aria-labelledby="company-title">
        <h2 id="company-title">{t('company.title')}</h2>
        {company.isLoading ? <p role="status">{t('app.loading')}</p> : <CompanyForm profile={company.value} />}
      </section>
    </section>
  );
}
