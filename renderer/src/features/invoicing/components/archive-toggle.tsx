import { t } from '../../../i18n/t';

/** « Archiver » / « Restaurer » for one row, named after the record for screen readers. */
export function ArchiveToggle({ isArchived, name, onToggle }: { isArchived: boolean; name: string; onToggle: () => void }) {
  const action = t(isArchived ? 'common.restore' : 'common.archive');
  return (
    <button type="button" className="button small" onClick={onToggle} aria-label={`${action} ${name}`}>
      {action}
    </button>
  );
}
