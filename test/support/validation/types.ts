/** Severity as the schematron states it; a missing flag counts as fatal (see svrl.ts for why). */
export type FindingFlag = 'fatal' | 'warning' | 'information';

/** The rule sets the oracle can run; the id is what findings and reports name. */
export type RuleSetId = 'en16931-cii' | 'en16931-ubl' | 'facturx-en16931' | 'br-fr-cii';

/** The schemas the oracle can check against with xmllint. */
export type SchemaId = 'facturx-en16931-xsd' | 'cii-d16b-xsd' | 'ubl-invoice-xsd' | 'ubl-creditnote-xsd';

/** One `svrl:failed-assert` or `svrl:successful-report`. */
export interface Finding {
  /** Rule id, e.g. `BR-E-02`, `FX-SCH-A-000031`; empty when the schematron gives none (Factur-X "not used" reports). */
  id: string;
  flag: FindingFlag;
  /** The flag attribute as written, `undefined` when absent: keeps the mapping auditable. */
  rawFlag: string | undefined;
  kind: 'failed-assert' | 'successful-report';
  /** XPath of the offending node, as the SVRL gives it. */
  location: string;
  /** The schematron's `test` expression: the only identifier of a report without an id. */
  test: string;
  /** Human text, whitespace-normalised. */
  text: string;
  ruleSet: RuleSetId;
}

export interface ValidationReport {
  /** Fatal findings (including unflagged ones). Any of them makes the invoice non-conformant. */
  fatal: Finding[];
  /** Warning and information findings: reported, not a gate. */
  warnings: Finding[];
  /** xmllint messages, `line N: message`; a well-formedness error stops the schematron step. */
  xsdErrors: string[];
  /** No XSD error and zero fatal findings. */
  isValid: boolean;
  /** What actually ran, in order, e.g. `['facturx-en16931-xsd', 'en16931-cii', 'facturx-en16931']`. */
  checked: Array<SchemaId | RuleSetId>;
}

/**
 * French B2B reform readiness (BR-FR). Deliberately a different shape from ValidationReport: it is
 * information, not a gate (a Chorus Pro B2G invoice is expected to fail BR-FR-08/12/13).
 */
export interface ReadinessReport {
  ruleSet: 'br-fr-cii';
  fatal: Finding[];
  warnings: Finding[];
  /** Zero fatal BR-FR findings. */
  ready: boolean;
}
