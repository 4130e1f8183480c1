import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useChannelQuery } from '../api/queries';
import { LoadState } from '../features/invoicing/components/load-state';
import { CustomerForm } from '../features/invoicing/customers/customer-form';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** /clients/nouveau and /clients/:id: the customer form, then the link to invoice this customer. */
export function CustomerPage() {
  const { id } = useParams();
  const customerId = id && /^\d+$/.test(id) ? Number(id) : null;
  return customerId === null ? <NewCustomer /> : <EditCustomer id={customerId} />;
}

function NewCustomer() {
  usePageTitle(t('customers.newTitle'));
  const navigate = useNavigate();
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/clients">{t('common.backToList')}</Link></p>
      <h1 id="page-title">{t('customers.newTitle')}</h1>
      <CustomerForm customer={null} onSaved={(customer) => navigate(`/clients/${customer.id}`, { replace: true, state: { isJustSaved: true } })} />
    </section>
  );
}

function EditCustomer({ id }: { id: number }) {
  const customer = useChannelQuery('customers:get', { id });
  const location = useLocation();
  const isJustSaved = (location.state as { isJustSaved?: boolean } | null)?.isJustSaved === true;
  const title = customer.data ? t('customers.editTitle', { name: customer.data.legalName }) : t('customers.title');
  usePageTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasValue = Boolean(customer.data);
  useEffect(() => {
    // Arriving from a creation: the form was replaced, so tell where we are.
    if (hasValue && isJustSaved) headingRef.current?.focus();
  }, [hasValue, isJustSaved]);
  return (
    <section aria-labelledby="page-title">
      <p><Link to="/clients">{t('common.backToList')}</Link></p>
      <h1 id="page-title" ref={headingRef} tabIndex={-1}>{title}</h1>
      <LoadState isLoading={customer.isPending} error={customer.error} />
      {customer.data ? (
        <>
          <p>
            <Link className="button" to={`/factures/nouvelle?client=${customer.data.id}`}>{t('customers.newInvoice')}</Link>
          </p>
          <CustomerForm
            key={customer.data.id}
            customer={customer.data}
            onSaved={() => undefined}
            initialStatus={isJustSaved ? { kind: 'saved', message: t('customers.saved') } : null}
          />
        </>
      ) : null}
    </section>
  );
}
