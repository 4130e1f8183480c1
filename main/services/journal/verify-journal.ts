import type { Database } from 'better-sqlite3';
import type { RecordVerification } from '@shared/record/record-verification';
import { createJournalRepository } from '../../db/repositories/journal-repository';
import { createRecordRepository, type InvoiceRecordRow, type PaymentRecordRow } from '../../db/repositories/record-repository';
import { chainHead } from './chain-head';
import type { JournalSeal } from './journal-seal';
import { checkIssuedPiece, checkNumbering } from './verification/check-invoices';
import { checkBalances, checkFiles, checkLifecycle, checkPayments } from './verification/check-money-and-files';
import { Findings } from './verification/findings';
import { walkJournal, type JournalFacts } from './verification/journal-walk';

/**
 * The verification of the whole record, both ways: the journal's chain and keyed head, then every issued
 * invoice, credit note, payment, balance and file against what the journal recorded and what the frozen
 * document says, numbering continuous per series and year, and every journal entry with its row. Every
 * finding is named (piece, field); nothing found means nothing changed behind the app's back, as far as
 * the key of this computer can tell (docs/ARCHITECTURE.md says what that covers).
 */
export function verifyJournal(db: Database, seal: JournalSeal | null): RecordVerification {
  const findings = new Findings();
  const journal = createJournalRepository(db);
  const record = createRecordRepository(db);
  if (!seal) findings.warning('Registre', null, 'La clé du registre ne peut pas être lue sur cet ordinateur : les entrées scellées ne sont vérifiées que par leurs liens.');
  let facts: JournalFacts = walkJournal([], null, seal, new Findings());
  findings.guard('du journal', () => {
    facts = walkJournal(journal.iterate(), journal.head(), seal, findings, journal.headRows());
  });
  const invoices = new Map<number, InvoiceRecordRow>();
  let payments: PaymentRecordRow[] = [];
  let checkedPieces = 0;
  findings.guard('des pièces émises', () => {
    const companies = record.companySirets();
    for (const row of record.invoices()) {
      invoices.set(row.id, row);
      if (row.status !== 'issued') continue;
      checkedPieces += 1;
      checkIssuedPiece(row, facts, companies, findings);
    }
    checkNumbering([...invoices.values()].filter((row) => row.status === 'issued'), record.sequences(), findings);
  });
  findings.guard('des paiements', () => {
    payments = record.payments();
    checkedPieces += payments.length;
    checkPayments(payments, invoices, facts, findings);
  });
  findings.guard('des soldes', () => checkBalances(record.balances(), payments, invoices, findings));
  findings.guard('des fichiers', () => {
    checkedPieces += checkFiles(record.files(), invoices, new Set(record.queuedForBackfill()), facts, findings);
  });
  findings.guard('des brouillons, clients et articles', () => checkLifecycle(invoices, record.customerIds(), record.catalogueIds(), facts, findings));
  return {
    isIntact: findings.list.every((finding) => finding.severity !== 'error'),
    checkedEvents: facts.checkedEvents,
    checkedPieces,
    findings: findings.list,
    head: chainHead(db),
  };
}

/**
 * The journal's chain alone: every entry's link and hash recomputed and the keyed head checked, without the
 * checks of every piece against it (a backup's check: backups/inspect-backup.ts says why).
 */
export function verifyJournalChain(db: Database, seal: JournalSeal | null): RecordVerification {
  const findings = new Findings();
  const journal = createJournalRepository(db);
  const facts = walkJournal(journal.iterate(), journal.head(), seal, findings, journal.headRows());
  return { isIntact: findings.list.every((finding) => finding.severity !== 'error'), checkedEvents: facts.checkedEvents, checkedPieces: 0, findings: findings.list, head: chainHead(db) };
}
