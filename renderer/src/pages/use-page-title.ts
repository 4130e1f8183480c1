import { useEffect } from 'react';
import { t } from '../i18n/t';

/** The window title follows the page, so screen-reader users hear where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);
}
