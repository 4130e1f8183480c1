import { useCallback, useEffect, useState } from 'react';
import { useBridge } from '../../../api/client';
import { t } from '../../../i18n/t';

type Check =
  | { kind: 'checking' }
  | { kind: 'identical' }
  | { kind: 'different'; differing: string[] }
  | { kind: 'failed'; message: string };

const kindLabel = (kind: string) => (kind === 'pdf' || kind === 'cii' || kind === 'ubl' ? t(`files.kind.${kind}`) : kind);

/**
 * « Conforme EN 16931 », and on what it rests: the pre-issue checks found no error (or the invoice could
 * not have been issued) and invoices:verifyFiles, which produces the files again from the frozen document,
 * finds every byte identical. It says so only once the check has run; any difference is a clear warning.
 */
export function FilesCheck({ invoiceId }: { invoiceId: number }) {
  const bridge = useBridge();
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void bridge.invoke('invoices:verifyFiles', { id: invoiceId }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) setCheck({ kind: 'failed', message: result.error.message });
      else setCheck(result.value.isIdentical ? { kind: 'identical' } : { kind: 'different', differing: result.value.differing });
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, invoiceId, generation]);

  const again = useCallback(() => {
    setCheck({ kind: 'checking' });
    setGeneration((g) => g + 1);
  }, []);

  const isChecking = check.kind === 'checking';
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
        {check.kind === 'identical' ? (
          <>
            <p className="compliance-ok">
              <span aria-hidden="true">✓ </span>
              <span>{t('files.compliant')}</span>
            </p>
            <p className="muted small">{t('files.compliantHint')}</p>
          </>
        ) : null}
      </div>
      {check.kind === 'different' ? (
        <p role="alert" className="warning">{t('files.notIdentical', { kinds: check.differing.map(kindLabel).join(', ') })}</p>
      ) : null}
      {check.kind === 'failed' ? <p role="alert" className="form-status error">{t('files.verifyError', { message: check.message })}</p> : null}
      {check.kind === 'different' || check.kind === 'failed' ? (
        <button type="button" className="button" onClick={again}>
          {t('files.verifyAgain')}
        </button>
      ) : null}
    </div>
  );
}
