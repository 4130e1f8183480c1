import type { RuleSetId, SchemaId } from './types';

/** A schematron compiled to XSLT 2.0, paths relative to the validation folder. */
export interface StylesheetSpec {
  id: RuleSetId;
  xslt: string;
  /**
   * Files the stylesheet opens with document(), relative to the XSLT. They are parsed once and handed
   * to SaxonJS as a document pool: the SEF is compiled relocatable and run with a base URI inside the
   * artefact folder, so relative document() calls keep resolving wherever the SEF cache lives.
   */
  documents: readonly string[];
}

export const STYLESHEETS: Readonly<Record<RuleSetId, StylesheetSpec>> = {
  'en16931-cii': { id: 'en16931-cii', xslt: 'en16931-1.3.16/EN16931-CII-validation.xslt', documents: [] },
  'en16931-ubl': { id: 'en16931-ubl', xslt: 'en16931-1.3.16/EN16931-UBL-validation.xslt', documents: [] },
  'facturx-en16931': {
    id: 'facturx-en16931',
    xslt: 'facturx-1.09-en16931/FACTUR-X_EN16931.xslt',
    documents: ['FACTUR-X_EN16931_codedb.xml'],
  },
  'br-fr-cii': { id: 'br-fr-cii', xslt: 'br-fr-1.4/BR-FR-Flux2-Schematron-CII.xslt', documents: [] },
};

export const SCHEMAS: Readonly<Record<SchemaId, string>> = {
  // Stricter than plain D16B (e.g. one ram:Content per note): the one that matters for Factur-X.
  'facturx-en16931-xsd': 'facturx-1.09-en16931/Factur-X_EN16931.xsd',
  'cii-d16b-xsd': 'cii-d16b/CrossIndustryInvoice_100pD16B.xsd',
  'ubl-invoice-xsd': 'ubl-2.1/maindoc/UBL-Invoice-2.1.xsd',
  'ubl-creditnote-xsd': 'ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd',
};

/** Checked up front so a half-copied folder fails with the list of what is missing. */
export const REQUIRED_FILES: readonly string[] = [
  ...Object.values(STYLESHEETS).flatMap((s) => [s.xslt, ...s.documents.map((d) => `${s.xslt.replace(/[^/]+$/, '')}${d}`)]),
  ...Object.values(SCHEMAS),
];
