import type { MouseEvent, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/fr';
import { OnlineIndicator } from './online-indicator';
import { SessionLostBanner } from './session-lost-banner';
import { SyncIndicator } from '../features/sending/sync-indicator';

export const navigation: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/', label: 'nav.home' },
  { path: '/calendrier', label: 'nav.calendar' },
  { path: '/clients', label: 'nav.customers' },
  { path: '/catalogue', label: 'nav.catalogue' },
  { path: '/factures', label: 'nav.invoices' },
  { path: '/envois', label: 'nav.outbox' },
  { path: '/exports', label: 'nav.exports' },
  { path: '/reglages', label: 'nav.settings' },
];

function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('contenu')?.focus();
}

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      {/* The hash holds the route (HashRouter), so the skip link moves focus itself. */}
      <a className="skip-link" href="#contenu" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <p className="brand">{t('app.name')}</p>
        <OnlineIndicator />
        <SyncIndicator />
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {navigation.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="contenu" className="shell-main" tabIndex={-1}>
        <SessionLostBanner />
        {children}
      </main>
    </div>
  );
}
