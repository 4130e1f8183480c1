import type { DirectoryProblem } from '@shared/public-directory/public-directory';

/** What can go wrong in a row, with the French line the report shows. */
const LABELS = {
  'invalid-siret': 'Identifiant absent ou qui n’est pas un SIRET valide : ligne ignorée',
  'missing-name': 'Raison sociale absente : ligne ignorée',
  'repaired-siret': 'SIRET enregistré comme un nombre (zéros de tête perdus) : réparé, clé vérifiée',
  'repaired-postcode': 'Code postal enregistré comme un nombre (zéro de tête perdu) : réparé',
  'unreadable-flag': 'Valeur oui/non illisible : comptée comme « non » (ou « actif » pour un service)',
  'duplicate-service': 'Service en double pour la même structure : seule la première ligne est gardée',
  'conflicting-structure': 'Même SIRET avec un autre nom ou une autre adresse : la première ligne est gardée',
  'public-only-service': 'Service FACTURES_PUBLIQUES (réservé aux échanges entre entités publiques) : ignoré',
  'service-without-code': 'Libellé de service sans code service : service ignoré',
} as const;

export type ProblemKind = keyof typeof LABELS;

const EXAMPLES = 5;

/** Counts each kind of problem and keeps the first few examples, so nothing is dropped without a word. */
export function createProblemLog() {
  const problems = new Map<ProblemKind, { count: number; examples: string[] }>();
  return {
    note(kind: ProblemKind, example: () => string): void {
      let entry = problems.get(kind);
      if (!entry) problems.set(kind, (entry = { count: 0, examples: [] }));
      entry.count++;
      if (entry.examples.length < EXAMPLES) entry.examples.push(example());
    },
    count(kind: ProblemKind): number {
      return problems.get(kind)?.count ?? 0;
    },
    list(): DirectoryProblem[] {
      return [...problems].map(([kind, entry]) => ({ kind, label: LABELS[kind], count: entry.count, examples: entry.examples }));
    },
  };
}

export type ProblemLog = ReturnType<typeof createProblemLog>;
