import { KNOWN_SYNTAXES } from './deposit-content';
import { integrationErrors } from './integration-rules';
import type { Route, RouteContext } from './route-context';
import { base64File, integer, object, paginate, parisDate, parisDateTime, refuse, text, type Body } from './simulator-http';
import type { SimInvoice } from './simulator-ledger';
import { resumeLife } from './status-lives';

function supplierInvoice(invoice: SimInvoice, status: string) {
  const last = invoice.life.history.at(-1);
  return {
    identifiantFactureCPP: invoice.identifiantFactureCPP,
    numeroFacture: invoice.numeroFacture,
    statut: status,
    dateDepot: parisDate(invoice.depositedAtMs),
    dateFacture: invoice.dateFacture,
    dateHeureEtatCourant: last ? parisDateTime(last.atMs) : null,
    commentaireEtatCourant: last?.comment ?? null,
    codeDestinataire: invoice.buyer.siret,
    designationDestinataire: invoice.buyer.name,
    codeServiceExecutant: invoice.codeServiceExecutant,
    nomServiceExecutant: invoice.buyer.services.find((s) => s.codeService === invoice.codeServiceExecutant)?.libelleService ?? null,
    montantHT: invoice.montantHT,
    montantTTC: invoice.montantTTC,
    montantAPayer: invoice.montantAPayer,
    numeroFluxDepot: invoice.numeroFluxDepot,
    numeroBonCommande: invoice.numeroBonCommande,
    modeDepot: invoice.modeDepot,
    typeFacture: invoice.typeFacture,
    rejetTraite: false,
  };
}

function existingInvoice(context: RouteContext, id: number): SimInvoice {
  const invoice = context.ledger.invoice(id);
  if (!invoice) throw refuse(20000, 'GDP_MSG_11.008 : la demande de paiement n’existe pas.');
  return invoice;
}

function checkAttachments(context: RouteContext, list: unknown, idField: string): void {
  for (const item of Array.isArray(list) ? list : []) {
    const id = (item as Body)[idField];
    if (typeof id !== 'number' || !context.attachments.has(id)) throw refuse(20005, `La pièce jointe ${String(id)} n’existe pas : ajoutez-la d’abord (transverses/v1/ajouter/fichier).`);
  }
}

/** The routing rules of the buyer, checked on the data of `soumettre` or `recycler` (no file to read). */
function routingErrors(context: RouteContext, number: string, siret: string, serviceCode: string | undefined, engagement: string | undefined, checkNumber: boolean): string[] {
  const supplier = context.directory.supplier;
  return integrationErrors(
    {
      syntax: 'CII',
      number,
      typeCode: '380',
      issueDate: null,
      frameworkCode: null,
      serviceCode: serviceCode ?? null,
      engagementNumber: engagement ?? null,
      buyerIdentifiers: [siret],
      buyerName: null,
      sellerIdentifiers: [supplier.siret],
      totalWithoutVat: null,
      totalWithVat: null,
      amountDue: null,
    },
    { supplierSiret: supplier.siret, findBuyer: (s) => context.directory.bySiret(s), isNumberTaken: (n) => checkNumber && context.ledger.isNumberTaken(n) },
  );
}

