import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { numberProblem } from '../french-input';
import { allowanceCellName, allowanceVatChoices, type EditorAllowance, type EditorLine } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

/** The words of each group: the discounts (BG-20) and the charges (BG-21) share the table. */
const WORDS = {
  allowances: { title: 'editor.allowancesTitle', hint: 'editor.allowancesHint', none: 'editor.noAllowances', cell: 'editor.allowanceCell', add: 'editor.addAllowance', remove: 'editor.removeAllowance' },
  charges: { title: 'editor.chargesTitle', hint: 'editor.chargesHint', none: 'editor.noCharges', cell: 'editor.chargeCell', add: 'editor.addCharge', remove: 'editor.removeCharge' },
} as const satisfies Record<string, Record<string, MessageKey>>;

interface AllowancesSectionProps {
  /** Which rows: « Remises globales » (default) or « Frais » added to the whole invoice. */
  group?: 'allowances' | 'charges';
  allowances: readonly EditorAllowance[];
  lines: readonly EditorLine[];
  isVatFranchise: boolean;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (index: number, patch: Partial<EditorAllowance>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * "Remises globales" (BG-20): discounts on the whole invoice, each lowering the base of one VAT rate of
 * the lines; or "Frais" (BG-21, « frais de déplacement »), each raising it. Native controls in a table, like the lines, so Tab walks motive, amount, VAT, remove.
 */
export function AllowancesSection({ group = 'allowances', allowances, lines, isVatFranchise, problems, onChange, onAdd, onRemove }: AllowancesSectionProps) {
  const words = WORDS[group];
  const titleId = `${group}-title`;
  /** A finding or a save error on the control, and a live message when the amount cannot be read. */
  function controlProps(name: string, liveError?: string) {
    const problem = problems.get(name);
    const errorId = `${name}-error`;
    // Save errors point at `${name}-error`, which this row renders; findings point at the findings panel.
    const ownMessage = liveError ?? (problem?.describedById === errorId ? problem.message : undefined);
    const describedBy = [ownMessage ? errorId : null, problem && problem.describedById !== errorId ? problem.describedById : null].filter(Boolean).join(' ');
    return {
      props: { name, 'aria-invalid': ownMessage || problem ? true : undefined, 'aria-describedby': describedBy || undefined } as const,
      message: ownMessage ? <p id={errorId} className="field-error">{ownMessage}</p> : null,
    };
  }

  return (
    <section className="form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(words.title)}</h2>
      <p className="field-hint">{t(words.hint)}</p>
      {allowances.length === 0 ? (
        <p className="muted">{t(words.none)}</p>
      ) : (
        <div className="table-wrap">
          <table className="lines-table allowances-table">
            <caption className="visually-hidden">{t(words.title)}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-description">{t('editor.allowanceCol.reason')}</th>
                <th scope="col" className="col-price">{t('editor.allowanceCol.amount')}</th>
                <th scope="col" className="col-vat">{t('editor.allowanceCol.vat')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {allowances.map((allowance, index) => {
                const n = index + 1;
                const label = (column: MessageKey) => t(words.cell, { column: t(column), n });
                const reason = controlProps(allowanceCellName(index, 'reason', group));
                const amount = controlProps(allowanceCellName(index, 'amount', group), numberProblem(allowance.amount, 2) ?? undefined);
                const vat = controlProps(allowanceCellName(index, 'vat', group));
                return (
                  <tr key={allowance.key}>
                    <td>
                      <input aria-label={label('editor.allowanceCol.reason')} value={allowance.reason} maxLength={200} onChange={(e) => onChange(index, { reason: e.target.value })} {...reason.props} />
                      {reason.message}
                    </td>
                    <td>
                      <input aria-label={label('editor.allowanceCol.amount')} inputMode="decimal" value={allowance.amount} onChange={(e) => onChange(index, { amount: e.target.value })} {...amount.props} />
                      {amount.message}
                    </td>
                    <td>
                      <select aria-label={label('editor.allowanceCol.vat')} value={allowance.vatChoiceId} onChange={(e) => onChange(index, { vatChoiceId: e.target.value })} {...vat.props}>
                        {allowanceVatChoices(lines, allowance.vatChoiceId, isVatFranchise).map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
                      </select>
                      {vat.message}
                    </td>
                    <td>
                      <button type="button" className="button small" onClick={() => onRemove(index)}>
                        <span aria-hidden="true">✕</span>
                        <span className="visually-hidden">{t(words.remove, { n })}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button type="button" name={group === 'charges' ? 'addCharge' : 'addAllowance'} className="button" onClick={onAdd}>
          {t(words.add)}
        </button>
      </div>
    </section>
  );
}
