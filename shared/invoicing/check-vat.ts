import { checkSiret } from '../identifiers/siret';
import { VAT_CATEGORIES, type VatCategoryCode } from '../vat/vat-categories';
import { effectiveExemptionCode } from '../vat/vat-choices';
import { FRANCHISE_EXEMPTION_CODE } from '../vat/vat-exemptions';
import type { CheckContext } from './check-context';
import { error, warning, type Finding } from './findings';

interface VatItem {
  field: string;
  category: VatCategoryCode;
  exemptionCode: string | undefined;
}

/** VAT rules of EN 16931 (BR-S/Z/E/AE/IC/G/O) and of the franchise en base (art. 293 B du CGI). */
export function checkVat({ doc }: CheckContext): Finding[] {
  const { seller, buyer, invoice } = doc;
  const items: VatItem[] = [
    ...doc.lines.map((line, i) => ({ field: `lines.${i}`, category: line.vatCategory, exemptionCode: line.vatExemptionCode })),
    ...(invoice.allowances ?? []).map((a, i) => ({ field: `invoice.allowances.${i}`, category: a.vatCategory, exemptionCode: a.vatExemptionCode })),
    ...(invoice.charges ?? []).map((c, i) => ({ field: `invoice.charges.${i}`, category: c.vatCategory, exemptionCode: c.vatExemptionCode })),
  ];
  const categories = new Set(items.map((item) => item.category));
  const found: Finding[] = [];

  if (seller.vatFranchise) {
    for (const item of items.filter((it) => it.category === 'S' || it.category === 'Z')) {
      found.push(error('franchise-vat-charged', `${item.field}.vatCategory`, 'Vous êtes en franchise en base de TVA : cette ligne ne doit pas porter de TVA. Choisissez « TVA non applicable, art. 293 B du CGI ».'));
    }
    if (doc.lines.length > 0 && !items.some((item) => item.exemptionCode === FRANCHISE_EXEMPTION_CODE)) {
      found.push(warning('franchise-mention-missing', 'lines', 'Vous êtes en franchise en base de TVA, mais aucune ligne ne porte la mention « TVA non applicable, art. 293 B du CGI » : vérifiez la TVA de chaque ligne.'));
    }
  } else {
    const item = items.find((it) => it.exemptionCode === FRANCHISE_EXEMPTION_CODE);
    if (item) {
      found.push(error('franchise-code-without-franchise', `${item.field}.vatExemptionCode`, 'La mention « art. 293 B du CGI » est réservée à la franchise en base de TVA : cochez la franchise dans votre profil si vous en bénéficiez, sinon choisissez un taux de TVA.'));
    }
  }

  // A franchise seller's S/Z lines are already reported: the fix is to drop the VAT, not to add a VAT number.
  const charged = [...categories].filter((category) => !(seller.vatFranchise && (category === 'S' || category === 'Z')));
  const sellerNeeds = new Set(charged.map((category) => VAT_CATEGORIES[category].seller));
  if (!seller.vatNumber && sellerNeeds.has('vat-number')) {
    found.push(error('seller-vat-number-missing', 'seller.vatNumber', 'Vous facturez avec TVA : indiquez votre numéro de TVA intracommunautaire (FR suivi de 11 chiffres) dans votre profil.'));
  }
  if (!seller.vatNumber && sellerNeeds.has('vat-number-or-siren') && checkSiret(seller.siret) !== null) {
    found.push(error('seller-tax-registration-missing', 'seller.siret', 'Sans numéro de TVA, la facture électronique doit porter votre SIREN : corrigez votre SIRET dans votre profil.'));
  }

  if (categories.has('K') && !buyer.vatNumber) {
    found.push(error('buyer-vat-number-missing', 'buyer.vatNumber', 'Une livraison intracommunautaire exige le numéro de TVA du client : demandez-le-lui et ajoutez-le à sa fiche.'));
  } else if (categories.has('AE') && !buyer.vatNumber && !buyer.siret && !buyer.siren) {
    found.push(error('buyer-vat-number-missing', 'buyer.vatNumber', 'En autoliquidation, indiquez le numéro de TVA du client (ou son SIRET, ou son SIREN) sur sa fiche.'));
  }

  if (categories.has('O') && (categories.size > 1 || seller.vatNumber || buyer.vatNumber)) {
    const item = items.find((it) => it.category === 'O') as VatItem;
    found.push(error('vat-not-subject-mixed', `${item.field}.vatCategory`, 'Une opération hors du champ de la TVA se facture seule, sans numéro de TVA du vendeur ni du client : faites une facture à part ou choisissez une autre TVA.'));
  }

  const codeByCategory = new Map<VatCategoryCode, string | undefined>();
  for (const item of items) {
    const code = effectiveExemptionCode(item.category, item.exemptionCode);
    if (!codeByCategory.has(item.category)) codeByCategory.set(item.category, code);
    else if (codeByCategory.get(item.category) !== code) {
      found.push(error('vat-exemption-conflict', `${item.field}.vatExemptionCode`, `Les lignes « ${VAT_CATEGORIES[item.category].label} » ont des motifs d'exonération différents : une facture n'en porte qu'un par catégorie. Faites deux factures.`));
      break;
    }
  }

  if (categories.has('K')) {
    if (!invoice.deliveryCountryCode) {
      found.push(error('intra-community-delivery-missing', 'invoice.deliveryCountryCode', 'Une livraison intracommunautaire doit indiquer le pays de livraison des biens.'));
    } else if (!invoice.deliveryDate) {
      found.push(error('intra-community-delivery-missing', 'invoice.deliveryDate', 'Une livraison intracommunautaire doit indiquer la date de livraison des biens.'));
    }
  }
  return found;
}
