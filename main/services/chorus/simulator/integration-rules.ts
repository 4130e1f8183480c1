import type { InvoiceFacts } from './invoice-facts';

/** A public structure as the rules see it (the parts of `structures/v1/consulter` that route invoices). */
export interface RoutedStructure {
  siret: string;
  name: string;
  codeServiceDoitEtreRenseigne: boolean;
  numeroEJDoitEtreRenseigne: boolean;
  gestionNumeroEJOuCodeService: boolean;
  services: Array<{ codeService: string; estActif: boolean; numeroEngagement?: boolean }>;
}

export interface RuleContext {
  supplierSiret: string;
  findBuyer(siret: string): RoutedStructure | undefined;
  isNumberTaken(invoiceNumber: string): boolean;
}

const AGREEMENT = 'FichierXml.CrossIndustryInvoice.SupplyChainTradeTransaction.ApplicableHeaderTradeAgreement';

/**
 * Why Chorus Pro would refuse this invoice at integration (an `IN_REJETE` with one `listeErreurDP` entry
 * per reason), in the style of its real texts, which name the XML element (chorus-pro-api.md §3.4).
 * Empty: the invoice is integrated.
 */
export function integrationErrors(facts: InvoiceFacts, context: RuleContext): string[] {
  const errors: string[] = [];
  const number = facts.number ?? '';
  if (number === '') errors.push('Le numéro de facture est obligatoire (ExchangedDocument.ID).');
  else if (number.length > 20) errors.push(`Le numéro de facture ${number} dépasse 20 caractères.`);
  else if (!/^[A-Za-z0-9\-_/+]+$/.test(number)) errors.push(`Le numéro de facture ${number} contient des caractères non autorisés (lettres, chiffres et - _ / + seulement).`);
  if (facts.typeCode === '261' || facts.typeCode === '751') errors.push(`Le type de document ${facts.typeCode} n’est pas accepté par Chorus Pro.`);
  if (facts.frameworkCode && !/^A\d{1,2}$/.test(facts.frameworkCode)) {
    errors.push(`Le cadre de facturation ${facts.frameworkCode} n’existe pas dans Chorus Pro (A1 pour une facture de fournisseur).`);
  }

  const siret = facts.buyerIdentifiers.find((id) => /^\d{14}$/.test(id));
  const buyer = siret ? context.findBuyer(siret) : undefined;
  if (!siret) errors.push('Le destinataire doit être identifié par son SIRET (14 chiffres) dans SpecifiedLegalOrganization.ID.');
  else if (!buyer) errors.push(`Le destinataire ${siret} n’est pas une structure publique connue de Chorus Pro.`);

  const siren = context.supplierSiret.slice(0, 9);
  if (!facts.sellerIdentifiers.some((id) => id === context.supplierSiret || id === siren)) {
    errors.push(`Le fournisseur de la facture n’est pas la structure du compte technique (SIRET ${context.supplierSiret}).`);
  }
  if (buyer) errors.push(...routingErrors(facts, buyer));
  if (number !== '' && context.isNumberTaken(number)) errors.push(`La facture ${number} a déjà été déposée par ce fournisseur : un numéro ne sert qu’une fois.`);
  return errors;
}

function routingErrors(facts: InvoiceFacts, buyer: RoutedStructure): string[] {
  const errors: string[] = [];
  const serviceCode = facts.serviceCode ?? '';
  const engagement = facts.engagementNumber ?? '';
  const service = serviceCode === '' ? undefined : buyer.services.find((s) => s.codeService === serviceCode);
  if (buyer.codeServiceDoitEtreRenseigne && serviceCode === '') {
    errors.push(`L'element ${AGREEMENT}.BuyerReference.value est obligatoire : ${buyer.name} exige un code service.`);
  }
  if (serviceCode !== '' && !service) errors.push(`Le code service ${serviceCode} n’existe pas pour ${buyer.name}.`);
  if (service && !service.estActif) errors.push(`Le service ${serviceCode} de ${buyer.name} n’est plus actif.`);
  if (serviceCode === 'FACTURES_PUBLIQUES') errors.push('Le service FACTURES_PUBLIQUES est réservé aux factures entre entités publiques.');
  const needsEngagement = buyer.numeroEJDoitEtreRenseigne || service?.numeroEngagement === true;
  if (needsEngagement && engagement === '') {
    errors.push(`L'element ${AGREEMENT}.BuyerOrderReferencedDocument.IssuerAssignedID.value est obligatoire : ${buyer.name} exige un numéro d’engagement.`);
  }
  if (engagement.length > 50) errors.push(`Le numéro d’engagement ${engagement} dépasse 50 caractères.`);
  if (buyer.gestionNumeroEJOuCodeService && serviceCode === '' && engagement === '') {
    errors.push(`${buyer.name} exige un code service ou un numéro d’engagement.`);
  }
  return errors;
}
