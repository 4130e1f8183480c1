import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(__dirname, '../../../out');
const read = (path: string) => {
  const full = resolve(out, path);
  if (!existsSync(full)) throw new Error(`${path} absent : npm test lance « electron-vite build » avant les tests.`);
  return readFileSync(full, 'utf8');
};

describe('the built desktop app', () => {
  it('has a preload that a sandboxed window can load: CommonJS requiring only electron', () => {
    const preload = read('preload/index.js');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('exposes one frozen object and never ipcRenderer itself', () => {
    const preload = read('preload/index.js');
    expect(preload).toMatch(/exposeInMainWorld\([^)]*Object\.freeze/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^,]+,\s*ipcRenderer\s*\)/);
  });

  it('has a main entry where package.json points', () => {
    const pkg = JSON.parse(readFileSync(resolve(out, '../package.json'), 'utf8')) as { main: string };
    expect(existsSync(resolve(out, '..', pkg.main))).toBe(true);
    expect(read('main/index.js')).toContain('requestSingleInstanceLock');
  });
});
