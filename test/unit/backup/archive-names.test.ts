import { describe, expect, it } from 'vitest';
import { createArchiveNames, isSafeArchivePath } from '../../../main/services/exports/archive-names';
import { csvText } from '../../../main/services/exports/csv';

describe('names inside the archive', () => {
  it('never lets an invoice number climb out of its folder or hide', () => {
    const names = createArchiveNames();
    const made = ['../../etc/passwd', '..', '.', '.cache', 'C:\\Windows\\x', '/abs/olu', 'F 2026 ü', ''].map((n) => names.stemFor('factures', n));
    for (const stem of made) {
      expect(isSafeArchivePath(`${stem}.pdf`)).toBe(true);
      expect(stem.startsWith('factures/')).toBe(true);
      expect(stem.slice('factures/'.length)).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
    }
    expect(new Set(made).size).toBe(made.length);
  });

  it('keeps two numbers apart when they make the same file name', () => {
    const names = createArchiveNames();
    expect([names.stemFor('factures', 'F/2026/1'), names.stemFor('factures', 'F_2026_1'), names.stemFor('avoirs', 'F_2026_1')]).toEqual([
      'factures/F_2026_1',
      'factures/F_2026_1-2',
      'avoirs/F_2026_1',
    ]);
  });

  it('tells safe paths from dangerous ones when reading an archive', () => {
    expect(isSafeArchivePath('factures/F-2026-0001.pdf')).toBe(true);
    for (const bad of ['../x', 'a/../../x', '/etc/x', 'C:/x', 'a\\b', 'a//b', './x', '', 'a\u0000b']) expect(isSafeArchivePath(bad)).toBe(false);
  });

  it('keeps a customer name that looks like a formula as text in the ledger', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvText('Mairie; annexe')).toBe('"Mairie; annexe"');
    expect(csvText('-Dupont')).toBe("'-Dupont");
  });
});
