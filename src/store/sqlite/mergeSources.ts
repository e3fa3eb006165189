import { ClaimgraphError, notFound, type Source } from '../../domain';
import { toSource, type SourceRow } from './rows';
import type { StatementCache } from './StatementCache';
import { resolveSourceId } from './writeBundle';

const SQL = {
  get: 'SELECT * FROM sources WHERE id = ?',
  setAliases: 'UPDATE sources SET aliases = ? WHERE id = ?',
  moveClaims: 'UPDATE claims SET source_id = ? WHERE source_id = ?',
  movePublisher: 'UPDATE articles SET publisher_id = ? WHERE publisher_id = ?',
  copyCredits: 'INSERT OR IGNORE INTO article_credits (article_id, source_id, pos) SELECT article_id, ?, pos FROM article_credits WHERE source_id = ?',
  dropCredits: 'DELETE FROM article_credits WHERE source_id = ?',
  copyNames: 'INSERT OR IGNORE INTO source_names (name_lc, source_id) SELECT name_lc, ? FROM source_names WHERE source_id = ?',
  dropNames: 'DELETE FROM source_names WHERE source_id = ?',
  addName: 'INSERT OR IGNORE INTO source_names (name_lc, source_id) VALUES (?, ?)',
  // Flatten chains: whatever pointed at the merged id now points at the survivor.
  retarget: 'UPDATE source_redirects SET to_id = ? WHERE to_id = ?',
  redirect: 'INSERT OR REPLACE INTO source_redirects (from_id, to_id) VALUES (?, ?)',
  drop: 'DELETE FROM sources WHERE id = ?',
} as const;

/** Merges sources into the first (after redirects); runs inside the caller's transaction. */
export function mergeSourcesTx(st: StatementCache, ids: readonly string[]): Source {
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || id.length === 0)) {
    throw new ClaimgraphError('BAD_INPUT', 'mergeSources needs a non-empty list of source ids');
  }
  const rows: SourceRow[] = ids.map((id) => {
    const row = st.get(SQL.get).get(resolveSourceId(st, id)) as SourceRow | undefined;
    if (row === undefined) throw notFound('source', id);
    return row;
  });
  const survivor = toSource(rows[0]!);
  const seen = new Set([survivor.id]);
  for (const row of rows.slice(1)) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const other = toSource(row);
    for (const n of [other.name, ...other.aliases]) {
      if (n !== survivor.name && !survivor.aliases.includes(n)) survivor.aliases.push(n);
    }
    st.get(SQL.moveClaims).run(survivor.id, other.id);
    st.get(SQL.movePublisher).run(survivor.id, other.id);
    st.get(SQL.copyCredits).run(survivor.id, other.id);
    st.get(SQL.dropCredits).run(other.id);
    st.get(SQL.copyNames).run(survivor.id, other.id);
    st.get(SQL.dropNames).run(other.id);
    st.get(SQL.retarget).run(survivor.id, other.id);
    st.get(SQL.drop).run(other.id);
    st.get(SQL.redirect).run(other.id, survivor.id);
  }
  st.get(SQL.setAliases).run(JSON.stringify(survivor.aliases), survivor.id);
  for (const n of survivor.aliases) st.get(SQL.addName).run(n.toLowerCase(), survivor.id);
  return survivor;
}
