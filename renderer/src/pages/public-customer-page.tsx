import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DirectoryStructure } from '@shared/public-directory/public-directory';
import { useBridge } from '../api/client';
import { CustomerForm } from '../features/invoicing/customers/customer-form';
import { DirectorySearchBox } from '../features/public-directory/directory-search-box';
import { valuesOfStructure } from '../features/public-directory/structure-to-customer';
import { useDirectoryStatus } from '../features/public-directory/use-directory-status';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** /clients/annuaire: « Ajouter un client public »: search the directory, pick, check the filled form, save. */
export function PublicCustomerPage() {
  usePageTitle(t('directory.addPublicTitle'));
  const bridge = useBridge();
  const navigate = useNavigate();
  const status = useDirectoryStatus();
  const [structure, setStructure] = useState<DirectoryStructure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  async function pick(siret: string) {
    setError(null);
    const result = await bridge.invoke('directory:structure', { siret });
    if (!result.ok) return setError(result.error.message);
    setStructure(result.value);
    // The form below was just filled: take the user there, and say so.
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  const isEmpty = status.value ? status.value.current === null : false;
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/clients">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{t('directory.addPublicTitle')}</h1>
      <p>{t('directory.addPublicIntro')}</p>
      {isEmpty ? (
        <p className="notice" role="note">
          {t('directory.empty')} <Link to="/reglages?section=annuaire">{t('directory.openSettings')}</Link>
        </p>
      ) : null}
      <DirectorySearchBox onPick={(siret) => void pick(siret)} isDirectoryEmpty={isEmpty} />
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {structure ? (
        <>
          <h2 ref={formHeading} tabIndex={-1}>{structure.name}</h2>
          <p role="status">{t('directory.picked')}</p>
          <CustomerForm
            key={structure.siret}
            customer={null}
            initialValues={valuesOfStructure(structure)}
            onSaved={(customer) => navigate(`/clients/${customer.id}`, { replace: true, state: { isJustSaved: true } })}
          />
        </>
      ) : null}
    </section>
  );
}
