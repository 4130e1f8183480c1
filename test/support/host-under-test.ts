import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCore, type Core } from '../../main/app/create-core';
import { startBrowserHost, type BrowserHost, type HostLimits } from '../../main/host/browser-host';
import type { Invoke } from '../../main/ipc/invoker';
import { makeTempDir } from './temp-dir';

/** A tiny stand-in for the built renderer: the host serves files, what they contain does not matter here. */
export function writeTinyRenderer(dir: string): void {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>F</title></head><body></body></html>');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
}

/** Follows a one-time login link as a browser would and returns the session cookie (`name=value`). */
export function exchangeLoginUrl(loginUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(loginUrl, (res) => {
      res.resume();
      const setCookie = res.headers['set-cookie']?.[0];
      if (res.statusCode !== 303 || !setCookie) return reject(new Error(`login refused: ${res.statusCode}`));
      resolve(setCookie.split(';')[0] as string);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A real core behind a real browser host for the whole test file, on fresh folders. `wrapInvoke` lets a
 * test put a slow or failing step in front of the real invoke (to hold a request open, or to throw).
 */
export function useHostUnderTest(options: { limits?: Partial<HostLimits>; wrapInvoke?: (invoke: Invoke) => Invoke } = {}) {
  const dataDir = makeTempDir();
  const rendererDir = makeTempDir('facturier-renderer-');
  let core: Core | null = null;
  let host: BrowserHost | null = null;
  beforeAll(async () => {
    writeTinyRenderer(rendererDir.path);
    core = createCore({ dataDir: dataDir.path, transport: 'browser', validateOutput: true });
    const invoke = options.wrapInvoke ? options.wrapInvoke(core.invoke) : core.invoke;
    host = await startBrowserHost({ invoke, events: core.events, rendererDir: rendererDir.path, limits: options.limits });
  });
  afterAll(async () => {
    await host?.close();
    core?.close();
    dataDir.remove();
    rendererDir.remove();
  });
  const started = <T>(value: T | null): T => {
    if (value === null) throw new Error('The host is not started yet (use it inside a test).');
    return value;
  };
  return {
    get host(): BrowserHost {
      return started(host);
    },
    get core(): Core {
      return started(core);
    },
    get port(): number {
      return started(host).port;
    },
    login(): Promise<string> {
      return exchangeLoginUrl(started(host).newLoginUrl());
    },
  };
}
