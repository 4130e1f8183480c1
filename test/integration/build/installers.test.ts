import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { makeStubElectronDist } from '../../support/stub-electron';
import { makeTempDir } from '../../support/temp-dir';

const ROOT = resolve(__dirname, '../../..');
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Array<{ target: string }>; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string; maintainer: string };
  mac: { target: string; icon: string };
}
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('the installers’ configuration', () => {
  it('names the app and builds per-user Windows, Linux and macOS installers', () => {
    expect(config).toMatchObject({ appId: 'fr.facturier.app', productName: 'Facturier', npmRebuild: true });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    // No administrator rights on a shop PC; a shortcut on the desktop; the invoices survive an uninstall.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createDesktopShortcut: 'always', deleteAppDataOnUninstall: false });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.mac.target).toBe('dmg');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('sets the Electron fuses that close the doors an attacker would use', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has its icons: a 1024 px PNG, a Windows .ico with a 256 px image, a macOS .icns, and the Linux sizes', () => {
    const png = readFileSync(join(ROOT, config.mac.icon.replace('.icns', '.png')));
    expect(png.readUInt32BE(16)).toBe(1024);
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toContain(256);
    expect(readFileSync(join(ROOT, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(ROOT, config.linux.icon, `${size}x${size}.png`))).toBe(true);
  });
});

describe('the packaged app (electron-builder --dir with a stub Electron, no rebuild)', () => {
  it('holds what the app needs in its asar, better-sqlite3 unpacked, nothing of the tests, and the fuses flipped', async () => {
    if (!existsSync(join(ROOT, 'out/main/index.js'))) throw new Error('out/ absent : npm test construit l’application avant les tests.');
    const work = makeTempDir('facturier-builder-');
    try {
      const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
      const dist = makeStubElectronDist(join(work.path, 'electron'), version);
      const output = join(work.path, 'dist');
      const run = spawnSync(
        join(ROOT, 'node_modules/.bin/electron-builder'),
        ['--linux', 'dir', `-c.electronDist=${dist}`, '-c.npmRebuild=false', `-c.directories.output=${output}`],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
      );
      expect(run.status, run.stderr + run.stdout.slice(-2000)).toBe(0);
      const resources = join(output, 'linux-unpacked', 'resources');
      const asar = join(resources, 'app.asar');
      const files = listPackage(asar, { isPack: false }).map((path) => path.replace(/\\/g, '/'));
      for (const needed of [
        '/package.json',
        '/out/main/index.js',
        '/out/main/backup-worker.js',
        '/out/main/directory-import-worker.js',
        '/out/preload/index.js',
        '/out/renderer/index.html',
        '/out/cli/facturier.js',
        '/node_modules/better-sqlite3/package.json',
        '/node_modules/pdfkit/package.json',
        '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
        '/node_modules/pino/package.json',
        '/node_modules/fflate/package.json',
        '/node_modules/zod/package.json',
      ]) {
        expect(files, needed).toContain(needed);
      }
      const forbidden = files.filter(
        (path) =>
          /^\/(test|main|renderer|shared|scripts|docs|assets)\//.test(path) ||
          /\.(ts|tsx|map)$/.test(path) ||
          /^\/node_modules\/(vitest|vite|react|react-dom|playwright-core|electron|electron-builder|typescript|tsx|@resvg|saxon-js|jsdom|better-sqlite3\/deps)\//.test(path),
      );
      expect(forbidden).toEqual([]);
      expect((JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string }).main).toBe('out/main/index.js');
      expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);

      const wire = await getCurrentFuseWire(join(output, 'linux-unpacked', 'facturier'));
      const state = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
      expect(state(FuseV1Options.RunAsNode)).toBe('0');
      expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
      expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
      expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
      expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
      expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    } finally {
      work.remove();
    }
  }, 600_000);
});
