import type Database from 'better-sqlite3';
import { GENESIS_HASH, sha256 } from '../../main/services/journal/journal-hash';

export type Row = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** A JSON text with one value changed deep inside (a price, an amount), still valid JSON. */
function alteredJson(text: string): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  const lines = value.lines as Array<Record<string, unknown>> | undefined;
  if (lines?.[0]) lines[0].unitPrice = '4.55';
  else value.tampered = true;
  return JSON.stringify(value);
}

/**
 * What someone editing the file would put instead of `row[column]`: same type, a plausible value, never
 * the same (ids moved far enough not to collide). Undefined when the column cannot change on its own
 * (every kind of file already present for that invoice).
 */
export function alteredValue(table: string, column: string, row: Row, db: Database.Database): unknown {
  const value = row[column];
  if (table === 'invoice_files' && column === 'kind') {
    const kinds = db.prepare('SELECT kind FROM invoice_files WHERE invoice_id = ?').pluck().all(row.invoice_id) as string[];
    return ['pdf', 'cii', 'ubl', 'logo'].find((kind) => !kinds.includes(kind));
  }
  if (value === null) return column.endsWith('_id') ? 1 : column === 'due_date' ? '2027-01-01' : 1;
  if (Buffer.isBuffer(value)) return Buffer.concat([value.subarray(0, 10), Buffer.from([value[10] === undefined ? 1 : (value[10] + 1) % 256]), value.subarray(11)]);
  if (typeof value === 'number') return column === 'id' || column.endsWith('_id') || column === 'seq' ? value + 1000 : value + 1;
  if (typeof value !== 'string') return undefined;
  if (column === 'status') return value === 'issued' ? 'draft' : 'issued';
  if (column === 'type_code') return value === '380' ? '381' : '380';
  if (DATE.test(value)) return value.slice(0, 8) + (value.slice(8) === '28' ? '27' : '28');
  if (INSTANT.test(value)) return `${String(Number(value.slice(0, 4)) - 1)}${value.slice(4)}`;
  if (value.startsWith('{')) return alteredJson(value);
  if (/^[0-9a-f]{16,}$/.test(value)) return value.slice(0, -1) + (value.endsWith('0') ? '1' : '0');
  return `${value}x`;
}

/** A row someone adds by hand to each table, and how the finding names it. */
export function forgedRows(table: string, db: Database.Database): Array<{ label: string; row: Row; piece: (piece: string) => boolean }> {
  const get = (sql: string) => db.prepare(sql).get() as Row;
  switch (table) {
    case 'invoices': {
      // document_type_code is generated from the document (migration 0013): nobody can write it, not even a forger.
      const { document_type_code: _generated, ...row } = get("SELECT * FROM invoices WHERE status = 'issued' AND type_code = '380' ORDER BY id DESC LIMIT 1");
      const id = Number(get('SELECT max(id) AS m FROM invoices').m) + 1;
      const number = 'F-2026-0099';
      return [{ label: 'an issued invoice', row: { ...row, id, number, sequence: 99 }, piece: (p) => p === `Facture ${number}` }];
    }
    case 'payments': {
      const row = get('SELECT * FROM payments LIMIT 1');
      const id = Number(get('SELECT max(id) AS m FROM payments').m) + 1;
      return [{ label: 'a payment', row: { ...row, id }, piece: (p) => p.startsWith(`Paiement n° ${id} `) }];
    }
    case 'invoice_files': {
      const row = get("SELECT * FROM invoice_files WHERE kind = 'logo' LIMIT 1");
      const target = get("SELECT i.id, i.number FROM invoices i WHERE status = 'issued' AND NOT EXISTS (SELECT 1 FROM invoice_files f WHERE f.invoice_id = i.id AND kind = 'logo') LIMIT 1");
      return [{ label: 'a logo', row: { ...row, invoice_id: target.id }, piece: (p) => p === `Fichier LOGO de la facture ${String(target.number)}` }];
    }
    case 'invoice_balances': {
      const draft = get("SELECT id FROM invoices WHERE status = 'draft' LIMIT 1");
      return [{ label: 'a balance for a draft', row: { invoice_id: draft.id, paid_cents: 0, credited_cents: 0, remaining_cents: 0 }, piece: (p) => p === `Solde du brouillon n° ${String(draft.id)}` }];
    }
    case 'number_sequences':
      return [{ label: 'a counter', row: { company_id: 1, series: 'Z-{seq}', period: 0, last_sequence: 3 }, piece: (p) => p.startsWith('Numérotation « Z-{seq} »') }];
    case 'journal': {
      const last = get('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1');
      const seq = Number(last.seq) + 1;
      const payload = '{"number":"F-2026-0099"}';
      const hash = sha256(String(last.hash ?? GENESIS_HASH) + payload);
      return [
        {
          label: 'an entry appended with a bare SHA-256',
          row: { seq, at: '2026-11-27T10:00:00.000Z', kind: 'invoice.issued', entity: 'invoice', entity_id: 99, payload, previous_hash: last.hash, hash },
          piece: (p) => p === `Journal, entrée n° ${seq}` || p === 'Tête du journal',
        },
      ];
    }
    case 'journal_head': {
      const row = get('SELECT * FROM journal_head');
      return [{ label: 'a second head', row: { ...row, id: 2 }, piece: (p) => p === 'Tête du journal' }];
    }
    default:
      return [];
  }
}
