import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/app/create-core';
import { startBrowserHost } from '../../../main/host/browser-host';
import { exchangeLoginUrl, useHostUnderTest, writeTinyRenderer } from '../../support/host-under-test';
import { makeTempDir } from '../../support/temp-dir';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Jupyter's way: the printed link carries a one-time token, which the first visit exchanges for an
 * HttpOnly, SameSite=Strict cookie and a redirect to a clean address. Nobody gets a secret from `GET /`.
 */
describe('signing a browser in to the host', () => {
  const subject = useHostUnderTest();

  it('prints a link with a one-time token, exchanged for an HttpOnly SameSite=Strict cookie and a clean address', async () => {
    const link = subject.host.newLoginUrl();
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${subject.port}/\\?token=[A-Za-z0-9_-]{43}$`));
    const token = new URL(link).searchParams.get('token') as string;
    const reply = await get(link);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const [cookie] = reply.headers['set-cookie'] ?? [];
    expect(cookie).toMatch(new RegExp(`^facturier_session_${subject.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(token);
    expect(reply.body).not.toContain(token);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('refuses a link that has already served, in French, without a cookie', async () => {
    const link = subject.host.newLoginUrl();
    await exchangeLoginUrl(link);
    const again = await get(link);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.headers['content-type']).toMatch(/text\/html/);
    expect(again.body).toMatch(/lien/);
    expect(again.body).toMatch(/déjà servi/);
  });

  it('lets a browser that is already signed in follow a used link to the clean address', async () => {
    const link = subject.host.newLoginUrl();
    const cookie = await exchangeLoginUrl(link);
    const again = await get(link, { Cookie: cookie });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/');
  });

  it('shows a French page saying to open the printed link to a browser without the cookie, never a token', async () => {
    const pending = new URL(subject.host.newLoginUrl()).searchParams.get('token') as string;
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const reply = await get(`${subject.host.origin}${path.slice(1)}`);
      expect(reply.status, path).toBe(401);
      expect(reply.headers['content-type']).toMatch(/text\/html/);
      expect(reply.body).toMatch(/<html lang="fr">/);
      expect(reply.body).toMatch(/ouvrez le lien affiché/i);
      expect(reply.body).not.toContain(pending);
      expect(reply.body).not.toMatch(/token/i);
    }
    // The pending link still works: showing the page did not spend it.
    expect((await get(`${subject.host.origin}?token=${pending}`)).status).toBe(303);
  });

  it('refuses an unknown or empty token with the same French page', async () => {
    for (const query of ['?token=', '?token=inconnu', `?token=${'A'.repeat(43)}`]) {
      const reply = await get(`${subject.host.origin}${query}`);
      expect(reply.status, query).toBe(401);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
  });

  it('keeps each browser signed in on its own cookie: two links, two sessions, both valid', async () => {
    const first = await subject.login();
    const second = await subject.login();
    expect(first).not.toBe(second);
    for (const cookie of [first, second]) {
      expect((await get(subject.host.origin, { Cookie: cookie })).status).toBe(200);
    }
  });

  it('refuses the cookie of an earlier run: a restarted host does not know it', async () => {
    const cookie = await subject.login();
    const dataDir = makeTempDir();
    const rendererDir = makeTempDir('facturier-renderer-');
    writeTinyRenderer(rendererDir.path);
    const core = createCore({ dataDir: dataDir.path, transport: 'browser' });
    const restarted = await startBrowserHost({ invoke: core.invoke, events: core.events, rendererDir: rendererDir.path });
    try {
      const renamed = cookie.replace(`_${subject.port}=`, `_${restarted.port}=`);
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: restarted.port, method: 'POST', path: '/ipc/app:info', headers: { Host: `127.0.0.1:${restarted.port}`, Cookie: renamed } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end('{}');
      });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      await restarted.close();
      core.close();
      dataDir.remove();
      rendererDir.remove();
    }
  });
});
