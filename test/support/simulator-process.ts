/**
 * The Chorus Pro simulator in a process of its own, as Chorus Pro is for the app: for measurements where
 * its work must not share the core's thread. Prints one JSON line (url, endpoints, credentials); on each
 * "deposits" line read from stdin, prints one JSON line counting deposits per invoice number.
 */
import { createInterface } from 'node:readline';
import { startChorusSimulator } from '../../main/services/chorus/simulator/chorus-simulator';

async function main(): Promise<void> {
  const simulator = await startChorusSimulator({ integrationDelayMs: Number(process.argv[2] ?? 60_000), keepProcessAlive: true });
  process.stdout.write(`${JSON.stringify({ url: simulator.url, endpoints: simulator.endpoints, credentials: simulator.credentials })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'deposits') continue;
    const perNumber: Record<string, number> = {};
    for (const deposit of simulator.inspect.deposits()) perNumber[deposit.invoiceNumber ?? '?'] = (perNumber[deposit.invoiceNumber ?? '?'] ?? 0) + 1;
    process.stdout.write(`${JSON.stringify(perNumber)}\n`);
  }
  await simulator.stop();
  process.exit(0);
}

void main();
