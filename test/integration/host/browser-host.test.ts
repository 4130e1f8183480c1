import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/app/create-core';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { makeTempDir } from '../../support/temp-dir';
import { latestVersion } from '../../../main/db/migrations';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(host: BrowserHost, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ipc = (host: BrowserHost, channel: string, body: unknown, headers: Record<string, string> = { 'X-Facturier-Token': host.token }) =>
  send(host, 'POST', `/ipc/${channel}`, { headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the browser host', () => {
  const dataDir = makeTempDir();
  const rendererDir = makeTempDir('facturier-renderer-');
  let core: Core;
  let host: BrowserHost;

  beforeAll(async () => {
    writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><html><head><title>F</title></head><body></body></html>');
    mkdirSync(join(rendererDir.path, 'assets'));
    writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)');
    core = createCore({ dataDir: dataDir.path, transport: 'browser', validateOutput: true });
    host = await startBrowserHost({ invoke: core.invoke, events: core.events, rendererDir: rendererDir.path });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    dataDir.remove();
    rendererDir.remove();
  });

  it('listens on the loopback address only', async () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    const external = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: external.address, port: host.port });
        socket.on('connect', () => { socket.destroy(); resolve(false); });
        socket.on('error', () => resolve(true));
      });
      expect(refused, `reachable on ${external.address}`).toBe(true);
    }
  });

  it('answers a call that carries the token', async () => {
    const reply = await ipc(host, 'app:info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { transport: 'browser', databaseVersion: latestVersion } });
  });

  it('refuses a call without the token', async () => {
    const reply = await ipc(host, 'company:get', {}, {});
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a call with a wrong token, even one of the right length', async () => {
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    for (const token of [wrong, 'x', '']) {
      const reply = await ipc(host, 'company:get', {}, { 'X-Facturier-Token': token });
      expect(reply.status, token).toBe(401);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) on calls and pages', async () => {
    const headers = { Host: `attaquant.example:${host.port}`, 'X-Facturier-Token': host.token };
    expect((await send(host, 'POST', '/ipc/company:get', { headers, body: '{}' })).status).toBe(403);
    expect((await send(host, 'GET', '/', { headers })).status).toBe(403);
    expect((await send(host, 'GET', '/', { headers: { Host: '127.0.0.1:1' } })).status).toBe(403);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await ipc(host, 'company:get', {}, { 'X-Facturier-Token': host.token, Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const ours = await ipc(host, 'company:get', {}, { 'X-Facturier-Token': host.token, Origin: `http://localhost:${host.port}` });
    expect(ours.status).toBe(200);
  });

  it('delivers the token inside the page, with a strict CSP header', async () => {
    const page = await send(host, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="facturier-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    expect((await send(host, 'GET', '/assets/app.js')).status).toBe(200);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x']) {
      expect((await send(host, 'GET', path)).status, path).toBe(404);
    }
  });

  it('turns malformed JSON and unknown channels into { ok: false }', async () => {
    const bad = await send(host, 'POST', '/ipc/company:save', { headers: { 'X-Facturier-Token': host.token }, body: '{pas du json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await ipc(host, 'fichiers:lire', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('streams events to a page that has the token, and to no other', async () => {
    expect((await send(host, 'GET', '/events?token=faux')).status).toBe(401);
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('connecté')) core.events.emit('app:notice', { level: 'info', message: 'Bonjour' });
          if (text.includes('Bonjour')) { req.destroy(); resolve(text); }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('event: app:notice\ndata: {"level":"info","message":"Bonjour"}');
  });
});
