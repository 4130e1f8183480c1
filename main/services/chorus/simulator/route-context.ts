import type { Clock } from '../../clock';
import type { SimulatorDirectory } from './simulator-directory';
import type { Body } from './simulator-http';
import type { SimulatorLedger } from './simulator-ledger';

export interface RouteContext {
  clock: Clock;
  directory: SimulatorDirectory;
  ledger: SimulatorLedger;
  attachments: Map<number, { name: string; size: number }>;
  settings: {
    maxFluxBytes: number;
    /** The technical password's expiry `structures/v1/consulter` reports for the supplier, or null. */
    passwordExpiresOn: string | null;
  };
}

/** One API path: the parsed JSON body in, the answer (without codeRetour/libelle) out, or a SimulatorRefusal. */
export type Route = (body: Body, context: RouteContext) => object;
