import type { Finding, ReadinessReport, ValidationReport } from './types';

/** Enough to read a failing test; the full lists stay on the report object. */
const MAX_PER_SECTION = 40;

const KNOWN_NAMESPACES: ReadonlyArray<[string, string]> = [
  ['urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100', 'ram'],
  ['urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100', 'rsm'],
  ['urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100', 'udt'],
  ['urn:un:unece:uncefact:data:standard:QualifiedDataType:100', 'qdt'],
  ['urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2', 'cac'],
  ['urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2', 'cbc'],
  ['urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', 'ubl'],
  ['urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2', 'cn'],
];

/**
 * A multi-line summary for assertion messages, e.g.
 * `expect(report.isValid, formatReport(report)).toBe(true)`.
 */
export function formatReport(report: ValidationReport | ReadinessReport): string {
  const isReadiness = 'ready' in report;
  const ok = isReadiness ? report.ready : report.isValid;
  const xsdErrors = isReadiness ? [] : report.xsdErrors;
  const scope = isReadiness ? report.ruleSet : report.checked.join(' + ');
  const verdict = isReadiness ? (ok ? 'READY' : 'NOT READY') : ok ? 'VALID' : 'INVALID';
  const lines = [
    `${verdict} (${scope}): ${xsdErrors.length} XSD error(s), ${report.fatal.length} fatal, ${report.warnings.length} warning(s)`,
  ];
  section(lines, 'XSD errors', xsdErrors.map(shortenNamespaces));
  section(lines, 'Fatal', report.fatal.map(formatFinding));
  section(lines, 'Warnings', report.warnings.map(formatFinding));
  return lines.join('\n');
}

export function formatFinding(finding: Finding): string {
  const id = finding.id || `(${finding.kind}, no id; test: ${finding.test})`;
  const flag = finding.rawFlag === undefined && finding.flag === 'fatal' ? 'fatal, unflagged' : finding.flag;
  return `[${id}] ${finding.ruleSet} ${flag} at ${shortenLocation(finding.location)}: ${finding.text}`;
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(`${title}:`);
  for (const item of items.slice(0, MAX_PER_SECTION)) lines.push(`  - ${item}`);
  if (items.length > MAX_PER_SECTION) lines.push(`  … and ${items.length - MAX_PER_SECTION} more`);
}

/** SaxonJS writes `/*:Name[namespace-uri()='…'][1]`; the prefix-free `/Name[1]` is what one needs. */
function shortenLocation(location: string): string {
  return location.replace(/\*:([\w.-]+)\[namespace-uri\(\)='[^']*'\]/g, '$1');
}

function shortenNamespaces(message: string): string {
  let result = message;
  for (const [uri, prefix] of KNOWN_NAMESPACES) result = result.split(`{${uri}}`).join(`${prefix}:`);
  return result;
}
