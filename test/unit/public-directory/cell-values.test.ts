import { describe, expect, it } from 'vitest';
import { readFlag, readPostcode, readSiret } from '../../../main/services/public-directory/cell-values';

describe('reading cells a spreadsheet may have changed', () => {
  it('keeps a SIRET written as text, with or without spaces', () => {
    expect(readSiret('21490021900012')).toEqual({ siret: '21490021900012', isRepaired: false });
    expect(readSiret(' 214 900 219 00012 ')).toEqual({ siret: '21490021900012', isRepaired: false });
  });

  it('pads a SIRET that lost its leading zeros, and accepts it only if the key then holds', () => {
    expect(readSiret('2490015100010')).toEqual({ siret: '02490015100010', isRepaired: true });
    expect(readSiret('934567900014')).toEqual({ siret: '00934567900014', isRepaired: true });
    expect(readSiret('2490015100010.0')).toEqual({ siret: '02490015100010', isRepaired: true });
    expect(readSiret('2.490015100010E+12')).toEqual({ siret: '02490015100010', isRepaired: true });
    // The Is_Chorus example: a wrong key stays wrong after padding.
    expect(readSiret('3501995035313')).toEqual({ siret: null, isRepaired: false });
    expect(readSiret('2490015100011')).toEqual({ siret: null, isRepaired: false });
  });

  it('refuses what cannot be a SIRET', () => {
    for (const raw of ['', 'SIRET', '214900219', '214900219000120', '12345', 'FR21490021900012']) expect(readSiret(raw).siret, raw).toBeNull();
  });

  it('pads a French postcode that lost its zero', () => {
    expect(readPostcode('1000')).toEqual({ postcode: '01000', isRepaired: true });
    expect(readPostcode('1000.0')).toEqual({ postcode: '01000', isRepaired: true });
    expect(readPostcode('49250')).toEqual({ postcode: '49250', isRepaired: false });
  });

  it('reads yes/no in the ways files write it, and says when it cannot', () => {
    for (const yes of ['Oui', 'OUI', 'o', 'true', '1', 'X', 'Actif', 'vrai']) expect(readFlag(yes), yes).toBe(true);
    for (const no of ['Non', 'n', 'false', '0', 'INACTIF', 'Fermé']) expect(readFlag(no), no).toBe(false);
    expect(readFlag('  ')).toBeNull();
    expect(readFlag('peut-être')).toBe('unreadable');
  });
});
