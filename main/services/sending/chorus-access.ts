import { errorMessages } from '@shared/errors/error-codes';
import { AppError } from '../../errors/app-error';
import type { ChorusConnectionService } from '../chorus-connection/chorus-connection-service';
import { toFailure } from './sender/call-failure';
import type { ChorusAccess } from './sender/sender-port';

/** Failures that say the network (not Chorus Pro's answer) is the problem. */
const UNREACHABLE = new Set(['chorus_offline', 'chorus_timeout', 'chorus_connection_lost']);

/**
 * The sender's way to Chorus Pro: the client of the connection in use (the one « Tester la connexion »
 * uses), or why there is none. The probe is one small authenticated search: any answer, even a refusal,
 * means Chorus Pro is reachable again.
 */
export function createChorusAccess(connection: ChorusConnectionService): () => Promise<ChorusAccess> {
  return async () => {
    if (!connection.get().isConfigured) return { isReady: false, reason: errorMessages.chorus_not_configured };
    try {
      const { client } = await connection.client();
      const probe = async () => {
        try {
          await client.searchSupplierInvoices({ numeroFacture: 'FACTURIER-SONDE' }, { page: 1, pageSize: 1 });
          return true;
        } catch (error) {
          return !UNREACHABLE.has(toFailure(error).code);
        }
      };
      return { isReady: true, client, probe };
    } catch (error) {
      return { isReady: false, reason: error instanceof AppError ? error.message : errorMessages.internal };
    }
  };
}
