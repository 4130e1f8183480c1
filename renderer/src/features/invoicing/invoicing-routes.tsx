import { Route } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

const CatalogueItemPage = lazyPage(() => import('../../pages/catalogue-item-page'), 'CatalogueItemPage');
const CataloguePage = lazyPage(() => import('../../pages/catalogue-page'), 'CataloguePage');
const CustomerPage = lazyPage(() => import('../../pages/customer-page'), 'CustomerPage');
const CustomersPage = lazyPage(() => import('../../pages/customers-page'), 'CustomersPage');
const InvoicePage = lazyPage(() => import('../../pages/invoice-page'), 'InvoicePage');
const InvoicesPage = lazyPage(() => import('../../pages/invoices-page'), 'InvoicesPage');
const PublicCustomerPage = lazyPage(() => import('../../pages/public-customer-page'), 'PublicCustomerPage');

/**
 * The invoicing routes, as a fragment <Routes> flattens: app.tsx stays a one-line change for issue 3.
 * A function, not a component: <Routes> only reads <Route> elements and fragments among its children.
 */
export function invoicingRoutes() {
  return (
    <>
      <Route path="/clients" element={<CustomersPage />} />
      <Route path="/clients/nouveau" element={<CustomerPage />} />
      <Route path="/clients/annuaire" element={<PublicCustomerPage />} />
      <Route path="/clients/:id" element={<CustomerPage />} />
      <Route path="/catalogue" element={<CataloguePage />} />
      <Route path="/catalogue/nouveau" element={<CatalogueItemPage />} />
      <Route path="/catalogue/:id" element={<CatalogueItemPage />} />
      <Route path="/factures" element={<InvoicesPage />} />
      <Route path="/factures/nouvelle" element={<InvoicePage />} />
      <Route path="/factures/:id" element={<InvoicePage />} />
    </>
  );
}
