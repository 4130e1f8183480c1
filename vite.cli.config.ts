import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sharedAlias } from './shared-alias.config';

/**
 * `facturier`, the command line, built to plain JavaScript (out/cli/facturier.js, where package.json's
 * "bin" points): a Node 20 CommonJS bundle of our code, with the npm dependencies (pdfkit, fontkit, zod,
 * fflate…) left as requires, so an installed package runs it with `node` alone, without tsx.
 */
export default defineConfig({
  resolve: { alias: sharedAlias },
  logLevel: 'warn',
  build: {
    ssr: resolve(__dirname, 'main/cli/main.ts'),
    outDir: resolve(__dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'facturier.js', banner: '#!/usr/bin/env node' } },
  },
});
