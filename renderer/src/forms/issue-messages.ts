/**
 * Messages that explain themselves. zod's own texts (« Entrée invalide : objet attendu, indéfini reçu »)
 * name no field and speak of types: they never reach the screen. Where a schema gave its own French
 * sentence (« La désignation est obligatoire. ») it is kept; otherwise the message is rebuilt from the
 * problem and the field's name, with its place in the document (« Ligne 3 : la désignation est
 * obligatoire. »).
 */

/** A field as a sentence names it, article included (« la désignation », « le code postal »), and where it is. */
export interface FieldNoun {
  noun: string;
  /** « Ligne 3 », « Remise 1 », « Votre entreprise »: said first, followed by a colon. */
  context?: string;
}

export type Problem =
  | { kind: 'missing' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-big'; max: string }
  | { kind: 'too-small'; min: string }
  | { kind: 'choice' }
  | { kind: 'invalid' };

/** The minimal shape of a zod issue this module reads (zod 4's $ZodIssue has these fields). */
export interface IssueLike {
  code: string;
  message: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
}

const SCHEMA_TEXT = /^(Entrée invalide|Option invalide|Trop grand|Trop petit|Chaîne de caractères invalide|Nombre invalide|Clés? non reconnues?|Clé invalide|Valeur invalide|Données invalides)\b/;
/** zod's format messages: « adresse e-mail invalide », « date ISO invalide » (no final full stop). */
const FORMAT_TEXT = /^[\p{Ll}][\p{L}\d .\-/]* invalide$/u;

/** Is this one of zod's generic texts rather than a sentence written for people? */
export function isSchemaText(message: string): boolean {
  return SCHEMA_TEXT.test(message) || FORMAT_TEXT.test(message);
}

export function problemOfIssue(issue: IssueLike): Problem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? { kind: 'missing' } : { kind: 'invalid' };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'too-long', max: Number(issue.maximum) };
      return { kind: 'too-big', max: String(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { kind: 'missing' };
      return { kind: 'too-small', min: String(issue.minimum) };
    case 'invalid_value':
    case 'invalid_union':
      return issue.input === undefined || issue.input === null || issue.input === '' ? { kind: 'missing' } : { kind: 'choice' };
    default:
      return { kind: 'invalid' };
  }
}

/** The same, read back from the text of a message that crossed the IPC boundary (no issue object left). */
export function problemOfSchemaText(message: string): Problem {
  if (/(indéfini|null) reçu$/.test(message)) return { kind: 'missing' };
  const long = /^Trop grand : chaîne de caractères doit avoir <=?(\d+)/.exec(message);
  if (long) return { kind: 'too-long', max: Number(long[1]) };
  const big = /^Trop grand : .* doit être <=?(-?[\d.]+)/.exec(message);
  if (big) return { kind: 'too-big', max: big[1] as string };
  if (/^Trop petit : (chaîne de caractères|tableau)/.test(message)) return { kind: 'missing' };
  const small = /^Trop petit : .* doit être >=?(-?[\d.]+)/.exec(message);
  if (small) return { kind: 'too-small', min: small[1] as string };
  if (/^(Option invalide|Entrée invalide : .+ attendu$)/.test(message) && !/reçu$/.test(message)) return { kind: 'choice' };
  return { kind: 'invalid' };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** « Le SIREN… » stays; « La désignation… » becomes « la désignation… » after a colon. */
const uncapitalize = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const frenchNumber = (text: string) => text.replace('.', ',');

/** One French sentence for a problem of a field, with its place first when it has one. */
export function sentence(field: FieldNoun, problem: Problem): string {
  const noun = field.noun;
  const body = (() => {
    switch (problem.kind) {
      case 'missing':
        return `${noun} est obligatoire.`;
      case 'too-long':
        return `${noun} ne doit pas dépasser ${problem.max} caractères.`;
      case 'too-big':
        return `${noun} doit valoir au plus ${frenchNumber(problem.max)}.`;
      case 'too-small':
        return `${noun} doit valoir au moins ${frenchNumber(problem.min)}.`;
      case 'choice':
        return `choisissez ${noun} dans la liste.`;
      case 'invalid':
        return `${noun} n’est pas valide : vérifiez ce qui est saisi.`;
    }
  })();
  return withContext(field, body);
}

/** « Ligne 3 : la désignation est obligatoire. », or the sentence alone, capitalised. */
export function withContext(field: Pick<FieldNoun, 'context'>, message: string): string {
  return field.context ? `${field.context} : ${uncapitalize(message)}` : capitalize(message);
}

/** The message of a zod issue, for people: the schema's own French sentence, or one built for the field. */
export function explainIssue(issue: IssueLike, field: FieldNoun): string {
  return isSchemaText(issue.message) ? sentence(field, problemOfIssue(issue)) : withContext(field, issue.message);
}

/** The same for a message that arrived as text (a finding, a refused save): zod's texts are rebuilt. */
export function explainMessage(message: string, field: FieldNoun): string {
  return isSchemaText(message) ? sentence(field, problemOfSchemaText(message)) : withContext(field, message);
}
