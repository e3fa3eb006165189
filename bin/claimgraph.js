#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly (esbuild via tsx), so the command works right
// after `npm install` with no build step to remember.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`claimgraph: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
