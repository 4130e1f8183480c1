/** One cold start, in its own process (core-start.bench.ts): prints { loadMs, firstPageMs, rows } as JSON. */
const loadStart = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- timed on purpose: module loading is measured apart
const { createCore } = require('../../../main/app/create-core') as typeof import('../../../main/app/create-core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { silentLogger } = require('../../../main/services/logging/logger') as typeof import('../../../main/services/logging/logger');
const loadMs = performance.now() - loadStart;

async function main(): Promise<void> {
  const started = performance.now();
  const core = createCore({ dataDir: process.argv[2] as string, transport: 'browser', logger: silentLogger });
  const page = await core.invoke('invoices:list', { limit: 50 });
  const firstPageMs = performance.now() - started;
  core.close();
  if (!page.ok) throw new Error(page.error.message);
  process.stdout.write(`${JSON.stringify({ loadMs, firstPageMs, rows: (page.value as { rows: unknown[] }).rows.length })}\n`);
}

void main();
