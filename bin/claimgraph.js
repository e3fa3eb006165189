#!/usr/bin/env node
'use strict';
// Runs the compiled tree that `npm install` builds (dist/), or the TypeScript sources through
// tsx when dist/ is missing or older than a source file (bin/entry.js): no build step to remember.
const { main } = require('./entry').load('src/cli/main');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`claimgraph: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
