import { addDays } from '@shared/dates/iso-date';
import { parisToday } from '@shared/dates/french-dates';
import { systemClock, type Clock } from '../../clock';
import { endpointsAt, type ChorusEndpoints } from '../chorus-endpoints';
import { createFaultPlan, type FaultPlan } from './fault-plan';
import type { RouteContext } from './route-context';
import { facturesRoutes } from './routes-factures';
import { referenceRoutes } from './routes-reference';
import { DEMO_CREDENTIALS, DEMO_SUPPLIER, type SeedStructure } from './seed-data';
import { createSimulatorAccess, type PisteApplication, type TechnicalAccount } from './simulator-access';
import { createSimulatorDirectory } from './simulator-directory';
import { createSimulatorLedger, type DepositRecord } from './simulator-ledger';
import { createSimulatorServer, listen, type Quirks, type RequestRecord } from './simulator-server';
import type { LifeName, LifeStep } from './status-lives';

export interface ChorusSimulatorOptions {
  /** 0 (default): a free port on 127.0.0.1. */
  port?: number;
  /** Drives token expiry, integration and status lives; tests pass a manual clock. */
  clock?: Clock;
  /** The supplier structure of the technical account (the user's business in the demonstration). */
  supplier?: { siret: string; name: string };
  /** Lifetime of a token, in seconds (PISTE: 3600). */
  tokenLifetimeS?: number;
  /** Time from a deposit to its integration (or rejection), by the clock; 30 s by default. */
  integrationDelayMs?: number;
  /** Multiplies the durations of status lives (1/1440: a day becomes a minute). */
  timeScale?: number;
  /** What `structures/v1/consulter` reports as the technical password's expiry; default in 200 days. */
  passwordExpiresOn?: string | null;
  /** Largest `fichierFlux` accepted, decoded (default 120 MB). */
  maxFluxBytes?: number;
  quirks?: Quirks;
  /** Keep the process alive while listening (the `npm run simulator` script); off in the app and tests. */
  keepProcessAlive?: boolean;
}

export interface ChorusSimulator {
  url: string;
  endpoints: ChorusEndpoints;
  credentials: typeof DEMO_CREDENTIALS;
  faults: FaultPlan;
  /** What the simulator received, for tests: deposits (per invoice number), invoices, requests, tokens. */
  inspect: {
    deposits(): DepositRecord[];
    depositsOf(invoiceNumber: string): DepositRecord[];
    invoices(): Array<{ identifiantFactureCPP: number; numeroFacture: string; status: string; buyerSiret: string; numeroFluxDepot: string | null; modeDepot: string }>;
    requests(): RequestRecord[];
    tokensIssued(): number;
    structureId(siret: string): number | undefined;
  };
  /** Token expiry mid-run: every token handed out so far stops working. */
  expireTokens(): void;
  setTokenLifetime(seconds: number): void;
  /** Scripts the life of invoices to come for one buyer (a named life or custom steps). */
  setLife(siret: string, life: LifeName | LifeStep[]): void;
  setPasswordExpiry(date: string | null): void;
  setQuirks(quirks: Quirks): void;
  addApplication(application: PisteApplication): void;
  addTechnicalAccount(account: TechnicalAccount): void;
  addBuyer(buyer: SeedStructure): number;
  stop(): Promise<void>;
}

/**
 * A Chorus Pro stand-in on 127.0.0.1 speaking the documented protocol (chorus-pro-api.md): the tests' Chorus
 * Pro, the « environnement de démonstration » of the app, and `npm run simulator`.
 */
export async function startChorusSimulator(options: ChorusSimulatorOptions = {}): Promise<ChorusSimulator> {
  const clock = options.clock ?? systemClock;
  const access = createSimulatorAccess(clock, options.tokenLifetimeS ?? 3600);
  const directory = createSimulatorDirectory(options.supplier ?? DEMO_SUPPLIER);
  const ledger = createSimulatorLedger({ clock, directory, integrationDelayMs: options.integrationDelayMs ?? 30_000, timeScale: options.timeScale ?? 1 });
  const faults = createFaultPlan();
  const maxFluxBytes = options.maxFluxBytes ?? 120 * 1024 * 1024;
  const context: RouteContext = {
    clock,
    directory,
    ledger,
    attachments: new Map(),
    settings: {
      maxFluxBytes,
      passwordExpiresOn: options.passwordExpiresOn === undefined ? addDays(parisToday(clock.now()), 200) : options.passwordExpiresOn,
    },
  };
  let quirks: Quirks = options.quirks ?? {};
  const requests: RequestRecord[] = [];
  const server = createSimulatorServer({
    access,
    faults,
    routes: { ...facturesRoutes, ...referenceRoutes },
    context,
    quirks: () => quirks,
    requests,
    // base64 is 4/3 of the file, plus the JSON around it.
    maxBodyBytes: Math.ceil((maxFluxBytes * 4) / 3) + 1024 * 1024,
  });
  const url = await listen(server, options.port ?? 0);
  if (!options.keepProcessAlive) server.unref();

  return {
    url,
    endpoints: endpointsAt(url),
    credentials: DEMO_CREDENTIALS,
    faults,
    inspect: {
      deposits: () => ledger.deposits(),
      depositsOf: (invoiceNumber) => ledger.deposits().filter((deposit) => deposit.invoiceNumber === invoiceNumber),
      invoices: () =>
        ledger.invoices().map((invoice) => ({
          identifiantFactureCPP: invoice.identifiantFactureCPP,
          numeroFacture: invoice.numeroFacture,
          status: ledger.status(invoice),
          buyerSiret: invoice.buyer.siret,
          numeroFluxDepot: invoice.numeroFluxDepot,
          modeDepot: invoice.modeDepot,
        })),
      requests: () => [...requests],
      tokensIssued: () => access.tokensIssued,
      structureId: (siret) => directory.bySiret(siret)?.idStructureCPP,
    },
    expireTokens: () => access.expireTokens(),
    setTokenLifetime: (seconds) => access.setTokenLifetime(seconds),
    setLife(siret, life) {
      const structure = directory.bySiret(siret);
      if (!structure) throw new Error(`unknown structure ${siret}`);
      structure.life = life;
    },
    setPasswordExpiry(date) {
      context.settings.passwordExpiresOn = date;
    },
    setQuirks(next) {
      quirks = next;
    },
    addApplication: (application) => access.addApplication(application),
    addTechnicalAccount: (account) => access.addTechnicalAccount(account),
    addBuyer: (buyer) => directory.addBuyer(buyer).idStructureCPP,
    async stop() {
      faults.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
