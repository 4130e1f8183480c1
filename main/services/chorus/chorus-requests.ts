/**
 * What the client's calls take, with Chorus Pro's own field names (chorus-pro-api.md §2) so the code that
 * builds them can be read against the documentation. Files are bytes: the client encodes them in base64.
 */

/** Factur-X by default; UBL and CII XML as options (§2.1). */
export type FluxSyntax = 'IN_DP_E2_CII_FACTURX' | 'IN_DP_E1_UBL_INVOICE' | 'IN_DP_E1_CII_16B';

export interface DepositFluxInput {
  fichierFlux: Uint8Array;
  /** ≤ 200 characters, with its extension. */
  nomFichier: string;
  syntaxeFlux?: FluxSyntax;
  avecSignature?: boolean;
}

export interface SupplierInvoiceFilter {
  numeroFacture?: string;
  numeroFluxDepot?: string;
  statutCourant?: string[];
  idFournisseur?: number;
  periodeDateDepotDu?: string;
  periodeDateDepotAu?: string;
  periodeDateFactureDu?: string;
  periodeDateFactureAu?: string;
  typeFacture?: 'FACTURE' | 'AVOIR';
  triColonne?: string;
  triSens?: 'Ascendant' | 'Descendant';
}

export interface AttachmentRef {
  pieceJointeComplementaireId: number;
  pieceJointeComplementaireDesignation: string;
  pieceJointeComplementaireType?: string;
}

export interface CompleteInvoiceInput {
  identifiantFactureCPP: number;
  commentaire: string;
  pieceJointeComplementaire?: AttachmentRef[];
}

export interface RecycleInvoiceInput {
  identifiantFactureCPP: number;
  destinataire: { codeDestinataire: string; codeServiceExecutant?: string };
  reference?: { numeroBonCommande?: string; numeroMarche?: string };
  commentaire?: string;
}

export interface AddAttachmentInput {
  pieceJointeFichier: Uint8Array;
  /** ≤ 50 characters, with an allowed extension (PDF, XML, JPG, PNG, ZIP…). */
  pieceJointeNom: string;
  pieceJointeTypeMime?: string;
  pieceJointeExtension?: string;
}

/** `factures/v1/soumettre` (§2.3); amounts are decimals as JSON numbers. */
export interface SubmitInvoiceInput {
  modeDepot: 'DEPOT_PDF_API' | 'DEPOT_PDF_SIGNE_API' | 'SAISIE_API';
  numeroFactureSaisi: string;
  dateFacture?: string;
  commentaire?: string;
  destinataire: { codeDestinataire: string; codeServiceExecutant?: string };
  fournisseur: { idFournisseur: number; idServiceFournisseur?: number; codeCoordonneesBancairesFournisseur?: number };
  cadreDeFacturation: { codeCadreFacturation: string; codeStructureValideur?: string; codeServiceValideur?: string };
  references: {
    deviseFacture: string;
    typeFacture: 'FACTURE' | 'AVOIR';
    typeTva: 'TVA_SUR_DEBIT' | 'TVA_SUR_ENCAISSEMENT' | 'EXONERATION' | 'SANS_TVA';
    motifExonerationTva?: string;
    numeroMarche?: string;
    numeroBonCommande?: string;
    numeroFactureOrigine?: string;
    modePaiement: 'CHEQUE' | 'PRELEVEMENT' | 'VIREMENT' | 'ESPECE' | 'AUTRE' | 'REPORT';
  };
  montantTotal: { montantHtTotal: number; montantTVA: number; montantTtcTotal: number; montantAPayer: number; montantRemiseGlobaleTTC?: number; motifRemiseGlobaleTTC?: string };
  ligneTva?: Array<{ ligneTvaMontantBaseHtParTaux: number; ligneTvaMontantTvaParTaux: number; ligneTvaTaux?: string; ligneTvaTauxManuel?: number }>;
  lignePoste?: Array<Record<string, string | number>>;
  pieceJointePrincipale?: Array<{ pieceJointePrincipaleId: number; pieceJointePrincipaleDesignation: string }>;
  pieceJointeComplementaire?: AttachmentRef[];
}

export interface StructureCriteria {
  identifiantStructure?: string;
  typeIdentifiantStructure?: 'SIRET' | 'UE_HORS_FRANCE' | 'HORS_UE' | 'RIDET' | 'TAHITI' | 'AUTRE' | 'PARTICULIER';
  raisonSocialeStructure?: string;
  adresseCodePostal?: string;
  adresseVille?: string;
  /** Public structures only (the buyers a supplier invoices). */
  restreindreStructuresPrivees?: boolean;
}
