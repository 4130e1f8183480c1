import type { TimelineItem } from '@shared/sending/sending-views';
import { t } from '../../i18n/t';
import { whenText } from './sending-text';

/** The life of the piece, oldest first: Facturier's steps and each Chorus Pro status with its comment. */
export function SendingTimeline({ items }: { items: readonly TimelineItem[] }) {
  return (
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('send.timeline')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('send.timelineEmpty')}</p>
      ) : (
        <ol className="timeline" data-testid="sending-timeline">
          {items.map((item, index) => (
            <li key={`${item.code}-${index}`} className={`timeline-${item.kind}`}>
              <span className="nowrap">{whenText(item.at)}</span> — <strong>{item.label}</strong>
              <span className="muted"> ({t(`send.source.${item.source}`)})</span>
              {item.comment ? <p className="timeline-comment">{item.comment}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
