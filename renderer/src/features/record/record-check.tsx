import { useState } from 'react';
import type { RecordVerification } from '@shared/record/record-verification';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { t } from '../../i18n/t';

const FRENCH_PLURAL = new Intl.PluralRules('fr');

/** The head of the chain, shown as backups and exports write it: a number and the start of a hash. */
export function ChainHeadLine() {
  const head = useChannelQuery('journal:head', {}).data;
  if (!head) return null;
  return (
    <p className="muted" data-testid="chain-head">
      {t('record.head', { seq: head.seq })} <code title={head.hash}>{head.hash.slice(0, 16)}…</code>
    </p>
  );
}

/**
 * « Vérifier le registre »: the whole record checked both ways (journal:verify), every finding listed with
 * its piece and field, not only the first. Used in Réglages and beside an invoice's journal.
 */
export function RecordCheck() {
  const check = useChannelMutation('journal:verify');
  const [result, setResult] = useState<RecordVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isChecking = check.isPending;

  async function verify() {
    const answer = await check.mutateAsync({});
    setResult(answer.ok ? answer.value : null);
    setError(answer.ok ? null : answer.error.message);
  }

  const errors = result?.findings.filter((finding) => finding.severity === 'error').length ?? 0;
  return (
    <div className="record-check">
      <button type="button" className="button" onClick={() => void verify()} disabled={isChecking} aria-busy={isChecking}>
        {isChecking ? t('record.checking') : t('record.verify')}
      </button>
      <div role={error || errors > 0 ? 'alert' : 'status'} data-testid="record-result">
        {error ? <p className="form-status error">{error}</p> : null}
        {result ? (
          <>
            <p className={`form-status ${result.isIntact ? 'saved' : 'error'}`}>
              {result.isIntact
                ? t('record.intact', { events: result.checkedEvents, pieces: result.checkedPieces })
                : t(FRENCH_PLURAL.select(errors) === 'one' ? 'record.altered.one' : 'record.altered.other', { count: errors })}
            </p>
            {result.findings.length > 0 ? (
              <ul className="record-findings">
                {result.findings.map((finding, index) => (
                  <li key={index} className={finding.severity}>
                    <strong>{finding.piece}</strong>
                    {finding.field ? <> ({t('record.field', { field: finding.field })})</> : null} : {finding.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
