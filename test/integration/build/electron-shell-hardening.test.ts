import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const builtMain = () => {
  const path = resolve(root, 'out/main/index.js');
  if (!existsSync(path)) throw new Error('out/main/index.js absent : npm test lance « electron-vite build » avant les tests.');
  return readFileSync(path, 'utf8');
};

/**
 * Electron cannot run here, so the desktop shell is checked statically: the built main process wires the
 * protections, and the packaging turns the file:// fuse off. Each line names what a reviewer looks for.
 */
describe('the desktop shell, as built and packaged', () => {
  it('loads the app from app:// (a privileged standard scheme), never from a file:// URL', () => {
    const main = builtMain();
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(main).toMatch(/protocol\.handle\(/);
    expect(main).toContain('app://facturier/index.html');
    expect(main).not.toContain('pathToFileURL');
  });

  it('guards every web contents (navigation, redirects, new windows, webviews) and refuses devices', () => {
    const main = builtMain();
    for (const wired of ['web-contents-created', 'will-navigate', 'will-redirect', 'will-attach-webview', 'setWindowOpenHandler', 'setDevicePermissionHandler', 'setPermissionRequestHandler']) {
      expect(main, wired).toContain(wired);
    }
  });

  it('on a core failure at start shows a dialog, releases the single-instance lock and quits', () => {
    const main = builtMain();
    expect(main).toContain('showErrorBox');
    expect(main).toContain('releaseSingleInstanceLock');
    expect(main).toMatch(/ELECTRON_RENDERER_URL/);
    expect(main).toContain('isPackaged');
  });

  it('runs the core off the window’s process: a utilityProcess entry without electron, a shell without the database', () => {
    const main = builtMain();
    expect(main).toContain('utilityProcess');
    expect(main).toContain('core-process.js');
    expect(main).not.toMatch(/require\("better-sqlite3"\)/);
    const corePath = resolve(root, 'out/main/core-process.js');
    expect(existsSync(corePath)).toBe(true);
    const core = readFileSync(corePath, 'utf8');
    expect(core).toMatch(/require\("better-sqlite3"\)/);
    expect(core).not.toMatch(/require\("electron"\)/);
  });

  it('packages with the file:// privileges fuse off and the other fuses kept', () => {
    const config = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8');
    const fuses = Object.fromEntries([...config.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false,
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
