import { eventRef, type Event, type EventMerge } from '../../domain';
import type { StatementCache } from './StatementCache';

const SQL = {
  exists: 'SELECT 1 FROM events WHERE id = ?',
  moveClaims: 'UPDATE claims SET event_id = ?, event = ? WHERE event_id = ?',
  keyRows: 'SELECT article_rowid, claim_ids FROM claim_keys WHERE key = ?',
  keyRow: 'SELECT claim_ids FROM claim_keys WHERE key = ? AND article_rowid = ?',
  keyPut: 'INSERT OR REPLACE INTO claim_keys (key, article_rowid, claim_ids) VALUES (?, ?, ?)',
  keyDrop: 'DELETE FROM claim_keys WHERE key = ?',
  // Flatten chains: whatever pointed at the merged event now points at the survivor.
  retarget: 'UPDATE event_redirects SET to_id = ? WHERE to_id = ?',
  redirect: 'INSERT OR REPLACE INTO event_redirects (from_id, to_id) VALUES (?, ?)',
  resolve: 'SELECT to_id FROM event_redirects WHERE from_id = ?',
  drop: 'DELETE FROM events WHERE id = ?',
} as const;

/**
 * Folds a stored event into `into` (already written by the caller, in the same transaction):
 * its claims take `into`'s id and fields, their keys are renamed, and its id redirects to
 * `into`. An event that is not stored (merged or never written) leaves nothing to do.
 */
export function mergeEventTx(st: StatementCache, merge: EventMerge, into: Event): void {
  if (st.get(SQL.exists).get(merge.from) === undefined) return;
  const ref = JSON.stringify(eventRef(into));
  st.get(SQL.moveClaims).run(into.id, ref, merge.from);
  for (const k of merge.keys) renameKey(st, k.from, k.to);
  st.get(SQL.retarget).run(into.id, merge.from);
  st.get(SQL.redirect).run(merge.from, into.id);
  st.get(SQL.drop).run(merge.from);
}

/** Rows are per key and article (migration 004): an article already under the new key keeps both lists. */
function renameKey(st: StatementCache, from: string, to: string): void {
  if (from === to) return;
  const rows = st.get(SQL.keyRows).all(from) as Array<{ article_rowid: number; claim_ids: string }>;
  for (const r of rows) {
    const held = st.get(SQL.keyRow).pluck().get(to, r.article_rowid) as string | undefined;
    const ids = held === undefined ? (JSON.parse(r.claim_ids) as string[]) : [...new Set([...(JSON.parse(held) as string[]), ...(JSON.parse(r.claim_ids) as string[])])];
    st.get(SQL.keyPut).run(to, r.article_rowid, JSON.stringify(ids));
  }
  st.get(SQL.keyDrop).run(from);
}

/** A merged-away event id as the id of the event its claims moved to (itself when not merged). */
export function resolveEventId(st: StatementCache, id: string): string {
  return (st.get(SQL.resolve).pluck().get(id) as string | undefined) ?? id;
}
