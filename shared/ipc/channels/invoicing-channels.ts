/** Customers, catalogue, invoices, credit notes and payments (issue 3). */
export const invoicingChannels = {} as const;