export const facturesRoutes: Record<string, Route> = {
  'factures/v1/deposer/flux': (body, context) => {
    const nomFichier = text(body, 'nomFichier', { isRequired: true, max: 200 }) as string;
    if (!/\.[A-Za-z0-9]{1,5}$/.test(nomFichier)) throw refuse(20104, 'Le nom du fichier (nomFichier) doit se terminer par son extension.');
    const syntaxeFlux = text(body, 'syntaxeFlux', { isRequired: true }) as string;
    if (!KNOWN_SYNTAXES.has(syntaxeFlux)) throw refuse(20105, `La syntaxe ${syntaxeFlux} n’existe pas.`);
    if (body.avecSignature !== undefined && typeof body.avecSignature !== 'boolean') throw refuse(20102, 'Le champ avecSignature doit valoir true ou false.');
    const file = base64File(body, 'fichierFlux', 20106);
    if (file.length === 0) throw refuse(20107, 'Le fichier déposé est vide.');
    if (file.length > context.settings.maxFluxBytes) throw refuse(20108, 'Le fichier déposé dépasse la taille maximale acceptée.');
    const flux = context.ledger.deposit(file, nomFichier, syntaxeFlux);
    return { numeroFluxDepot: flux.numeroFluxDepot, dateDepot: parisDate(flux.depositedAtMs), syntaxeFlux };
  },

  'factures/v1/rechercher/fournisseur': (body, context) => {
    const statuses = Array.isArray(body.statutCourant) ? (body.statutCourant as unknown[]).map(String) : null;
    const from = text(body, 'periodeDateDepotDu');
    const to = text(body, 'periodeDateDepotAu');
    const matches = context.ledger
      .invoices()
      .map((invoice) => ({ invoice, status: context.ledger.status(invoice) }))
      .filter(
        ({ invoice, status }) =>
          (body.numeroFacture === undefined || invoice.numeroFacture === body.numeroFacture) &&
          (body.numeroFluxDepot === undefined || invoice.numeroFluxDepot === body.numeroFluxDepot) &&
          (body.typeFacture === undefined || invoice.typeFacture === body.typeFacture) &&
          (statuses === null || statuses.includes(status)) &&
          (from === undefined || parisDate(invoice.depositedAtMs) >= from) &&
          (to === undefined || parisDate(invoice.depositedAtMs) <= to),
      )
      .sort((a, b) => a.invoice.identifiantFactureCPP - b.invoice.identifiantFactureCPP);
    const paging = object(body, 'rechercheFactureParFournisseur');
    if (paging.triSens === 'Descendant') matches.reverse();
    const { page, parametresRetour } = paginate(matches, paging);
    return { listeFactures: page.map(({ invoice, status }) => supplierInvoice(invoice, status)), parametresRetour };
  },

  'factures/v1/consulter/historique': (body, context) => {
    const invoice = existingInvoice(context, integer(body, 'idFacture'));
    const history = [...invoice.life.history].reverse();
    const limit = typeof body.nbResultatsMaximum === 'number' && body.nbResultatsMaximum > 0 ? body.nbResultatsMaximum : history.length;
    return {
      idFacture: invoice.identifiantFactureCPP,
      numeroFacture: invoice.numeroFacture,
      statutCourantCode: context.ledger.status(invoice),
      modeDepot: invoice.modeDepot,
      historiquesDesStatuts: {
        histoStatut: history.slice(0, limit).map((event, index) => ({
          histoStatutId: history.length - index,
          histoStatutCode: event.status,
          histoStatutDatePassage: parisDateTime(event.atMs),
          histoStatutCommentaire: event.comment ?? null,
          histoStatutUtilisateurNom: event.comment ? 'Service facturier' : null,
        })),
      },
    };
  },

  'factures/v1/completer': (body, context) => {
    const invoice = existingInvoice(context, integer(body, 'identifiantFactureCPP'));
    if (context.ledger.status(invoice) !== 'SUSPENDUE') throw refuse(20002, 'GDP_MSG_11.033 : la facture n’est pas au statut SUSPENDUE.');
    const comment = text(body, 'commentaire', { max: 2000 });
    checkAttachments(context, body.pieceJointeComplementaire, 'pieceJointeComplementaireId');
    resumeLife(invoice.life, 'COMPLETEE', context.clock.now().getTime(), comment);
    return { identifiantFactureCPP: invoice.identifiantFactureCPP, numeroFacture: invoice.numeroFacture, dateTraitement: parisDate(context.clock.now().getTime()) };
  },

  'factures/v1/recycler': (body, context) => {
    const invoice = existingInvoice(context, integer(body, 'identifiantFactureCPP'));
    if (context.ledger.status(invoice) !== 'A_RECYCLER') throw refuse(20004, 'La facture n’est pas au statut A_RECYCLER : elle ne peut pas être recyclée.');
    const recipient = object(body, 'destinataire');
    const siret = text(recipient, 'codeDestinataire', { isRequired: true }) as string;
    const serviceCode = text(recipient, 'codeServiceExecutant', { max: 100 });
    const engagement = text(object(body, 'reference'), 'numeroBonCommande', { max: 50 }) ?? invoice.numeroBonCommande ?? undefined;
    const errors = routingErrors(context, invoice.numeroFacture, siret, serviceCode, engagement, false);
    if (errors.length > 0) throw refuse(20110, errors.join(' '));
    invoice.buyer = context.directory.bySiret(siret) ?? invoice.buyer;
    invoice.codeServiceExecutant = serviceCode ?? null;
    invoice.numeroBonCommande = engagement ?? null;
    resumeLife(invoice.life, 'EN_COURS_ACHEMINEMENT', context.clock.now().getTime(), text(body, 'commentaire'));
    return { identifiantFactureCPP: invoice.identifiantFactureCPP, numeroFacture: invoice.numeroFacture, statutFacture: 'EN_COURS_ACHEMINEMENT', dateDepot: parisDate(invoice.depositedAtMs) };
  },

  'factures/v1/soumettre': (body, context) => {
    const modeDepot = text(body, 'modeDepot', { isRequired: true }) as string;
    if (!['DEPOT_PDF_API', 'DEPOT_PDF_SIGNE_API', 'SAISIE_API'].includes(modeDepot)) throw refuse(20109, `Le mode de dépôt ${modeDepot} n’existe pas.`);
    const number = text(body, 'numeroFactureSaisi', { isRequired: true }) as string;
    const recipient = object(body, 'destinataire');
    const siret = text(recipient, 'codeDestinataire', { isRequired: true }) as string;
    const serviceCode = text(recipient, 'codeServiceExecutant', { max: 100 });
    const references = object(body, 'references');
    const engagement = text(references, 'numeroBonCommande', { max: 50 });
    if (integer(object(body, 'fournisseur'), 'idFournisseur') !== context.directory.supplier.idStructureCPP) {
      throw refuse(20001, 'GDP_MSG_11.005 : vous n’êtes pas rattaché à la structure fournisseur indiquée.');
    }
    const principal = Array.isArray(body.pieceJointePrincipale) ? body.pieceJointePrincipale : [];
    if (modeDepot !== 'SAISIE_API' && principal.length === 0) throw refuse(20101, 'Le champ pieceJointePrincipale est obligatoire pour un dépôt de PDF.');
    checkAttachments(context, principal, 'pieceJointePrincipaleId');
    const errors = routingErrors(context, number, siret, serviceCode, engagement, true);
    if (errors.length > 0) throw refuse(20110, errors.join(' '));
    const totals = object(body, 'montantTotal');
    const amount = (field: string) => (typeof totals[field] === 'number' ? (totals[field] as number) : null);
    const nowMs = context.clock.now().getTime();
    const invoice = context.ledger.createInvoice(
      {
        numeroFacture: number,
        numeroFluxDepot: null,
        modeDepot,
        buyer: context.directory.bySiret(siret) ?? context.directory.supplier,
        codeServiceExecutant: serviceCode ?? null,
        numeroBonCommande: engagement ?? null,
        typeFacture: references.typeFacture === 'AVOIR' ? 'AVOIR' : 'FACTURE',
        dateFacture: text(body, 'dateFacture') ?? null,
        depositedAtMs: nowMs,
        montantHT: amount('montantHtTotal'),
        montantTTC: amount('montantTtcTotal'),
        montantAPayer: amount('montantAPayer'),
      },
      nowMs,
    );
    context.ledger.tick();
    return {
      identifiantFactureCPP: invoice.identifiantFactureCPP,
      numeroFacture: number,
      dateDepot: parisDate(nowMs),
      statutFacture: context.ledger.status(invoice),
      identifiantStructure: context.directory.supplier.siret,
      empreinteCertificatDepot: invoice.identifiantFactureCPP.toString(16),
    };
  },
};
