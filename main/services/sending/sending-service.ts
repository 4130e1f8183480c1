import type { Database } from 'better-sqlite3';
import { parisToday } from '@shared/dates/french-dates';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { addDays, daysBetween } from '@shared/dates/iso-date';
import { isKnownInvoiceStatus, MANUAL_STATUSES } from '@shared/sending/chorus-statuses';
import { isTracked } from '@shared/sending/sending-stage';
import {
  SendingSettingsSchema,
  type SendingDetail,
  type SendingEntry,
  type SendingListQuery,
  type SendingSettings,
  type SendingSummary,
  type SyncState,
} from '@shared/sending/sending-views';
import { createInvoiceRepository, type InvoiceRow } from '../../db/repositories/invoice-repository';
import { createSendingListRepository } from '../../db/repositories/sending-list-repository';
import type { SendingListRow } from '../../db/repositories/sending-repository';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import { createJournal, type SealSource } from '../journal/journal';
import { buildTimeline, toEntry } from './sending-mapper';
import type { SendingStore } from './sending-store';

const SETTINGS_KEY = 'sending.settings';
const DEFAULT_SETTINGS: SendingSettings = SendingSettingsSchema.parse({});

/** What the sender tells the screens (absent: no automatic sending in this core). */
export interface SenderControl {
  syncNow(): void;
  state(): SyncState;
}

export interface SendingServiceDeps {
  db: Database;
  clock: Clock;
  store: SendingStore;
  company: CompanyService;
  settings: SettingsRepository;
  isApiConfigured: () => boolean;
  sender: () => SenderControl | null;
  seal: SealSource;
}

function refuse(message: string, field?: string): AppError {
  return new AppError('sending_not_possible', message, field);
}

/** Why this piece cannot go to Chorus Pro at all, or null. */
function cannotSendReason(row: InvoiceRow | null): string | null {
  if (!row) return 'Cette pièce n’existe pas ou plus.';
  if (row.status !== 'issued') return 'Émettez d’abord cette pièce : un brouillon ne s’envoie pas.';
  const document = InvoiceDocument.parse(JSON.parse(row.document));
  if (document.buyer.kind !== 'public') return 'Ce client est privé : Chorus Pro ne sert qu’aux acheteurs publics.';
  if (!document.buyer.siret) return 'Le SIRET de l’acheteur public manque : Chorus Pro en a besoin pour l’acheminer.';
  return null;
}

/**
 * The user's side of sending, the same for both paths: put a piece in the outbox or on the portal path,
 * cancel or retry it, record a deposit made by hand and the statuses the portal shows, and read it all
 * back (« Envois », the invoice's timeline, Accueil's cards).
 */
