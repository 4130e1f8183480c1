import type { KeyboardEvent } from 'react';
import { formatEuros } from '@shared/money/euros';
import { t } from '../../../i18n/t';
import { UNIT_OPTIONS, VAT_OPTIONS } from '../catalogue/catalogue-form';
import { numberProblem } from '../french-input';
import type { EditorLine } from './editor-model';
import { lineCellName } from './finding-targets';

/** A problem attached to a control: the id of the text that explains it (a finding or an error message). */
export interface FieldProblem {
  describedById: string;
  message: string;
}

interface LinesTableProps {
  lines: readonly EditorLine[];
  lineNets: ReadonlyArray<number | null>;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (index: number, patch: Partial<EditorLine>) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

function focusName(name: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[name="${name}"]`)?.focus());
}

/**
 * The lines as a grid of native controls: Tab walks the cells in reading order, Enter in a cell goes to
 * the next line (and adds one from the last line), so a whole invoice is typed without the mouse.
 */
export function InvoiceLinesTable({ lines, lineNets, problems, onChange, onRemove, onAdd }: LinesTableProps) {
  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName === 'BUTTON') return;
    event.preventDefault();
    if (index === lines.length - 1) onAdd();
    else focusName(lineCellName(index + 1, 'description'));
  }

  function cellProps(index: number, cell: string, localError?: string) {
    const name = lineCellName(index, cell);
    const problem = problems.get(name);
    const errorId = `${name}-error`;
    const describedBy = [localError ? errorId : null, problem?.describedById ?? null].filter(Boolean).join(' ');
    return {
      name,
      'aria-invalid': localError || problem ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const;
  }

  return (
    <div className="table-wrap">
      <table className="lines-table">
        <caption className="visually-hidden">{t('editor.linesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-description">{t('editor.col.description')}</th>
            <th scope="col" className="col-quantity">{t('editor.col.quantity')}</th>
            <th scope="col" className="col-unit">{t('editor.col.unit')}</th>
            <th scope="col" className="col-price">{t('editor.col.unitPrice')}</th>
            <th scope="col" className="col-vat">{t('editor.col.vat')}</th>
            <th scope="col" className="num col-net">{t('editor.col.net')}</th>
            <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const n = index + 1;
            const cell = (column: Parameters<typeof t>[0]) => t('editor.cell', { column: t(column), n });
            const quantityError = numberProblem(line.quantity) ?? undefined;
            const priceError = numberProblem(line.unitPrice) ?? undefined;
            const net = lineNets[index];
            return (
              <tr key={line.key} onKeyDown={(event) => onKeyDown(event, index)}>
                <td>
                  <input aria-label={cell('editor.col.description')} value={line.description} onChange={(e) => onChange(index, { description: e.target.value })} {...cellProps(index, 'description')} />
                </td>
                <td>
                  <input aria-label={cell('editor.col.quantity')} inputMode="decimal" value={line.quantity} onChange={(e) => onChange(index, { quantity: e.target.value })} {...cellProps(index, 'quantity', quantityError)} />
                  {quantityError ? <p id={`${lineCellName(index, 'quantity')}-error`} className="field-error">{quantityError}</p> : null}
                </td>
                <td>
                  <select aria-label={cell('editor.col.unit')} value={line.unitCode} onChange={(e) => onChange(index, { unitCode: e.target.value })} {...cellProps(index, 'unitCode')}>
                    {UNIT_OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                </td>
                <td>
                  <input aria-label={cell('editor.col.unitPrice')} inputMode="decimal" value={line.unitPrice} onChange={(e) => onChange(index, { unitPrice: e.target.value })} {...cellProps(index, 'unitPrice', priceError)} />
                  {priceError ? <p id={`${lineCellName(index, 'unitPrice')}-error`} className="field-error">{priceError}</p> : null}
                </td>
                <td>
                  <select aria-label={cell('editor.col.vat')} value={line.vatChoiceId} onChange={(e) => onChange(index, { vatChoiceId: e.target.value })} {...cellProps(index, 'vat')}>
                    {VAT_OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                </td>
                <td className="num nowrap">{net === null || net === undefined ? t('common.none') : formatEuros(net)}</td>
                <td>
                  <button type="button" className="button small" onClick={() => onRemove(index)}>
                    <span aria-hidden="true">✕</span>
                    <span className="visually-hidden">{t('editor.removeLine', { n })}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
