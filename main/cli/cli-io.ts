import { localToday as computerToday } from '@shared/dates/french-dates';
import { frenchSpacing } from '@shared/money/french-typography';

/** What a command may touch besides the file system: output streams and "today" (tests fix both). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** YYYY-MM-DD, the date the pre-issue checks compare the issue date with. */
  today: string;
}

/** Exit codes: 0 fine, 1 the invoice has error-level findings, 2 unusable input or command line. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** A problem with the input itself (file, JSON, schema, command line), reported in French, exit code 2. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}

/**
 * French typography on the literal parts of a message only: a file name or a value the user typed is
 * quoted as is (frenchSpacing would turn the ' of "l'avoir.json" into ’ and name a file that does not exist).
 */
export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + frenchSpacing(part) + (i < values.length ? String(values[i]) : ''), '');
}

/** The local calendar date (the user's "today", not UTC's). */
export function localToday(now: Date = new Date()): string {
  return computerToday(now);
}

export const USAGE = frenchSpacing(
  [
    'Utilisation :',
    '  facturier render <facture.json> --out <dossier>',
    '      écrit <numéro>.pdf (Factur-X), <numéro>.cii.xml et <numéro>.ubl.xml dans le dossier',
    '  facturier check <facture.json> [--json]',
    '      affiche les contrôles avant émission ; code de sortie 1 s\'il reste une erreur',
    '  facturier verify-archive <archive.zip> [--json]',
    '      vérifie une archive exportée par Facturier (empreintes SHA-256, fichiers manquants ou ajoutés) ;',
    '      code de sortie 1 si elle a été modifiée',
    '',
    'Options :',
    '  --today AAAA-MM-JJ   date du jour pour les contrôles (par défaut : aujourd\'hui)',
    '  --help               cette aide',
    '',
    'Le fichier d\'entrée est un InvoiceDocument en JSON (voir docs/invoice-document.schema.json).',
  ].join('\n'),
);
