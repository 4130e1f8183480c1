import { describe, expect, it } from 'vitest';
import { indexedName, queryWords, words } from '../../../main/services/public-directory/search-text';

describe('one normalisation for the index and the query', () => {
  it('splits at hyphens, apostrophes and spaces; folds case, accents and ligatures', () => {
    expect(words('Syndicat des eaux de l’Anjou')).toEqual(['syndicat', 'des', 'eaux', 'de', 'l', 'anjou']);
    expect(words("Beaufort-en-Anjou d'ŒUILLY École")).toEqual(['beaufort', 'en', 'anjou', 'd', 'oeuilly', 'ecole']);
  });

  it('indexes the abbreviations and long forms people type', () => {
    expect(indexedName('Commune de Saint-Herblain').split(' ')).toEqual(expect.arrayContaining(['saint', 'st', 'mairie']));
    expect(indexedName('Sainte-Foy')).toContain('ste');
    expect(indexedName('Centre communal d’action sociale de Cholet')).toContain('ccas');
    expect(indexedName('Centre hospitalier de Cholet')).toContain('hopital');
  });

  it('drops small words from a query, except the one being typed', () => {
    expect(queryWords('ccas de beaufort')).toEqual(['ccas', 'beaufort']);
    expect(queryWords('ccas de')).toEqual(['ccas', 'de']);
    expect(queryWords("eaux de l'anjou")).toEqual(['eaux', 'anjou']);
    expect(queryWords('ccas b')).toEqual(['ccas']);
    expect(queryWords('le')).toEqual(['le']);
  });
});
