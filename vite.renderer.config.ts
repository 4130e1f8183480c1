import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy';
import { sharedAlias } from './shared-alias.config';

/** The CSP goes into the built page only: Vite's dev server needs inline scripts that it would block. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'facturier-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

const rendererConfig = {
  root: resolve(__dirname, 'renderer'),
  base: './',
  resolve: { alias: sharedAlias },
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    // No inline assets: `default-src 'self'` would accept data: only for images.
    assetsInlineLimit: 0,
  },
} satisfies UserConfig;

export default rendererConfig;
