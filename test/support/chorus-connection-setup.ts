import type { Core } from '../../main/app/create-core';
import { valueOf } from './invoicing-setup';

/**
 * Saves a qualification connection with the given secrets (no simulator behind it): for tests that follow
 * where secrets go (backups, logs), not what Chorus Pro answers.
 */
export async function saveQualificationSecrets(core: Pick<Core, 'invoke'>, secrets: { pisteClientSecret: string; technicalPassword: string }): Promise<void> {
  valueOf(
    await core.invoke('chorusConnection:save', {
      environment: 'qualification',
      pisteClientId: 'client-id-123',
      technicalLogin: 'TECH_1_boulangerie@cpro.fr',
      ...secrets,
    }),
  );
}
