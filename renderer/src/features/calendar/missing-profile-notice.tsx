import { Link } from 'react-router';
import { t } from '../../i18n/t';

/** Without the business profile there is no personal calendar: say so and lead to wizard step 1. */
export function MissingProfileNotice() {
  return (
    <div className="notice">
      <p>{t('calendar.needsProfile')}</p>
      <Link className="button primary" to="/assistant/activite">
        {t('calendar.fillProfile')}
      </Link>
    </div>
  );
}
