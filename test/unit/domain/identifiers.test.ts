import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBic, checkIban, compactIban, formatIban } from '@shared/identifiers/bank';
import { hasValidLuhnKey, luhnCheckDigit } from '@shared/identifiers/luhn';
import { checkFrenchPostcode } from '@shared/identifiers/postcode';
import { checkSiren, checkSiret, compactIdentifier, isValidSiret, sirenOfSiret } from '@shared/identifiers/siret';
import { checkFrenchVatNumber, checkVatNumber, frenchVatNumberFromSiren } from '@shared/identifiers/vat-number';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const validSiren = digits(8).map((body) => body + luhnCheckDigit(body));
// La Poste's prefix follows another rule (below); keep the generated ones clear of it.
const validSiret = digits(13)
  .filter((body) => !body.startsWith('35600000'))
  .map((body) => body + luhnCheckDigit(body));

/** Every string that differs from `id` by one digit at one of `positions`. */
function singleDigitChanges(id: string, positions: number[]): string[] {
  return positions.flatMap((i) =>
    '0123456789'
      .split('')
      .filter((d) => d !== id[i])
      .map((d) => id.slice(0, i) + d + id.slice(i + 1)),
  );
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('SIREN and SIRET', () => {
  it('accept every valid generated number and refuse every single-digit change (Luhn catches them all)', () => {
    fc.assert(
      fc.property(validSiren, validSiret, (siren, siret) => {
        expect(checkSiren(siren)).toBeNull();
        expect(checkSiret(siret)).toBeNull();
        for (const wrong of singleDigitChanges(siren, range(0, 9))) expect(checkSiren(wrong)).toMatch(/clé de contrôle est fausse/);
        for (const wrong of singleDigitChanges(siret, range(0, 14))) expect(isValidSiret(wrong)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('explain the length and the characters', () => {
    expect(checkSiren('73282932')).toBe('Le SIREN compte 9 chiffres (ici 8).');
    expect(checkSiret('7328293200007A')).toBe('Le SIRET ne doit contenir que des chiffres.');
    expect(checkSiret('732 829 320 00074')).toBeNull();
    expect(checkSiret('73282932000075')).toBe('Ce SIRET n’existe pas\u00a0: sa clé de contrôle est fausse. Vérifiez chaque chiffre.');
  });

  it.each([
    ['35600000000048', true], // La Poste head office: passes Luhn
    ['35600000000001', true], // digit sum 15
    ['35600000012346', true], // digit sum 30
    ['35600000000002', false], // digit sum 16
    ['35600000012345', false], // digit sum 29
  ])('La Poste: %s is %s', (siret, valid) => {
    expect(isValidSiret(siret)).toBe(valid);
  });

  it('derive the SIREN and compact what users paste', () => {
    expect(sirenOfSiret('732 829 320 00074')).toBe('732829320');
    expect(compactIdentifier('732\u00a0829.320\u202f00074')).toBe('73282932000074');
    expect(hasValidLuhnKey('12a')).toBe(false);
  });
});

describe('French VAT numbers', () => {
  it('accept the number derived from any valid SIREN and refuse every single-digit change', () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        const vat = frenchVatNumberFromSiren(siren);
        expect(checkFrenchVatNumber(vat)).toBeNull();
        expect(checkVatNumber(vat.toLowerCase())).toBeNull();
        for (const wrong of singleDigitChanges(vat, range(2, 13))) expect(checkFrenchVatNumber(wrong)).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['FR44732829320', null],
    ['FR 44 732 829 320', null],
    ['FR40303265045', null], // key (12 + 3 × (303265045 mod 97)) mod 97 = 40
    ['FR00300076965', null], // a key of 0 is written 00
    ['FRK7732829320', null], // alphanumeric keys exist and are accepted on their shape
    ['FR45732829320', /clé de ce numéro de TVA ne correspond pas/],
    ['FR44732829321', /SIREN contenu dans ce numéro de TVA est faux/],
    ['FR4473282932', /s’écrit FR/],
    ['44732829320', /commence par «\u00a0FR\u00a0»/],
  ])('%s', (vat, expected) => {
    const problem = checkFrenchVatNumber(vat);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('checks the shape of other EU numbers', () => {
    expect(checkVatNumber('DE123456789')).toBeNull();
    expect(checkVatNumber('BE0123456789')).toBeNull();
    expect(checkVatNumber('US123456789')).toMatch(/code du pays/);
    expect(checkVatNumber('DE1')).toMatch(/pas la bonne forme/);
  });
});

/** A French IBAN built the way banks do: RIB key, then ISO 13616 check digits. */
const frenchIban = fc.tuple(digits(5), digits(5), digits(11)).map(([bank, branch, account]) => {
  const ribKey = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  const bban = `${bank}${branch}${account}${ribKey.toString().padStart(2, '0')}`;
  const check = 98n - (BigInt(`${bban}152700`) % 97n); // "FR00" moved to the end, F = 15, R = 27
  return `FR${check.toString().padStart(2, '0')}${bban}`;
});

describe('IBAN and BIC (ibantools underneath)', () => {
  it('accept every generated French IBAN and refuse every single-digit change', () => {
    fc.assert(
      fc.property(frenchIban, (iban) => {
        expect(checkIban(iban)).toBeNull();
        for (const wrong of singleDigitChanges(iban, range(2, 27))) expect(checkIban(wrong)).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('explain what is wrong in French', () => {
    expect(checkIban('')).toMatch(/Saisissez l’IBAN/);
    expect(checkIban('7630006000011234567890189')).toMatch(/code du pays/);
    expect(checkIban('FR763000600001123456789018')).toMatch(/27 caractères \(ici 26\)/);
    expect(checkIban('FR7730006000011234567890189')).toMatch(/clé de contrôle/);
    expect(checkIban('fr76 3000 6000 0112 3456 7890 189')).toBeNull();
  });

  it('compact and format an IBAN', () => {
    expect(compactIban('fr76 3000\u00a06000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it.each([
    ['BNPAFRPP', null],
    ['BNPAFRPPXXX', null],
    ['bnpa fr pp', null],
    ['', /Saisissez le BIC/],
    ['BNPAFRP', /8 ou 11/],
    ['BNPA99PP', /code pays/],
  ])('BIC %j', (bic, expected) => {
    const problem = checkBic(bic);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('French postcodes', () => {
  it.each(['75011', '01000', '95000', '20000', '20200', '97100', '97200', '97300', '97400', '97500', '97600', '97133', '97150', '98000', '98400', '98600', '98700', '98800'])(
    'accepts %s',
    (postcode) => {
      expect(checkFrenchPostcode(postcode)).toBeNull();
    },
  );
  it.each([
    ['2A000', /En Corse, le code postal commence par 20/],
    ['00100', /Aucun département ne commence par «\u00a000\u00a0»/],
    ['96000', /«\u00a0960\u00a0»/],
    ['97000', /«\u00a0970\u00a0»/],
    ['97900', /«\u00a0979\u00a0»/],
    ['98100', /«\u00a0981\u00a0»/],
    ['99000', /«\u00a0990\u00a0»/],
    ['7501', /5 chiffres/],
    ['750111', /5 chiffres/],
    ['75 011', /5 chiffres/],
  ])('refuses %s', (postcode, message) => {
    expect(checkFrenchPostcode(postcode)).toMatch(message);
  });
});
