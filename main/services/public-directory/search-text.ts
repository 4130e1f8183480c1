/**
 * One normalisation for what the directory indexes and for what the user types, so both meet: lower case,
 * no accents, ligatures spelled out (« Œuilly » = « oeuilly »), words split at hyphens, apostrophes and
 * spaces. FTS5's `unicode61 remove_diacritics 2` would fold accents too; doing it here first lets us
 * drop elisions and add the abbreviations French names are written with.
 */
function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The words of each space-separated piece, remembered: a directory repeats the same pieces (« Commune »,
 * « de », town names) hundreds of thousands of times. Folding is per character and a space always separates
 * words, so a text's words are its pieces' words, in order.
 */
const foldedPieces = new Map<string, readonly string[]>();
const MAX_REMEMBERED = 100_000;

function wordsOfPiece(piece: string): readonly string[] {
  let found = foldedPieces.get(piece);
  if (found === undefined) {
    if (foldedPieces.size >= MAX_REMEMBERED) foldedPieces.clear();
    found = foldedWords(piece);
    foldedPieces.set(piece, found);
  }
  return found;
}

export function words(text: string): string[] {
  const list: string[] = [];
  for (const piece of text.split(' ')) if (piece !== '') for (const word of wordsOfPiece(piece)) list.push(word);
  return list;
}

/** Words written in two ways on invoices and in the directory: the index holds both. */
const ALSO_WRITTEN: Readonly<Record<string, string>> = {
  saint: 'st',
  sainte: 'ste',
  commune: 'mairie',
  mairie: 'commune',
  hopital: 'ch',
  college: 'clg',
  lycee: 'lyc',
};

/** Long names people shorten: the index adds the short one. */
const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['centre communal d action sociale', 'ccas'],
  ['centre hospitalier', 'hopital'],
  ['etablissement d hebergement pour personnes agees dependantes', 'ehpad'],
  ['communaute de communes', 'cc'],
  ['service departemental d incendie et de secours', 'sdis'],
];

/** The first word of each long form, to look for the long forms only in names that may hold one. */
const ACRONYM_STARTS = new Set(ACRONYMS.map(([long]) => long.split(' ')[0] as string));

/** The words indexed for a name: its words, plus the abbreviations and long forms the user may type. */
export function indexedNameWords(name: string): string[] {
  const list = words(name);
  const extra: string[] = [];
  let mayHoldLongForm = false;
  for (const word of list) {
    const also = ALSO_WRITTEN[word];
    if (also !== undefined) extra.push(also);
    if (ACRONYM_STARTS.has(word)) mayHoldLongForm = true;
  }
  if (mayHoldLongForm) {
    const joined = ` ${list.join(' ')} `;
    for (const [long, short] of ACRONYMS) if (joined.includes(` ${long} `)) extra.push(short);
  }
  return extra.length === 0 ? list : [...list, ...extra];
}

/** The text indexed for a name (see indexedNameWords). */
export function indexedName(name: string): string {
  return indexedNameWords(name).join(' ');
}

/**
 * Where a term of the search index comes from, as the prefix it carries: the name's words as they are, the
 * town's and postcode's after « _ », the services' after « __ ». A word typed by the user is letters and
 * digits only (see `words`), so it never starts with a tag: a search in the names never meets a town or a
 * service, and a search « anywhere » asks for each tag.
 */
export const TERM_TAGS = { name: '', place: '_', services: '__' } as const;

/** The terms of one structure in the search index, added to `vocabulary` as they are made. */
export function indexedTerms(name: string, place: string, services: string, vocabulary: Set<string>): string {
  const terms = indexedNameWords(name);
  for (const word of words(place)) terms.push(`${TERM_TAGS.place}${word}`);
  for (const word of words(services)) terms.push(`${TERM_TAGS.services}${word}`);
  for (const term of terms) vocabulary.add(term);
  return terms.join(' ');
}

/** Small words the user may type between the ones that matter (« ccas de beaufort »). */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur', 'sous', 'lès', 'les']);

/**
 * The words of a query that should each match the start of a word of the result. A stop word or a single
 * letter is dropped unless it is the last word (still being typed) or the only one.
 */
export function queryWords(text: string): string[] {
  const list = words(text);
  if (list.length <= 1) return list;
  const kept = list.filter((word, i) => i === list.length - 1 || (word.length > 1 && !STOP_WORDS.has(word)));
  const last = kept[kept.length - 1] as string;
  // A lone trailing letter (« ccas b ») says little and costs a lot: ignore it while other words remain.
  return last.length === 1 && kept.length > 1 ? kept.slice(0, -1) : kept;
}
