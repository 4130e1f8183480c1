import { documentKindLabel, isInvoiceTypeCode } from '@shared/invoicing/document-kinds';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { RecordFinding } from '@shared/record/record-verification';

/** The findings of one verification, each named once (same piece, field and message). */
export class Findings {
  private readonly seen = new Set<string>();
  readonly list: RecordFinding[] = [];

  error(piece: string, field: string | null, message: string, seq: number | null = null): void {
    this.add({ severity: 'error', piece, field, seq, message });
  }

  warning(piece: string, field: string | null, message: string, seq: number | null = null): void {
    this.add({ severity: 'warning', piece, field, seq, message });
  }

  /** Runs one part of the checks; if it cannot finish (a table unreadable), says so instead of failing all. */
  guard(part: string, check: () => void): void {
    try {
      check();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.error('Registre', null, `La vérification ${part} n’a pas pu aller au bout (${detail}) : le registre est endommagé à cet endroit.`);
    }
  }

  private add(finding: RecordFinding): void {
    const key = `${finding.severity}|${finding.piece}|${finding.field ?? ''}|${finding.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(finding);
  }
}

/** Timestamps the services wrote in one transaction; before this version they were read twice, a few ms apart. */
export function sameInstant(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1000;
}

type PieceRow = { id: number; type_code: string; document_type_code?: string; status: string; number: string | null };

const kindOf = (row: PieceRow): InvoiceTypeCode => (isInvoiceTypeCode(row.document_type_code) ? row.document_type_code : row.type_code === '381' ? '381' : '380');

export const pieceLabel = (row: PieceRow): string => {
  if (row.status !== 'issued' || row.number === null) return `Brouillon n° ${row.id}`;
  return `${documentKindLabel(kindOf(row))} ${row.number}`;
};

/** "de la facture F-2026-0001", "de l’avoir A-2026-0002", "du brouillon n° 3", "de la pièce n° 9" (gone). */
export function ofPiece(row: PieceRow | undefined, id: number): string {
  if (!row) return `de la pièce n° ${id}`;
  if (row.status !== 'issued' || row.number === null) return `du brouillon n° ${row.id}`;
  return row.type_code === '381' ? `de l’avoir ${row.number}` : `de la ${documentKindLabel(kindOf(row)).toLowerCase()} ${row.number}`;
}

export const journalPiece = (seq: number) => `Journal, entrée n° ${seq}`;
