import { t } from '../i18n/t';

/** A submit button that says it is working ("Enregistrement…") and is marked busy meanwhile. */
export function SaveButton({ label, isSaving }: { label: string; isSaving: boolean }) {
  return (
    <button type="submit" className="button primary" disabled={isSaving} aria-busy={isSaving}>
      {isSaving ? t('form.saving') : label}
    </button>
  );
}
