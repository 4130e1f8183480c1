import { join } from 'node:path';
import { SCHEMAS } from './artefacts';
import { runSchematron } from './schematron';
import { loadStylesheet, type LoadedStylesheet } from './stylesheet-cache';
import type { Finding, ReadinessReport, RuleSetId, SchemaId, ValidationReport } from './types';
import { requireValidationDir, resolveCacheDir } from './validation-paths';
import { validateAgainstXsd } from './xsd';

const UBL_INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const UBL_CREDIT_NOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CII_NS = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';

export const ALL_RULE_SETS: readonly RuleSetId[] = ['en16931-cii', 'en16931-ubl', 'facturx-en16931', 'br-fr-cii'];

/** CII D16B XSD (uncoupled) + EN 16931 CII schematron: plain CII, not necessarily Factur-X. */
export function validateCii(xml: string): Promise<ValidationReport> {
  return validate(xml, 'cii-d16b-xsd', ['en16931-cii']);
}

/** What a Factur-X EN16931 attachment must pass: Factur-X 1.09 XSD + EN 16931 CII + Factur-X schematron. */
export function validateFacturXXml(xml: string): Promise<ValidationReport> {
  return validate(xml, 'facturx-en16931-xsd', ['en16931-cii', 'facturx-en16931']);
}

/** UBL 2.1 XSD (Invoice or CreditNote, from the root element) + EN 16931 UBL schematron. */
export function validateUbl(xml: string): Promise<ValidationReport> {
  const root = rootElementOf(xml);
  if (root?.namespace === UBL_CREDIT_NOTE_NS && root.localName === 'CreditNote') {
    return validate(xml, 'ubl-creditnote-xsd', ['en16931-ubl']);
  }
  if (root?.namespace !== UBL_INVOICE_NS || root.localName !== 'Invoice') {
    // Not a UBL document at all: the EN 16931 UBL schematron would match nothing and say "valid".
    const found = root ? `{${root.namespace}}${root.localName}` : 'no root element';
    return Promise.resolve(report([`line 1: root element must be UBL 2.1 Invoice or CreditNote, found ${found}`], [], ['ubl-invoice-xsd']));
  }
  return validate(xml, 'ubl-invoice-xsd', ['en16931-ubl']);
}

/**
 * French B2B reform readiness (BR-FR 1.4, CII only). Not a gate: a B2G invoice for Chorus Pro
 * is expected to fail BR-FR-08 and BR-FR-12/13. Assumes the XML already passed validateFacturXXml.
 */
export async function checkBrFr(xml: string): Promise<ReadinessReport> {
  const root = rootElementOf(xml);
  if (root?.namespace !== CII_NS) {
    throw new Error('[validation oracle] BR-FR 1.4 artefacts cover CII (Factur-X) only; convert or check the CII form');
  }
  const findings = runSchematron(await stylesheet('br-fr-cii'), xml);
  const fatal = findings.filter((f) => f.flag === 'fatal');
  return { ruleSet: 'br-fr-cii', fatal, warnings: findings.filter((f) => f.flag !== 'fatal'), ready: fatal.length === 0 };
}

/**
 * Compiles (on a cold cache) and loads the given rule sets, `concurrency` compiles at a time (default
 * two: the CI machines have two cores and each xslt3 compile is single-threaded). Call it from
 * beforeAll so the first test does not absorb the compile time.
 */
export async function warmUpValidators(ids: readonly RuleSetId[] = ALL_RULE_SETS, concurrency = 2): Promise<void> {
  const queue = [...ids];
  const worker = async (): Promise<void> => {
    for (let id = queue.shift(); id; id = queue.shift()) await stylesheet(id);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

async function validate(xml: string, schema: SchemaId, ruleSets: RuleSetId[]): Promise<ValidationReport> {
  const dir = validationDir();
  const xsd = validateAgainstXsd(xml, join(dir, SCHEMAS[schema]));
  if (!xsd.wellFormed) return report(xsd.errors, [], [schema]);
  const findings: Finding[] = [];
  for (const id of ruleSets) findings.push(...runSchematron(await stylesheet(id), xml));
  return report(xsd.errors, findings, [schema, ...ruleSets]);
}

function report(xsdErrors: string[], findings: Finding[], checked: Array<SchemaId | RuleSetId>): ValidationReport {
  const fatal = findings.filter((f) => f.flag === 'fatal');
  const warnings = findings.filter((f) => f.flag !== 'fatal');
  return { fatal, warnings, xsdErrors, isValid: xsdErrors.length === 0 && fatal.length === 0, checked };
}

function stylesheet(id: RuleSetId): Promise<LoadedStylesheet> {
  return loadStylesheet(id, validationDir(), resolveCacheDir());
}

/** The availability check spawns xmllint; do it once per folder, not once per document. */
const checkedDirs = new Map<string, string>();
function validationDir(): string {
  const key = process.env['FACTURIER_VALIDATION_DIR'] ?? '';
  let dir = checkedDirs.get(key);
  if (dir === undefined) {
    dir = requireValidationDir();
    checkedDirs.set(key, dir);
  }
  return dir;
}

interface RootElement {
  localName: string;
  /** Namespace URI bound to the root's prefix (or the default namespace), '' when none. */
  namespace: string;
}

/**
 * Finds the root element's name and namespace without a full parse: enough to pick the UBL Invoice
 * or CreditNote schema. Skips the XML declaration, comments, processing instructions and DOCTYPE.
 */
function rootElementOf(xml: string): RootElement | undefined {
  const text = xml.replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/.exec(text);
  const rest = text.slice(prolog?.[0].length ?? 0);
  const tag = /^<([\w.-]+)(?::([\w.-]+))?([^>]*)>/.exec(rest);
  if (!tag) return undefined;
  const [, first = '', second, attributes = ''] = tag;
  const prefix = second === undefined ? '' : first;
  const localName = second ?? first;
  const nsAttribute = prefix ? `xmlns:${prefix}` : 'xmlns';
  const declared = new RegExp(`\\s${nsAttribute.replace(/[.]/g, '\\.')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return { localName, namespace: declared?.[2] ?? declared?.[3] ?? '' };
}
