import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../../main/electron/app-protocol-response';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import { makeTempDir } from '../../support/temp-dir';

describe('the app:// protocol serving the built renderer', () => {
  const root = makeTempDir('facturier-app-protocol-');
  const rendererDir = join(root.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>F</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root.path, 'secret.txt'), 'hors du dossier');
  afterAll(root.remove);

  it('serves the page and its files with the same CSP as the browser host', async () => {
    for (const url of ['app://facturier/index.html', 'app://facturier/', 'app://facturier/index.html#/reglages']) {
      const answer = await appProtocolResponse(url, rendererDir);
      expect(answer.status, url).toBe(200);
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['Content-Security-Policy']).toContain(CONTENT_SECURITY_POLICY);
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    }
    const script = await appProtocolResponse('app://facturier/assets/app.js', rendererDir);
    expect(script.status).toBe(200);
    expect(Buffer.from(script.body ?? '').toString()).toBe('console.log(1)');
  });

  it('refuses every path that leaves the renderer folder, and any other host', async () => {
    for (const url of [
      'app://facturier/../secret.txt',
      'app://facturier/%2e%2e/secret.txt',
      'app://facturier/assets/..%2f..%2fsecret.txt',
      'app://facturier/%2e%2e%5csecret.txt',
      'app://facturier/%00',
      'app://facturier/%E0%A4%A',
      'app://autre/index.html',
      'app://facturier:80/index.html',
      'pas une url',
    ]) {
      const answer = await appProtocolResponse(url, rendererDir);
      expect(answer.status, url).toBe(404);
      expect(Buffer.from(answer.body ?? '').toString(), url).not.toContain('hors du dossier');
    }
  });
});