export function createSendingService(deps: SendingServiceDeps) {
  const { store, clock } = deps;
  const invoices = createInvoiceRepository(deps.db);
  const lists = createSendingListRepository(deps.db);
  const journal = createJournal(deps.db, deps.seal);
  const today = () => parisToday(clock.now());

  function invoiceRow(invoiceId: number): InvoiceRow | null {
    const company = deps.company.get();
    return company ? invoices.get(company.id, invoiceId) : null;
  }

  function requireSendable(invoiceId: number): InvoiceRow {
    const row = invoiceRow(invoiceId);
    const reason = cannotSendReason(row);
    if (reason !== null) throw refuse(reason);
    return row as InvoiceRow;
  }

  function entry(invoiceId: number): SendingEntry {
    return toEntry(store.sendings.get(invoiceId) as SendingListRow);
  }

  function settings(): SendingSettings {
    return deps.settings.read(SETTINGS_KEY, SendingSettingsSchema, DEFAULT_SETTINGS);
  }

  function syncState(): SyncState {
    const sender = deps.sender();
    if (sender) return sender.state();
    return { isApiConfigured: deps.isApiConfigured(), isChorusReachable: null, isSyncing: false, lastSyncAt: null, isOtherSenderActive: false, waitingReason: null };
  }

  const alreadyAtChorus = 'Cette pièce est déjà chez Chorus Pro : elle ne sera pas déposée une seconde fois.';

  return {
    /** « Envoyer à Chorus Pro »: into the outbox; the sender deposits it as soon as it can. */
    send(invoiceId: number): SendingEntry {
      requireSendable(invoiceId);
      store.write(() => {
        const row = store.sendings.get(invoiceId);
        const now = store.now();
        if (!row) {
          store.sendings.insert({ invoiceId, channel: 'api', stage: 'queued', nextAttemptAt: now, now });
          store.journalize(invoiceId, 'queued', { to: 'queued' });
          return;
        }
        if (row.stage === 'queued' || row.stage === 'depositing') throw refuse('Cette pièce est déjà dans la file d’envoi.');
        if (row.stage !== 'cancelled' && row.stage !== 'to_deposit') throw refuse(alreadyAtChorus);
        // A piece that was on the portal path may have been deposited by hand without saying so: search first.
        const patch = { channel: 'api' as const, next_attempt_at: now, attempts: 0, last_error_code: null, last_error_message: null, check_remote: row.stage === 'to_deposit' ? (1 as const) : row.check_remote };
        store.move(row, 'queued', patch, { kind: 'queued' });
      });
      deps.sender()?.syncNow();
      return entry(invoiceId);
    },
    /** Takes a piece out of the outbox (or off the portal list) before it is deposited. */
    cancel(invoiceId: number): SendingEntry {
      store.write(() => {
        const row = store.sendings.get(invoiceId);
        if (!row) throw refuse('Cette pièce n’est pas dans les envois.');
        if (row.stage === 'depositing') throw refuse('Le dépôt est en cours : il ne peut plus être annulé. Attendez la réponse de Chorus Pro.');
        if (row.stage !== 'queued' && row.stage !== 'to_deposit') throw refuse('Seul un envoi qui n’est pas encore déposé peut être annulé.');
        store.move(row, 'cancelled', { next_attempt_at: null }, { kind: 'cancelled' });
      });
      return entry(invoiceId);
    },
    /** « Réessayer »: the next step is tried now instead of after the backoff. */
    retry(invoiceId: number): SendingEntry {
      store.write(() => {
        const row = store.sendings.get(invoiceId);
        if (!row) throw refuse('Cette pièce n’est pas dans les envois.');
        if (row.stage === 'flux_rejected') throw refuse('Chorus Pro a refusé ce dépôt : la même pièce serait refusée de nouveau. Suivez l’action proposée.');
        // A queued piece Chorus Pro refused waits for this click; a final or hand-tracked one has nothing to retry.
        if (row.stage === 'cancelled' || row.stage === 'to_deposit' || (row.next_attempt_at === null && row.stage !== 'queued')) throw refuse('Il n’y a rien à réessayer pour cette pièce.');
        store.move(row, row.stage, { next_attempt_at: store.now() }, { kind: 'retry-asked' });
      });
      deps.sender()?.syncNow();
      return entry(invoiceId);
    },
    /** The portal path: the piece appears in « Envois » as to deposit by hand. */
    planPortal(invoiceId: number): SendingEntry {
      requireSendable(invoiceId);
      store.write(() => {
        const row = store.sendings.get(invoiceId);
        if (!row) {
          store.sendings.insert({ invoiceId, channel: 'portal', stage: 'to_deposit', nextAttemptAt: null, now: store.now() });
          store.journalize(invoiceId, 'portal-planned', { to: 'to_deposit' });
          return;
        }
        if (row.stage === 'to_deposit') return;
        if (row.stage !== 'queued' && row.stage !== 'cancelled') throw refuse(row.stage === 'depositing' ? 'Facturier est en train de la déposer par l’API.' : alreadyAtChorus);
        store.move(row, 'to_deposit', { channel: 'portal', next_attempt_at: null }, { kind: 'portal-planned' });
      });
      return entry(invoiceId);
    },
    /** « J'ai déposé »: the user deposited it on the portal; its statuses are now recorded by hand (or matched by the API). */
    recordPortalDeposit(input: { invoiceId: number; depositedOn: string; portalNumber: string }): SendingEntry {
      const invoice = requireSendable(input.invoiceId);
      if (input.depositedOn > today()) throw refuse('La date de dépôt ne peut pas être dans le futur.', 'depositedOn');
      if (input.depositedOn < invoice.issue_date) throw refuse('La date de dépôt précède la date de la pièce.', 'depositedOn');
      store.write(() => {
        const row = store.sendings.get(input.invoiceId);
        const now = store.now();
        const fields = { portal_deposit_date: input.depositedOn, portal_number: input.portalNumber === '' ? null : input.portalNumber };
        const payload = { depositedOn: input.depositedOn, portalNumber: input.portalNumber };
        if (!row) {
          store.sendings.insert({ invoiceId: input.invoiceId, channel: 'portal', stage: 'deposited_portal', nextAttemptAt: now, portalDepositDate: fields.portal_deposit_date, portalNumber: fields.portal_number, now });
          store.journalize(input.invoiceId, 'portal-deposited', { to: 'deposited_portal', ...payload });
          return;
        }
        if (row.stage === 'depositing') throw refuse('Facturier est en train de la déposer par l’API : attendez sa réponse avant de la déposer vous-même.');
        if (row.stage !== 'queued' && row.stage !== 'to_deposit' && row.stage !== 'cancelled') throw refuse(alreadyAtChorus);
        const patch = { ...fields, channel: 'portal' as const, next_attempt_at: now, changed_at: now, last_error_code: null, last_error_message: null };
        if (!store.move(row, 'deposited_portal', patch, { kind: 'portal-deposited', payload })) throw refuse('Cette pièce vient de changer d’état : rechargez la page.');
      });
      return entry(input.invoiceId);
    },
    /** A status read on the portal, recorded by hand with its date and the comment shown there. */
    recordStatus(input: { invoiceId: number; status: string; date: string; comment: string }): SendingEntry {
      if (!isKnownInvoiceStatus(input.status) || !MANUAL_STATUSES.includes(input.status)) throw refuse('Choisissez un statut dans la liste.', 'status');
      if (input.date > today()) throw refuse('La date du statut ne peut pas être dans le futur.', 'date');
      store.write(() => {
        const row = store.sendings.get(input.invoiceId);
        if (!row || !isTracked(row.stage)) throw refuse('Enregistrez d’abord le dépôt de cette pièce.');
        const since = row.portal_deposit_date ?? row.flux_date?.slice(0, 10) ?? row.issue_date;
        if (input.date < since) throw refuse('La date du statut précède le dépôt.', 'date');
        if (!store.recordStatus(row, { status: input.status, at: input.date, comment: input.comment, source: 'manual' })) {
          throw refuse('Ce statut est déjà enregistré à cette date.', 'status');
        }
      });
      return entry(input.invoiceId);
    },
    list(query: SendingListQuery): { rows: SendingEntry[]; total: number } {
      const page = lists.list(query);
      return { rows: page.rows.map(toEntry), total: page.total };
    },
    get(invoiceId: number): SendingDetail {
      const row = store.sendings.get(invoiceId);
      const reason = cannotSendReason(invoiceRow(invoiceId));
      return {
        entry: row ? toEntry(row) : null,
        timeline: row ? buildTimeline(journal.forEntity('invoice', invoiceId), store.statuses.forInvoice(invoiceId)) : [],
        canSend: reason === null,
        cannotSendReason: reason,
      };
    },
    summary(): SendingSummary {
      const counts = lists.counts();
      const { portalReminderDays } = settings();
      const day = today();
      const reminders = lists.portalReminders(addDays(day, -portalReminderDays)).map((r) => ({
        invoiceId: r.invoice_id,
        number: r.number,
        typeCode: r.document_type_code,
        buyerName: r.buyer_name,
        depositedOn: r.portal_deposit_date,
        daysWithoutNews: daysBetween(r.last_news, day),
      }));
      return {
        toSend: counts.unsent + counts.toSend,
        waiting: counts.waiting,
        suspended: counts.suspended,
        rejected: counts.rejected,
        toRecycle: counts.toRecycle,
        errors: counts.errors,
        portalReminders: reminders,
        reminderDays: portalReminderDays,
        sync: syncState(),
      };
    },
    syncState,
    syncNow(): SyncState {
      deps.sender()?.syncNow();
      return syncState();
    },
    settings,
    saveSettings(input: SendingSettings): SendingSettings {
      deps.settings.write(SETTINGS_KEY, input, clock.now().toISOString());
      return settings();
    },
  };
}

export type SendingService = ReturnType<typeof createSendingService>;
