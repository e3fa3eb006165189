import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text. Every query is prepared once per connection; list
 * queries assembled from fixed fragments (never from user strings) are cached the same way.
 */
export class StatementCache {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (s === undefined) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  clear(): void {
    this.cache.clear();
  }
}
