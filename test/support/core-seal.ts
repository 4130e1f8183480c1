import { join } from 'node:path';
import type { Core } from '../../main/app/create-core';
import type { Clock } from '../../main/services/clock';
import type { SealSource } from '../../main/services/journal/journal';
import { createJournalAnchor } from '../../main/services/journal/journal-anchor';
import { createKeyFileCipher } from '../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../main/services/secrets/secret-store';

/**
 * The journal's seal of a test core's data folder (browser-host key file), for a test that writes through
 * a service of its own on the same database: its entries are chained and sealed as the core's.
 */
export function sealOfCore(core: Core & { dataDir: string }, clock: Clock): SealSource {
  const secrets = createSecretStore(join(core.dataDir, 'secrets.json'), createKeyFileCipher(join(core.dataDir, 'secrets.key')));
  return createJournalAnchor(core.db, secrets, clock).seal;
}
