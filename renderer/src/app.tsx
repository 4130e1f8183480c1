import { HashRouter, Route, Routes } from 'react-router';
import type { FacturierBridge } from '@shared/ipc/bridge';
import { DataProvider } from './api/data-provider';
import { AppShell } from './shell/app-shell';
import { CalendarPage } from './pages/calendar-page';
import { ExportsPage } from './pages/exports-page';
import { HomePage } from './pages/home-page';
import { SendingPage } from './pages/sending-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';
import { invoicingRoutes } from './features/invoicing/invoicing-routes';

/** Hash routes: the same URLs work from the packaged file:// page and from the browser host. */
export function App({ bridge }: { bridge: FacturierBridge }) {
  return (
    <DataProvider bridge={bridge}>
      <HashRouter>
        <AppShell>
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
        </AppShell>
      </HashRouter>
    </DataProvider>
  );
}
