import { t } from '../../../i18n/t';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** "1 à 20 sur 45" and the two buttons; disabled buttons stay in the tab order's reading as unavailable. */
export function Pager({ offset, limit, total, onChange }: PagerProps) {
  if (total === 0) return <p className="muted">{t('pager.empty')}</p>;
  const last = Math.min(offset + limit, total);
  if (offset === 0 && last >= total) return <p className="pager-range">{t('pager.range', { first: 1, last, total })}</p>;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="button small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('pager.previous')}
      </button>
      <p role="status" className="pager-range">
        {t('pager.range', { first: offset + 1, last, total })}
      </p>
      <button type="button" className="button small" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
