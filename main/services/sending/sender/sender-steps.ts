import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import { fluxOutcome, isFinalInvoiceStatus } from '@shared/sending/chorus-statuses';
import { addDays } from '@shared/dates/iso-date';
import { pollDelayMs, retryDelayMs, type RetryPolicy } from '@shared/sending/retry-policy';
import type { SendingListRow, SendingPatch } from '../../../db/repositories/sending-repository';
import type { Clock } from '../../clock';
import type { SendingStore } from '../sending-store';
import { kindOf, toFailure } from './call-failure';
import type { CallFailure, SenderChorus, SupplierInvoiceFound } from './sender-port';

export interface SenderTuning {
  /**
   * How long a deposit whose outcome is unknown (killed, timed out, connection lost after sending) may
   * still be arriving or integrating at Chorus Pro: it is searched for by number, and deposited again only
   * when still not found after this.
   */
  settleMs: number;
  retry: RetryPolicy;
  /** How soon a deposit report is asked again while Chorus Pro integrates it. */
  fluxPollMs: number;
  /** Results per page when listing the supplier's invoices (Chorus Pro's default is 10). */
  searchPageSize: number;
  /**
   * Multiplies every polling delay (deposit reports, statuses). 1 with Chorus Pro; the démonstration,
   * where a day of a status life takes a minute, polls as much faster.
   */
  pollScale: number;
}

/** A polling delay as tuned: scaled, never under half a second. */
function scaled(ms: number, scale: number): number {
  return Math.max(500, Math.round(ms * scale));
}

/** What a step tells the run: go on, or stop everything (no network, credentials refused). */
export type StepResult = { halt: null } | { halt: 'offline' | 'credentials'; failure: CallFailure };
const GO_ON: StepResult = { halt: null };

/** A change worth telling the user about (a new Chorus Pro status, a refused deposit). */
export interface SendingNews {
  invoiceId: number;
  number: string;
  typeCode: InvoiceTypeCode;
  stage: SendingListRow['stage'];
  status: string | null;
  comment: string;
}

export interface SenderStepDeps {
  store: SendingStore;
  chorus: SenderChorus;
  holder: string;
  clock: Clock;
  random: () => number;
  tuning: SenderTuning;
  /** Is this process still the one sender: read inside the transaction that claims a deposit. */
  holdsLease(): boolean;
  /** The Factur-X stored at issue time, byte for byte, and the name it is deposited under. */
  storedFacturX(invoiceId: number): Promise<{ fileName: string; bytes: Buffer }>;
  onNews(news: SendingNews): void;
}

/**
 * One step of one entry, chosen by its stage. Exactly once: the state is committed before the remote call
 * (`depositing`, claimed by this holder) and after it; an outcome that cannot be known is settled by
 * searching Chorus Pro by number before anything is deposited again.
 */
