import { createServer, type AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { createChorusClient, type ChorusClientOptions } from '../../main/services/chorus/chorus-client';
import { renderDocuments } from '../../main/services/documents/render-documents';
import { startChorusSimulator, type ChorusSimulator, type ChorusSimulatorOptions } from '../../main/services/chorus/simulator/chorus-simulator';
import { franchiseInvoiceToTownHall } from '../unit/domain/invoice-fixtures';
import { createManualTime } from './manual-scheduler';

export { startChorusSimulator, type ChorusSimulator } from '../../main/services/chorus/simulator/chorus-simulator';
export { DEMO_CREDENTIALS, SEED_BUYERS } from '../../main/services/chorus/simulator/seed-data';

/** The seeded buyers by role (main/services/chorus/simulator/seed-data.ts). */
export const BUYERS = {
  /** Requires a service code (FIN-01); paid. */
  mairie: { siret: '21490021900012', name: 'Mairie de Beaufort-en-Anjou', serviceCode: 'FIN-01' },
  /** Requires service and engagement (SERV-FIN-01); paid. */
  nantes: { siret: '21440109300015', name: 'Commune de Nantes', serviceCode: 'SERV-FIN-01' },
  /** Requires an engagement; suspends, then paid once completed. */
  ccas: { siret: '26490117400013', name: 'CCAS de Beaufort-en-Anjou', serviceCode: 'ACTION-SOCIALE' },
  /** Service or engagement; asks to recycle to ACHATS. */
  hopital: { siret: '26750045200011', name: 'Centre hospitalier de Lyon', serviceCode: 'URGENCES' },
  /** Requires an engagement; rejects. */
  ministere: { siret: '13000123300027', name: 'Ministère de la Culture – Service Patrimoine & Archives', serviceCode: undefined },
  /** Never reports payment. */
  syndicat: { siret: '25440077300019', name: 'Syndicat intercommunal des eaux de Loire-Atlantique', serviceCode: undefined },
} as const;

export const START = '2026-11-27T09:00:00Z';

/** A port free on 127.0.0.1 now, for a simulator started later (a core configured before Chorus Pro is up). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A simulator and a manual clock shared with the clients made by `client()`, stopped after each test.
 * Integration happens on the next request unless a delay is given.
 */
export function useChorusSimulator() {
  const running: ChorusSimulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((simulator) => simulator.stop()));
  });
  return {
    async start(options: ChorusSimulatorOptions = {}) {
      const time = createManualTime(START);
      const simulator = await startChorusSimulator({ clock: time.clock, integrationDelayMs: 0, ...options });
      running.push(simulator);
      const client = (overrides: Partial<ChorusClientOptions> = {}) =>
        createChorusClient({ endpoints: simulator.endpoints, credentials: { ...simulator.credentials }, clock: options.clock ?? time.clock, timeoutMs: 5_000, ...overrides });
      return { simulator, time, client };
    },
  };
}

/** A real Factur-X (our renderer) from the supplier of the simulator to `buyer`, numbered `number`. */
export async function facturXFor(
  buyer: { siret: string; name: string },
  number: string,
  options: { serviceCode?: string | undefined; engagementNumber?: string | undefined; edit?: (doc: InvoiceDocument) => void } = {},
): Promise<Buffer> {
  const doc = franchiseInvoiceToTownHall();
  doc.invoice.number = number;
  doc.invoice.issueDate = '2026-11-27';
  doc.buyer.siret = buyer.siret;
  doc.buyer.legalName = buyer.name;
  if ('serviceCode' in options) doc.invoice.serviceCode = options.serviceCode;
  if ('engagementNumber' in options) doc.invoice.engagementNumber = options.engagementNumber;
  options.edit?.(doc);
  return (await renderDocuments(doc)).pdf;
}
