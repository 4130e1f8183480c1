import { DIRECTORY_FIELDS, type DirectoryField } from '@shared/public-directory/public-directory';
import { words } from './search-text';

/**
 * Chorus Pro does not publish the columns of its directory file (chorus-pro-api.md §5), so columns are found
 * by their header names, whatever their order, accents, case or spacing, with the synonyms seen in the
 * portal's export and in the API's field names.
 */
const SYNONYMS: Record<DirectoryField, readonly string[]> = {
  siret: ['identifiant', 'siret', 'identifiant structure', 'numero siret', 'siret structure', 'identifiant destinataire', 'n siret', 'no siret'],
  name: ['raison sociale', 'designation', 'designation structure', 'raison sociale structure', 'nom', 'nom structure', 'nom destinataire', 'libelle structure', 'denomination'],
  address: ['adresse', 'adresse postale', 'adresse ligne 1', 'adresse structure', 'voie', 'adresse siege'],
  postcode: ['code postal', 'cp', 'adresse code postal', 'code postal structure'],
  city: ['ville', 'commune', 'localite', 'adresse ville', 'ville structure'],
  serviceCode: ['code service', 'service code', 'identifiant service'],
  serviceLabel: ['libelle service', 'nom service', 'designation service', 'service', 'intitule service'],
  serviceActive: ['service actif', 'actif', 'statut service', 'service est actif', 'etat service'],
  serviceCodeRequired: ['code service obligatoire', 'service obligatoire', 'code service doit etre renseigne'],
  engagementRequired: ['engagement obligatoire', 'numero engagement obligatoire', 'ej obligatoire', 'numero ej obligatoire', 'numero ej doit etre renseigne'],
  ejOrServiceRequired: ['gestion ej ou code service', 'ej ou code service', 'gestion numero ej ou code service', 'engagement ou code service', 'code service ou engagement'],
  paymentStatusReported: ['mise en paiement remontee', 'statut mise en paiement remonte', 'mise en paiement', 'remontee mise en paiement'],
};

const NOISE = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd', 'n', 'no', 'o']);

/** A header as compared: accents, case, punctuation and small words removed (« N° de SIRET » = « siret »). */
export function normalizeHeader(header: string): string {
  return words(header)
    .filter((word) => !NOISE.has(word))
    .join(' ');
}

const normalizedSynonyms = Object.fromEntries(
  DIRECTORY_FIELDS.map((field) => [field, SYNONYMS[field].map(normalizeHeader)]),
) as Record<DirectoryField, string[]>;

/** 100 for the same words, less for a header holding the synonym among other words, 0 otherwise. */
function score(header: string, synonym: string): number {
  if (header === synonym) return 100;
  const padded = ` ${header} `;
  if (!padded.includes(` ${synonym} `)) return 0;
  return Math.max(1, 60 - (header.split(' ').length - synonym.split(' ').length) * 5);
}

export interface ColumnMap {
  /** Column index of each field found. */
  columns: Partial<Record<DirectoryField, number>>;
  unknownColumns: string[];
  missingColumns: DirectoryField[];
}

/** Matches headers to fields, best matches first, each header and field used once. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const candidates: Array<{ field: DirectoryField; column: number; score: number }> = [];
  headers.forEach((raw, column) => {
    const header = normalizeHeader(raw);
    if (header === '') return;
    for (const field of DIRECTORY_FIELDS) {
      const best = Math.max(...normalizedSynonyms[field].map((synonym) => score(header, synonym)));
      if (best > 0) candidates.push({ field, column, score: best });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<DirectoryField, number>> = {};
  const used = new Set<number>();
  for (const candidate of candidates) {
    if (columns[candidate.field] !== undefined || used.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    used.add(candidate.column);
  }
  return {
    columns,
    unknownColumns: headers.filter((header, column) => !used.has(column) && header.trim() !== ''),
    missingColumns: DIRECTORY_FIELDS.filter((field) => columns[field] === undefined),
  };
}

/** The columns without which a row means nothing: who the structure is. */
export const REQUIRED_FIELDS: readonly DirectoryField[] = ['siret', 'name'];

export function hasRequiredColumns(map: ColumnMap): boolean {
  return REQUIRED_FIELDS.every((field) => map.columns[field] !== undefined);
}
