import { Route } from 'react-router';
import { CatalogueItemPage } from '../../pages/catalogue-item-page';
import { CataloguePage } from '../../pages/catalogue-page';
import { CustomerPage } from '../../pages/customer-page';
import { CustomersPage } from '../../pages/customers-page';
import { InvoicePage } from '../../pages/invoice-page';
import { InvoicesPage } from '../../pages/invoices-page';
import { PublicCustomerPage } from '../../pages/public-customer-page';

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
