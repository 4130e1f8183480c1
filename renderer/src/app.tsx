import { Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import type { FacturierBridge } from '@shared/ipc/bridge';
import { DataProvider } from './api/data-provider';
import { AppShell } from './shell/app-shell';
import { lazyPage } from './shell/lazy-page';
import { PageLoadBoundary } from './shell/page-load-boundary';
import { HomePage } from './pages/home-page';
import { WizardPage } from './pages/wizard-page';
import { invoicingRoutes } from './features/invoicing/invoicing-routes';
import { t } from './i18n/t';

const CalendarPage = lazyPage(() => import('./pages/calendar-page'), 'CalendarPage');
const ExportsPage = lazyPage(() => import('./pages/exports-page'), 'ExportsPage');
const SendingPage = lazyPage(() => import('./pages/sending-page'), 'SendingPage');
const SettingsPage = lazyPage(() => import('./pages/settings-page'), 'SettingsPage');

/** Hash routes: the same URLs work from the packaged file:// page and from the browser host. */
export function App({ bridge }: { bridge: FacturierBridge }) {
  return (
    <DataProvider bridge={bridge}>
      <HashRouter>
        <AppShell>
          <PageLoadBoundary>
            <Suspense
              fallback={
                <p role="status" className="muted">
                  {t('app.loading')}
                </p>
              }
            >
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/assistant" element={<WizardPage />} />
                <Route path="/assistant/:step" element={<WizardPage />} />
                <Route path="/calendrier" element={<CalendarPage />} />
                {/* Clients, catalogue, factures (issue 3). */}
                {invoicingRoutes()}
                <Route path="/envois" element={<SendingPage />} />
                <Route path="/reglages" element={<SettingsPage />} />
                {/* The archive, the receipts book and the turnover (issue 13). */}
                <Route path="/exports" element={<ExportsPage />} />
                <Route path="*" element={<HomePage />} />
              </Routes>
            </Suspense>
          </PageLoadBoundary>
        </AppShell>
      </HashRouter>
    </DataProvider>
  );
}
