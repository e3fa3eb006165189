'use strict';
/*
 * Loads one of the project's modules by its path without extension ("src/cli/main"): the
 * compiled dist/ copy when it is up to date (tools/build.js, run by `npm install`), else the
 * TypeScript source through tsx. CLAIMGRAPH_TS=1 forces the sources.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['src', 'bench', 'resources', 'test/support'];

let freshDist = null;

/** dist/ was built after the last change to any source file. */
function distIsFresh() {
  if (freshDist !== null) return freshDist;
  freshDist = false;
  if (process.env.CLAIMGRAPH_TS === '1') return false;
  let built;
  try {
    built = fs.statSync(path.join(root, 'dist', '.built')).mtimeMs;
  } catch {
    return false;
  }
  freshDist = SOURCE_DIRS.every((d) => !changedSince(path.join(root, d), built));
  return freshDist;
}

function changedSince(dir, time) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (changedSince(p, time)) return true;
    } else if (fs.statSync(p).mtimeMs > time) return true;
  }
  return false;
}

function load(rel) {
  const built = path.join(root, 'dist', `${rel}.js`);
  if (distIsFresh() && fs.existsSync(built)) return require(built);
  require('tsx/cjs');
  return require(path.join(root, `${rel}.ts`));
}

module.exports = { load, distIsFresh };
