import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import rendererConfig from './vite.renderer.config';
import { sharedAlias } from './shared-alias.config';

// main and preload are bundled as CommonJS (package.json has no "type": "module"): a sandboxed preload
// must be CommonJS.
export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    // Four entries: the shell (index), the core it forks as a utilityProcess (core-process), the backup
    // worker thread (integrity and journal checks off the core's thread) and the directory's import worker.
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/main.ts'),
          'core-process': resolve(__dirname, 'main/core-process/entry.ts'),
          'backup-worker': resolve(__dirname, 'main/services/backup/backup-worker.ts'),
          'directory-import-worker': resolve(__dirname, 'main/services/public-directory/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    // A sandboxed preload cannot require packages: bundle zod and our shared code into it.
    build: { externalizeDeps: false, outDir: 'out/preload', rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') } } },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } },
  },
});
