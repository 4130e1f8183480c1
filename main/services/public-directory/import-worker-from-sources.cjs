'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS bootstrap, as bin/facturier.js */
// Runs the directory's import worker from the TypeScript sources (tests, `npm run start:browser`): tsx compiles
// it on the fly and finds the `@shared/…` alias in the project's tsconfig. The built app loads
// out/main/directory-import-worker.js instead.
const { join } = require('node:path');
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || join(__dirname, '..', '..', '..', 'tsconfig.json');
require('tsx/cjs');
require(join(__dirname, 'import-worker.ts'));
