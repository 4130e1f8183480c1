import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RENDERER_DIR, startApp } from '../support/app-host';
import { launchChromium } from '../support/chromium';
import { makeTempDir } from '../support/temp-dir';
import { percentile, result, type BenchResult } from './bench-harness';

const RUNS = 7;

/** The JavaScript the first screen loads: the entry script and what it preloads, gzipped as a server would send it. */
function startupScripts(): { name: string; gzipKb: number; rawKb: number }[] {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  return referenced.map((name) => {
    const bytes = readFileSync(join(RENDERER_DIR, name));
    return { name, rawKb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
  });
}

/**
 * The renderer as a user meets it: first contentful paint of the home page in Chromium (the real browser
 * host and core behind it, a fresh profile each run), and the size of the JavaScript it loads first.
 */
export async function run(): Promise<BenchResult[]> {
  const scripts = startupScripts();
  const allJs = readdirSync(join(RENDERER_DIR, 'assets')).filter((n) => n.endsWith('.js'));
  for (const s of scripts) console.log(`  au démarrage : ${s.name} ${s.rawKb.toFixed(0)} Ko (${s.gzipKb.toFixed(0)} Ko gzip)`);
  console.log(`  fichiers JavaScript en tout : ${allJs.length}`);
  const dir = makeTempDir('facturier-bench-renderer-');
  const app = await startApp(dir.path);
  const browser = await launchChromium();
  const paints: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(app.host.url);
      // A function, not a string: the page's CSP (no 'unsafe-eval') refuses a string predicate.
      const fcp = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        undefined,
        { timeout: 30_000 },
      );
      paints.push((await fcp.jsonValue()) as number);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
    dir.remove();
  }
  const startupGzip = scripts.reduce((sum, s) => sum + s.gzipKb, 0);
  return [
    result('interface : premier affichage dans Chromium (médiane)', percentile(paints, 50), 'ms', 500),
    result('interface : JavaScript chargé au démarrage (gzip)', startupGzip, 'Ko', 250),
    result('interface : JavaScript chargé au démarrage (brut)', scripts.reduce((sum, s) => sum + s.rawKb, 0), 'Ko'),
  ];
}
