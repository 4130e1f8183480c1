import { systemClock, type Clock } from '../clock';
import { ChorusError } from './chorus-error';
import type { ChorusEndpoints } from './chorus-endpoints';
import type {
  AddAttachmentInput,
  CompleteInvoiceInput,
  DepositFluxInput,
  RecycleInvoiceInput,
  StructureCriteria,
  SubmitInvoiceInput,
  SupplierInvoiceFilter,
} from './chorus-requests';
import { createChorusTransport, type CallOptions } from './chorus-transport';
import { eachItem, pagingParameters, toPage, type Page, type PageRequest } from './paging';
import { createPisteTokens } from './piste-token';
import * as R from './response-schemas';

export interface ChorusCredentials {
  pisteClientId: string;
  pisteClientSecret: string;
  technicalLogin: string;
  technicalPassword: string;
}

export interface ChorusClientOptions {
  endpoints: ChorusEndpoints;
  credentials: ChorusCredentials;
  fetch?: typeof fetch;
  /** Decides when the token is renewed (tests share the simulator's clock). */
  clock?: Clock;
  /** Per call, request and answer; 30 s like OCA. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** A search that found nothing may come back as code 20000 (`TRA_MSG_00.015`, §3.4): read it as an empty page. */
async function orEmptyPage<T>(search: () => Promise<Page<T>>, request: PageRequest | undefined): Promise<Page<T>> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof ChorusError && error.codeRetour === 20000) return toPage<T>([], { total: 0, pages: 0 }, request);
    throw error;
  }
}

/**
 * The Chorus Pro API as a supplier app uses it (chorus-pro-api.md §2, §8). Every method may throw a
 * ChorusError (cause, `isRetryable`, `mayHaveBeenProcessed`); answers keep Chorus Pro's field names.
 */
