import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseStoreUrl } from '../../src/config/storeUrl';

// No Docker engine runs here, so the compose file is kept correct by reading it.
const root = join(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  command?: string[];
}

describe('docker-compose.yml', () => {
  const doc = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };

  it('runs Neo4j 5.26 community with a health check and a persistent volume', () => {
    const neo4j = doc.services.neo4j!;
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
    expect(Object.keys(doc.volumes)).toContain('neo4j-data');
  });

  it('builds the service and points it at Neo4j once healthy', () => {
    const svc = doc.services.claimgraph!;
    expect(svc.build).toBe('.');
    expect(svc.depends_on?.neo4j?.condition).toBe('service_healthy');
    const store = parseStoreUrl(svc.environment!.CLAIMGRAPH_STORE!, {});
    expect(store).toMatchObject({ kind: 'neo4j', uri: 'bolt://neo4j:7687' });
    expect(svc.command?.slice(0, 3)).toEqual(['node', 'bin/claimgraph.js', 'serve']);
    expect(svc.environment!.HOST).toBe('0.0.0.0');
  });

  it('has a Dockerfile whose copied paths exist', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(copied.length).toBeGreaterThan(3);
    for (const p of copied) expect(existsSync(join(root, p))).toBe(true);
  });
});
