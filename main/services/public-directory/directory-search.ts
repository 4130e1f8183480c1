import type { DirectoryHit } from '@shared/public-directory/public-directory';
import type { DirectorySearchQueries, StructureRow } from '../../db/public-directory/directory-search-queries';
import { indexedName, queryWords } from './search-text';

/** Rows read per tier before ranking them: enough to order a page well, few enough to stay under 2 ms. */
const CANDIDATES = 60;

type MatchedOn = DirectoryHit['matchedOn'];

/** The tiers, best first: every word in the name, then in the name or the town/postcode, then anywhere. */
const TIERS: ReadonlyArray<{ matchedOn: MatchedOn; columns: string | null }> = [
  { matchedOn: 'name', columns: '{name}' },
  { matchedOn: 'place', columns: '{name place}' },
  { matchedOn: 'services', columns: null },
];

export function toHit(row: StructureRow, matchedOn: MatchedOn): DirectoryHit {
  return {
    siret: row.siret,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    matchedOn,
    activeServices: row.active_services,
    serviceCodeRequired: row.service_code_required === 1,
    engagementRequired: row.engagement_required === 1,
    ejOrServiceRequired: row.ej_or_service_required === 1,
  };
}

/** Within a tier: more words matched whole, the name starting with the first word, then the shorter name. */
function rank(query: readonly string[], row: StructureRow): number {
  const name = indexedName(row.name).split(' ');
  const whole = query.filter((word) => name.includes(word)).length;
  const startsWith = name[0]?.startsWith(query[0] as string) ? 1 : 0;
  return whole * 1000 + startsWith * 500 - Math.min(row.name.length, 499);
}

/** A query made only of digits (and spaces): a SIRET or SIREN, whole or in part, or a postcode. */
function identifierDigits(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f.]/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

/**
 * Finds structures as the user types. A SIRET or SIREN (whole or its first digits) goes to the SIRET index;
 * words go to FTS5 with prefix matching, tier by tier (name, then town and postcode, then services), each
 * tier ranked and deduplicated. 1–5 digits may be a postcode too: both are tried.
 */
export function searchDirectory(queries: DirectorySearchQueries, text: string, limit: number): DirectoryHit[] {
  const hits: DirectoryHit[] = [];
  const seen = new Set<number>();
  const add = (rows: readonly StructureRow[], matchedOn: MatchedOn) => {
    for (const row of rows) {
      if (hits.length >= limit) return;
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      hits.push(toHit(row, matchedOn));
    }
  };

  const digits = identifierDigits(text);
  if (digits !== null && digits.length >= 6) {
    const exact = digits.length === 14 ? queries.bySiret(digits) : null;
    if (exact) add([exact], 'identifier');
    add(queries.bySiretPrefix(digits.slice(0, 14), limit), 'identifier');
    return hits;
  }

  const list = queryWords(text);
  if (list.length === 0 || list.join('').length < 2) return hits;
  // Words followed by a space are complete: matched whole, which FTS5 reads lazily (a LIMIT stops it early);
  // only the word being typed is a prefix. A 2–5 letter prefix has its own index (see directory-generations.ts).
  const isLastComplete = /[\s'’-]$/.test(text);
  const terms = list.map((word, i) => (i < list.length - 1 || isLastComplete ? `"${word}"` : `"${word}"*`)).join(' ');
  for (const tier of TIERS) {
    if (hits.length >= limit) break;
    const expression = tier.columns ? `${tier.columns} : (${terms})` : terms;
    const rows = queries.match(expression, CANDIDATES);
    // Each row scored once, then sorted (a comparator that scores would normalise names hundreds of times).
    const ranked = tier.matchedOn === 'name' ? rows.map((row) => ({ row, score: rank(list, row) })).sort((a, b) => b.score - a.score).map((scored) => scored.row) : rows;
    add(ranked, tier.matchedOn);
  }
  if (digits !== null && hits.length < limit) add(queries.bySiretPrefix(digits, limit - hits.length), 'identifier');
  return hits;
}