export function createSenderSteps(deps: SenderStepDeps) {
  const { store, chorus } = deps;
  const nowMs = () => deps.clock.now().getTime();
  const at = (ms: number) => new Date(ms).toISOString();
  const fresh = (invoiceId: number) => store.sendings.get(invoiceId) as SendingListRow;
  const errorFields = (failure: CallFailure | null): SendingPatch => ({ last_error_code: failure?.code ?? null, last_error_message: failure?.message ?? null });

  function backoff(attempts: number, failure: CallFailure): number {
    return failure.retryAfterMs ?? retryDelayMs(attempts, deps.random(), deps.tuning.retry);
  }

  /** A remote call failed: the entry stays where it is and is tried again later; the run may have to stop. */
  function failed(row: SendingListRow, error: unknown): StepResult {
    const failure = toFailure(error);
    const kind = kindOf(failure);
    store.write(() => {
      // No network or credentials refused: not this entry's fault, nothing counted against it.
      const isGlobal = kind === 'offline' || kind === 'credentials';
      const attempts = isGlobal ? row.attempts : row.attempts + 1;
      const patch: SendingPatch = { ...errorFields(failure), attempts, updated_at: store.now() };
      if (!isGlobal) patch.next_attempt_at = at(nowMs() + backoff(attempts, failure));
      store.sendings.update(row.invoice_id, row.stage, patch, row.stage === 'depositing' ? (row.claimed_by ?? '') : undefined);
    });
    return kind === 'offline' || kind === 'credentials' ? { halt: kind, failure } : GO_ON;
  }

  async function findByNumber(row: SendingListRow): Promise<SupplierInvoiceFound | null> {
    for await (const found of chorus.eachSupplierInvoice({ numeroFacture: row.number })) {
      if (found.numeroFacture === row.number) return found;
    }
    return null;
  }

  function statusFact(found: SupplierInvoiceFound) {
    return { status: found.statut, at: found.dateHeureEtatCourant ?? at(nowMs()).slice(0, 16).replace('T', ' '), comment: found.commentaireEtatCourant ?? '', source: 'api' as const };
  }

  /** Chorus Pro has it: the entry takes its Chorus Pro identity (and never deposits again). */
  function adopt(row: SendingListRow, found: SupplierInvoiceFound, kind: string): void {
    store.write(() => {
      const patch: SendingPatch = {
        chorus_invoice_id: found.identifiantFactureCPP,
        flux_number: row.flux_number ?? found.numeroFluxDepot ?? null,
        attempts: 0,
        next_attempt_at: at(nowMs()),
        changed_at: store.now(),
        check_remote: 0,
        ...errorFields(null),
      };
      const target = row.stage === 'deposited_portal' ? 'deposited_portal' : 'integrated';
      const payload = { chorusInvoiceId: found.identifiantFactureCPP, fluxNumber: found.numeroFluxDepot ?? row.flux_number };
      if (!store.move(row, target, patch, { kind, payload })) return;
      recordFacts(fresh(row.invoice_id), [statusFact(found)]);
    });
  }

  /** Inside a write: each status once, the entry's current status following the latest; news for the user. */
  function recordFacts(row: SendingListRow, facts: ReadonlyArray<ReturnType<typeof statusFact>>): void {
    let current = row;
    let newest: (typeof facts)[number] | null = null;
    for (const fact of [...facts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
      if (store.recordStatus(current, fact)) newest = fact;
      current = fresh(row.invoice_id);
    }
    const delay = scaled(pollDelayMs(nowMs() - Date.parse(current.changed_at)), deps.tuning.pollScale);
    store.sendings.update(row.invoice_id, current.stage, {
      next_attempt_at: isFinalInvoiceStatus(current.chorus_status) ? null : at(nowMs() + delay),
      attempts: 0,
      ...errorFields(null),
    });
    if (newest && newest.status === current.chorus_status) {
      deps.onNews({ invoiceId: row.invoice_id, number: row.number, typeCode: row.document_type_code, stage: current.stage, status: current.chorus_status, comment: newest.comment });
    }
  }

  /** A queued piece that was on the portal path: deposited by hand without saying so? Then adopted, not deposited. */
  async function checkRemote(row: SendingListRow): Promise<StepResult | null> {
    let found: SupplierInvoiceFound | null;
    try {
      found = await findByNumber(row);
    } catch (error) {
      return failed(row, error);
    }
    if (found) return adopt(row, found, 'reconciled'), GO_ON;
    store.write(() => store.sendings.update(row.invoice_id, 'queued', { check_remote: 0 }));
    return null;
  }

  /**
   * Claims queued pieces for this holder in one durable transaction (one disk sync for the batch): each is
   * `depositing` before its request leaves. Pieces cancelled or moved meanwhile, or a lease lost, are skipped.
   */
  async function claim(rows: readonly SendingListRow[]): Promise<Array<{ row: SendingListRow; file: { fileName: string; bytes: Buffer } }>> {
    const files = new Map<number, { fileName: string; bytes: Buffer }>();
    for (const row of rows) {
      try {
        files.set(row.invoice_id, await deps.storedFacturX(row.invoice_id));
      } catch (error) {
        failed(row, error);
      }
    }
    return store.write(() => {
      if (!deps.holdsLease()) return [];
      const claimed: Array<{ row: SendingListRow; file: { fileName: string; bytes: Buffer } }> = [];
      for (const row of rows) {
        const file = files.get(row.invoice_id);
        const current = fresh(row.invoice_id);
        if (!file || current.stage !== 'queued' || current.check_remote === 1) continue;
        if (store.move(current, 'depositing', { claimed_by: deps.holder, claimed_at: store.now() }, { kind: 'claimed' })) claimed.push({ row: fresh(row.invoice_id), file });
      }
      return claimed;
    });
  }

  /** The deposit of a claimed piece; what Chorus Pro answered is committed at once. */
  async function depositClaimed(claimed: SendingListRow, file: { fileName: string; bytes: Buffer }): Promise<StepResult> {
    let result: Awaited<ReturnType<SenderChorus['depositFlux']>>;
    try {
      result = await chorus.depositFlux({ fichierFlux: file.bytes, nomFichier: file.fileName });
    } catch (error) {
      return depositFailed(claimed, error);
    }
    // Without waiting for the disk: lost in a power cut, the piece would be `depositing` again and found by number.
    store.writeRelaxed(() => {
      const patch: SendingPatch = { flux_number: result.numeroFluxDepot, flux_date: result.dateDepot ?? store.now(), attempts: 0, next_attempt_at: at(nowMs() + scaled(deps.tuning.fluxPollMs, deps.tuning.pollScale)), changed_at: store.now(), ...errorFields(null) };
      store.move(claimed, 'deposited', patch, { kind: 'deposited', payload: { fluxNumber: result.numeroFluxDepot } }, deps.holder);
    });
    return GO_ON;
  }

  /** Queued pieces, several at a time: claimed together, then deposited one after the other. */
  async function depositBatch(rows: readonly SendingListRow[]): Promise<StepResult> {
    const ready: SendingListRow[] = [];
    for (const row of rows) {
      if (row.check_remote === 1) {
        const checked = await checkRemote(row);
        if (checked) {
          if (checked.halt !== null) return checked;
          continue;
        }
      }
      ready.push(row);
    }
    for (const { row, file } of await claim(ready)) {
      const result = await depositClaimed(row, file);
      if (result.halt !== null) return result;
    }
    return GO_ON;
  }

  function depositFailed(claimed: SendingListRow, error: unknown): StepResult {
    const failure = toFailure(error);
    const kind = kindOf(failure);
    const isGlobal = kind === 'offline' || kind === 'credentials';
    const attempts = isGlobal ? claimed.attempts : claimed.attempts + 1;
    store.write(() => {
      if (failure.mayHaveBeenProcessed) {
        // Unknown outcome: it stays `depositing` and is looked for by number once it cannot still be arriving.
        const settleAt = Date.parse(claimed.claimed_at as string) + deps.tuning.settleMs;
        store.sendings.update(claimed.invoice_id, 'depositing', { attempts, next_attempt_at: at(settleAt), ...errorFields(failure), updated_at: store.now() }, deps.holder);
        store.journalize(claimed.invoice_id, 'deposit-unknown', { code: failure.code });
        return;
      }
      // Nothing was done at Chorus Pro: back in the queue; a refusal waits for the user's « Réessayer ».
      const next = kind === 'refused' ? null : isGlobal ? store.now() : at(nowMs() + backoff(attempts, failure));
      const patch: SendingPatch = { claimed_by: null, claimed_at: null, attempts, next_attempt_at: next, ...errorFields(failure) };
      store.move(claimed, 'queued', patch, { kind: 'deposit-failed', payload: { code: failure.code } }, deps.holder);
    });
    return isGlobal ? { halt: kind, failure } : GO_ON;
  }

  /** A `depositing` entry not in flight here: killed mid-call, or the answer never came. */
  async function reconcile(row: SendingListRow): Promise<StepResult> {
    const settleAt = Date.parse(row.claimed_at as string) + deps.tuning.settleMs;
    let found: SupplierInvoiceFound | null;
    try {
      found = await findByNumber(row);
    } catch (error) {
      return failed(row, error);
    }
    if (found) return adopt(row, found, 'reconciled'), GO_ON;
    store.write(() => {
      if (nowMs() < settleAt) {
        // Not there yet, but it may still be integrating: look again once it cannot be anymore.
        store.sendings.update(row.invoice_id, 'depositing', { next_attempt_at: at(settleAt) });
        return;
      }
      const message = 'Le dépôt interrompu n’est pas arrivé chez Chorus Pro : Facturier le refait.';
      const patch: SendingPatch = { claimed_by: null, claimed_at: null, next_attempt_at: store.now(), last_error_code: 'deposit_not_found', last_error_message: message };
      store.move(row, 'queued', patch, { kind: 'requeued', payload: { reason: 'not-found' } });
    });
    return GO_ON;
  }

  async function pollFlux(row: SendingListRow): Promise<StepResult> {
    const fluxNumber = row.flux_number as string;
    let report: Awaited<ReturnType<SenderChorus['depositReport']>>;
    try {
      report = await chorus.depositReport({ numeroFluxDepot: fluxNumber });
    } catch (error) {
      return failed(row, error);
    }
    const state = report.etatCourantDepotFlux;
    const outcome = fluxOutcome(state);
    // A partly integrated deposit names the refused pieces; a refused one may name none (the whole file).
    const isRefused = outcome === 'refused' || (outcome === 'integrated' && report.listeErreurDP.some((e) => e.numeroDP === row.number));
    if (isRefused) {
      const mine = report.listeErreurDP.filter((e) => !e.numeroDP || e.numeroDP === row.number).map((e) => e.libelleErreurDP ?? '');
      const technical = report.listeErreurTechnique.map((e) => [e.codeErreur, e.libelleErreur].filter(Boolean).join(' : '));
      const errors = [...mine, ...technical].filter((text) => text !== '');
      store.write(() => {
        const patch: SendingPatch = { flux_state: state, flux_errors: JSON.stringify(errors), next_attempt_at: null, changed_at: store.now(), attempts: 0, ...errorFields(null) };
        if (store.move(row, 'flux_rejected', patch, { kind: 'flux-rejected', payload: { state, errors } })) {
          deps.onNews({ invoiceId: row.invoice_id, number: row.number, typeCode: row.document_type_code, stage: 'flux_rejected', status: null, comment: errors.join(' ; ') });
        }
      });
      return GO_ON;
    }
    if (outcome === 'integrated') {
      let found: SupplierInvoiceFound | null = null;
      try {
        for await (const invoice of chorus.eachSupplierInvoice({ numeroFluxDepot: fluxNumber })) {
          if (invoice.numeroFacture === row.number) found = invoice;
          if (found) break;
        }
      } catch (error) {
        return failed(row, error);
      }
      if (found) return adopt(row, found, 'integrated'), GO_ON;
    }
    // Still integrating (or a state this version does not know, kept as Chorus wrote it): ask again later.
    store.write(() => store.sendings.update(row.invoice_id, 'deposited', { flux_state: state, attempts: 0, next_attempt_at: at(nowMs() + scaled(deps.tuning.fluxPollMs, deps.tuning.pollScale)), ...errorFields(null), updated_at: store.now() }));
    return GO_ON;
  }

  async function pollStatus(row: SendingListRow): Promise<StepResult> {
    let history: Awaited<ReturnType<SenderChorus['invoiceHistory']>>;
    try {
      history = await chorus.invoiceHistory({ idFacture: row.chorus_invoice_id as number });
    } catch (error) {
      return failed(row, error);
    }
    const entries = history.historiquesDesStatuts?.histoStatut ?? [];
    const facts = entries.map((e) => ({ status: e.histoStatutCode, at: e.histoStatutDatePassage ?? '', comment: e.histoStatutCommentaire ?? '', source: 'api' as const })).filter((f) => f.at !== '');
    if (!facts.some((f) => f.status === history.statutCourantCode) && history.statutCourantCode !== row.chorus_status) {
      facts.push({ status: history.statutCourantCode, at: at(nowMs()).slice(0, 16).replace('T', ' '), comment: '', source: 'api' });
    }
    store.write(() => recordFacts(fresh(row.invoice_id), facts));
    return GO_ON;
  }

  /**
   * The supplier's invoices deposited since the oldest deposit made by hand still unmatched, listed once per
   * run page after page: matching fifty pieces deposited on the portal costs a few pages, not fifty searches.
   */
  let portalIndex: Promise<Map<string, SupplierInvoiceFound>> | null = null;
  function depositedSince(): Promise<Map<string, SupplierInvoiceFound>> {
    portalIndex ??= (async () => {
      const oldest = store.sendings.oldestUnmatchedPortalDeposit();
      const index = new Map<string, SupplierInvoiceFound>();
      const filter = oldest ? { periodeDateDepotDu: addDays(oldest, -1) } : {};
      for await (const found of chorus.eachSupplierInvoice(filter, { pageSize: deps.tuning.searchPageSize })) index.set(found.numeroFacture, found);
      return index;
    })();
    return portalIndex;
  }

  /** Deposited by hand, before the API connection: found by number, then followed like the others. */
  async function matchPortal(row: SendingListRow): Promise<StepResult> {
    let found: SupplierInvoiceFound | undefined;
    try {
      found = (await depositedSince()).get(row.number);
    } catch (error) {
      portalIndex = null;
      return failed(row, error);
    }
    if (found) {
      const match = found;
      store.write(() => {
        const patch: SendingPatch = { chorus_invoice_id: match.identifiantFactureCPP, flux_number: row.flux_number ?? match.numeroFluxDepot ?? null };
        if (store.move(row, 'deposited_portal', patch, { kind: 'matched', payload: { chorusInvoiceId: match.identifiantFactureCPP } })) recordFacts(fresh(row.invoice_id), [statusFact(match)]);
      });
      return GO_ON;
    }
    const delay = scaled(pollDelayMs(nowMs() - Date.parse(row.changed_at)), deps.tuning.pollScale);
    store.write(() => store.sendings.update(row.invoice_id, 'deposited_portal', { next_attempt_at: at(nowMs() + delay), ...errorFields(null) }));
    return GO_ON;
  }

  return {
    depositBatch,
    step(row: SendingListRow): Promise<StepResult> {
      switch (row.stage) {
        case 'queued':
          return depositBatch([row]);
        case 'depositing':
          return reconcile(row);
        case 'deposited':
          return pollFlux(row);
        case 'integrated':
          return pollStatus(row);
        case 'deposited_portal':
          return row.chorus_invoice_id === null ? matchPortal(row) : pollStatus(row);
        default:
          // Nothing for the sender (cancelled, to deposit by hand, refused): never due, but never loop on it.
          store.write(() => store.sendings.update(row.invoice_id, row.stage, { next_attempt_at: null }));
          return Promise.resolve(GO_ON);
      }
    },
  };
}

export type SenderSteps = ReturnType<typeof createSenderSteps>;
