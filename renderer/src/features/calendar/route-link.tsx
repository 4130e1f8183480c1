import { Link } from 'react-router';
import type { AppRoute } from '@shared/calendar/obligation-types';
import { appRoutePath } from '@shared/onboarding/app-route-path';
import type { MessageKey } from '../../i18n/fr';
import { t } from '../../i18n/t';

/** A link to the place in the app a calendar entry points at; nothing for screens not built yet. */
export function RouteLink({ route }: { route: AppRoute | null }) {
  const path = appRoutePath(route);
  if (route === null || path === null) return null;
  return (
    <Link className="button small" to={path}>
      {t(`route.${route}` satisfies MessageKey)}
    </Link>
  );
}
