import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canIssue, checkInvoice } from '@shared/invoicing/check-invoice';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { FILE_SUFFIXES, fileStem } from '../services/documents/file-names';
import { renderDocuments } from '../services/documents/render-documents';
import { UnissuedDocumentError } from '../services/documents/xml';
import { formatFindings } from './check-command';
import { CliInputError, EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io';


/**
 * `facturier render`: refuses a document the pre-issue checks block (a Factur-X that Chorus Pro or the
 * validators would reject is worse than none), then writes the three files.
 */
export async function runRender(doc: InvoiceDocument, outDir: string, io: CliIo): Promise<number> {
  if (!doc.invoice.number?.trim()) throw new CliInputError(new UnissuedDocumentError().message);
  const findings = checkInvoice(doc, { today: io.today });
  if (!canIssue(findings)) {
    io.stderr(`${formatFindings(doc, findings)}\nAucun fichier écrit : corrigez d’abord les erreurs.\n`);
    return EXIT_FINDINGS;
  }
  const { pdf, cii, ubl } = await renderDocuments(doc);
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const stem = fileStem(doc.invoice.number);
  const files: Array<[string, Buffer | string]> = [
    [`${stem}${FILE_SUFFIXES.pdf}`, pdf],
    [`${stem}${FILE_SUFFIXES.cii}`, cii],
    [`${stem}${FILE_SUFFIXES.ubl}`, ubl],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  io.stdout(`${files.map(([name]) => join(dir, name)).join('\n')}\n`);
  return EXIT_OK;
}
