import type { DirectoryField } from '@shared/public-directory/public-directory';
import type { StructureRecord } from '../../db/public-directory/directory-generations';
import { readFlag, readPostcode, readSiret } from './cell-values';
import type { ColumnMap } from './column-map';
import type { ProblemLog } from './import-problems';

export interface ServiceRecord {
  code: string;
  label: string;
  isActive: boolean;
}

export type RowReading =
  | { kind: 'skipped' }
  | { kind: 'row'; structure: Omit<StructureRecord, 'id'>; services: ServiceRecord[] };

/** Services reserved to exchanges between public entities: an invoice from a supplier to them is rejected. */
const PUBLIC_ONLY_SERVICE = 'FACTURES_PUBLIQUES';

/** Runs of spaces, or spacing other than a plain space (tabs, line breaks, no-break spaces): to be tidied. */
const UNTIDY_SPACING = /\s\s|[^\S ]/;
const tidySpacing = (text: string) => (UNTIDY_SPACING.test(text) ? text.replace(/\s+/g, ' ') : text);

/** The separators of a list of service codes in one cell (« A|B », « A, B », « A;B » inside a quoted cell). */
const CODE_LIST_SEPARATORS = /[|,;\n]/;

/** Reads one data row through the column map; what cannot be read is noted in the problem log. */
export function createRowReader({ columns, negated }: Pick<ColumnMap, 'columns' | 'negated'>, problems: ProblemLog) {
  const cell = (cells: readonly string[], field: DirectoryField) => {
    const column = columns[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  /** A yes/no cell as the field means it (inverted under a negated header); null when empty. */
  const readField = (cells: readonly string[], field: DirectoryField): boolean | null | 'unreadable' => {
    const value = readFlag(cell(cells, field));
    return negated[field] && typeof value === 'boolean' ? !value : value;
  };
  const flag = (cells: readonly string[], field: DirectoryField, line: number, whenEmpty: boolean): boolean => {
    const value = readField(cells, field);
    if (value === 'unreadable') {
      problems.note('unreadable-flag', () => `ligne ${line} : « ${cell(cells, field)} »`);
      return whenEmpty;
    }
    return value ?? whenEmpty;
  };
  /** A service code as listed; the public-only one is never offered to a supplier. */
  const usable = (code: string, line: number, name: string): boolean => {
    if (code.toUpperCase() !== PUBLIC_ONLY_SERVICE) return true;
    problems.note('public-only-service', () => `ligne ${line} : ${name}`);
    return false;
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
    const reported = readField(cells, 'paymentStatusReported');
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
    // A list of codes in one cell: each an active service known by its code (the list names no label).
    const listed = cell(cells, 'serviceCodes');
    const fromList: ServiceRecord[] = listed === '' ? [] : listed.split(CODE_LIST_SEPARATORS).map((code) => code.trim()).filter((code) => code !== '' && usable(code, line, name)).map((code) => ({ code, label: code, isActive: true }));
    const code = cell(cells, 'serviceCode');
    const label = cell(cells, 'serviceLabel');
    if (code === '') {
      if (label !== '') problems.note('service-without-code', () => `ligne ${line} : « ${label} »`);
      return { kind: 'row', structure, services: fromList };
    }
    if (!usable(code, line, name)) return { kind: 'row', structure, services: fromList };
    // A service listed without its state is taken as open: the directory lists closed ones as such.
    return { kind: 'row', structure, services: [...fromList, { code, label: label || code, isActive: flag(cells, 'serviceActive', line, true) }] };
  };
}