export function createChorusClient(options: ChorusClientOptions) {
  const clock = options.clock ?? systemClock;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tokens = createPisteTokens({
    tokenUrl: options.endpoints.tokenUrl,
    clientId: options.credentials.pisteClientId,
    clientSecret: options.credentials.pisteClientSecret,
    fetch: fetchFn,
    clock,
    timeoutMs,
  });
  const call = createChorusTransport({
    endpoints: options.endpoints,
    technicalLogin: options.credentials.technicalLogin,
    technicalPassword: options.credentials.technicalPassword,
    tokens,
    fetch: fetchFn,
    clock,
    timeoutMs,
  });

  const client = {
    /** Deposits one invoice file; "received" only: follow it with `depositReport`. Never retry blindly (§6). */
    depositFlux(input: DepositFluxInput, options?: CallOptions): Promise<R.DepositFluxResult> {
      const body = {
        fichierFlux: base64(input.fichierFlux),
        nomFichier: input.nomFichier,
        syntaxeFlux: input.syntaxeFlux ?? 'IN_DP_E2_CII_FACTURX',
        avecSignature: input.avecSignature ?? false,
      };
      return call('factures/v1/deposer/flux', body, R.DepositFluxResponse, options);
    },

    /** The integration report of a deposit: `etatCourantDepotFlux` and, when refused, `listeErreurDP`. */
    depositReport(input: { numeroFluxDepot: string; syntaxeFlux?: string }, options?: CallOptions): Promise<R.DepositReport> {
      return call('transverses/v1/consulterCRDetaille', input, R.DepositReportResponse, options);
    },

    /** One page of the supplier's invoices (by number, by deposit, by status…). */
    searchSupplierInvoices(filter: SupplierInvoiceFilter, page?: PageRequest, options?: CallOptions): Promise<Page<R.SupplierInvoice>> {
      const { triColonne, triSens, ...criteria } = filter;
      const body = { ...criteria, rechercheFactureParFournisseur: { ...pagingParameters(page), ...(triColonne ? { triColonne } : {}), ...(triSens ? { triSens } : {}) } };
      return orEmptyPage(async () => {
        const answer = await call('factures/v1/rechercher/fournisseur', body, R.SupplierSearchResponse, options);
        return toPage(answer.listeFactures, answer.parametresRetour, page);
      }, page);
    },

    /** Every matching invoice, page after page (10 per page unless `pageSize` says otherwise). */
    eachSupplierInvoice(filter: SupplierInvoiceFilter, options: CallOptions & { pageSize?: number } = {}): AsyncGenerator<R.SupplierInvoice> {
      return eachItem((page) => client.searchSupplierInvoices(filter, page, options), options.pageSize);
    },

    /** The status history of one invoice, its current status and each status' comment (reasons). */
    invoiceHistory(input: { idFacture: number; nbResultatsMaximum?: number }, options?: CallOptions): Promise<R.InvoiceHistory> {
      return call('factures/v1/consulter/historique', input, R.InvoiceHistoryResponse, options);
    },

    /** Answers a suspension (status SUSPENDUE) with a comment and attachments. */
    completeInvoice(input: CompleteInvoiceInput, options?: CallOptions): Promise<R.InvoiceActionResult> {
      return call('factures/v1/completer', input, R.InvoiceActionResponse, options);
    },

    /** Re-routes an invoice at A_RECYCLER (recipient, service, engagement), keeping its number. */
    recycleInvoice(input: RecycleInvoiceInput, options?: CallOptions): Promise<R.InvoiceActionResult> {
      return call('factures/v1/recycler', input, R.InvoiceActionResponse, options);
    },

    /** Uploads a file (≤ 10 MB) for `soumettre` or `completer`. */
    addAttachment(input: AddAttachmentInput, options?: CallOptions): Promise<{ pieceJointeId: number }> {
      const extension = input.pieceJointeExtension ?? input.pieceJointeNom.split('.').pop() ?? '';
      const body = {
        pieceJointeFichier: base64(input.pieceJointeFichier),
        pieceJointeNom: input.pieceJointeNom,
        pieceJointeTypeMime: input.pieceJointeTypeMime ?? 'application/pdf',
        pieceJointeExtension: extension.toUpperCase(),
      };
      return call('transverses/v1/ajouter/fichier', body, R.AttachmentResponse, options);
    },

    /** `factures/v1/soumettre` as is. */
    submitInvoice(input: SubmitInvoiceInput, options?: CallOptions): Promise<R.SubmitInvoiceResult> {
      return call('factures/v1/soumettre', input, R.SubmitInvoiceResponse, options);
    },

    /** The fallback without structured data (§2.3): the PDF as main attachment, then `soumettre` in `DEPOT_PDF_API`. */
    async depositPdfInvoice(
      input: { pdf: Uint8Array; nomFichier: string; invoice: Omit<SubmitInvoiceInput, 'modeDepot' | 'pieceJointePrincipale'> },
      options?: CallOptions,
    ): Promise<R.SubmitInvoiceResult & { pieceJointeId: number }> {
      const { pieceJointeId } = await client.addAttachment({ pieceJointeFichier: input.pdf, pieceJointeNom: input.nomFichier }, options);
      const submitted = await client.submitInvoice(
        { ...input.invoice, modeDepot: 'DEPOT_PDF_API', pieceJointePrincipale: [{ pieceJointePrincipaleId: pieceJointeId, pieceJointePrincipaleDesignation: input.nomFichier }] },
        options,
      );
      return { ...submitted, pieceJointeId };
    },

    /** Public structures by SIRET, name, postcode or town. */
    searchStructures(criteria: StructureCriteria, page?: PageRequest, options?: CallOptions): Promise<Page<R.StructureSummary>> {
      const { restreindreStructuresPrivees, ...structure } = criteria;
      const body = { structure, restreindreStructuresPrivees: restreindreStructuresPrivees ?? false, parametres: pagingParameters(page) };
      return orEmptyPage(async () => {
        const answer = await call('structures/v1/rechercher', body, R.StructureSearchResponse, options);
        return toPage(answer.listeStructures, answer.parametresRetour, page);
      }, page);
    },

    /** One structure: its identity, the service / engagement rules, and for one's own the password expiry. */
    structure(input: { idStructureCPP: number }, options?: CallOptions): Promise<R.StructureDetails> {
      return call('structures/v1/consulter', { idStructureCPP: input.idStructureCPP, codeLangue: 'FR' }, R.StructureResponse, options);
    },

    searchServices(input: { idStructure: number }, page?: PageRequest, options?: CallOptions): Promise<Page<R.ServiceSummary>> {
      const body = { idStructure: input.idStructure, parametresRechercherServicesStructure: pagingParameters(page) };
      return orEmptyPage(async () => {
        const answer = await call('structures/v1/rechercher/services', body, R.ServiceSearchResponse, options);
        return toPage(answer.listeServices, answer.parametresRetour, page);
      }, page);
    },

    eachService(input: { idStructure: number }, options: CallOptions & { pageSize?: number } = {}): AsyncGenerator<R.ServiceSummary> {
      return eachItem((page) => client.searchServices(input, page, options), options.pageSize);
    },

    /** One service: whether it requires an engagement number, whether payment is reported. */
    service(input: { idStructure: number; idService: number }, options?: CallOptions): Promise<R.ServiceDetails> {
      return call('structures/v1/consulter/service', { ...input, codeLangue: 'FR' }, R.ServiceResponse, options);
    },

    /** The structures the technical account is attached to: the connection test, and the supplier's own id. */
    async myStructures(page?: PageRequest, options?: CallOptions): Promise<Page<R.AttachedStructure>> {
      const answer = await call('utilisateurs/v1/monCompte/recuperer/rattachements', { parametresRecherche: pagingParameters(page) }, R.AttachmentsResponse, options);
      return toPage(answer.structures, answer.parametresRetour, page);
    },

    /** The supplier's bank accounts Chorus Pro accepts (`codeCoordonneesBancairesFournisseur` of soumettre). */
    async validBankAccounts(input: { idStructure: number }, options?: CallOptions): Promise<R.BankAccount[]> {
      return (await call('transverses/v1/recuperer/coordbanc/valides', input, R.BankAccountsResponse, options)).listeCoordonneeBancaire;
    },

    /** The directory of public recipients: a ZIP archive (§5). */
    async downloadDirectory(options?: CallOptions): Promise<Uint8Array> {
      const answer = await call('transverses/v1/telecharger/annuaire/destinataire', {}, R.DirectoryResponse, options);
      return new Uint8Array(Buffer.from(answer.fichierResultat, 'base64'));
    },

    /** Token requests made so far (diagnostics and tests). */
    get tokenRequests(): number {
      return tokens.requestCount;
    },
  };
  return client;
}

export type ChorusClient = ReturnType<typeof createChorusClient>;
export type { CallOptions } from './chorus-transport';
export type { Page, PageRequest } from './paging';
