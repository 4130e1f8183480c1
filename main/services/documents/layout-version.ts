/**
 * The version of what turns a frozen InvoiceDocument into files: the PDF layout, the fonts, the CII and UBL
 * serializers. Bump it in the same commit as any change that alters one byte of their output
 * (test/integration/documents/layout-version.test.ts fails until you do, and tells you so).
 *
 * Issuing records it in the journal entry that holds the files' SHA-256 (`invoice.files.generated`), in the
 * same transaction as the files. The « Conforme » check (invoice-files-service.ts `verify`) produces the
 * files again and compares bytes only when the piece was made by this very version; a piece made by another
 * one (or before versions were recorded) is checked against the hashes the journal recorded at issue: a
 * later layout must never make a correct, already sent invoice look altered.
 */
export const DOCUMENT_LAYOUT_VERSION = '2026.12-1';

/** How `verify` checked a piece: bytes produced again, or the stored files against the journal's hashes. */
export type FilesCheckMethod = 'regenerated' | 'recorded-hashes';

/** The journal entry's recorded version; undefined for files made before versions were recorded. */
export function layoutVersionOf(payload: Readonly<Record<string, unknown>>): string | undefined {
  return typeof payload.layoutVersion === 'string' ? payload.layoutVersion : undefined;
}

export function checkMethodFor(recordedVersion: string | undefined, currentVersion: string): FilesCheckMethod {
  return recordedVersion === currentVersion ? 'regenerated' : 'recorded-hashes';
}
