import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignSize, reportCampaign } from '../../support/campaign';
import { startBrowserAppProcess, waitForExit, type BrowserAppProcess } from '../../support/browser-app-process';
import { exchangeLoginUrl, writeTinyRenderer } from '../../support/host-under-test';
import { fuzzCase, type FuzzCase } from '../../support/http-fuzz';
import { rawExchange } from '../../support/raw-http';
import { makeTempDir } from '../../support/temp-dir';

const CASES = campaignSize(20_000, 600);
const BATCH = 50;
const SEED = Number(process.env.FACTURIER_FUZZ_SEED ?? Date.now() % 2 ** 31);

/**
 * Request lines, headers and bodies from fast-check, written on raw sockets to `npm run start:browser`
 * running in its own process (so a crash is a dead process, not a test error). After each batch of
 * exchanges, the host must still answer a normal signed-in call. The seed is printed to replay a run
 * (FACTURIER_FUZZ_SEED).
 */
describe('fuzzing the browser host at the socket level', () => {
  const dataDir = makeTempDir();
  const rendererDir = makeTempDir('facturier-renderer-');
  let app: BrowserAppProcess;
  let cookie = '';
  let port = 0;

  beforeAll(async () => {
    writeTinyRenderer(rendererDir.path);
    app = await startBrowserAppProcess(dataDir.path, rendererDir.path);
    port = Number(new URL(app.loginUrl).port);
    cookie = await exchangeLoginUrl(app.loginUrl);
  });
  afterAll(async () => {
    if (app && app.child.exitCode === null) {
      app.child.kill('SIGTERM');
      await waitForExit(app.child);
    }
    dataDir.remove();
    rendererDir.remove();
  });

  const isAnswering = async () => {
    const body = '{}';
    const reply = await rawExchange(
      port,
      [`POST /ipc/app:info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Length: ${body.length}\r\n\r\n${body}`],
      { untilResponse: true, waitMs: 10_000 },
    );
    return reply.status === 200 && (JSON.parse(reply.body) as { ok: boolean }).ok;
  };

  it(`survives ${CASES} malformed requests and still answers after every batch`, { timeout: Math.max(120_000, CASES * 60) }, async () => {
    console.log(`campagne host-fuzz : graine ${SEED}`);
    const cases = fc.sample(fuzzCase({ port, cookie }), { numRuns: CASES, seed: SEED });
    const statuses = new Map<number | null, number>();
    const failures: string[] = [];
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const replies = await Promise.all(
        batch.map((fuzz: FuzzCase) => rawExchange(port, fuzz.chunks, { endAfterWrite: fuzz.endAfterWrite, waitMs: 1_000 })),
      );
      for (const reply of replies) statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      // Every 400 comes from our guard (a length and a French body; none for HEAD), never Node's bare reply.
      replies.forEach((reply, index) => {
        const isOurs = reply.headers['content-length'] !== undefined && (reply.body === '' || /Requête invalide|incorrectes/.test(reply.body));
        if (reply.status === 400 && !isOurs) {
          failures.push(`400 sans message français (graine ${SEED}, cas ${start + index}) : ${reply.raw.slice(0, 200)}`);
        }
      });
      if (app.child.exitCode !== null || app.child.signalCode !== null || !(await isAnswering())) {
        failures.push(`l’hôte ne répond plus après le lot ${start / BATCH} (graine ${SEED}) :\n${app.output().slice(-2_000)}`);
        break;
      }
    }
    reportCampaign('host-fuzz (requêtes HTTP brutes)', 'requêtes', cases.length, failures.length);
    console.log(`statuts : ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    expect(app.output()).not.toMatch(/\n\s+at /); // no stack trace printed by the host
  });
});
