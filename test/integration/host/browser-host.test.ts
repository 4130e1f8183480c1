import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../main/db/migrations';
import { useHostUnderTest } from '../../support/host-under-test';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

describe('the browser host', () => {
  const subject = useHostUnderTest();

  function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: subject.port, method, path, headers: { Host: `127.0.0.1:${subject.port}`, ...options.headers } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }

  const ipc = (channel: string, body: unknown, headers: Record<string, string>) =>
    send('POST', `/ipc/${channel}`, { headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('listens on the loopback address only', async () => {
    expect(subject.host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(subject.host.origin).toBe(`http://127.0.0.1:${subject.port}/`);
    const external = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: external.address, port: subject.port });
        socket.on('connect', () => { socket.destroy(); resolve(false); });
        socket.on('error', () => resolve(true));
      });
      expect(refused, `reachable on ${external.address}`).toBe(true);
    }
  });

  it('answers a call that carries the session cookie', async () => {
    const reply = await ipc('app:info', {}, { Cookie: await subject.login() });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { transport: 'browser', databaseVersion: latestVersion } });
  });

  it('refuses a call without the cookie, with a wrong one, or with the login token itself', async () => {
    const cookie = await subject.login();
    const [name] = cookie.split('=');
    const token = new URL(subject.host.newLoginUrl()).searchParams.get('token') as string;
    const attempts: Array<Record<string, string>> = [{}, { Cookie: `${name}=faux` }, { Cookie: `${name}=${token}` }, { 'X-Facturier-Token': token }];
    for (const headers of attempts) {
      const reply = await ipc('company:get', {}, headers);
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding) on calls and pages, even with the cookie', async () => {
    const cookie = await subject.login();
    const headers = { Host: `attaquant.example:${subject.port}`, Cookie: cookie };
    expect((await send('POST', '/ipc/company:get', { headers, body: '{}' })).status).toBe(403);
    expect((await send('GET', '/', { headers })).status).toBe(403);
    expect((await send('GET', '/', { headers: { Host: '127.0.0.1:1', Cookie: cookie } })).status).toBe(403);
    const login = new URL(subject.host.newLoginUrl());
    expect((await send('GET', `/${login.search}`, { headers: { Host: `attaquant.example:${subject.port}` } })).status).toBe(403);
  });

  it('refuses a foreign Origin even with the cookie', async () => {
    const cookie = await subject.login();
    const reply = await ipc('company:get', {}, { Cookie: cookie, Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const ours = await ipc('company:get', {}, { Cookie: cookie, Origin: `http://localhost:${subject.port}` });
    expect(ours.status).toBe(200);
  });

  it('serves the page with a strict CSP header and no secret in it', async () => {
    const cookie = await subject.login();
    const page = await send('GET', '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>F</title>');
    expect(page.body).not.toContain('facturier-token');
    expect(page.body).not.toContain(cookie.split('=')[1]);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    const cookie = await subject.login();
    expect((await send('GET', '/assets/app.js', { headers: { Cookie: cookie } })).status).toBe(200);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x']) {
      expect((await send('GET', path, { headers: { Cookie: cookie } })).status, path).toBe(404);
    }
  });

  it('turns malformed JSON and unknown channels into { ok: false }', async () => {
    const cookie = await subject.login();
    const bad = await send('POST', '/ipc/company:save', { headers: { Cookie: cookie }, body: '{pas du json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await ipc('fichiers:lire', {}, { Cookie: cookie });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('streams events to a page that has the cookie, and to no other', async () => {
    expect((await send('GET', '/events')).status).toBe(401);
    const cookie = await subject.login();
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: subject.port, path: '/events', headers: { Host: `127.0.0.1:${subject.port}`, Cookie: cookie } }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('connecté')) subject.core.events.emit('app:notice', { level: 'info', message: 'Bonjour' });
          if (text.includes('Bonjour')) { req.destroy(); resolve(text); }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('event: app:notice\ndata: {"level":"info","message":"Bonjour"}');
  });
});
