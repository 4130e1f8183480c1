import { Link } from 'react-router';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { t, tp } from '../../../i18n/t';
import { explainMessage } from '../../../forms/issue-messages';
import { findingLabel, findingNoun } from './finding-nouns';
import { findingTarget } from './finding-targets';

type Finding = InvoiceDetail['findings'][number];

export const FINDINGS_TITLE_ID = 'findings-title';

/** Blocking points first; each keeps its index in the backend's list, which its id is built from. */
function blockingFirst(findings: readonly Finding[]): Array<{ finding: Finding; index: number }> {
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return [...indexed.filter(({ finding }) => finding.severity === 'error'), ...indexed.filter(({ finding }) => finding.severity !== 'error')];
}

/**
 * A finding as the user reads it: the check's own French sentence, or, for zod's generic texts
 * (« Entrée invalide : objet attendu, indéfini reçu »), a sentence built for the field and its line.
 */
export function findingText(finding: Pick<Finding, 'field' | 'message'>): string {
  return explainMessage(finding.message, findingNoun(finding.field));
}

/** The id of a finding's message, which the control it concerns points to with aria-describedby. */
export function findingId(index: number): string {
  return `finding-${index}`;
}

interface FindingsPanelProps {
  findings: readonly Finding[] | null;
  customerId: number | null;
  /** A credit note's means are the refund's: its findings lead to « Remboursement du client ». */
  isCreditNote?: boolean;
  onFocusField: (name: string) => void;
}

/**
 * What stands between the draft and issuing, in plain French, each with the way to fix it: a button that
 * puts focus on the control, or a link to Réglages / the customer's form when the value lives there.
 */
export function FindingsPanel({ findings, customerId, isCreditNote = false, onFocusField }: FindingsPanelProps) {
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (findings?.length ?? 0) - errors;
  return (
    <section className={`card findings${errors > 0 ? ' has-errors' : ''}`} aria-labelledby={FINDINGS_TITLE_ID}>
      <h2 id={FINDINGS_TITLE_ID} tabIndex={-1}>{t('editor.findingsTitle')}</h2>
      {findings === null ? <p>{t('editor.findingsUnsaved')}</p> : null}
      {findings && findings.length === 0 ? <p className="form-status saved">{t('editor.findingsNone')}</p> : null}
      {findings && findings.length > 0 ? (
        <>
          <p>{t('editor.findingsCount', { errors: tp('editor.findingsErrors', errors), warnings: tp('editor.findingsWarnings', warnings) })}</p>
          <ul className="finding-list">
            {blockingFirst(findings).map(({ finding, index }) => (
              <li key={`${finding.code}-${finding.field}-${index}`} className={`finding finding-${finding.severity}`}>
                <span className={`badge ${finding.severity === 'error' ? 'badge-late' : 'badge-soon'}`}>
                  {t(finding.severity === 'error' ? 'editor.finding.error' : 'editor.finding.warning')}
                </span>
                <FindingMessage id={findingId(index)} finding={finding} />
                <FindingAction field={finding.field} customerId={customerId} isCreditNote={isCreditNote} onFocusField={onFocusField} describedById={findingId(index)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The message, with its field named first when the message does not say where it is. */
function FindingMessage({ id, finding }: { id: string; finding: Finding }) {
  const label = findingLabel(finding.field);
  return (
    <span id={id} className="finding-message">
      {label ? <span className="finding-field">{label} :</span> : null} {findingText(finding)}
    </span>
  );
}

interface FindingActionProps {
  field: string;
  customerId: number | null;
  isCreditNote: boolean;
  onFocusField: (name: string) => void;
  describedById: string;
}

function FindingAction({ field, customerId, isCreditNote, onFocusField, describedById }: FindingActionProps) {
  const target = findingTarget(field, isCreditNote);
  if (!target) return null;
  if (target.kind === 'settings') {
    return <Link className="finding-link" to="/reglages?section=entreprise" aria-describedby={describedById}>{t('editor.finding.toSettings')}</Link>;
  }
  if (target.kind === 'customer') {
    if (customerId === null) return null;
    return <Link className="finding-link" to={`/clients/${customerId}`} aria-describedby={describedById}>{t('editor.finding.toCustomer')}</Link>;
  }
  return (
    <button type="button" className="button small" onClick={() => onFocusField(target.name)} aria-describedby={describedById}>
      {t('editor.finding.toField')}
    </button>
  );
}
