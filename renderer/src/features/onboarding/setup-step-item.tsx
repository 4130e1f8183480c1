import type { SetupStep, SetupStepStatus } from '@shared/setup';
import type { MessageKey } from '../../i18n/fr';
import { t } from '../../i18n/t';

interface SetupStepItemProps {
  step: SetupStep;
  index: number;
  status: SetupStepStatus;
  isNext: boolean;
  isBusy: boolean;
  onSet: (status: SetupStepStatus) => void;
}

const siteName = (url: string) => new URL(url).hostname;

/** One checklist row: why, the traps, the official page, and the buttons that record where the user is. */
export function SetupStepItem({ step, index, status, isNext, isBusy, onSet }: SetupStepItemProps) {
  const titleId = `setup-${step.id}-title`;
  return (
    <li className={`setup-step status-${status}${isNext ? ' is-next' : ''}`} aria-labelledby={titleId} data-testid={`setup-step-${step.id}`}>
      <div className="setup-step-head">
        <h3 id={titleId}>
          <span className="step-number">{index + 1}.</span> {step.title}
        </h3>
        <span className={`badge badge-${status === 'done' ? 'ok' : status === 'later' ? 'muted' : 'soon'}`} data-testid="setup-step-status">
          {t(`setup.status.${status}` satisfies MessageKey)}
        </span>
      </div>
      {step.isApiOnly ? <p className="muted">{t('setup.apiOnly')}</p> : null}
      <p>
        <strong>{t('setup.why')}</strong> {step.why}
      </p>
      {step.id === 'technical-account' ? <p className="warning">{t('setup.passwordOnce')}</p> : null}
      <div className="traps">
        <p>
          <strong>{t('setup.traps')}</strong>
        </p>
        <ul>
          {step.traps.map((trap) => (
            <li key={trap}>{trap}</li>
          ))}
        </ul>
      </div>
      <p>
        <a href={step.officialLink} target="_blank" rel="noreferrer">
          {t('setup.open', { site: siteName(step.officialLink) })}
          <span className="visually-hidden"> {t('setup.newWindow')}</span>
        </a>
      </p>
      {/* Toggle buttons that stay in place: focus never jumps when the status changes. Pressing the
          pressed one puts the step back to "à faire". Clicks while saving are ignored, not disabled,
          since disabling would drop the keyboard focus. */}
      <div className="setup-actions" role="group" aria-label={t('setup.actionsFor', { title: step.title })}>
        <button type="button" className="button small" aria-pressed={status === 'done'} onClick={() => isBusy || onSet(status === 'done' ? 'todo' : 'done')}>
          {t('setup.markDone')}
        </button>
        <button type="button" className="button small" aria-pressed={status === 'later'} onClick={() => isBusy || onSet(status === 'later' ? 'todo' : 'later')}>
          {t('setup.markLater')}
        </button>
      </div>
    </li>
  );
}
