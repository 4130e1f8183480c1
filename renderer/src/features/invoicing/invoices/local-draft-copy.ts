import { InvoiceDraftInputSchema, type InvoiceDraftInput } from '@shared/invoicing/draft';
import { blankExtras } from './editor-extras';
import { draftOfFields, newLineKey, type EditorFields } from './editor-model';

/**
 * The editor's safety net: every change is copied at once to this computer's storage, before it is
 * saved to the backend (a second or so later). If the page is closed, reloaded or crashes, or the backend
 * does not answer, the copy is there when the draft is opened again, and is put back and saved. The
 * backend stays the reference: a copy identical to what it holds is dropped.
 *
 * localStorage rather than sessionStorage: it outlives a closed tab or a crashed browser. It stays on
 * this computer, in the same place as the app's own data.
 */
export interface LocalDraftCopy {
  version: 1;
  /** The draft this copy belongs to; null for an invoice not created yet. */
  draftId: number | null;
  fields: EditorFields;
  /** When the copy was taken (ISO), to tell the user which edits came back. */
  at: string;
}

const PREFIX = 'facturier.brouillon.';
const keyOf = (draftId: number | null) => `${PREFIX}${draftId ?? 'nouveau'}`;

/** The part of Web Storage used here (typed without the DOM library: tests compile under Node). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): KeyValueStore | null {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null;
  } catch {
    // Storage refused (a locked-down profile): the backend save still works, only the net is missing.
    return null;
  }
}

export function writeLocalCopy(draftId: number | null, fields: EditorFields, at: Date = new Date()): void {
  const copy: LocalDraftCopy = { version: 1, draftId, fields, at: at.toISOString() };
  try {
    storage()?.setItem(keyOf(draftId), JSON.stringify(copy));
  } catch {
    // Full or refused: nothing to do but keep saving to the backend.
  }
}

export function readLocalCopy(draftId: number | null): LocalDraftCopy | null {
  const text = storage()?.getItem(keyOf(draftId));
  if (!text) return null;
  try {
    const copy = JSON.parse(text) as Partial<LocalDraftCopy>;
    if (copy.version !== 1 || !copy.fields || !Array.isArray(copy.fields.lines) || typeof copy.at !== 'string') return null;
    // Fresh row keys: those of the copy may meet the ones this page hands out.
    // A copy taken before the editor had some field gets that field's blank value.
    const fields: EditorFields = {
      ...blankExtras(),
      ...copy.fields,
      lines: copy.fields.lines.map((line) => ({ ...line, key: newLineKey() })),
      allowances: (copy.fields.allowances ?? []).map((allowance) => ({ ...allowance, key: newLineKey() })),
      charges: (copy.fields.charges ?? []).map((charge) => ({ ...charge, key: newLineKey() })),
    };
    return { version: 1, draftId, fields, at: copy.at };
  } catch {
    return null;
  }
}

export function clearLocalCopy(draftId: number | null): void {
  storage()?.removeItem(keyOf(draftId));
}

/** The draft as the backend would store it: defaults filled, keys in the schema's order, so two compare as text. */
export function normalizedDraft(draft: InvoiceDraftInput): string {
  const parsed = InvoiceDraftInputSchema.safeParse(draft);
  return JSON.stringify(parsed.success ? parsed.data : draft);
}

/** Does the copy hold edits the backend does not have? */
export function copyDiffersFrom(copy: LocalDraftCopy, saved: InvoiceDraftInput | null, base: Partial<InvoiceDraftInput>): boolean {
  const fromCopy = normalizedDraft(draftOfFields(copy.fields, base));
  return saved === null || fromCopy !== normalizedDraft(saved);
}
