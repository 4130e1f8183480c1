import type { CalendarEntry, ObligationGroup } from '@shared/calendar/obligation-types';
import type { MessageKey } from '../../i18n/fr';
import { t } from '../../i18n/t';
import { CalendarEntryCard } from './calendar-entry-card';

const GROUPS: readonly ObligationGroup[] = ['b2g', 'b2b', 'duty'];

/** The whole timeline, in three groups: public buyers, the 2026–2027 reform, standing duties. */
export function CalendarGroups({ entries }: { entries: readonly CalendarEntry[] }) {
  return (
    <>
      {GROUPS.map((group) => {
        const items = entries.filter((entry) => entry.group === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="calendar-group" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`calendar.group.${group}` satisfies MessageKey)}</h2>
            <p className="muted">{t(`calendar.groupIntro.${group}` satisfies MessageKey)}</p>
            <ol className="calendar-list">
              {items.map((entry) => (
                <CalendarEntryCard key={entry.id} entry={entry} />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
