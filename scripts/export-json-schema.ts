/**
 * Publishes the InvoiceDocument zod schema as JSON Schema (the input shape: what a JSON file given to
 * `facturier render|check` must look like): `npx tsx scripts/export-json-schema.ts`.
 * test/integration/documents/xml-json-schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/invoice-document.schema.json', import.meta.url));

export function invoiceDocumentJsonSchemaText(): string {
  const { $schema, ...schema } = z.toJSONSchema(InvoiceDocument, { io: 'input' });
  const published = {
    $schema,
    title: 'InvoiceDocument',
    description: 'Une facture ou un avoir Facturier : vendeur, client, en-tête et lignes (montants en centimes, quantités et prix en chaînes décimales). Les règles qui dépendent de plusieurs champs sont vérifiées par « facturier check ».',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, invoiceDocumentJsonSchemaText());
  console.log(`JSON Schema written to ${SCHEMA_PATH}`);
}
