import { describe, expect, it } from 'vitest';
import { valueOf } from '../../support/invoicing-setup';
import { useTestCores } from '../../support/test-core';
import { largeDatabase } from '../../bench/support/large-database';

const TOTAL = 600;
const WITH_FILES = 300;

/**
 * The benchmarks' large database (test/bench/support/large-database.ts) on a small scale: 200 invoices issued
 * through the app, the rest copied in SQL under dropped triggers. What it hands over must be a record the
 * app itself finds intact, numbered without gap, with every guarding trigger back as the migrations made it.
 */
describe('the benchmarks’ large database', () => {
  const cores = useTestCores();

  it('verifies intact, numbered 1 to the last without gap, its triggers back as a fresh database has them', { timeout: 300_000 }, async () => {
    const shop = await largeDatabase(TOTAL, WITH_FILES, { cacheDir: cores.tempDir() });
    try {
      const core = cores.open({ dataDir: shop.dataDir });
      const verification = valueOf(await core.invoke('journal:verify', {}));
      expect(verification.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(verification.isIntact).toBe(true);

      const sequences = core.db.prepare("SELECT sequence FROM invoices WHERE status = 'issued' ORDER BY sequence").pluck().all();
      expect(sequences).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
      const numbers = core.db.prepare("SELECT number FROM invoices WHERE status = 'issued' ORDER BY sequence").pluck().all() as string[];
      expect(new Set(numbers).size).toBe(TOTAL);
      expect(numbers.at(-1)).toMatch(/600$/);
      expect(core.db.prepare('SELECT last_sequence FROM number_sequences').pluck().all()).toEqual([TOTAL]);
      expect(core.db.prepare('SELECT COUNT(*) FROM invoice_files WHERE length(bytes) > 1000').pluck().get()).toBeGreaterThanOrEqual(WITH_FILES * 3);

      const triggers = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name";
      const fresh = cores.open();
      expect(core.db.prepare(triggers).all()).toEqual(fresh.db.prepare(triggers).all());
      // And they still guard: a piece cannot be born issued.
      expect(() => core.db.exec("INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at) SELECT company_id, '380', 'issued', issue_date, '{}', created_at, updated_at FROM invoices LIMIT 1")).toThrow(/naît brouillon/);
    } finally {
      shop.remove();
    }
  });
});
