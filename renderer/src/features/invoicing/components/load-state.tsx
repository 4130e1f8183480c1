import { useEffect, useState } from 'react';
import type { AppError } from '@shared/ipc/result';
import { t } from '../../../i18n/t';

/** True once `isLoading` has lasted `delayMs`: a quick answer shows no "Chargement…" flash. */
function useIsSlow(isLoading: boolean, delayMs: number): boolean {
  const [isSlow, setIsSlow] = useState(false);
  useEffect(() => {
    if (!isLoading) return;
    const timer = setTimeout(() => setIsSlow(true), delayMs);
    return () => {
      clearTimeout(timer);
      setIsSlow(false);
    };
  }, [isLoading, delayMs]);
  return isLoading && isSlow;
}

/** What a screen shows while its channel answers (after a short delay), or when it failed. */
export function LoadState({ isLoading, error }: { isLoading: boolean; error: AppError | null }) {
  const isSlow = useIsSlow(isLoading, 400);
  if (error) return <p role="alert" className="form-status error">{t('common.loadError', { message: error.message })}</p>;
  if (isSlow) return <p role="status">{t('app.loading')}</p>;
  return null;
}

/** Focuses an element once React has painted it (after a save, to the first error or the findings). */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => find()?.focus());
}
