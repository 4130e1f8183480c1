import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { invoiceDocumentJsonSchemaText, SCHEMA_PATH } from '../../../scripts/export-json-schema';

const EXAMPLES = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));

describe('published JSON Schema of InvoiceDocument', () => {
  it('docs/invoice-document.schema.json is what scripts/export-json-schema.ts generates today', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8'), 'stale: run npx tsx scripts/export-json-schema.ts').toBe(invoiceDocumentJsonSchemaText());
  });

  it('describes the input shape: required parties, lines and the decimal-string pattern', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { required: string[]; properties: { lines: { items: { properties: { quantity: { pattern: string } } } } } };
    expect(schema.required).toEqual(['seller', 'buyer', 'invoice', 'lines']);
    expect(schema.properties.lines.items.properties.quantity.pattern).toBe('^-?\\d{1,9}(\\.\\d{1,4})?$');
  });

  it('has 2 or 3 examples in docs/examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(3);
  });

  it.each(examples)('docs/examples/%s is a valid InvoiceDocument with no error-level finding', (file) => {
    const parsed = InvoiceDocument.safeParse(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const doc = parsed.data as InvoiceDocument;
    expect(checkInvoice(doc, { today: doc.invoice.issueDate }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
