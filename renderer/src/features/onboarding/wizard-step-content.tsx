import { Link } from 'react-router';
import { companyLegalFormFor } from '@shared/onboarding/business-profile';
import type { OnboardingView } from '@shared/onboarding/onboarding-view';
import { useChannelQuery } from '../../api/queries';
import { CompanyForm } from '../company/company-form';
import { CalendarEntryCard } from '../calendar/calendar-entry-card';
import { CalendarHeadline } from '../calendar/calendar-headline';
import { MissingProfileNotice } from '../calendar/missing-profile-notice';
import { t } from '../../i18n/t';
import { BusinessProfileForm } from './business-profile-form';
import { SetupChecklist } from './setup-checklist';
import type { WizardStepSlug } from './wizard-steps';

interface StepProps {
  slug: WizardStepSlug;
  view: OnboardingView;
  onView: (view: OnboardingView) => void;
  onNext: () => void;
  onFinish: () => void;
}

/** The body of one wizard step; the page around it draws the progress and the step navigation. */
export function WizardStepContent({ slug, view, onView, onNext, onFinish }: StepProps) {
  switch (slug) {
    case 'activite':
      return (
        <BusinessProfileForm
          view={view}
          onSaved={(next) => {
            onView(next);
            onNext();
          }}
        />
      );
    case 'calendrier':
      return <CalendarStep />;
    case 'chorus-pro':
      return <SetupChecklist view={view} onChange={onView} />;
    case 'entreprise':
      return <CompanyStep view={view} onFinish={onFinish} />;
  }
}

function CalendarStep() {
  const calendar = useChannelQuery('calendar:get', {});
  if (calendar.isPending) return <p role="status">{t('app.loading')}</p>;
  const value = calendar.data;
  if (!value?.calendar) return <MissingProfileNotice />;
  const yours = value.calendar.entries.filter((entry) => entry.applies && entry.group !== 'duty');
  return (
    <div>
      <CalendarHeadline view={value} />
      <h3>{t('wizard.calendar.yours')}</h3>
      <ol className="calendar-list">
        {yours.map((entry) => (
          <CalendarEntryCard key={entry.id} entry={entry} headingLevel={3} />
        ))}
      </ol>
      <p>
        <Link to="/calendrier">{t('wizard.calendar.full')}</Link>
      </p>
    </div>
  );
}

function CompanyStep({ view, onFinish }: { view: OnboardingView; onFinish: () => void }) {
  const company = useChannelQuery('company:get', {});
  if (company.isPending) return <p role="status">{t('app.loading')}</p>;
  const business = view.businessProfile;
  const defaults = business ? { legalForm: companyLegalFormFor(business.legalForm), vatFranchise: business.vatFranchise } : undefined;
  return (
    <div>
      {business && !company.data ? <p className="muted">{t('wizard.company.prefilled')}</p> : null}
      <CompanyForm profile={company.data} defaults={defaults} submitLabel={t('wizard.saveAndFinish')} onSaved={onFinish} />
    </div>
  );
}
