/** A file name from the invoice number: Chorus Pro numbers may contain "/" (and "+"), which paths cannot. */
export function fileStem(number: string): string {
  return number.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** `portal_pdf`: the plain PDF for a unit deposit on the Chorus Pro portal (no XML inside). */
export const FILE_SUFFIXES = { pdf: '.pdf', cii: '.cii.xml', ubl: '.ubl.xml', portal_pdf: '-portail.pdf' } as const;
