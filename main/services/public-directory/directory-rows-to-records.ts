import type { DirectoryField } from '@shared/public-directory/public-directory';
import type { StructureRecord } from '../../db/public-directory/directory-generations';
import { readFlag, readPostcode, readSiret } from './cell-values';
import type { ProblemLog } from './import-problems';

export interface ServiceRecord {
  code: string;
  label: string;
  isActive: boolean;
}

export type RowReading =
  | { kind: 'skipped' }
  | { kind: 'row'; structure: Omit<StructureRecord, 'id'>; service: ServiceRecord | null };

/** Services reserved to exchanges between public entities: an invoice from a supplier to them is rejected. */
const PUBLIC_ONLY_SERVICE = 'FACTURES_PUBLIQUES';

/** Runs of spaces, or spacing other than a plain space (tabs, line breaks, no-break spaces): to be tidied. */
const UNTIDY_SPACING = /\s\s|[^\S ]/;
const tidySpacing = (text: string) => (UNTIDY_SPACING.test(text) ? text.replace(/\s+/g, ' ') : text);

/** Reads one data row through the column map; what cannot be read is noted in the problem log. */
export function createRowReader(columns: Partial<Record<DirectoryField, number>>, problems: ProblemLog) {
  const cell = (cells: readonly string[], field: DirectoryField) => {
    const column = columns[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const flag = (cells: readonly string[], field: DirectoryField, line: number, whenEmpty: boolean): boolean => {
    const value = readFlag(cell(cells, field));
    if (value === 'unreadable') {
      problems.note('unreadable-flag', () => `ligne ${line} : « ${cell(cells, field)} »`);
      return whenEmpty;
    }
    return value ?? whenEmpty;
  };
  // The rows of one structure follow each other (one per service): its SIRET is read once.
  let lastSiret: { raw: string; reading: ReturnType<typeof readSiret> } = { raw: '', reading: readSiret('') };
  return (cells: readonly string[], line: number): RowReading => {
    const raw = cell(cells, 'siret');
    if (raw !== lastSiret.raw) lastSiret = { raw, reading: readSiret(raw) };
    const siret = lastSiret.reading;
    if (siret.siret === null) {
      problems.note('invalid-siret', () => `ligne ${line} : « ${raw} »`);
      return { kind: 'skipped' };
    }
    if (siret.isRepaired) problems.note('repaired-siret', () => `ligne ${line} : ${raw} → ${siret.siret}`);
    const name = tidySpacing(cell(cells, 'name'));
    if (name === '') {
      problems.note('missing-name', () => `ligne ${line} : ${siret.siret}`);
      return { kind: 'skipped' };
    }
    const postcode = readPostcode(cell(cells, 'postcode'));
    if (postcode.isRepaired) problems.note('repaired-postcode', () => `ligne ${line} : ${cell(cells, 'postcode')} → ${postcode.postcode}`);
    const reported = readFlag(cell(cells, 'paymentStatusReported'));
    const structure = {
      siret: siret.siret,
      name,
      address: tidySpacing(cell(cells, 'address')),
      postcode: postcode.postcode,
      city: cell(cells, 'city'),
      serviceCodeRequired: flag(cells, 'serviceCodeRequired', line, false),
      engagementRequired: flag(cells, 'engagementRequired', line, false),
      ejOrServiceRequired: flag(cells, 'ejOrServiceRequired', line, false),
      paymentStatusReported: reported === 'unreadable' ? flag(cells, 'paymentStatusReported', line, false) : reported,
    };
    const code = cell(cells, 'serviceCode');
    const label = cell(cells, 'serviceLabel');
    if (code === '') {
      if (label !== '') problems.note('service-without-code', () => `ligne ${line} : « ${label} »`);
      return { kind: 'row', structure, service: null };
    }
    if (code.toUpperCase() === PUBLIC_ONLY_SERVICE) {
      problems.note('public-only-service', () => `ligne ${line} : ${name}`);
      return { kind: 'row', structure, service: null };
    }
    // A service listed without its state is taken as open: the directory lists closed ones as such.
    return { kind: 'row', structure, service: { code, label: label || code, isActive: flag(cells, 'serviceActive', line, true) } };
  };
}
