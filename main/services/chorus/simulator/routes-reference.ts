import { strToU8, zipSync } from 'fflate';
import type { Route, RouteContext } from './route-context';
import { base64File, integer, object, paginate, parisDate, refuse, text } from './simulator-http';
import type { SimStructure } from './simulator-directory';

const ATTACHMENT_EXTENSIONS = new Set(['PDF', 'XML', 'JPG', 'JPEG', 'PNG', 'ZIP', 'DOC', 'DOCX', 'XLS', 'XLSX', 'ODT', 'ODS', 'CSV', 'TXT', 'TIFF', 'BMP', 'GIF', 'HTML', 'P7S', 'RTF', 'PPT', 'PPTX', 'ODP', 'XHTML']);
const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

function structure(context: RouteContext, id: number): SimStructure {
  const found = context.directory.byId(id);
  if (!found) throw refuse(20000, `La structure ${id} n’existe pas.`);
  return found;
}

/** The directory export: a ZIP holding one CSV (its real columns are unknown, chorus-pro-api.md §5 and §9.2). */
function directoryZip(context: RouteContext): Uint8Array {
  const rows = context.directory.publicBuyers().map((s) =>
    [
      s.siret,
      s.name,
      s.postcode,
      s.city,
      s.codeServiceDoitEtreRenseigne,
      s.numeroEJDoitEtreRenseigne,
      s.gestionNumeroEJOuCodeService,
      s.statutMiseEnPaiementNestPasRemonte,
      s.services.filter((service) => service.estActif).map((service) => service.codeService).join('|'),
    ].join(';'),
  );
  const header = 'Identifiant;Raison sociale;Code postal;Ville;Code service obligatoire;Engagement obligatoire;Code service ou engagement;Mise en paiement non remontée;Services';
  return zipSync({ 'annuaire-destinataires.csv': strToU8([header, ...rows].join('\r\n')) }, { mtime: new Date('2026-01-01T00:00:00Z') });
}

