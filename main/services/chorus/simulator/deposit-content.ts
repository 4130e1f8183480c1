import { embeddedInvoiceXml } from './factur-x-reader';
import { readInvoiceFacts, type InvoiceFacts } from './invoice-facts';

/** The syntaxes of `deposer/flux` Chorus Pro knows (chorus-pro-api.md §2.1); the simulator reads the first three. */
export const KNOWN_SYNTAXES = new Set([
  'IN_DP_E2_CII_FACTURX',
  'IN_DP_E1_UBL_INVOICE',
  'IN_DP_E1_CII_16B',
  'IN_DP_E1_CII',
  'IN_DP_E1_XCBL',
  'IN_DP_E1_PES_FACTURE',
  'IN_DP_E2_UBL_INVOICE_MIN',
  'IN_DP_E2_CII_MIN_16B',
  'IN_DP_E2_CII_MIN',
  'IN_DP_E2_CPP_FACTURE_MIN',
  'IN_DP_E2_PES_FACTURE_MIN',
  'IN_DP_E3_UBL_INVOICE',
]);

export type ContentReading = { facts: InvoiceFacts } | { error: string };

/** The invoice inside a deposited file, read according to its declared syntax, or why it cannot be read. */
export function readDepositedInvoice(file: Buffer, syntaxeFlux: string): ContentReading {
  if (syntaxeFlux === 'IN_DP_E2_CII_FACTURX') {
    if (file.subarray(0, 5).toString('latin1') !== '%PDF-') return { error: 'Le fichier déposé en IN_DP_E2_CII_FACTURX n’est pas un PDF.' };
    const xml = embeddedInvoiceXml(file);
    if (xml === null) return { error: 'Le PDF déposé ne contient pas de fichier factur-x.xml lisible : ce n’est pas une facture Factur-X.' };
    const facts = readInvoiceFacts(xml);
    return facts?.syntax === 'CII' ? { facts } : { error: 'Le fichier factur-x.xml joint au PDF n’est pas une facture CII (CrossIndustryInvoice).' };
  }
  if (syntaxeFlux === 'IN_DP_E1_UBL_INVOICE' || syntaxeFlux === 'IN_DP_E1_CII_16B') {
    const expected = syntaxeFlux === 'IN_DP_E1_UBL_INVOICE' ? 'UBL' : 'CII';
    const facts = readInvoiceFacts(file.toString('utf8'));
    return facts?.syntax === expected ? { facts } : { error: `Le fichier déposé n’est pas une facture ${expected} conforme à la syntaxe ${syntaxeFlux}.` };
  }
  return { error: `Le simulateur ne sait pas lire la syntaxe ${syntaxeFlux} ; déposez un Factur-X, un CII ou un UBL.` };
}
