import type { JournalHeadRow, JournalRow } from '../../../db/repositories/journal-repository';
import { eventHash, GENESIS_HASH } from '../journal-hash';
import { headMac, type JournalSeal } from '../journal-seal';
import { Findings, journalPiece } from './findings';

/** A journal entry whose link and hash were checked (or that sits under a key absent from this computer). */
export interface TrustedEntry {
  seq: number;
  at: string;
  kind: string;
  entityId: number | null;
  payload: Record<string, unknown>;
}

/** What the journal says happened, by piece, from its trusted entries only. */
export interface JournalFacts {
  checkedEvents: number;
  last: { seq: number; hash: string } | null;
  issued: Map<number, TrustedEntry>;
  files: Map<number, TrustedEntry>;
  payments: Map<number, TrustedEntry>;
  /** Per invoice id: its entries in order (drafts created, updated, deleted, issued). */
  invoices: Map<number, TrustedEntry[]>;
  created: { customer: Set<number>; catalogue: Set<number> };
}

type Segment = { kind: 'plain' } | { kind: 'sealed'; seal: JournalSeal } | { kind: 'foreign'; keyId: string; from: number };

function parsePayload(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function remember(facts: JournalFacts, entry: TrustedEntry, findings: Findings): void {
  const id = entry.entityId;
  if (id === null) return;
  const push = (map: Map<number, TrustedEntry>, key: number, what: string) => {
    if (map.has(key)) findings.error(journalPiece(entry.seq), 'kind', `${what} déjà enregistré(e) à l’entrée n° ${map.get(key)?.seq} : une pièce n’a qu’une entrée de ce genre.`, entry.seq);
    else map.set(key, entry);
  };
  if (entry.kind === 'invoice.issued' || entry.kind === 'credit-note.issued') push(facts.issued, id, 'Émission');
  if (entry.kind === 'invoice.files.generated' || entry.kind === 'invoice.files.backfilled') push(facts.files, id, 'Production de fichiers');
  if (entry.kind === 'payment.recorded') push(facts.payments, Number(entry.payload.paymentId), 'Paiement');
  if (entry.kind.startsWith('invoice.') || entry.kind === 'credit-note.issued') facts.invoices.set(id, [...(facts.invoices.get(id) ?? []), entry]);
  if (entry.kind === 'customer.created') facts.created.customer.add(id);
  if (entry.kind === 'catalogue.created') facts.created.catalogue.add(id);
}

/**
 * Walks the journal from its first entry: consecutive numbers, each entry linked to the one before,
 * each hash recomputed (SHA-256 before the first anchor, HMAC-SHA256 under this computer's key after it),
 * then the keyed head. Every break is named and the walk goes on from the stored values, so each
 * alteration is named once. Entries that fail are left out of the facts the other checks compare with.
 */
export function walkJournal(rows: Iterable<JournalRow>, head: JournalHeadRow | null, seal: JournalSeal | null, findings: Findings, headRows = head ? 1 : 0): JournalFacts {
  const facts: JournalFacts = { checkedEvents: 0, last: null, issued: new Map(), files: new Map(), payments: new Map(), invoices: new Map(), created: { customer: new Set(), catalogue: new Set() } };
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let segment: Segment = { kind: 'plain' };
  let isAnchored = false;
  for (const row of rows) {
    facts.checkedEvents += 1;
    const piece = journalPiece(row.seq);
    if (row.seq > expectedSeq) findings.error(piece, 'seq', `Les entrées n° ${expectedSeq} à ${row.seq - 1} du journal ont été supprimées.`, row.seq);
    else if (row.seq < expectedSeq) findings.error(piece, 'seq', `Cette entrée ne suit pas la numérotation du journal (attendu n° ${expectedSeq}).`, row.seq);
    if (row.previous_hash !== previous) findings.error(piece, 'previous_hash', 'Cette entrée ne suit pas la précédente : une entrée a été supprimée, insérée ou réécrite avant elle.', row.seq);
    previous = row.hash;
    expectedSeq = row.seq + 1;
    facts.last = { seq: row.seq, hash: row.hash };
    const payload = parsePayload(row.payload);
    if (!payload) {
      findings.error(piece, 'payload', 'Le contenu de cette entrée n’est pas un JSON valide : il a été modifié hors de Facturier.', row.seq);
      continue;
    }
    const event = { at: row.at, kind: row.kind, entity: row.entity, entityId: row.entity_id, payload };
    if (row.kind === 'journal.anchored') {
      isAnchored = true;
      if (segment.kind === 'foreign') foreignSegment(segment, row.seq - 1, findings, 'warning');
      const keyId = typeof payload.keyId === 'string' ? payload.keyId : '';
      // Tried with this computer's key first: a genuine anchor under our key cannot claim another one.
      segment = seal && (keyId === seal.keyId || eventHash(row.previous_hash, event, seal) === row.hash) ? { kind: 'sealed', seal } : { kind: 'foreign', keyId, from: row.seq };
    }
    if (segment.kind === 'foreign') {
      remember(facts, { seq: row.seq, at: row.at, kind: row.kind, entityId: row.entity_id, payload }, findings);
      continue;
    }
    const expected = eventHash(row.previous_hash, event, segment.kind === 'sealed' ? segment.seal : null);
    if (expected !== row.hash) {
      findings.error(piece, 'hash', 'Cette entrée a été modifiée après coup : sa date, sa nature, sa pièce ou son contenu ne correspondent plus à son empreinte.', row.seq);
      continue;
    }
    remember(facts, { seq: row.seq, at: row.at, kind: row.kind, entityId: row.entity_id, payload }, findings);
  }
  // A foreign key at the very end is normal only when this computer cannot read its own key.
  if (segment.kind === 'foreign') foreignSegment(segment, facts.last?.seq ?? segment.from, findings, seal ? 'error' : 'warning');
  checkHead(facts.last, head, seal, isAnchored, findings);
  if (headRows > 1 || (headRows === 1 && !head)) findings.error('Tête du journal', 'id', 'La table de la tête du journal a été remplie hors de Facturier : elle n’a qu’une ligne.');
  return facts;
}

/**
 * Entries under a key this computer does not have (lost, or the database came from elsewhere): their links
 * are checked, not their content. The core re-anchors under its own key at start, so such a stretch is
 * normally followed by an anchor entry of ours; at the end of the journal it is an error.
 */
function foreignSegment(segment: { keyId: string; from: number }, to: number, findings: Findings, severity: 'error' | 'warning'): void {
  const message = `Les entrées n° ${segment.from} à ${to} sont scellées par une clé que cet ordinateur n’a pas (clé perdue, ou données venues d’un autre ordinateur) : seuls leurs liens ont pu être vérifiés, pas leur contenu.`;
  if (severity === 'error') findings.error('Journal', 'hash', message, segment.from);
  else findings.warning('Journal', 'hash', message, segment.from);
}

function checkHead(last: { seq: number; hash: string } | null, head: JournalHeadRow | null, seal: JournalSeal | null, isAnchored: boolean, findings: Findings): void {
  const piece = 'Tête du journal';
  if (!head) {
    if (isAnchored) findings.error(piece, null, 'La tête scellée du journal a disparu : la fin du journal ne peut plus être garantie.');
    return;
  }
  const lastSeq = last?.seq ?? 0;
  if (head.seq > lastSeq) findings.error(piece, 'seq', `La fin du journal a été supprimée : sa tête scellée désigne l’entrée n° ${head.seq}, le journal s’arrête à la n° ${lastSeq}.`, head.seq);
  else if (head.seq < lastSeq) findings.error(piece, 'seq', `Des entrées ont été ajoutées après la tête scellée du journal (n° ${head.seq + 1} à ${lastSeq}).`, head.seq + 1);
  else if (head.hash !== last?.hash) findings.error(piece, 'hash', 'La tête scellée ne désigne plus la dernière entrée du journal telle qu’elle est.', head.seq);
  if (seal && (head.key_id !== seal.keyId || headMac(seal, head.seq, head.hash) !== head.mac)) {
    findings.error(piece, head.key_id !== seal.keyId ? 'key_id' : 'mac', 'Le sceau de la tête du journal est faux : elle a été réécrite hors de Facturier.', head.seq);
  }
}
