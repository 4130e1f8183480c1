import { electronicFormatIBAN, friendlyFormatIBAN, getCountrySpecifications, validateBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { frenchSpacing } from '../money/french-typography';

/** "fr76 3000 6000 …" -> "FR763000600…", the form stored and written to the XML (BT-84). */
export function compactIban(value: string): string {
  return electronicFormatIBAN(value.replace(/[\u00a0\u202f]/g, ' ')) ?? '';
}

/** Groups of four for display and the PDF ("FR76 3000 6000 0112 3456 7890 189"). */
export function formatIban(value: string): string {
  const compact = compactIban(value);
  return friendlyFormatIBAN(compact) ?? compact;
}

/** Returns a French message saying what is wrong with the IBAN, or null when it is valid (ibantools does the maths). */
export function checkIban(value: string): string | null {
  const iban = compactIban(value);
  if (iban === '') return 'Saisissez l’IBAN du compte sur lequel vous voulez être payé.';
  const { errorCodes } = validateIBAN(iban);
  if (errorCodes.length === 0) return null;
  const has = (code: ValidationErrorsIBAN) => errorCodes.includes(code);
  if (has(ValidationErrorsIBAN.NoIBANCountry)) {
    return frenchSpacing('Un IBAN commence par le code du pays puis 2 chiffres de clé (ex. : FR76…).');
  }
  if (has(ValidationErrorsIBAN.WrongBBANLength)) {
    const expected = getCountrySpecifications()[iban.slice(0, 2)]?.chars;
    return frenchSpacing(`Cet IBAN n'a pas la bonne longueur : ${expected ? `il doit compter ${expected} caractères` : 'vérifiez-le'} (ici ${iban.length}).`);
  }
  if (has(ValidationErrorsIBAN.WrongBBANFormat)) {
    return frenchSpacing('Cet IBAN contient des caractères inattendus pour ce pays : recopiez-le depuis votre RIB.');
  }
  if (has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return frenchSpacing('La clé RIB contenue dans cet IBAN est fausse : recopiez-le depuis votre RIB.');
  }
  return frenchSpacing('Cet IBAN est faux : sa clé de contrôle ne correspond pas. Vérifiez chaque caractère.');
}

/** "bnpa fr pp xxx" -> "BNPAFRPPXXX". */
export function compactBic(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '').toUpperCase();
}

/** Returns a French message saying what is wrong with the BIC, or null when it is valid. */
export function checkBic(value: string): string | null {
  const bic = compactBic(value);
  if (bic === '') return 'Saisissez le BIC de votre banque (il figure sur votre RIB).';
  if (!/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic)) {
    return frenchSpacing(`Un BIC compte 8 ou 11 lettres et chiffres (ici ${bic.length}) : recopiez-le depuis votre RIB.`);
  }
  if (!validateBIC(bic).valid) return frenchSpacing('Ce BIC n\'existe pas : ses 5e et 6e caractères doivent être un code pays (FR…).');
  return null;
}
