import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults, in wire order (RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, only-asar, V8 snapshot, file:// privileges). */
const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * An unpacked "Electron" for electron-builder's layout check, where the real binary cannot be downloaded
 * (toolchain.md): a shell script carrying a fuse wire with Electron's defaults, so electron-builder's fuse
 * step really flips our configured fuses in it and the test reads them back.
 */
export function makeStubElectronDist(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(executable, Buffer.concat([Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(`${ELECTRON_DEFAULT_FUSES}\necho "Electron factice"\n`)]));
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), `v${version}`);
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  return dir;
}
