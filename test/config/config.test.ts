import { loadConfig, parseApiKeys, DEFAULT_STORE_URL } from '../../src/config/config';
import { parseStoreUrl, redact } from '../../src/config/storeUrl';
import { ClaimgraphError } from '../../src/domain/errors';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ClaimgraphError ? e.code : 'UNEXPECTED';
  }
  return undefined;
}

describe('store URL', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(loadConfig({}).store).toEqual({ kind: 'sqlite', path: './data/claimgraph.db', checkpoint: 'inline' });
    expect(DEFAULT_STORE_URL).toBe('sqlite:./data/claimgraph.db');
  });

  it('reads sqlite paths, memory and absolute', () => {
    expect(parseStoreUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:', checkpoint: 'inline' });
    expect(parseStoreUrl('sqlite:/var/lib/cg.db')).toEqual({ kind: 'sqlite', path: '/var/lib/cg.db', checkpoint: 'inline' });
    expect(parseStoreUrl('sqlite:///var/lib/cg.db')).toEqual({ kind: 'sqlite', path: '/var/lib/cg.db', checkpoint: 'inline' });
  });

  it('checkpoints a SQLite store in a thread unless CLAIMGRAPH_SQLITE_CHECKPOINT=inline; anything else is a CONFIG error', () => {
    expect(loadConfig({ CLAIMGRAPH_SQLITE_CHECKPOINT: 'inline' }).store).toEqual({ kind: 'sqlite', path: './data/claimgraph.db', checkpoint: 'inline' });
    expect(parseStoreUrl('sqlite:x.db', { CLAIMGRAPH_SQLITE_CHECKPOINT: '' })).toMatchObject({ checkpoint: 'inline' });
    expect(() => parseStoreUrl('sqlite:x.db', { CLAIMGRAPH_SQLITE_CHECKPOINT: 'never' })).toThrow(/CLAIMGRAPH_SQLITE_CHECKPOINT must be background or inline, got "never"/);
    try {
      parseStoreUrl('sqlite:x.db', { CLAIMGRAPH_SQLITE_CHECKPOINT: 'never' });
    } catch (e) {
      expect((e as { code?: string }).code).toBe('CONFIG');
    }
  });

  it('reads Neo4j URLs with credentials and database, URL winning over the environment', () => {
    expect(parseStoreUrl('neo4j://u:p%40ss@db.example:7687/news', { NEO4J_USER: 'x' })).toEqual({
      kind: 'neo4j',
      uri: 'neo4j://db.example:7687',
      user: 'u',
      password: 'p@ss',
      database: 'news',
    });
    expect(parseStoreUrl('bolt://localhost:7687', { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'claims' })).toEqual({
      kind: 'neo4j',
      uri: 'bolt://localhost:7687',
      user: 'neo4j',
      password: 'pw',
      database: 'claims',
    });
  });

  it('rejects what it does not understand with one CONFIG error that hides passwords', () => {
    expect(codeOf(() => parseStoreUrl('postgres://x'))).toBe('CONFIG');
    expect(codeOf(() => parseStoreUrl('sqlite:'))).toBe('CONFIG');
    expect(codeOf(() => parseStoreUrl('bolt://'))).toBe('CONFIG');
    expect(codeOf(() => parseStoreUrl('bolt://h:7687/bad name!'))).toBe('CONFIG');
    try {
      parseStoreUrl('mysql://user:secret@h/x');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret');
    }
    expect(redact('neo4j://user:secret@h:7687')).toBe('neo4j://user:***@h:7687');
  });
});

describe('config', () => {
  it('lets flags win over the environment', () => {
    const c = loadConfig({ PORT: '5000', CLAIMGRAPH_STORE: 'sqlite::memory:' }, { port: '6000' });
    expect(c.port).toBe(6000);
    expect(c.store).toEqual({ kind: 'sqlite', path: ':memory:', checkpoint: 'inline' });
  });

  it('validates numbers', () => {
    expect(codeOf(() => loadConfig({ PORT: 'abc' }))).toBe('CONFIG');
    expect(codeOf(() => loadConfig({ PORT: '70000' }))).toBe('CONFIG');
    expect(codeOf(() => loadConfig({ CLAIMGRAPH_MAX_DEPTH: '0' }))).toBe('CONFIG');
  });

  it('parses API keys with roles and refuses weak or unknown ones', () => {
    expect(parseApiKeys('editor-key-1:editor, reader-key-1')).toEqual([
      { key: 'editor-key-1', role: 'editor' },
      { key: 'reader-key-1', role: 'reader' },
    ]);
    expect(codeOf(() => parseApiKeys('abc:editor'))).toBe('CONFIG');
    expect(codeOf(() => parseApiKeys('longenoughkey:admin'))).toBe('CONFIG');
    expect(parseApiKeys('')).toEqual([]);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(loadConfig({}).corsOrigins).toEqual(['*']);
  });
});
