import { canIssue, checkInvoice } from '@shared/invoicing/check-invoice';
import { documentKindLabel } from '@shared/invoicing/document-kinds';
import type { Finding } from '@shared/invoicing/findings';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { frenchSpacing } from '@shared/money/french-typography';
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io';

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

export function formatFindings(doc: InvoiceDocument, findings: readonly Finding[]): string {
  const label = documentKindLabel(doc.invoice.typeCode);
  const name = doc.invoice.number ? `${label} ${doc.invoice.number}` : `${label} sans numéro (brouillon)`;
  // « un avoir » is masculine, « une facture » (d’acompte) feminine.
  const ready = doc.invoice.typeCode === '381' ? 'il peut être émis' : 'elle peut être émise';
  if (findings.length === 0) return frenchSpacing(`${name} : aucun problème, ${ready}.`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = frenchSpacing(`${name} : ${plural(errors, 'erreur')}, ${plural(findings.length - errors, 'avertissement')}.`);
  const lines = findings.map((f) => frenchSpacing(`${f.severity === 'error' ? 'Erreur' : 'Avertissement'} — ${f.field} : ${f.message}`));
  return [summary, ...lines].join('\n');
}

/** `facturier check`: the pre-issue findings; exit 1 when any of them is an error. */
export function runCheck(doc: InvoiceDocument, io: CliIo, json: boolean): number {
  const findings = checkInvoice(doc, { today: io.today });
  const ok = canIssue(findings);
  io.stdout(json ? `${JSON.stringify({ number: doc.invoice.number ?? null, canIssue: ok, findings }, null, 2)}\n` : `${formatFindings(doc, findings)}\n`);
  return ok ? EXIT_OK : EXIT_FINDINGS;
}
