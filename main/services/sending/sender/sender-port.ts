/**
 * What the sender needs of the Chorus Pro client (main/services/chorus/), by the client's own method and
 * field names: the client satisfies it as is, and the sender's code reads against the API documentation.
 */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface SupplierInvoiceFound {
  identifiantFactureCPP: number;
  numeroFacture: string;
  statut: string;
  dateHeureEtatCourant?: string | undefined;
  commentaireEtatCourant?: string | undefined;
  numeroFluxDepot?: string | undefined;
  codeDestinataire?: string | undefined;
  dateDepot?: string | undefined;
}

export interface SenderChorus {
  depositFlux(input: { fichierFlux: Uint8Array; nomFichier: string }, options?: CallOptions): Promise<{ numeroFluxDepot: string; dateDepot?: string | undefined }>;
  depositReport(
    input: { numeroFluxDepot: string },
    options?: CallOptions,
  ): Promise<{
    etatCourantDepotFlux: string;
    listeErreurDP: Array<{ numeroDP?: string | undefined; libelleErreurDP?: string | undefined }>;
    listeErreurTechnique: Array<{ codeErreur?: string | undefined; libelleErreur?: string | undefined }>;
  }>;
  eachSupplierInvoice(filter: { numeroFacture?: string; numeroFluxDepot?: string; periodeDateDepotDu?: string }, options?: CallOptions & { pageSize?: number }): AsyncGenerator<SupplierInvoiceFound>;
  invoiceHistory(
    input: { idFacture: number },
    options?: CallOptions,
  ): Promise<{
    statutCourantCode: string;
    historiquesDesStatuts?: { histoStatut: Array<{ histoStatutCode: string; histoStatutDatePassage?: string | undefined; histoStatutCommentaire?: string | undefined }> } | undefined;
  }>;
}

/** A failed call as the client explains it (ChorusError): may a retry help, may it have been done anyway. */
export interface CallFailure {
  code: string;
  message: string;
  isRetryable: boolean;
  mayHaveBeenProcessed: boolean;
  retryAfterMs?: number | undefined;
}

/** The client for the connection in use, or why there is none (credentials missing). */
export type ChorusAccess = { isReady: true; client: SenderChorus & StructureChorus & ActionChorus; probe: () => Promise<boolean> } | { isReady: false; reason: string };

/** What the online structure lookup needs of the client. */
export interface StructureChorus {
  searchStructures(criteria: {
    identifiantStructure?: string;
    typeIdentifiantStructure?: 'SIRET';
    raisonSocialeStructure?: string;
    restreindreStructuresPrivees?: boolean;
  }): Promise<{ items: Array<{ idStructureCPP: number; identifiantStructure: string; designationStructure?: string | undefined }> }>;
  structure(input: { idStructureCPP: number }): Promise<{
    informationGenerales: { raisonSocialeStructure?: string | undefined };
    parametres?:
      | {
          codeServiceDoitEtreRenseigne?: boolean | undefined;
          numeroEJDoitEtreRenseigne?: boolean | undefined;
          gestionNumeroEJOuCodeService?: boolean | undefined;
          statutMiseEnPaiementNestPasRemonte?: boolean | undefined;
        }
      | undefined;
  }>;
  eachService(input: { idStructure: number }, options?: { pageSize?: number }): AsyncGenerator<{ codeService: string; libelleService?: string | undefined; estActif?: boolean | undefined }>;
}

/** What the guided actions on the API path need of the client (SUSPENDUE → completer, A_RECYCLER → recycler). */
export interface ActionChorus {
  addAttachment(input: { pieceJointeFichier: Uint8Array; pieceJointeNom: string; pieceJointeTypeMime?: string }): Promise<{ pieceJointeId: number }>;
  completeInvoice(input: {
    identifiantFactureCPP: number;
    commentaire: string;
    pieceJointeComplementaire?: Array<{ pieceJointeComplementaireId: number; pieceJointeComplementaireDesignation: string }>;
  }): Promise<unknown>;
  recycleInvoice(input: {
    identifiantFactureCPP: number;
    destinataire: { codeDestinataire: string; codeServiceExecutant?: string };
    reference?: { numeroBonCommande?: string };
    commentaire?: string;
  }): Promise<unknown>;
}
