import { describe, expect, it } from 'vitest';
import { fr } from '../../../renderer/src/i18n/fr';
import { tp } from '../../../renderer/src/i18n/t';

describe('texts agree with their numbers (Intl.PluralRules)', () => {
  it('never writes « (s) » in the interface', () => {
    const hedged = Object.entries(fr).filter(([, text]) => /\w\(s\)/.test(text));
    expect(hedged).toEqual([]);
  });

  it('0 and 1 take the singular in French, 2 and more the plural', () => {
    expect(tp('home.invoices.draftsCount', 0, { countText: '0' })).toBe('0 brouillon en cours.');
    expect(tp('home.invoices.draftsCount', 1, { countText: '1' })).toBe('1 brouillon en cours.');
    expect(tp('home.invoices.unpaidCount', 2, { countText: '2', total: '10,00 €' })).toBe('2 factures émises non payées, 10,00 € au total.');
    expect(tp('home.invoices.overdueCount', 200, { countText: 'plus de 200', total: '1 €' })).toBe('plus de 200 factures en retard, 1 € à relancer.');
    expect(tp('setup.progress', 1, { total: 8 })).toBe('1 étape faite sur 8');
    expect(tp('setup.progress', 3, { total: 8 })).toBe('3 étapes faites sur 8');
    expect(tp('editor.findingsErrors', 1)).toBe('1 point bloquant');
    expect(tp('editor.findingsWarnings', 0)).toBe('0 avertissement');
    expect(tp('record.altered', 1)).toBe('Registre altéré : 1 anomalie trouvée.');
    expect(tp('record.altered', 3)).toBe('Registre altéré : 3 anomalies trouvées.');
  });
});
