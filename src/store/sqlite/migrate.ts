import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own
 * BEGIN IMMEDIATE transaction so two processes opening the same new file cannot both
 * apply a step (the second waits, then sees it recorded). Returns the versions applied.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of ordered) {
    const step = db.transaction(() => {
      if (isApplied.get(m.version) !== undefined) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    });
    step.immediate();
  }
  return applied;
}

/** Versions recorded as applied, ascending. */
export function appliedVersions(db: Database.Database): number[] {
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
}
