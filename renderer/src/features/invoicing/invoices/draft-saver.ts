import type { FacturierBridge } from '@shared/ipc/bridge';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { explainMessage } from '../../../forms/issue-messages';
import { t } from '../../../i18n/t';
import { draftOfFields, saveBlocker, type EditorFields } from './editor-model';
import { draftFieldNoun } from './finding-nouns';
import { draftErrorTarget } from './finding-targets';
import { clearLocalCopy, normalizedDraft, writeLocalCopy } from './local-draft-copy';

/** How long typing must pause before the draft is saved: long enough to save once per phrase, not per key. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'blocked'; message: string }
  | { kind: 'error'; message: string };

export interface SaverSnapshot {
  detail: InvoiceDetail | null;
  state: SaveState;
  /** Problems that belong to a control (« Enregistrer » with no date, a field main refused). */
  saveErrors: Readonly<Record<string, string>>;
}

export interface SaverOptions {
  bridge: Pick<FacturierBridge, 'invoke'>;
  getValues: () => EditorFields;
  /** After each successful write: the lists to refetch (the query cache). */
  onWritten: () => void;
  onCreated: (detail: InvoiceDetail) => void;
  detail: InvoiceDetail | null;
  /** The values the editor opened with; a new invoice is only created once something differs. */
  initialFields: EditorFields;
  /** Edits brought back from this computer: saved without waiting for a keystroke. */
  startsDirty: boolean;
  delayMs?: number;
  copies?: { write: typeof writeLocalCopy; clear: typeof clearLocalCopy };
}

/**
 * Saves a draft by itself, outside React (the editor subscribes with useSyncExternalStore). Each change
 * is copied to this computer at once, then sent once typing pauses; one save at a time, always of the
 * latest values; a new invoice is created by its first save. When the backend does not answer, the copy
 * waits and goes as soon as `backendIsUp()` is called. `leave()` sends what is pending.
 */
export class DraftSaver {
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private savedJson: string | null;
  private readonly initialJson: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<InvoiceDetail | null> | null = null;
  /** The draft was deleted (or the editor abandoned on purpose): nothing is saved any more. */
  private isDiscarded = false;
  /** Why the last save did not land, for « Enregistrer le brouillon » to say. */
  lastProblem = '';

  constructor(private readonly options: SaverOptions) {
    this.snapshot = { detail: options.detail, state: options.startsDirty ? { kind: 'pending' } : { kind: 'saved', at: null }, saveErrors: {} };
    this.savedJson = options.detail?.draft ? normalizedDraft(options.detail.draft) : null;
    this.initialJson = options.startsDirty ? '' : JSON.stringify(options.initialFields);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaverSnapshot => this.snapshot;

  private update(patch: Partial<SaverSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private get copies() {
    return this.options.copies ?? { write: writeLocalCopy, clear: clearLocalCopy };
  }

  /** Edits the backend does not have: for a new invoice, anything typed; for a draft, a different draft. */
  hasUnsavedEdits(): boolean {
    const values = this.options.getValues();
    const detail = this.snapshot.detail;
    if (!detail) return JSON.stringify(values) !== this.initialJson;
    return normalizedDraft(draftOfFields(values, detail.draft ?? {})) !== this.savedJson;
  }

  /** The values changed: copied here now, sent once typing pauses. */
  changed(): void {
    if (this.isDiscarded || !this.hasUnsavedEdits()) return;
    this.copies.write(this.snapshot.detail?.id ?? null, this.options.getValues());
    const kind = this.snapshot.state.kind;
    if (kind !== 'saving' && kind !== 'offline' && kind !== 'pending') this.update({ state: { kind: 'pending' } });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** The backend answers again: what waited on this computer goes now. */
  backendIsUp(): void {
    if (!this.isDiscarded && this.hasUnsavedEdits()) void this.save();
  }

  /** The editor goes away (another page of the app): what is pending is sent; the copy stays until it lands. */
  leave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.isDiscarded && this.hasUnsavedEdits()) void this.save();
  }

  /** « Supprimer le brouillon »: nothing more is saved (a new invoice is not created on the way out), no copy kept. */
  discard(): void {
    this.isDiscarded = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.copies.clear(this.snapshot.detail?.id ?? null);
    this.copies.clear(null);
  }

  /** A fresher view of the same draft (after a check): its findings are the ones to show. */
  showDetail(detail: InvoiceDetail): void {
    this.update({ detail });
  }

  /** Saves the latest values, after any save in flight; resolves to the draft as saved, or null. */
  async save(isManual = false): Promise<InvoiceDetail | null> {
    while (this.inFlight) await this.inFlight;
    const run = this.send(isManual);
    this.inFlight = run;
    try {
      return await run;
    } finally {
      this.inFlight = null;
    }
  }

  private settle(): void {
    if (this.hasUnsavedEdits()) return this.update({ state: { kind: 'pending' } });
    this.copies.clear(this.snapshot.detail?.id ?? null);
    this.update({ state: { kind: 'saved', at: new Date() } });
  }

  private async send(isManual: boolean): Promise<InvoiceDetail | null> {
    const current = this.snapshot.detail;
    if (this.isDiscarded) return null;
    const values = this.options.getValues();
    const blocker = saveBlocker(values);
    if (blocker) {
      this.lastProblem = blocker.message;
      // While typing, the status line says it; on « Enregistrer », the field says it too.
      this.update({ state: { kind: 'blocked', message: blocker.message }, ...(isManual ? { saveErrors: { [blocker.name]: blocker.message } } : {}) });
      return null;
    }
    const draft = draftOfFields(values, current?.draft ?? {});
    const json = normalizedDraft(draft);
    if (current && json === this.savedJson) {
      this.update({ saveErrors: {} });
      this.settle();
      return current;
    }
    this.update({ state: { kind: 'saving' } });
    const { bridge } = this.options;
    const result = current ? await bridge.invoke('invoices:updateDraft', { id: current.id, draft }) : await bridge.invoke('invoices:createDraft', { draft });
    if (!result.ok) {
      if (result.error.code === 'network' || result.error.code === 'unauthorized') {
        // The copy on this computer keeps everything; backendIsUp() brings the save back.
        this.lastProblem = t('editor.savedLocally');
        this.update({ state: { kind: 'offline' } });
        return null;
      }
      const field = result.error.field;
      const target = field ? draftErrorTarget(field) : null;
      // A refusal of the draft's shape names its field and line in French, never in zod's words.
      const message = field ? explainMessage(result.error.message, draftFieldNoun(field)) : result.error.message;
      this.lastProblem = message;
      this.update({ state: { kind: 'error', message }, saveErrors: target ? { [target]: message } : {} });
      return null;
    }
    this.savedJson = json;
    this.update({ detail: result.value, saveErrors: {} });
    this.options.onWritten();
    if (!current) {
      this.copies.clear(null);
      this.options.onCreated(result.value);
    }
    this.settle();
    return result.value;
  }
}
