import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { differentialProperty } from '../../support/corpus/differential';
import { validationAvailable, warmUpValidators } from '../../support/validation';

/**
 * Differential test: random invoices our pre-issue checks accept must all pass the official validators
 * (Factur-X EN16931 CII and UBL 2.1). 25 here (~10 s); `npm run test:differential` runs 1,000.
 */
describe.skipIf(!validationAvailable())('differential: checkInvoice accepts ⇒ the official validators accept', () => {
  beforeAll(() => warmUpValidators(['en16931-cii', 'en16931-ubl', 'facturx-en16931']), 240_000);

  it('holds for 25 generated invoices', async () => {
    await fc.assert(differentialProperty(), { numRuns: 25, seed: Number(process.env['FACTURIER_DIFFERENTIAL_SEED'] ?? 20250314) });
    // ~20 s on an idle machine; room for a busy one.
  }, 180_000);
});
