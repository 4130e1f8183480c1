import { useId, type ReactNode } from 'react';

/** The frame every home card shares: a titled region, so screen-reader users can jump between cards. */
export function HomeCardFrame({ title, tone, children, testId }: { title: string; tone?: 'attention' | 'warning'; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <section className={`card home-card${tone ? ` tone-${tone}` : ''}`} aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
