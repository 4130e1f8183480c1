import { saxonJs } from './saxon';
import type { LoadedStylesheet } from './stylesheet-cache';
import type { Finding, FindingFlag, RuleSetId } from './types';

/**
 * Runs one compiled schematron on an XML string and returns every finding. Synchronous on purpose:
 * SaxonJS's 'sync' mode avoids promise overhead, and a run takes 30–90 ms warm.
 */
export function runSchematron(stylesheet: LoadedStylesheet, xml: string): Finding[] {
  let svrl: string;
  try {
    svrl = saxonJs().transform(
      {
        stylesheetInternal: stylesheet.sef,
        stylesheetBaseURI: stylesheet.baseUri,
        sourceText: xml,
        destination: 'serialized',
        documentPool: stylesheet.documentPool,
      },
      'sync',
    ).principalResult;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`[validation oracle] schematron ${stylesheet.id} could not run: ${message}`, { cause: error });
  }
  return parseSvrl(svrl, stylesheet.id);
}

// Attribute values are matched as quoted strings, so a `>` left unescaped in a `test` cannot cut a tag short.
const FINDING = /<([\w.-]+:)?(failed-assert|successful-report)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/\1\2\s*>)/g;
const TEXT = /<([\w.-]+:)?text\b[^>]*>([\s\S]*?)<\/\1text\s*>/;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * Reads the findings out of serialized SVRL. A regex reader is enough here: the input is always
 * SaxonJS's own serialization of a flat SVRL report (no CDATA, no nested findings), and it keeps
 * the oracle free of a second XML library.
 */
export function parseSvrl(svrl: string, ruleSet: RuleSetId): Finding[] {
  const findings: Finding[] = [];
  for (const match of svrl.matchAll(FINDING)) {
    const attributes = readAttributes(match[3] ?? '');
    const body = match[5] ?? '';
    const text = TEXT.exec(body)?.[2] ?? '';
    const rawFlag = attributes.get('flag');
    findings.push({
      id: attributes.get('id') ?? '',
      flag: toFlag(rawFlag),
      rawFlag,
      kind: match[2] === 'failed-assert' ? 'failed-assert' : 'successful-report',
      location: attributes.get('location') ?? '',
      test: attributes.get('test') ?? '',
      text: normalizeSpace(decodeEntities(text.replace(/<[^>]*>/g, ''))),
      ruleSet,
    });
  }
  return findings;
}

/**
 * ISO Schematron gives no default severity. The Factur-X schematron leaves most asserts and all its
 * "marked as not used in the given context" reports unflagged, and FNFE-MPE and platforms treat them
 * as errors (a PA rejected an invoice on one, Dolibarr issue #974), so a missing or unknown flag is
 * fatal: the oracle errs on the strict side.
 */
function toFlag(raw: string | undefined): FindingFlag {
  switch (raw?.trim().toLowerCase()) {
    case 'warning':
    case 'warn':
      return 'warning';
    case 'information':
    case 'info':
      return 'information';
    default:
      return 'fatal';
  }
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? '';
    attributes.set(name.replace(/^.*:/, ''), decodeEntities(match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return NAMED[entity] ?? whole;
  });
}

function normalizeSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
