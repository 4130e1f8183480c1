import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import type { Customer } from '@shared/customers/customer';
import { decimalStringToFrench } from '../french-input';
import { newLineKey, vatChoiceOf, type EditorLine } from './editor-model';

/** A line nothing was typed in yet (the one a new invoice starts with): no designation, no price. */
export function isBlankLine(line: EditorLine): boolean {
  return line.description.trim() === '' && line.unitPrice.trim() === '';
}

/** A catalogue item as a line of its own: a copy, quantity 1. */
export function lineOfCatalogueItem(item: CatalogueItem): EditorLine {
  return {
    key: newLineKey(),
    description: item.description ? `${item.designation} – ${item.description}` : item.designation,
    quantity: '1',
    unitCode: item.unitCode,
    unitPrice: decimalStringToFrench(item.unitPrice, 2),
    vatChoiceId: vatChoiceOf(item.vatCategory, item.vatRate, item.vatExemptionCode).id,
    catalogueItemId: item.id,
  };
}

/**
 * The lines once a catalogue item is added: it takes the place of a blank last line (the empty first line
 * of a new invoice) rather than leaving it empty above; otherwise it comes last. Also where it went.
 */
export function withCatalogueItem(lines: readonly EditorLine[], item: CatalogueItem): { lines: EditorLine[]; index: number } {
  const last = lines.at(-1);
  const line = lineOfCatalogueItem(item);
  if (last && isBlankLine(last)) return { lines: [...lines.slice(0, -1), line], index: lines.length - 1 };
  return { lines: [...lines, line], index: lines.length };
}

/** The service code to pre-fill for a customer: its only active Chorus Pro service, if it has exactly one. */
export function soleServiceCode(customer: Customer | undefined): string | null {
  const active = customer?.chorus?.services.filter((service) => service.active) ?? [];
  return active.length === 1 ? (active[0]?.code ?? null) : null;
}
