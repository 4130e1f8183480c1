import { useState } from 'react';
import type { ChorusConnectionView } from '@shared/chorus/connection-settings';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { t } from '../../i18n/t';
import { PasswordRenewalStatus } from './password-renewal-status';

type SecretName = 'pisteClientSecret' | 'technicalPassword';

/** Which secrets are saved ("enregistré", never the value), where they are kept, and a way to forget them. */
export function SecretsSummary({ view, onForget }: { view: ChorusConnectionView; onForget: (secret: SecretName) => Promise<void> }) {
  const [pending, setPending] = useState<SecretName | null>(null);
  const rows: ReadonlyArray<{ name: SecretName; label: string; isSaved: boolean }> = [
    { name: 'pisteClientSecret', label: t('chorus.pisteClientSecret'), isSaved: view.hasPisteClientSecret },
    { name: 'technicalPassword', label: t('chorus.technicalPassword'), isSaved: view.hasTechnicalPassword },
  ];
  return (
    <section className="secrets-summary" aria-labelledby="secrets-title">
      <h3 id="secrets-title">{t('chorus.secretsTitle')}</h3>
      <p>{view.secretStorage === 'os-keychain' ? t('chorus.storage.keychain') : t('chorus.storage.encryptedFile')}</p>
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.name} className="secret-row">
            <span>
              {row.label} : <strong data-testid={`secret-${row.name}`}>{row.isSaved ? t('chorus.secretSaved') : t('chorus.secretMissing')}</strong>
            </span>
            {row.isSaved ? (
              <button type="button" className="button small" onClick={() => setPending(row.name)}>
                {t('chorus.forget', { what: row.label.toLowerCase() })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <PasswordRenewalStatus hasPassword={view.hasTechnicalPassword} savedOn={view.technicalPasswordSavedOn} />
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('chorus.forgetTitle')}
        message={t('chorus.forgetMessage')}
        confirmLabel={t('chorus.forgetConfirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const name = pending;
          setPending(null);
          if (name) void onForget(name);
        }}
      />
    </section>
  );
}
