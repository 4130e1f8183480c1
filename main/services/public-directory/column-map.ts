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
  serviceCodes: ['services', 'codes services', 'codes service', 'liste services', 'liste codes service', 'liste codes services', 'services actifs'],
  serviceCodeRequired: ['code service obligatoire', 'service obligatoire', 'code service doit etre renseigne'],
  engagementRequired: ['engagement obligatoire', 'numero engagement obligatoire', 'ej obligatoire', 'numero ej obligatoire', 'numero ej doit etre renseigne'],
  ejOrServiceRequired: ['gestion ej ou code service', 'ej ou code service', 'gestion numero ej ou code service', 'engagement ou code service', 'code service ou engagement'],
  paymentStatusReported: ['mise en paiement remontee', 'statut mise en paiement remonte', 'mise en paiement', 'remontee mise en paiement'],
};

const NOISE = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd', 'n', 'no', 'o']);

/** Yes/no columns a header may state the other way round (« Mise en paiement non remontée »): read inverted. */
const FLAG_FIELDS = new Set<DirectoryField>(['serviceActive', 'serviceCodeRequired', 'engagementRequired', 'ejOrServiceRequired', 'paymentStatusReported']);
const NEGATIONS = new Set(['non', 'pas', 'ne', 'nest']);

/** A header without its negation words, and whether it had any. */
function withoutNegation(header: string): { header: string; isNegated: boolean } {
  const words = header.split(' ');
  const kept = words.filter((word) => !NEGATIONS.has(word));
  return { header: kept.join(' '), isNegated: kept.length < words.length };
}

/** Either way of giving services is enough: one row per service (its code), or a list of codes per structure. */
const SERVICE_ROW_FIELDS: readonly DirectoryField[] = ['serviceCode', 'serviceLabel', 'serviceActive'];

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
  /** Yes/no fields whose header says the opposite (« … non remontée »). */
  negated: Partial<Record<DirectoryField, true>>;
  unknownColumns: string[];
  missingColumns: DirectoryField[];
}

/** Matches headers to fields, best matches first, each header and field used once. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const candidates: Array<{ field: DirectoryField; column: number; score: number; isNegated: boolean }> = [];
  headers.forEach((raw, column) => {
    const header = normalizeHeader(raw);
    if (header === '') return;
    const positive = withoutNegation(header);
    for (const field of DIRECTORY_FIELDS) {
      const isNegated = positive.isNegated && FLAG_FIELDS.has(field);
      const compared = isNegated ? positive.header : header;
      const best = Math.max(...normalizedSynonyms[field].map((synonym) => score(compared, synonym)));
      if (best > 0) candidates.push({ field, column, score: best, isNegated });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<DirectoryField, number>> = {};
  const negated: Partial<Record<DirectoryField, true>> = {};
  const used = new Set<number>();
  for (const candidate of candidates) {
    if (columns[candidate.field] !== undefined || used.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    if (candidate.isNegated) negated[candidate.field] = true;
    used.add(candidate.column);
  }
  // The list is the other way of giving services, never reported missing; present, it stands for the per-service columns.
  const hasServiceList = columns.serviceCodes !== undefined;
  const isNotNeeded = (field: DirectoryField) => field === 'serviceCodes' || (hasServiceList && columns.serviceCode === undefined && SERVICE_ROW_FIELDS.includes(field));
  return {
    columns,
    negated,
    unknownColumns: headers.filter((header, column) => !used.has(column) && header.trim() !== ''),
    missingColumns: DIRECTORY_FIELDS.filter((field) => columns[field] === undefined && !isNotNeeded(field)),
  };
}

/** The columns without which a row means nothing: who the structure is. */
export const REQUIRED_FIELDS: readonly DirectoryField[] = ['siret', 'name'];

export function hasRequiredColumns(map: ColumnMap): boolean {
  return REQUIRED_FIELDS.every((field) => map.columns[field] !== undefined);
}
