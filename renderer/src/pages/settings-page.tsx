import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useChannelMutation, useChannelQuery } from '../api/queries';
import { ChorusConnectionForm } from '../features/chorus-connection/chorus-connection-form';
import { CompanyForm } from '../features/company/company-form';
import { LogoField } from '../features/company/logo-field';
import { DirectorySettingsSection } from '../features/public-directory/directory-settings-section';
import { ChainHeadLine, RecordCheck } from '../features/record/record-check';
import { SendingSettingsSection } from '../features/sending/sending-settings';
import { BackupsSection } from '../features/records/backups-section';
import { TechnicalLogSection } from '../features/records/technical-log-section';
import type { MessageKey } from '../i18n/fr';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

const SECTIONS = ['entreprise', 'chorus-pro', 'sending', 'annuaire', 'registre', 'sauvegardes', 'journal-technique', 'assistant'] as const;

export function SettingsPage() {
  usePageTitle(t('settings.title'));
  const company = useChannelQuery('company:get', {});
  const chorus = useChannelQuery('chorusConnection:get', {});
  const [params] = useSearchParams();
  const section = params.get('section');

  // Links such as "Réglages › Chorus Pro" land on their section, focus included (the hash is the route).
  const isReady = !company.isPending && !chorus.isPending;
  useEffect(() => {
    if (!isReady || !section) return;
    const heading = document.getElementById(`settings-${section}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [section, isReady]);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      <nav aria-label={t('settings.onThisPage')} className="in-page-nav">
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <Link to={`/reglages?section=${id}`}>{t(`settings.section.${id}` satisfies MessageKey)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="card" aria-labelledby="settings-entreprise">
        <h2 id="settings-entreprise" tabIndex={-1}>
          {t('settings.section.entreprise')}
        </h2>
        {company.isPending ? <p role="status">{t('app.loading')}</p> : <CompanyForm profile={company.data} />}
        <h3>{t('logo.title')}</h3>
        {company.isPending ? null : <LogoField hasProfile={Boolean(company.data)} />}
      </section>
      <section className="card" aria-labelledby="settings-chorus-pro">
        <h2 id="settings-chorus-pro" tabIndex={-1}>
          {t('settings.section.chorus-pro')}
        </h2>
        {chorus.data ? <ChorusConnectionForm initial={chorus.data} /> : <p role="status">{t('app.loading')}</p>}
      </section>
      <SendingSettingsSection />
      <DirectorySettingsSection />
      <section className="card" aria-labelledby="settings-registre">
        <h2 id="settings-registre" tabIndex={-1}>
          {t('settings.section.registre')}
        </h2>
        <p>{t('record.intro')}</p>
        <ChainHeadLine />
        <RecordCheck />
      </section>
      <BackupsSection />
      <TechnicalLogSection />
      <RestartWizardSection />
    </section>
  );
}

function RestartWizardSection() {
  const navigate = useNavigate();
  const restartWizard = useChannelMutation('onboarding:restart');
  const isBusy = restartWizard.isPending;
  async function restart() {
    const result = await restartWizard.mutateAsync({});
    if (result.ok) navigate('/assistant/activite');
  }
  return (
    <section className="card" aria-labelledby="settings-assistant">
      <h2 id="settings-assistant" tabIndex={-1}>
        {t('settings.section.assistant')}
      </h2>
      <p>{t('settings.restartText')}</p>
      <button type="button" className="button" onClick={() => void restart()} aria-busy={isBusy}>
        {t('settings.restart')}
      </button>
    </section>
  );
}
