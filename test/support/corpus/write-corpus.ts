/**
 * Regenerates test/fixtures/corpus/*.json from the builders: `npx tsx test/support/corpus/write-corpus.ts`.
 * The JSON is committed; corpus.test.ts checks it still matches the builders.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, CORPUS_DIR, corpusFileText } from './corpus';

mkdirSync(CORPUS_DIR, { recursive: true });
for (const file of readdirSync(CORPUS_DIR)) if (file.endsWith('.json')) rmSync(join(CORPUS_DIR, file));
const corpus = buildCorpus();
for (const [name, doc] of Object.entries(corpus)) writeFileSync(join(CORPUS_DIR, `${name}.json`), corpusFileText(doc));
console.log(`${Object.keys(corpus).length} invoices written to ${CORPUS_DIR}`);
