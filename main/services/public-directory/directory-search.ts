import type { DirectoryHit } from '@shared/public-directory/public-directory';
import type { CandidateRow, DirectorySearchQueries, StructureRow } from '../../db/public-directory/directory-search-queries';
import { indexedNameWords, queryWords, TERM_TAGS, words } from './search-text';

/** Rows read per tier before ranking them: enough to order a page well, few enough to stay under 2 ms. */
const CANDIDATES = 60;
/**
 * When the names alone give too few hits, the matches anywhere are read at once, up to this many, and sorted
 * into tiers here: one pass over the index instead of one per tier (a query that matches little makes
 * FTS5 read each term's whole list, so each pass costs).
 */
const ALL_MATCHES = 200;
/** FTS5 keeps prefix indexes for prefixes of up to 5 characters (see directory-generations.ts). */
const INDEXED_PREFIX = 5;
/**
 * A longer prefix is asked as the whole terms it stands for (« commune » → commune, communes) when they are
 * this few: FTS5 reads whole terms lazily, whereas a prefix it has no index for makes it merge every
 * matching term's list first (tens of milliseconds for « commune »).
 */
const MAX_EXPANSION = 8;

type MatchedOn = DirectoryHit['matchedOn'];

/** The tiers, best first: every word in the name, then in the name or the town/postcode, then anywhere. */
const TIERS: ReadonlyArray<{ tags: readonly string[] }> = [
  { tags: [TERM_TAGS.name] },
  { tags: [TERM_TAGS.name, TERM_TAGS.place] },
  { tags: [TERM_TAGS.name, TERM_TAGS.place, TERM_TAGS.services] },
];

/**
 * How the search index can match one typed word carrying one tag: the term itself (a complete word), a
 * prefix, or the terms a long prefix stands for; none when no term of the index fits (the tier then cannot
 * match, and is not asked). Terms are letters, digits and tags: quoting is enough.
 */
function termAlternatives(queries: DirectorySearchQueries, term: string, isPrefix: boolean): string[] {
  if (!isPrefix) return queries.termsStartingWith(term, 1)[0] === term ? [`"${term}"`] : [];
  if (term.length <= INDEXED_PREFIX) return queries.termsStartingWith(term, 1).length > 0 ? [`"${term}"*`] : [];
  const terms = queries.termsStartingWith(term, MAX_EXPANSION + 1);
  return terms.length > MAX_EXPANSION ? [`"${term}"*`] : terms.map((found) => `"${found}"`);
}

/** The FTS5 expression of a tier, or null when one of the words cannot match there. */
function tierExpression(alternativesOf: (word: string, isPrefix: boolean, tag: string) => string[], list: readonly string[], isLastComplete: boolean, tags: readonly string[]): string | null {
  const parts: string[] = [];
  for (const [i, word] of list.entries()) {
    const isPrefix = i === list.length - 1 && !isLastComplete;
    const alternatives = tags.flatMap((tag) => alternativesOf(word, isPrefix, tag));
    if (alternatives.length === 0) return null;
    parts.push(alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' OR ')})`);
  }
  return parts.join(' AND ');
}

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
function rank(query: readonly string[], row: CandidateRow): number {
  const name = indexedNameWords(row.name);
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
/** Whether every query word is one of `terms` (the word being typed: the start of one). */
function matchesAll(list: readonly string[], isLastComplete: boolean, terms: readonly string[]): boolean {
  return list.every((word, i) => (i === list.length - 1 && !isLastComplete ? terms.some((term) => term.startsWith(word)) : terms.includes(word)));
}

/**
 * Finds structures as the user types. A SIRET or SIREN (whole or its first digits) goes to the SIRET index;
 * words go to FTS5, tier by tier (name, then town and postcode, then services), each tier ranked and
 * deduplicated. 1–5 digits may be a postcode too: both are tried.
 */
export function searchDirectory(queries: DirectorySearchQueries, text: string, limit: number): DirectoryHit[] {
  const found: Array<{ id: number; matchedOn: MatchedOn }> = [];
  const seen = new Set<number>();
  const add = (rows: ReadonlyArray<{ id: number }>, matchedOn: MatchedOn) => {
    for (const row of rows) {
      if (found.length >= limit) return;
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      found.push({ id: row.id, matchedOn });
    }
  };
  // Candidates carry their id, name and place only; the hits shown are read whole, in one statement.
  const hitsOf = () => {
    const rows = new Map(queries.byIds(found.map((hit) => hit.id)).map((row) => [row.id, row]));
    return found.flatMap(({ id, matchedOn }) => {
      const row = rows.get(id);
      return row ? [toHit(row, matchedOn)] : [];
    });
  };

  const digits = identifierDigits(text);
  if (digits !== null && digits.length >= 6) {
    const exact = digits.length === 14 ? queries.bySiret(digits) : null;
    const rows = [...(exact ? [exact] : []), ...queries.bySiretPrefix(digits.slice(0, 14), limit)];
    add(rows, 'identifier');
    const byId = new Map(rows.map((row) => [row.id, row]));
    return found.map(({ id }) => toHit(byId.get(id) as StructureRow, 'identifier'));
  }

  const list = queryWords(text);
  if (list.length === 0 || list.join('').length < 2) return [];
  // Words followed by a space are complete: matched whole, which FTS5 reads lazily (a LIMIT stops it early);
  // only the word being typed is a prefix.
  const isLastComplete = /[\s'’-]$/.test(text);
  const known = new Map<string, string[]>();
  const alternativesOf = (word: string, isPrefix: boolean, tag: string) => {
    const key = `${isPrefix ? '*' : '='}${tag}${word}`;
    let alternatives = known.get(key);
    if (!alternatives) known.set(key, (alternatives = termAlternatives(queries, `${tag}${word}`, isPrefix)));
    return alternatives;
  };
  const rankNames = (rows: readonly CandidateRow[]) =>
    // Each row scored once, then sorted (a comparator that scores would normalise names hundreds of times).
    rows.map((row) => ({ row, score: rank(list, row) })).sort((a, b) => b.score - a.score).map((scored) => scored.row);
  const [byName, byPlace, anywhere] = TIERS.map((tier) => () => tierExpression(alternativesOf, list, isLastComplete, tier.tags)) as [() => string | null, () => string | null, () => string | null];

  const nameExpression = byName();
  if (nameExpression) add(rankNames(queries.match(nameExpression, CANDIDATES)), 'name');
  const anywhereExpression = found.length < limit ? anywhere() : null;
  if (anywhereExpression) {
    const rows = queries.match(anywhereExpression, ALL_MATCHES);
    if (rows.length < ALL_MATCHES) {
      // Every match is here: those matching in the name or the town come first, then the others.
      const inPlace = rows.filter((row) => matchesAll(list, isLastComplete, [...indexedNameWords(row.name), ...words(`${row.city} ${row.postcode}`)]));
      add(inPlace, 'place');
      add(rows, 'services');
    } else {
      const placeExpression = byPlace();
      if (placeExpression) add(queries.match(placeExpression, CANDIDATES), 'place');
      add(rows, 'services');
    }
  }
  const hits = hitsOf();
  if (digits !== null && hits.length < limit) {
    for (const row of queries.bySiretPrefix(digits, limit - hits.length)) if (!seen.has(row.id)) hits.push(toHit(row, 'identifier'));
  }
  return hits;
}
