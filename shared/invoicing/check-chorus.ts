import { checkSiret } from '../identifiers/siret';
import type { CheckContext } from './check-context';
import { error, type Finding } from './findings';

/** Chorus Pro refuses longer engagement numbers. */
export const MAX_ENGAGEMENT_LENGTH = 50;
/** Chorus Pro's invoice number: 20 characters at most, letters, digits and - _ / +. */
export const CHORUS_INVOICE_NUMBER = /^[A-Za-z0-9\-_/+]{1,20}$/;

/** Rules a public buyer's invoice must meet to be accepted by Chorus Pro. Silent for private buyers. */
export function checkChorus({ doc }: CheckContext): Finding[] {
  const { buyer, invoice } = doc;
  if (buyer.kind !== 'public') return [];
  const found: Finding[] = [];
  const name = `« ${buyer.legalName.trim()} »`;

  if (!buyer.siret) {
    found.push(error('buyer-siret-invalid', 'buyer.siret', `Indiquez le SIRET de ${name} : Chorus Pro en a besoin pour acheminer la facture. Il figure dans l'annuaire des structures publiques ou sur le bon de commande.`));
  } else {
    const problem = checkSiret(buyer.siret);
    if (problem) found.push(error('buyer-siret-invalid', 'buyer.siret', `SIRET de ${name} : ${problem}`));
  }

  const rules = buyer.chorus;
  const serviceCode = invoice.serviceCode?.trim() ?? '';
  const engagement = invoice.engagementNumber?.trim() ?? '';
  let missing = false;

  if (rules?.serviceCodeRequired && serviceCode === '') {
    missing = true;
    found.push(error('chorus-service-code-missing', 'invoice.serviceCode', `${name} exige un code service : demandez-le au service qui a passé la commande (il figure souvent sur le bon de commande).`));
  }
  if (serviceCode !== '' && rules && rules.services.length > 0) {
    const service = rules.services.find((s) => s.code === serviceCode);
    const active = rules.services.filter((s) => s.active).map((s) => s.code);
    const choices = active.length > 0 ? ` Services actifs : ${active.slice(0, 5).join(', ')}${active.length > 5 ? '…' : '.'}` : '';
    if (!service) {
      found.push(error('chorus-service-code-unknown', 'invoice.serviceCode', `Le code service « ${serviceCode} » n'existe pas chez ${name} : choisissez l'un de ses services.${choices}`));
    } else if (!service.active) {
      found.push(error('chorus-service-code-inactive', 'invoice.serviceCode', `Le service « ${serviceCode} » (${service.name}) de ${name} est fermé dans Chorus Pro : demandez à l'acheteur quel service le remplace.${choices}`));
    }
  }

  if (rules?.engagementRequired && engagement === '') {
    missing = true;
    found.push(error('chorus-engagement-missing', 'invoice.engagementNumber', `${name} exige un numéro d'engagement : demandez-le au service qui a passé la commande.`));
  }
  if (engagement.length > MAX_ENGAGEMENT_LENGTH) {
    found.push(error('chorus-engagement-too-long', 'invoice.engagementNumber', `Le numéro d'engagement compte ${engagement.length} caractères ; Chorus Pro en accepte ${MAX_ENGAGEMENT_LENGTH} au plus. Vérifiez-le sur le bon de commande.`));
  }
  if (rules?.serviceOrEngagementRequired && !missing && serviceCode === '' && engagement === '') {
    found.push(error('chorus-service-or-engagement-missing', 'invoice.engagementNumber', `${name} exige un code service ou un numéro d'engagement : demandez l'un des deux au service qui a passé la commande.`));
  }

  if (invoice.number !== undefined && !CHORUS_INVOICE_NUMBER.test(invoice.number)) {
    found.push(error('chorus-invoice-number-invalid', 'invoice.number', `Chorus Pro n'accepte que des numéros de 20 caractères au plus, faits de lettres sans accent, de chiffres et de - _ / + (ici « ${invoice.number} ») : changez le format de votre numérotation.`));
  }
  return found;
}
