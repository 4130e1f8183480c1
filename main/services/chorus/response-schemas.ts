import { z } from 'zod';
import { amount, code, dateText, flag, int, list, optional, PageInfo } from './tolerant-schemas';

/**
 * The answers of the calls the client makes, with Chorus Pro's own field names (chorus-pro-api.md §2),
 * read with the tolerant blocks of tolerant-schemas.ts. Only what a supplier app uses is declared; the
 * rest of each answer is ignored.
 */

const text = optional(z.string());

export const DepositFluxResponse = z.object({
  numeroFluxDepot: z.string().min(1),
  dateDepot: optional(dateText),
  syntaxeFlux: text,
});

export const DepositReportResponse = z.object({
  etatCourantDepotFlux: code,
  dateDepotFlux: optional(dateText),
  dateHeureEtatCourantFlux: optional(dateText),
  codeInterfaceDepotFlux: text,
  nomFichier: text,
  listeErreurDP: list(
    z.object({
      numeroDP: text,
      identifiantFournisseur: text,
      identifiantDestinataire: text,
      libelleErreurDP: text,
    }),
  ),
  listeErreurTechnique: list(z.object({ codeErreur: text, libelleErreur: text, natureErreur: text })),
});

export const SupplierInvoice = z.object({
  identifiantFactureCPP: int,
  numeroFacture: z.string(),
  statut: code,
  dateDepot: optional(dateText),
  dateFacture: optional(dateText),
  dateHeureEtatCourant: optional(dateText),
  commentaireEtatCourant: text,
  codeDestinataire: text,
  designationDestinataire: text,
  codeServiceExecutant: text,
  nomServiceExecutant: text,
  montantHT: optional(amount),
  montantTTC: optional(amount),
  montantAPayer: optional(amount),
  numeroFluxDepot: text,
  numeroBonCommande: text,
  numeroMarche: text,
  modeDepot: text,
  typeFacture: text,
  rejetTraite: optional(flag),
});

export const SupplierSearchResponse = z.object({ listeFactures: list(SupplierInvoice), parametresRetour: optional(PageInfo) });

const HistoryEntry = z.object({
  histoStatutCode: code,
  histoStatutDatePassage: optional(dateText),
  histoStatutCommentaire: text,
  histoStatutUtilisateurNom: text,
  histoStatutUtilisateurPrenom: text,
  histoStatutUtilisateurEmail: text,
  histoStatutUtilisateurTelephone: text,
});

export const InvoiceHistoryResponse = z.object({
  idFacture: optional(int),
  numeroFacture: text,
  statutCourantCode: code,
  modeDepot: text,
  historiquesDesStatuts: optional(z.object({ histoStatut: list(HistoryEntry) })),
});

export const InvoiceActionResponse = z.object({
  identifiantFactureCPP: optional(int),
  numeroFacture: text,
  statutFacture: optional(code),
  dateTraitement: optional(dateText),
  dateDepot: optional(dateText),
});

export const AttachmentResponse = z.object({ pieceJointeId: int });

export const SubmitInvoiceResponse = z.object({
  identifiantFactureCPP: int,
  numeroFacture: text,
  dateDepot: optional(dateText),
  statutFacture: optional(code),
  identifiantStructure: text,
  empreinteCertificatDepot: text,
});

export const StructureSearchResponse = z.object({
  listeStructures: list(
    z.object({
      idStructureCPP: int,
      identifiantStructure: z.string(),
      designationStructure: text,
      typeIdentifiantStructure: text,
      statut: text,
    }),
  ),
  parametresRetour: optional(PageInfo),
});

export const StructureResponse = z.object({
  informationGenerales: z.object({
    idStructureCPP: int,
    identifiantStructure: z.string(),
    typeIdentifiantStructure: text,
    raisonSocialeStructure: text,
    libelleStructure: text,
    numeroTVA: text,
    emailStructure: text,
    structurePriveePublique: text,
    dateExpirationMotPasseCompteTech: optional(dateText),
  }),
  adressePostaleDuSiege: optional(
    z.object({ adresse: text, complementAdresse1: text, codePostal: text, ville: text, pays: text }),
  ),
  parametres: optional(
    z.object({
      codeServiceDoitEtreRenseigne: optional(flag),
      numeroEJDoitEtreRenseigne: optional(flag),
      gestionNumeroEJOuCodeService: optional(flag),
      statutMiseEnPaiementNestPasRemonte: optional(flag),
      connexionEDI: optional(flag),
      recevoirDonneesViaEDI: optional(flag),
      estMoaUniquement: optional(flag),
    }),
  ),
});

export const ServiceSearchResponse = z.object({
  listeServices: list(
    z.object({
      idService: int,
      codeService: z.string(),
      libelleService: text,
      estActif: optional(flag),
      statutService: text,
      dateDbtService: optional(dateText),
      dateFinService: optional(dateText),
    }),
  ),
  parametresRetour: optional(PageInfo),
});

export const ServiceResponse = z.object({
  informationsGenerales: z.object({ codeService: z.string(), nomService: text, descriptionService: text }),
  parametres: optional(
    z.object({
      numeroEngagement: optional(flag),
      miseEnPaiement: optional(flag),
      dateDebutValidite: optional(dateText),
      dateFinValidite: optional(dateText),
    }),
  ),
});

const Attachment = z.object({
  idStructure: int,
  identifiantStructure: z.string(),
  designationStructure: text,
  typeIdentifiantStructure: text,
  roleUtilisateur: text,
  statutRattachementStructure: text,
});

/** Open question §9.8: go-choruspro reads `listeStructureRattachement`, another client `listeRattachements`. */
export const AttachmentsResponse = z
  .object({
    listeStructureRattachement: optional(list(Attachment)),
    listeRattachements: optional(list(Attachment)),
    parametresRetour: optional(PageInfo),
  })
  .transform(({ listeStructureRattachement, listeRattachements, parametresRetour }) => ({
    structures: [...(listeStructureRattachement ?? []), ...(listeRattachements ?? [])],
    parametresRetour,
  }));

export const BankAccountsResponse = z.object({
  listeCoordonneeBancaire: list(z.object({ idCoordonneeBancaire: int, nomCoordonneeBancaire: text })),
});

export const DirectoryResponse = z.object({ fichierResultat: z.string().min(1) });

export type DepositFluxResult = z.output<typeof DepositFluxResponse>;
export type DepositReport = z.output<typeof DepositReportResponse>;
export type SupplierInvoice = z.output<typeof SupplierInvoice>;
export type InvoiceHistory = z.output<typeof InvoiceHistoryResponse>;
export type InvoiceActionResult = z.output<typeof InvoiceActionResponse>;
export type SubmitInvoiceResult = z.output<typeof SubmitInvoiceResponse>;
export type StructureSummary = z.output<typeof StructureSearchResponse>['listeStructures'][number];
export type StructureDetails = z.output<typeof StructureResponse>;
export type ServiceSummary = z.output<typeof ServiceSearchResponse>['listeServices'][number];
export type ServiceDetails = z.output<typeof ServiceResponse>;
export type AttachedStructure = z.output<typeof AttachmentsResponse>['structures'][number];
export type BankAccount = z.output<typeof BankAccountsResponse>['listeCoordonneeBancaire'][number];
