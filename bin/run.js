#!/usr/bin/env node
'use strict';
// `node bin/run.js bench/extract [flags]`: runs a script the way the command runs (bin/entry.js),
// so that benchmarks measure the code users run.
const rel = process.argv.splice(2, 1)[0];
if (!rel) {
  process.stderr.write('usage: node bin/run.js <path without extension> [args]\n');
  process.exitCode = 2;
} else {
  require('./entry').load(rel.replace(/\.(?:ts|js)$/u, ''));
}
