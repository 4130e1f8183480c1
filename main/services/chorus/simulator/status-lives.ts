/**
 * Scripted lives of deposited invoices, per buyer: what the buyer "does" and when. Durations are clock time
 * after the previous status (multiplied by the simulator's `timeScale`), so a test moves an invoice forward
 * by advancing its clock, and the demonstration runs a whole life in minutes.
 */
export interface LifeStep {
  status: string;
  afterMs: number;
  comment?: string;
}

export type LifeName = 'paid' | 'suspended' | 'recycle' | 'rejected' | 'never_paid';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const routed: LifeStep[] = [
  { status: 'DEPOSEE', afterMs: 0 },
  { status: 'EN_COURS_ACHEMINEMENT', afterMs: 5 * MINUTE },
  { status: 'MISE_A_DISPOSITION', afterMs: 10 * MINUTE },
];

const toPayment: LifeStep[] = [
  { status: 'SERVICE_FAIT', afterMs: 2 * DAY },
  { status: 'MANDATEE', afterMs: 5 * DAY },
  { status: 'MISE_EN_PAIEMENT', afterMs: 3 * DAY },
];

/** Statuses that wait for the supplier: the script goes on only after `completer` or `recycler`. */
export const WAITING_STATUSES = new Set(['SUSPENDUE', 'A_RECYCLER']);
/** Statuses after which nothing more happens. */
export const FINAL_STATUSES = new Set(['MISE_EN_PAIEMENT', 'REJETEE']);

export const LIVES: Record<LifeName, LifeStep[]> = {
  paid: [...routed, { status: 'PRISE_EN_COMPTE_DESTINATAIRE', afterMs: 1 * DAY }, ...toPayment],
  suspended: [
    ...routed,
    { status: 'SUSPENDUE', afterMs: 1 * DAY, comment: 'Merci de joindre le bon de livraison signé par le service.' },
    // After the supplier completes (COMPLETEE is recorded at that moment):
    { status: 'MISE_A_DISPOSITION', afterMs: 10 * MINUTE },
    ...toPayment,
  ],
  recycle: [
    ...routed.slice(0, 2),
    { status: 'A_RECYCLER', afterMs: 4 * HOUR, comment: 'Ce service ne traite pas les factures : adressez-la au service ACHATS.' },
    // After the supplier re-routes it:
    { status: 'MISE_A_DISPOSITION', afterMs: 10 * MINUTE },
    { status: 'PRISE_EN_COMPTE_DESTINATAIRE', afterMs: 1 * DAY },
    ...toPayment,
  ],
  rejected: [
    ...routed,
    { status: 'REJETEE', afterMs: 2 * DAY, comment: 'Prestation non conforme au bon de commande : la quantité facturée dépasse la quantité commandée.' },
  ],
  // A structure flagged statutMiseEnPaiementNestPasRemonte: payment happens, Chorus Pro never says so.
  never_paid: [...routed, { status: 'SERVICE_FAIT', afterMs: 2 * DAY }, { status: 'MANDATEE', afterMs: 5 * DAY }],
};

export interface StatusEvent {
  status: string;
  atMs: number;
  comment?: string;
}

/** An invoice's life as it unfolds: what happened, and what the script still holds. */
export interface LifeState {
  history: StatusEvent[];
  remaining: LifeStep[];
  /** Time of the last status; the next step counts from it. */
  sinceMs: number;
}

export function startLife(life: LifeName | LifeStep[], atMs: number): LifeState {
  return { history: [], remaining: [...(typeof life === 'string' ? LIVES[life] : life)], sinceMs: atMs };
}

export function currentStatus(state: LifeState): string {
  return state.history.at(-1)?.status ?? 'DEPOSEE';
}

/** Plays the script up to `nowMs`, stopping at a status that waits for the supplier. */
export function advanceLife(state: LifeState, nowMs: number, timeScale: number): void {
  while (state.remaining.length > 0 && !WAITING_STATUSES.has(currentStatus(state)) && !FINAL_STATUSES.has(currentStatus(state))) {
    const next = state.remaining[0] as LifeStep;
    const atMs = state.sinceMs + Math.round(next.afterMs * timeScale);
    if (atMs > nowMs) return;
    state.remaining.shift();
    state.history.push({ status: next.status, atMs, ...(next.comment ? { comment: next.comment } : {}) });
    state.sinceMs = atMs;
  }
}

/** The supplier acted on a waiting status: record it now and let the script go on from here. */
export function resumeLife(state: LifeState, status: string, nowMs: number, comment?: string): void {
  state.history.push({ status, atMs: nowMs, ...(comment ? { comment } : {}) });
  state.sinceMs = nowMs;
}
