import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType, isSpecifiedScalarType, isIntrospectionType,
} from 'graphql';
import { buildSchema, loadTypeDefs } from '../../src/api/schema';
import { ROOT } from './support/harness';

/** The SDL is what explorers read in the playground's docs: everything in it carries a description. */
describe('schema', () => {
  const schema = buildSchema();

  test('every type, field, argument, input field and enum value has a description', () => {
    const missing: string[] = [];
    const need = (what: string, d: string | null | undefined) => {
      if (!d || d.trim().length < 3) missing.push(what);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      need(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          need(`${type.name}.${f.name}`, f.description);
          for (const a of f.args) need(`${type.name}.${f.name}(${a.name})`, a.description);
        }
      } else if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) need(`${type.name}.${f.name}`, f.description);
      } else if (isEnumType(type)) {
        for (const v of type.getValues()) need(`${type.name}.${v.name}`, v.description);
      } else if (isUnionType(type)) {
        // described above
      }
    }
    expect(missing).toEqual([]);
  });

  test('one SDL file per concept, and the root types DESIGN.md names', () => {
    expect(loadTypeDefs().length).toBeGreaterThanOrEqual(14);
    const q = schema.getQueryType()!.getFields();
    for (const f of ['claim', 'claims', 'searchClaims', 'provenance', 'corroboration', 'conflicts', 'article', 'articles', 'source', 'sources', 'event', 'events']) {
      expect(q[f]).toBeDefined();
    }
    const m = schema.getMutationType()!.getFields();
    for (const f of ['ingestArticle', 'ingestArticles', 'linkClaims', 'removeLink', 'mergeSources', 'reviewClaim']) expect(m[f]).toBeDefined();
    expect(schema.getSubscriptionType()!.getFields().claimAdded).toBeDefined();
  });

  test('the enums use the vocabulary of the domain model', async () => {
    const kinds = await import('../../src/domain/kinds');
    const values = (name: string) => {
      const t = schema.getType(name);
      if (!isEnumType(t)) throw new Error(`${name} is not an enum`);
      return t.getValues().map((v) => v.name);
    };
    expect(values('ClaimKind')).toEqual([...kinds.CLAIM_KINDS]);
    expect(values('Certainty')).toEqual([...kinds.CERTAINTIES]);
    expect(values('Qualifier')).toEqual([...kinds.QUALIFIERS]);
    expect(values('SourceType')).toEqual([...kinds.SOURCE_TYPES]);
    expect(values('EntityType')).toEqual([...kinds.ENTITY_TYPES]);
    expect(values('LinkType')).toEqual([...kinds.LINK_TYPES]);
    expect(values('LinkOrigin')).toEqual([...kinds.LINK_ORIGINS]);
    expect(values('AppearanceRelation')).toEqual(['self', ...kinds.LINK_TYPES]);
  });

  test('the committed resolver types are what codegen makes of schema/ now (else run `npm run codegen`)', () => {
    // The CLI, as `npm run codegen:check` runs it (its ESM dependencies do not load under jest).
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.yml', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: r.status, out: r.status === 0 ? '' : `${r.stdout}${r.stderr}` }).toEqual({ status: 0, out: '' });
  }, 60_000);
});
