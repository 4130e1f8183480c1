/**
 * `npm run simulator`: the Chorus Pro simulator on 127.0.0.1, alone, for trying a client by hand (curl,
 * Postman, another Facturier). Prints its URL, endpoints and demonstration credentials.
 * Options: `--port 8787`, `--fast` (a status life in minutes instead of days), `--siret 12345678900011`
 * (the supplier structure of the technical account).
 */
import { parseArgs } from 'node:util';
import { startChorusSimulator } from '../main/services/chorus/simulator/chorus-simulator';
import { SEED_BUYERS } from '../main/services/chorus/simulator/seed-data';
import type { LifeName } from '../main/services/chorus/simulator/status-lives';

const LIFE_LABELS: Record<LifeName, string> = {
  paid: 'payée',
  suspended: 'suspendue, puis payée une fois complétée',
  recycle: 'à recycler vers ACHATS, puis payée',
  rejected: 'rejetée',
  never_paid: 'mandatée, paiement jamais signalé',
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, fast: { type: 'boolean' }, siret: { type: 'string' } } });
  const simulator = await startChorusSimulator({
    port: values.port ? Number(values.port) : 0,
    keepProcessAlive: true,
    ...(values.fast ? { timeScale: 1 / 1440, integrationDelayMs: 5_000 } : {}),
    ...(values.siret ? { supplier: { siret: values.siret, name: 'Fournisseur de démonstration' } } : {}),
  });
  const { credentials, endpoints } = simulator;
  console.log(`Simulateur Chorus Pro : ${simulator.url}`);
  console.log(`  Jeton OAuth2 (PISTE) : ${endpoints.tokenUrl}`);
  console.log(`  API Chorus Pro       : ${endpoints.apiBase}`);
  console.log('Identifiants de démonstration :');
  console.log(`  client_id      ${credentials.pisteClientId}`);
  console.log(`  client_secret  ${credentials.pisteClientSecret}`);
  console.log(`  compte technique ${credentials.technicalLogin} / ${credentials.technicalPassword}`);
  console.log('Destinataires publics :');
  for (const buyer of SEED_BUYERS) {
    const services = buyer.services.map((service) => service.codeService).join(', ') || 'aucun service';
    console.log(`  ${buyer.siret}  ${buyer.name} (${services}) : ${LIFE_LABELS[buyer.life]}`);
  }
  console.log('Ctrl+C pour arrêter.');
  const stop = () => void simulator.stop().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
