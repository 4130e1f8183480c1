/**
 * One normalisation for what the directory indexes and for what the user types, so both meet: lower case,
 * no accents, ligatures spelled out (« Œuilly » = « oeuilly »), words split at hyphens, apostrophes and
 * spaces. FTS5's `unicode61 remove_diacritics 2` would fold accents too; doing it here first lets us
 * drop elisions and add the abbreviations French names are written with.
 */
/** « Œ » and « Æ » as the two letters people type (FTS5's tokenizer keeps them as one letter). */
export function spellLigatures(text: string): string {
  return text.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae');
}

export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
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

/** The text indexed for a name: its words, plus the abbreviations and long forms the user may type. */
export function indexedName(name: string): string {
  const list = words(name);
  const extra = list.flatMap((word) => (ALSO_WRITTEN[word] ? [ALSO_WRITTEN[word] as string] : []));
  const joined = ` ${list.join(' ')} `;
  for (const [long, short] of ACRONYMS) if (joined.includes(` ${long} `)) extra.push(short);
  return [...list, ...extra].join(' ');
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
