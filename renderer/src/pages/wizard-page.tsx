import { useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useChannelMutation, useChannelQuery, useSetChannelData } from '../api/queries';
import { WizardStepContent } from '../features/onboarding/wizard-step-content';
import { WIZARD_STEPS, wizardStepIndex } from '../features/onboarding/wizard-steps';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** The first-start wizard: four steps, each skippable; finishing is never required to use the app. */
export function WizardPage() {
  const { step } = useParams();
  const index = wizardStepIndex(step);
  const current = WIZARD_STEPS[index] ?? WIZARD_STEPS[0];
  const isLast = index === WIZARD_STEPS.length - 1;
  const navigate = useNavigate();
  const view = useChannelQuery('onboarding:get', {}).data;
  const setView = useSetChannelData('onboarding:get', {});
  const complete = useChannelMutation('onboarding:complete');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isClosing = complete.isPending;
  usePageTitle(t('wizard.pageTitle', { step: t(current.title) }));

  // Each step change moves focus to the step's heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  const goTo = (target: number) => navigate(`/assistant/${WIZARD_STEPS[target]?.slug ?? 'activite'}`);
  async function close() {
    await complete.mutateAsync({});
    navigate('/');
  }
  const next = () => (isLast ? void close() : goTo(index + 1));

  return (
    <section aria-labelledby="page-title" className="wizard" aria-busy={isClosing}>
      <div className="wizard-top">
        <h1 id="page-title">{t('wizard.title')}</h1>
        <button type="button" className="button" onClick={() => void close()}>
          {t('wizard.quit')}
        </button>
      </div>
      <p className="muted">{t('wizard.intro')}</p>
      <nav aria-label={t('wizard.stepsLabel')}>
        <ol className="wizard-steps">
          {WIZARD_STEPS.map((item, position) => (
            <li key={item.slug} className={position === index ? 'is-current' : position < index ? 'is-past' : ''}>
              <Link to={`/assistant/${item.slug}`} aria-current={position === index ? 'step' : undefined}>
                <span className="wizard-step-number" aria-hidden="true">
                  {position + 1}
                </span>
                {t(item.title)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card wizard-card" aria-labelledby="wizard-step-title">
        <p className="step-counter">{t('wizard.counter', { current: index + 1, total: WIZARD_STEPS.length })}</p>
        <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
          {t(current.title)}
        </h2>
        {view ? (
          <WizardStepContent key={current.slug} slug={current.slug} view={view} onView={setView} onNext={next} onFinish={() => void close()} />
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </section>
      <div className="wizard-nav">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => goTo(index - 1)}>
            {t('wizard.previous')}
          </button>
        ) : (
          <span />
        )}
        <div className="wizard-nav-end">
          <button type="button" className="button" onClick={next}>
            {isLast ? t('wizard.skipAndFinish') : t('wizard.skip')}
          </button>
          {current.slug === 'calendrier' || current.slug === 'chorus-pro' ? (
            <button type="button" className="button primary" onClick={next}>
              {t('wizard.continue')}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
