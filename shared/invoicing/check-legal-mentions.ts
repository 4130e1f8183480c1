import { checkSiret } from '../identifiers/siret';
import { mentionsRecoveryIndemnityAmount } from '../payment-terms/legal-notes';
import type { CheckContext } from './check-context';
import { error, warning, type Finding } from './findings';
import { needsPaymentMentions } from './buyer-rules';
import { hasEiMention, hasShareCapital, isIndividualEntrepreneur } from './seller-mentions';

/** Mentions the code de commerce requires on an invoice between professionals (L441-9, L441-10, D441-5, R123-237). */
export function checkLegalMentions({ doc }: CheckContext): Finding[] {
  const { seller, invoice } = doc;
  const found: Finding[] = [];

  const siretProblem = checkSiret(seller.siret);
  if (siretProblem) found.push(error('seller-siret-invalid', 'seller.siret', `Votre SIRET est obligatoire sur la facture. ${siretProblem} Corrigez-le dans votre profil.`));

  if (isIndividualEntrepreneur(seller.legalForm) && !hasEiMention(seller.legalName)) {
    found.push(
      error('seller-ei-mention-missing', 'seller.legalName', `Ajoutez « EI » ou « Entrepreneur individuel » à votre nom (par exemple « ${seller.legalName.trim()} EI ») : c'est obligatoire pour un entrepreneur individuel depuis le 15 mai 2022.`),
    );
  }
  if (hasShareCapital(seller.legalForm) && seller.shareCapitalCents === undefined) {
    found.push(warning('seller-share-capital-missing', 'seller.shareCapitalCents', 'Indiquez le montant de votre capital social dans votre profil : une société doit le faire figurer sur ses factures.'));
  }

  if (seller.buildingTrades && seller.decennialInsurance === undefined) {
    found.push(
      error('decennial-insurance-missing', 'seller.decennialInsurance', 'Vous travaillez dans le bâtiment : indiquez votre assurance décennale (assureur, numéro de contrat, couverture géographique) dans Réglages. Elle doit figurer sur vos factures.'),
    );
  }

  const notesOf = (subject: string) => invoice.notes.filter((note) => note.subject === subject && note.text.trim() !== '');
  // Penalties, indemnity and discount terms govern payment between professionals and by public buyers (L441-9,
  // L441-10): a private person owes none of them, and a credit note that refunds nothing asks for no payment.
  if (!needsPaymentMentions(doc)) return found.concat(duplicatedNotes(invoice.notes));
  if (notesOf('PMD').length === 0) {
    found.push(error('late-penalty-note-missing', 'invoice.notes', 'Indiquez le taux des pénalités de retard (au moins trois fois le taux d\'intérêt légal) : c\'est une mention obligatoire.'));
  }
  const indemnity = notesOf('PMT');
  if (!indemnity.some((note) => mentionsRecoveryIndemnityAmount(note.text))) {
    found.push(error('recovery-indemnity-note-missing', 'invoice.notes', 'Ajoutez la mention « Indemnité forfaitaire pour frais de recouvrement : 40 € » : son montant doit y figurer, en chiffres (40 €) ou en lettres (quarante euros).'));
  }
  if (notesOf('AAB').length === 0) {
    found.push(error('discount-note-missing', 'invoice.notes', 'Indiquez les conditions d\'escompte, ou « Pas d\'escompte pour paiement anticipé ».'));
  }
  return found.concat(duplicatedNotes(invoice.notes));
}

function duplicatedNotes(notes: ReadonlyArray<{ subject: string }>): Finding[] {
  return (['PMD', 'PMT', 'AAB'] as const)
    .filter((subject) => notes.filter((note) => note.subject === subject).length > 1)
    .map((subject) => error('note-duplicated', 'invoice.notes', `La mention ${subject} figure plusieurs fois : gardez-en une seule, la facture électronique n'en admet qu'une.`));
}
