import { createHash } from 'node:crypto';
import type { Clock } from '../../clock';
import { readDepositedInvoice } from './deposit-content';
import type { InvoiceFacts } from './invoice-facts';
import { integrationErrors } from './integration-rules';
import type { SimStructure, SimulatorDirectory } from './simulator-directory';
import { advanceLife, currentStatus, startLife, type LifeState } from './status-lives';

export interface SimFlux {
  numeroFluxDepot: string;
  syntaxeFlux: string;
  nomFichier: string;
  depositedAtMs: number;
  integrateAtMs: number;
  facts: InvoiceFacts | null;
  /** Why it will be (or was) rejected; empty when it integrates. */
  errors: string[];
  invoiceId: number | null;
  isDone: boolean;
}

export interface SimInvoice {
  identifiantFactureCPP: number;
  numeroFacture: string;
  numeroFluxDepot: string | null;
  modeDepot: string;
  buyer: SimStructure;
  codeServiceExecutant: string | null;
  numeroBonCommande: string | null;
  typeFacture: 'FACTURE' | 'AVOIR';
  dateFacture: string | null;
  depositedAtMs: number;
  montantHT: number | null;
  montantTTC: number | null;
  montantAPayer: number | null;
  life: LifeState;
}

/** One `deposer/flux` the simulator recorded, whatever became of it: what tests count to prove "never twice". */
export interface DepositRecord {
  numeroFluxDepot: string;
  invoiceNumber: string | null;
  nomFichier: string;
  syntaxeFlux: string;
  atMs: number;
  sha256: string;
  isAccepted: boolean;
}

export interface LedgerOptions {
  clock: Clock;
  directory: SimulatorDirectory;
  integrationDelayMs: number;
  timeScale: number;
}

/** The invoices side of the simulator: deposits, their integration, invoices and their scripted lives. */
export function createSimulatorLedger(options: LedgerOptions) {
  const { clock, directory } = options;
  const fluxes = new Map<string, SimFlux>();
  const invoices = new Map<number, SimInvoice>();
  const deposits: DepositRecord[] = [];
  let nextFlux = 1;
  let nextInvoice = 9_000_001;
  const now = () => clock.now().getTime();

  /** A number is taken by an invoice Chorus Pro has, or by a deposit on its way to become one. */
  function isNumberTaken(number: string, except?: SimFlux): boolean {
    for (const invoice of invoices.values()) if (invoice.numeroFacture === number) return true;
    for (const flux of fluxes.values()) if (flux !== except && !flux.isDone && flux.errors.length === 0 && flux.facts?.number === number) return true;
    return false;
  }

  function createInvoice(fields: Omit<SimInvoice, 'identifiantFactureCPP' | 'life'>, startAtMs: number): SimInvoice {
    const buyer = fields.buyer;
    const life = buyer.life === 'recycle' && buyer.recycleTo !== undefined && fields.codeServiceExecutant === buyer.recycleTo ? 'paid' : buyer.life;
    const invoice: SimInvoice = { ...fields, identifiantFactureCPP: nextInvoice++, life: startLife(life, startAtMs) };
    invoices.set(invoice.identifiantFactureCPP, invoice);
    return invoice;
  }

  function integrate(flux: SimFlux): void {
    flux.isDone = true;
    const facts = flux.facts;
    const buyerSiret = facts?.buyerIdentifiers.find((id) => /^\d{14}$/.test(id));
    const buyer = buyerSiret ? directory.bySiret(buyerSiret) : undefined;
    if (flux.errors.length > 0 || !facts || !buyer) return;
    const invoice = createInvoice(
      {
        numeroFacture: facts.number ?? '',
        numeroFluxDepot: flux.numeroFluxDepot,
        modeDepot: 'FLUX',
        buyer,
        codeServiceExecutant: facts.serviceCode,
        numeroBonCommande: facts.engagementNumber,
        typeFacture: facts.typeCode === '381' ? 'AVOIR' : 'FACTURE',
        dateFacture: facts.issueDate,
        depositedAtMs: flux.depositedAtMs,
        montantHT: facts.totalWithoutVat,
        montantTTC: facts.totalWithVat,
        montantAPayer: facts.amountDue,
      },
      flux.integrateAtMs,
    );
    flux.invoiceId = invoice.identifiantFactureCPP;
  }

  const ledger = {
    /** Integrates what is due and moves every invoice along its life, up to the clock's now. */
    tick(): void {
      const at = now();
      for (const flux of fluxes.values()) if (!flux.isDone && flux.integrateAtMs <= at) integrate(flux);
      for (const invoice of invoices.values()) advanceLife(invoice.life, at, options.timeScale);
    },
    deposit(file: Buffer, nomFichier: string, syntaxeFlux: string): SimFlux {
      ledger.tick();
      const reading = readDepositedInvoice(file, syntaxeFlux);
      const facts = 'facts' in reading ? reading.facts : null;
      const flux: SimFlux = {
        numeroFluxDepot: `CPP001111${String(nextFlux++).padStart(16, '0')}`,
        syntaxeFlux,
        nomFichier,
        depositedAtMs: now(),
        integrateAtMs: now() + options.integrationDelayMs,
        facts,
        errors: [],
        invoiceId: null,
        isDone: false,
      };
      flux.errors =
        'error' in reading
          ? [reading.error]
          : integrationErrors(reading.facts, {
              supplierSiret: directory.supplier.siret,
              findBuyer: (siret) => directory.bySiret(siret),
              isNumberTaken: (number) => isNumberTaken(number, flux),
            });
      fluxes.set(flux.numeroFluxDepot, flux);
      deposits.push({
        numeroFluxDepot: flux.numeroFluxDepot,
        invoiceNumber: facts?.number ?? null,
        nomFichier,
        syntaxeFlux,
        atMs: flux.depositedAtMs,
        sha256: createHash('sha256').update(file).digest('hex'),
        isAccepted: flux.errors.length === 0,
      });
      ledger.tick();
      return flux;
    },
    flux(numero: string): SimFlux | undefined {
      ledger.tick();
      return fluxes.get(numero);
    },
    invoice(id: number): SimInvoice | undefined {
      ledger.tick();
      return invoices.get(id);
    },
    invoices(): SimInvoice[] {
      ledger.tick();
      return [...invoices.values()];
    },
    createInvoice,
    isNumberTaken,
    deposits(): DepositRecord[] {
      return [...deposits];
    },
    status: (invoice: SimInvoice) => currentStatus(invoice.life),
  };
  return ledger;
}

export type SimulatorLedger = ReturnType<typeof createSimulatorLedger>;