export const referenceRoutes: Record<string, Route> = {
  'structures/v1/rechercher': (body, context) => {
    const criteria = object(body, 'structure');
    const found = context.directory.search(
      {
        identifiantStructure: text(criteria, 'identifiantStructure'),
        raisonSocialeStructure: text(criteria, 'raisonSocialeStructure'),
        adresseCodePostal: text(criteria, 'adresseCodePostal'),
        adresseVille: text(criteria, 'adresseVille'),
      },
      body.restreindreStructuresPrivees === true,
    );
    const { page, parametresRetour } = paginate(found, object(body, 'parametres'));
    return {
      listeStructures: page.map((s) => ({ idStructureCPP: s.idStructureCPP, identifiantStructure: s.siret, designationStructure: s.name, typeIdentifiantStructure: 'SIRET', statut: 'ACTIF' })),
      parametresRetour,
    };
  },

  'structures/v1/consulter': (body, context) => {
    // go-choruspro names the field idStructure; OCA and the documentation idStructureCPP (§9.10): take either.
    const s = structure(context, integer(body, body.idStructureCPP === undefined ? 'idStructure' : 'idStructureCPP'));
    const isSupplier = s === context.directory.supplier;
    return {
      informationGenerales: {
        idStructureCPP: s.idStructureCPP,
        identifiantStructure: s.siret,
        typeIdentifiantStructure: 'SIRET',
        raisonSocialeStructure: s.name,
        structurePriveePublique: s.isPublic ? 'PUBLIQUE' : 'PRIVEE',
        dateExpirationMotPasseCompteTech: isSupplier ? context.settings.passwordExpiresOn : null,
      },
      adressePostaleDuSiege: { adresse: s.address, codePostal: s.postcode, ville: s.city, pays: 'FR' },
      parametres: {
        codeServiceDoitEtreRenseigne: s.codeServiceDoitEtreRenseigne,
        numeroEJDoitEtreRenseigne: s.numeroEJDoitEtreRenseigne,
        gestionNumeroEJOuCodeService: s.gestionNumeroEJOuCodeService,
        statutMiseEnPaiementNestPasRemonte: s.statutMiseEnPaiementNestPasRemonte,
        connexionEDI: false,
        recevoirDonneesViaEDI: false,
        estMoaUniquement: false,
      },
    };
  },

  'structures/v1/rechercher/services': (body, context) => {
    const s = structure(context, integer(body, 'idStructure'));
    const { page, parametresRetour } = paginate(s.services, object(body, 'parametresRechercherServicesStructure'));
    return {
      listeServices: page.map((service) => ({
        idService: service.idService,
        codeService: service.codeService,
        libelleService: service.libelleService,
        estActif: service.estActif,
        statutService: service.estActif ? 'ACTIF' : 'INACTIF',
      })),
      parametresRetour,
    };
  },

  'structures/v1/consulter/service': (body, context) => {
    const s = structure(context, integer(body, 'idStructure'));
    const idService = integer(body, 'idService');
    const service = s.services.find((candidate) => candidate.idService === idService);
    if (!service) throw refuse(20000, `Le service ${idService} n’existe pas pour cette structure.`);
    return {
      informationsGenerales: { codeService: service.codeService, nomService: service.libelleService, descriptionService: service.libelleService },
      parametres: { numeroEngagement: service.numeroEngagement === true, miseEnPaiement: !s.statutMiseEnPaiementNestPasRemonte },
    };
  },

  'utilisateurs/v1/monCompte/recuperer/rattachements': (body, context) => {
    const supplier = context.directory.supplier;
    const attached = [
      {
        idStructure: supplier.idStructureCPP,
        identifiantStructure: supplier.siret,
        designationStructure: supplier.name,
        typeIdentifiantStructure: 'SIRET',
        roleUtilisateur: 'FOURNISSEUR',
        statutRattachementStructure: 'ACTIF',
        listeServicesRattache: [],
      },
    ];
    const { page, parametresRetour } = paginate(attached, object(body, 'parametresRecherche'));
    return { listeStructureRattachement: page, parametresRetour };
  },

  'transverses/v1/recuperer/coordbanc/valides': (body, context) => ({ listeCoordonneeBancaire: structure(context, integer(body, 'idStructure')).bankAccounts }),

  'transverses/v1/telecharger/annuaire/destinataire': (_body, context) => ({ fichierResultat: Buffer.from(directoryZip(context)).toString('base64') }),

  'transverses/v1/consulterCRDetaille': (body, context) => {
    const numero = text(body, 'numeroFluxDepot', { isRequired: true }) as string;
    const flux = context.ledger.flux(numero);
    if (!flux) throw refuse(20000, `Le flux ${numero} n’existe pas.`);
    const state = !flux.isDone ? 'IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP' : flux.errors.length > 0 ? 'IN_REJETE' : 'IN_INTEGRE';
    const buyer = flux.facts?.buyerIdentifiers.find((id) => /^\d{14}$/.test(id)) ?? null;
    return {
      etatCourantDepotFlux: state,
      dateDepotFlux: parisDate(flux.depositedAtMs),
      dateHeureEtatCourantFlux: parisDate(flux.isDone ? flux.integrateAtMs : flux.depositedAtMs),
      codeInterfaceDepotFlux: flux.syntaxeFlux === 'IN_DP_E2_CII_FACTURX' ? 'FSO1110A' : 'FSO1100A',
      nomFichier: flux.nomFichier,
      listeErreurDP: flux.isDone
        ? flux.errors.map((libelle) => ({ numeroDP: flux.facts?.number ?? null, identifiantFournisseur: context.directory.supplier.siret, identifiantDestinataire: buyer, libelleErreurDP: libelle }))
        : [],
      listeErreurTechnique: [],
    };
  },

  'transverses/v1/ajouter/fichier': (body, context) => {
    const name = text(body, 'pieceJointeNom', { isRequired: true, max: 50 }) as string;
    const extension = (text(body, 'pieceJointeExtension') ?? name.split('.').pop() ?? '').toUpperCase();
    if (!ATTACHMENT_EXTENSIONS.has(extension)) throw refuse(20004, `L’extension ${extension} n’est pas acceptée pour une pièce jointe.`);
    text(body, 'pieceJointeTypeMime', { isRequired: true });
    const file = base64File(body, 'pieceJointeFichier', 20106);
    if (file.length > ATTACHMENT_MAX_BYTES) throw refuse(20003, 'La pièce jointe dépasse 10 Mo.');
    const id = 30_000_001 + context.attachments.size;
    context.attachments.set(id, { name, size: file.length });
    return { pieceJointeId: id };
  },
};
