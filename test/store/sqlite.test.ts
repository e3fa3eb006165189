import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { ClaimgraphError } from '../../src/domain';
import { SqliteGraphStore, type SqliteGraphStoreOptions } from '../../src/store/sqlite/SqliteGraphStore';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { migrate } from '../../src/store/sqlite/migrate';
import { ftsQuery } from '../../src/store/sqlite/ftsQuery';
import { mapSqliteError } from '../../src/store/sqlite/sqliteErrors';
import type { CheckpointStats } from '../../src/store/sqlite/checkpointThread';
import { decodeCursor, encodeCursor } from '../../src/store/cursor';
import { describeGraphStoreContract, expectCode } from '../contract/graphStoreContract';
import { aljStory, apStory, fillerBundle } from '../contract/fixtures';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'claimgraph-sqlite-'));
}

/** The contract on a file database in a fresh temp folder per test, so the second connection is a real one. */
function describeFileStoreContract(name: string, options: Omit<SqliteGraphStoreOptions, 'path'> = {}): void {
  describeGraphStoreContract(name, async () => {
    const dir = tempDir();
    const path = join(dir, 'nested', 'graph.db');
    const store = new SqliteGraphStore({ ...options, path });
    await store.init();
    return {
      store,
      async openSecond() {
        const second = new SqliteGraphStore({ ...options, path });
        await second.init();
        return second;
      },
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
}

describeFileStoreContract('SqliteGraphStore (file, WAL)');
// CLAIMGRAPH_SQLITE_CHECKPOINT=background: the WAL is checkpointed by a worker thread.
describeFileStoreContract('SqliteGraphStore (file, WAL, checkpoint thread)', { checkpointInBackground: true });

/** The thread's stats once `done` holds of them, or as they are after 5 s (null once it has stopped). */
async function checkpointStatsWhen(store: SqliteGraphStore, done: (s: CheckpointStats) => boolean): Promise<CheckpointStats | null> {
  let stats = await store.checkpointStats();
  for (let waited = 0; stats !== null && !done(stats) && waited < 5_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    stats = await store.checkpointStats();
  }
  return stats;
}

describe('SqliteGraphStore checkpoint thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('the thread copies committed pages back while the writer only appends, and close leaves no WAL', async () => {
    const path = join(dir, 'bg.db');
    const store = new SqliteGraphStore({ path, checkpointInBackground: true });
    await store.init();
    const db = (store as unknown as { db: Database.Database }).db;
    // The writer's own checkpoint is only a backstop now.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(32768);
    for (let i = 0; i < 40; i++) await store.writeArticle(fillerBundle(`bg${i}`, '2020-01-02', 5));
    const stats = await checkpointStatsWhen(store, (s) => s.frames > 0);
    expect(stats).toMatchObject({ failures: 0 });
    expect(stats!.checkpoints).toBeGreaterThan(0);
    expect(stats!.frames).toBeGreaterThan(0);
    expect(await store.counts()).toMatchObject({ articles: 40, claims: 200 });
    await store.close();
    expect(await store.checkpointStats()).toBeNull();
    // The last connection closed checkpoints the rest and removes the WAL file.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = new SqliteGraphStore({ path });
    await again.init();
    expect(await again.counts()).toMatchObject({ articles: 40, claims: 200 });
    await again.close();
  });

  test('while a reader holds an old snapshot the thread copies only what it may, and the reader still sees its snapshot', async () => {
    const path = join(dir, 'reader.db');
    const store = new SqliteGraphStore({ path, checkpointInBackground: true });
    await store.init();
    await store.writeArticle(fillerBundle('before', '2020-01-02', 3));
    const reader = new Database(path, { readonly: true });
    reader.exec('BEGIN');
    expect(reader.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    for (let i = 0; i < 10; i++) await store.writeArticle(fillerBundle(`during${i}`, '2020-01-02', 3));
    await new Promise((r) => setTimeout(r, 300));
    const held = (await store.checkpointStats())!;
    expect(reader.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    reader.exec('COMMIT');
    reader.close();
    // Released, the pages written after the snapshot are copied too.
    const after = (await checkpointStatsWhen(store, (s) => s.frames !== held.frames))!;
    expect(after.frames).toBeGreaterThan(held.frames);
    expect(after.failures).toBe(0);
    expect(await store.counts()).toMatchObject({ articles: 11 });
    await store.close();
  });

  test("':memory:' and a store without the option run no thread", async () => {
    const memory = new SqliteGraphStore({ path: ':memory:', checkpointInBackground: true });
    await memory.init();
    expect(await memory.checkpointStats()).toBeNull();
    await memory.close();
    const plain = new SqliteGraphStore({ path: join(dir, 'plain.db') });
    await plain.init();
    expect(await plain.checkpointStats()).toBeNull();
    expect((plain as unknown as { db: Database.Database }).db.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
    await plain.close();
  });

  test('if the thread dies the writer checkpoints on its own again and nothing is lost', async () => {
    const path = join(dir, 'dies.db');
    const store = new SqliteGraphStore({ path, checkpointInBackground: true });
    await store.init();
    const internals = store as unknown as { db: Database.Database; checkpointer: { worker: { terminate(): Promise<number> } } };
    await store.writeArticle(fillerBundle('first', '2020-01-02', 3));
    await internals.checkpointer.worker.terminate();
    await new Promise((r) => setTimeout(r, 50));
    expect(await store.checkpointStats()).toBeNull();
    expect(internals.db.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
    await store.writeArticle(fillerBundle('second', '2020-01-02', 3));
    await store.close();
    const again = new SqliteGraphStore({ path });
    await again.init();
    expect(await again.counts()).toMatchObject({ articles: 2, claims: 6 });
    await again.close();
  });
});

describe('SqliteGraphStore specifics', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('migrations are versioned and re-running init is a no-op', async () => {
    const path = join(dir, 'm.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await store.init();
    await store.writeArticle(apStory().ap);
    await store.close();

    const db = new Database(path);
    const rows = db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as Array<{ version: number; applied_at: string }>;
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const again = new SqliteGraphStore({ path });
    await again.init();
    expect((await again.counts()).articles).toBe(1);
    await again.close();
    const db2 = new Database(path, { readonly: true });
    expect(db2.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(rows);
    db2.close();
  });

  test('a later migration is applied once, on top of the existing data', () => {
    const db = new Database(join(dir, 'later.db'));
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
    const next = { version: 999, name: 'test step', sql: 'CREATE TABLE test_step (x INTEGER)' };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([999]);
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([]);
    db.close();
  });

  test('a database written at schema version 3 is upgraded with its key and entity index intact', async () => {
    const path = join(dir, 'v3.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
    // Rows as a version-3 store wrote them: one claim_keys / claim_entities row per claim.
    db.exec(`
      INSERT INTO entities (id, name, type) VALUES ('n_baghdad', 'Baghdad', 'place');
      INSERT INTO articles (id, pub_key, published, content_hash, text, created_at) VALUES ('a_old', '2020-01-01', '2020-01-01', 'h', 'One. Two.', 'now');
      INSERT INTO claims (id, article_id, pub_key, start, "end", text, sentence, kind, certainty, checkworthiness)
        VALUES ('a_old:0-3', 'a_old', '2020-01-01', 0, 3, 'One', 'One.', 'assertion', 'asserted', 0.5),
               ('a_old:5-8', 'a_old', '2020-01-01', 5, 8, 'Two', 'Two.', 'assertion', 'asserted', 0.5);
      INSERT INTO claim_keys (key, claim_id) VALUES ('k1', 'a_old:0-3'), ('k1', 'a_old:5-8'), ('k2', 'a_old:5-8');
      INSERT INTO claim_entities (entity_id, claim_rowid) SELECT 'n_baghdad', rowid FROM claims;
    `);
    db.close();
    const store = new SqliteGraphStore({ path });
    await store.init();
    expect(await store.findClaimsByKeys(['k1', 'k2'], 10)).toEqual([
      { claimId: 'a_old:5-8', keys: ['k1', 'k2'] },
      { claimId: 'a_old:0-3', keys: ['k1'] },
    ]);
    expect((await store.listClaims({ entityId: 'n_baghdad' }, { first: 10 })).items.map((c) => c.id)).toEqual(['a_old:0-3', 'a_old:5-8']);
    await store.close();
  });

  test('a database written at schema version 6 files its undated events for adoption', async () => {
    const path = join(dir, 'v6.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    // a_u: an undated mention only; a_d: a dated event; a_m: both, under one anchor row.
    db.exec(`
      INSERT INTO events (id, label, label_lc, date, date_key) VALUES ('e_u', 'air strikes', 'air strikes', NULL, '~'), ('e_d', 'air strikes', 'air strikes', '2019-12-29', '2019-12-29');
      INSERT INTO articles (id, pub_key, published, content_hash, text, created_at) VALUES
        ('a_u', '2020-01-02', '2020-01-02', 'h1', 'One.', 'now'), ('a_x', '~', NULL, 'h2', 'One.', 'now'),
        ('a_d', '2019-12-30', '2019-12-30', 'h3', 'One.', 'now'), ('a_m', '2020-01-02', '2020-01-02', 'h4', 'One. Two.', 'now');
      INSERT INTO claims (id, article_id, pub_key, start, "end", text, sentence, kind, certainty, checkworthiness, event_id) VALUES
        ('a_u:0-3', 'a_u', '2020-01-02', 0, 3, 'One', 'One.', 'assertion', 'asserted', 0.5, 'e_u'),
        ('a_x:0-3', 'a_x', '~', 0, 3, 'One', 'One.', 'assertion', 'asserted', 0.5, 'e_u'),
        ('a_d:0-3', 'a_d', '2019-12-30', 0, 3, 'One', 'One.', 'assertion', 'asserted', 0.5, 'e_d'),
        ('a_m:0-3', 'a_m', '2020-01-02', 0, 3, 'One', 'One.', 'assertion', 'asserted', 0.5, 'e_u'),
        ('a_m:5-8', 'a_m', '2020-01-02', 5, 8, 'Two', 'Two.', 'assertion', 'asserted', 0.5, 'e_d');
      INSERT INTO claim_keys (key, article_rowid, claim_ids) SELECT 'eu:strikes|krk', rowid, '["' || id || ':0-3"]' FROM articles WHERE id <> 'a_m';
      INSERT INTO claim_keys (key, article_rowid, claim_ids) SELECT 'eu:strikes|krk', rowid, '["a_m:0-3","a_m:5-8"]' FROM articles WHERE id = 'a_m';
      INSERT INTO claim_keys (key, article_rowid, claim_ids) SELECT 'ev:e_u', rowid, '["a_u:0-3"]' FROM articles WHERE id = 'a_u';
    `);
    db.close();
    const store = new SqliteGraphStore({ path });
    await store.init();
    const ids = async (key: string): Promise<string[]> => (await store.findClaimsByKeys([key], 10)).map((h) => h.claimId).sort();
    expect(await ids('un:strikes|krk|2020-01')).toEqual(['a_u:0-3']);
    expect(await ids('un:strikes|krk|-')).toEqual(['a_x:0-3']);
    // A dated event's anchor, and a row shared with one, stay as they were; other keys too.
    expect(await ids('eu:strikes|krk')).toEqual(['a_d:0-3', 'a_m:0-3', 'a_m:5-8']);
    expect(await ids('ev:e_u')).toEqual(['a_u:0-3']);
    // Migration 008: a dated event's anchor rows are filed by the event's month too (a row shared
    // with an undated mention keeps its list); an undated mention's are not.
    expect(await ids('eu:strikes|krk|2019-12')).toEqual(['a_d:0-3', 'a_m:0-3', 'a_m:5-8']);
    expect((await store.findClaimsByKeys(['eu:strikes|krk|2020-01'], 10)).length).toBe(0);
    await store.close();
  });

  test('index keys of any text are found again', async () => {
    const store = new SqliteGraphStore({ path: join(dir, 'keys.db') });
    await store.init();
    const texts = ['plain', 'quo"te \\ back\nslash', 'ümlaut 🔥', 'dup', 'dup'];
    for (const [tag, extra] of [['plain', []], ['lone', ['lone \uD800']]] as const) {
      const keys = [...texts, ...extra].map((k) => `${tag}:${k}`);
      const distinct = [...new Set(keys)];
      const b = fillerBundle(`keys-${tag}`, '2020-01-01', 3);
      b.articleKeys = keys;
      b.claimKeys = [
        { claimId: b.claims[0]!.id, keys },
        { claimId: b.claims[1]!.id, keys: [keys[0]!, keys[2]!] },
      ];
      await store.writeArticle(b);
      for (const k of distinct) expect(await store.findArticlesByKeys([k], 10)).toEqual([{ articleId: b.article.id, shared: 1 }]);
      expect(await store.findArticlesByKeys(keys, 10)).toEqual([{ articleId: b.article.id, shared: distinct.length }]);
      const found = await store.findClaimsByKeys(keys, 10);
      expect(found.map((f) => [f.claimId, f.keys.length])).toEqual([[b.claims[0]!.id, distinct.length], [b.claims[1]!.id, 2]]);
      // A lone surrogate does not survive SQLite's text encoding (it is still found by the same key); other text comes back as written.
      if (tag === 'plain') expect(found[0]!.keys).toEqual([...distinct].sort());
    }
    await store.close();
  });

  test('a database written at schema version 5 is upgraded with its article keys intact', async () => {
    const path = join(dir, 'v5.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    // Rows as a version-5 store wrote them: article keys by article id.
    db.exec(`
      INSERT INTO articles (id, pub_key, published, content_hash, text, created_at) VALUES
        ('a_one', '2020-01-01', '2020-01-01', 'h1', 'One.', 'now'),
        ('a_two', '2020-01-02', '2020-01-02', 'h2', 'Two.', 'now');
      INSERT INTO article_keys (key, article_id) VALUES ('k1', 'a_one'), ('k2', 'a_one'), ('k1', 'a_two'), ('k3', 'a_two');
    `);
    db.close();
    const store = new SqliteGraphStore({ path });
    await store.init();
    expect(await store.findArticlesByKeys(['k1', 'k2', 'k3'], 10)).toEqual([
      { articleId: 'a_one', shared: 2 },
      { articleId: 'a_two', shared: 2 },
    ]);
    expect(await store.findArticlesByKeys(['k2', 'k9'], 10)).toEqual([{ articleId: 'a_one', shared: 1 }]);
    expect(await store.findArticlesByKeys(['k1'], 1)).toEqual([{ articleId: 'a_one', shared: 1 }]);
    await store.close();
  });

  test('a path that cannot be created or opened is STORE_UNAVAILABLE naming the path', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'plain file');
    const under = join(blocker, 'graph.db');
    const e1 = await expectCode(new SqliteGraphStore({ path: under }).init(), 'STORE_UNAVAILABLE');
    expect(e1.message).toContain(under);

    const e2 = await expectCode(new SqliteGraphStore({ path: '/proc/claimgraph-no-such-root/graph.db' }).init(), 'STORE_UNAVAILABLE');
    expect(e2.message).toContain('/proc/claimgraph-no-such-root/graph.db');

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header '.repeat(20));
    const e3 = await expectCode(new SqliteGraphStore({ path: junk }).init(), 'STORE_UNAVAILABLE');
    expect(e3.message).toMatch(/not a usable SQLite database|cannot open/);
  });

  test('disk full and read-only failures from the driver map to STORE_UNAVAILABLE naming the path', () => {
    // Real driver errors: a page cap makes SQLite report SQLITE_FULL exactly as a full disk does.
    const path = join(dir, 'full.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS);
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let full: unknown = null;
    try {
      db.prepare("INSERT INTO entities (id, name, type) VALUES ('n_x', ?, 'other')").run('x'.repeat(100_000));
    } catch (e) {
      full = e;
    }
    expect((full as { code: string }).code).toBe('SQLITE_FULL');
    const mapped = mapSqliteError(full, path, 1000) as ClaimgraphError;
    expect(mapped.code).toBe('STORE_UNAVAILABLE');
    expect(mapped.message).toBe(`SQLite store ${path}: disk is full`);
    db.close();

    const ro = new Database(path, { readonly: true });
    let readonly: unknown = null;
    try {
      ro.exec("INSERT INTO entities (id, name, type) VALUES ('n_y', 'y', 'other')");
    } catch (e) {
      readonly = e;
    }
    const mappedRo = mapSqliteError(readonly, path, 1000) as ClaimgraphError;
    expect(mappedRo.code).toBe('STORE_UNAVAILABLE');
    expect(mappedRo.message).toMatch(/read-only/);
    ro.close();
  });

  test('a store never initialised or closed is STORE_UNAVAILABLE; ping is false', async () => {
    const store = new SqliteGraphStore({ path: join(dir, 'x.db') });
    expect(await store.ping()).toBe(false);
    const e = await expectCode(store.counts(), 'STORE_UNAVAILABLE');
    expect(e.message).toMatch(/not initialised/);
    await store.init();
    expect(await store.ping()).toBe(true);
    await store.close();
    const e2 = await expectCode(store.listClaims({}, { first: 1 }), 'STORE_UNAVAILABLE');
    expect(e2.message).toMatch(/closed/);
    expect(e2.message).toContain(join(dir, 'x.db'));
  });

  test('a database locked by another connection is STORE_UNAVAILABLE after the busy timeout', async () => {
    const path = join(dir, 'locked.db');
    const store = new SqliteGraphStore({ path, busyTimeoutMs: 150 });
    await store.init();
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    const t0 = Date.now();
    const e = await expectCode(store.writeArticle(apStory().ap), 'STORE_UNAVAILABLE');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
    expect(e.message).toMatch(/locked/);
    expect(e.message).toContain(path);
    holder.exec('ROLLBACK');
    holder.close();
    expect((await store.writeArticle(apStory().ap)).created).toBe(true);
    await store.close();
  });

  test("':memory:' works and describes itself", async () => {
    const store = new SqliteGraphStore({ path: ':memory:' });
    await store.init();
    expect(store.description).toBe('sqlite::memory:');
    await store.writeArticle(apStory().ap);
    expect((await store.counts()).claims).toBe(3);
    await store.close();
  });

  test('emoji are search terms of their own', async () => {
    const store = new SqliteGraphStore({ path: ':memory:' });
    await store.init();
    const { alj, ids } = aljStory();
    await store.writeArticle(alj);
    expect((await store.searchClaims('🔥', { first: 5 })).items.map((c) => c.id)).toEqual([ids.aljQuote]);
    await store.close();
  });

  test('two processes writing the same articles at once both succeed with one row set', async () => {
    const path = join(dir, 'procs.db');
    const init = new SqliteGraphStore({ path });
    await init.init();
    await init.close();
    const script = `
      const { SqliteGraphStore } = require(${JSON.stringify(join(ROOT, 'src/store/sqlite/SqliteGraphStore.ts'))});
      const { fillerBundle } = require(${JSON.stringify(join(ROOT, 'test/contract/fixtures.ts'))});
      (async () => {
        const store = new SqliteGraphStore({ path: ${JSON.stringify(path)} });
        await store.init();
        let created = 0;
        for (let i = 0; i < 60; i++) created += (await store.writeArticle(fillerBundle('proc' + i, '2020-01-01', 4))).created ? 1 : 0;
        const batch = await store.writeArticles(Array.from({ length: 20 }, (_, i) => fillerBundle('batch' + i, null, 3)));
        created += batch.filter((r) => r.created).length;
        await store.close();
        process.stdout.write(String(created));
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const child = (): Promise<{ stdout: string }> => run(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, timeout: 60_000 });
    const [a, b] = await Promise.all([child(), child()]);
    expect(Number(a.stdout) + Number(b.stdout)).toBe(80);
    const store = new SqliteGraphStore({ path });
    await store.init();
    expect(await store.counts()).toMatchObject({ articles: 80, claims: 60 * 4 + 20 * 3 });
    await store.close();
  }, 90_000);
});

describe('store helpers', () => {
  test('ftsQuery quotes every word and drops search syntax', () => {
    expect(ftsQuery('militia embassy')).toBe('"militia" OR "embassy"');
    expect(ftsQuery('NOT (a* OR "b")')).toBe('"not" OR "a" OR "or" OR "b"');
    expect(ftsQuery('  -- ;; ')).toBeNull();
    expect(ftsQuery('المهندس 🔥 40°C')).toBe('"المهندس" OR "🔥" OR "40" OR "c"');
  });

  test('cursors round-trip and refuse anything else', () => {
    const c = encodeCursor('claims', ['2020-01-01', 'a_1', 5, 'a_1:5-9']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('claims', c, ['s', 's', 'i', 's'])).toEqual(['2020-01-01', 'a_1', 5, 'a_1:5-9']);
    expect(() => decodeCursor('articles', c, ['s', 's'])).toThrow(ClaimgraphError);
    expect(() => decodeCursor('claims', c, ['s', 's', 's', 's'])).toThrow(/wrong shape/);
    expect(() => decodeCursor('claims', 'x'.repeat(5000), ['s'])).toThrow(/malformed/);
    expect(() => decodeCursor('claims', Buffer.from('{"a":1}').toString('base64url'), ['s'])).toThrow(/malformed/);
  });

  test('fillers are distinct articles (sanity of the test data)', () => {
    expect(fillerBundle('a', null).article.id).not.toBe(fillerBundle('b', null).article.id);
  });
});
