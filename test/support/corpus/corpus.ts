import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { franchiseCorpus } from './corpus-franchise';
import { vatCorpus } from './corpus-vat';

/** Where the committed corpus lives: one InvoiceDocument JSON per file, named after what it covers. */
export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** The corpus as the generator builds it (write-corpus.ts commits it as JSON). */
export function buildCorpus(): Record<string, InvoiceDocument> {
  return { ...franchiseCorpus(), ...vatCorpus() };
}

/** Two-space JSON with a final newline: stable diffs. */
export function corpusFileText(doc: InvoiceDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function readCorpus(): Array<{ name: string; text: string }> {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ name: file.replace(/\.json$/, ''), text: readFileSync(join(CORPUS_DIR, file), 'utf8') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
