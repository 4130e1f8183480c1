import { useChannelQuery } from '../../../api/queries';
import { t } from '../../../i18n/t';

const kindLabel = (kind: string) => (kind === 'pdf' || kind === 'cii' || kind === 'ubl' ? t(`files.kind.${kind}`) : kind);

/**
 * « Conforme EN 16931 », and on what it rests: the pre-issue checks found no error (or the invoice could
 * not have been issued) and invoices:verifyFiles found the stored files to be those issued: produced again
 * byte for byte when this version's layout made them, else their SHA-256 equal to the journal's at issue.
 * The hint says which check was done. It says so only once the check has run; any difference is a warning.
 */
export function FilesCheck({ invoiceId }: { invoiceId: number }) {
  // Run once per visit (no cache to trust: the point is to read the stored bytes now).
  const check = useChannelQuery('invoices:verifyFiles', { id: invoiceId }, { staleTime: 0, gcTime: 0, retry: false, refetchOnWindowFocus: false });
  const isChecking = check.isFetching;
  const result = isChecking ? undefined : check.data;
  const failure = isChecking ? null : check.error;
  return (
    <div className="files-check">
      {/* Always present, so the outcome of the check is announced when it replaces the progress text. */}
      <div role="status" aria-busy={isChecking}>
        {isChecking ? (
          <p className="files-checking">
            <progress aria-label={t('files.checking')} />
            <span>{t('files.checking')}</span>
          </p>
        ) : null}
        {result?.isIdentical ? (
          <>
            <p className="compliance-ok">
              <span aria-hidden="true">✓ </span>
              <span>{t('files.compliant')}</span>
            </p>
            {/* Which check was done: bytes produced again, or the stored files against the journal's hashes. */}
            <p className="muted small" data-testid="files-check-method">
              {result.method === 'regenerated' ? t('files.compliantHint') : t('files.compliantHashesHint')}
            </p>
          </>
        ) : null}
      </div>
      {result && !result.isIdentical ? (
        <p role="alert" className="warning">
          {t(result.method === 'regenerated' ? 'files.notIdentical' : 'files.notRecorded', { kinds: result.differing.map(kindLabel).join(', ') })}
        </p>
      ) : null}
      {failure ? <p role="alert" className="form-status error">{t('files.verifyError', { message: failure.message })}</p> : null}
      {(result && !result.isIdentical) || failure ? (
        <button type="button" className="button" onClick={() => void check.refetch()}>
          {t('files.verifyAgain')}
        </button>
      ) : null}
    </div>
  );
}
