#!/usr/bin/env node
'use strict';
// The command line runs from the TypeScript sources: tsx compiles them on the fly, so `npx facturier`
// works right after `npm install`, without a build step.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher is the simplest portable bin */
// The sources import `@shared/…`: tsx finds that alias in the project's tsconfig, wherever the command is run from.
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || require('node:path').join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs');
require('../main/cli/main.ts');
