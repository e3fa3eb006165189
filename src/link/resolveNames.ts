import { entityId, sourceId, type Claim, type Entity, type Source } from '../domain';
import type { GraphStore } from '../store/port';
import type { Extraction } from '../extract/types';
import { findAliasStatements } from './aliasStatements';
import { foldName } from './foldName';

/**
 * Entity resolution across articles. The extraction gazetteer already canonicalises
 * known names; what is left here:
 *   1. aliases the article states itself ("also known as", "Kata'ib Hizbollah (KH)");
 *   2. names the store knows as a name or alias (resolveSourceAlias; merged sources are
 *      redirected by the store, so a manual merge stays merged);
 *   3. transliteration variants of a name of two or more words (Adil/Adel Abdul-Mahdi),
 *      found through the `nm:` key of the claim that first carried the name.
 * One-word names (a surname) are resolved only through an exact stored alias: a shared
 * surname never merges two people. Every variant seen is recorded as an alias.
 */

export interface NameResolution {
  sources: Source[];
  entities: Entity[];
  /** Extraction source id -> resolved source id. */
  sourceIds: Map<string, string>;
  /** Extraction entity id -> resolved entity. */
  entityIds: Map<string, { id: string; name: string }>;
  /** Names first seen here (no stored match), to index with `nm:` keys on a claim that carries them. */
  newNames: Map<string, string>;
  /** What was merged and why, for debugging and the eval. */
  notes: string[];
}

const OUTLET_SUFFIX = /\s+(news|online|english|tv|\.com|digital|world service)$/i;

function variants(s: Source): string[] {
  const out = [s.name, ...s.aliases];
  if (s.type === 'outlet' || s.type === 'news_agency') {
    const bare = s.name.replace(OUTLET_SUFFIX, '').replace(/^the\s+/i, '');
    if (bare !== s.name && bare.length >= 2) out.push(bare);
    out.push(`${bare} News`);
  }
  return [...new Set(out)];
}

/** Names already resolved to a stored source id (positive results only: a new alias may appear later). */
export interface NameCache {
  get(name: string): string | undefined;
  set(name: string, id: string): void;
}

export async function resolveNames(store: GraphStore, x: Extraction, cache?: NameCache): Promise<NameResolution> {
  const notes: string[] = [];
  const sources = new Map<string, Source>(x.sources.map((s) => [s.id, { ...s, aliases: [...s.aliases] }]));
  const entities = new Map<string, Entity>(x.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));

  // 1. Aliases stated in the article.
  const byName = new Map<string, { kind: 'source' | 'entity'; id: string }[]>();
  const note = (name: string, ref: { kind: 'source' | 'entity'; id: string }): void => {
    const k = name.toLowerCase();
    const l = byName.get(k) ?? [];
    l.push(ref);
    byName.set(k, l);
  };
  for (const s of sources.values()) for (const n of [s.name, ...s.aliases]) note(n, { kind: 'source', id: s.id });
  for (const e of entities.values()) for (const n of [e.name, ...e.aliases]) note(n, { kind: 'entity', id: e.id });
  const localSource = new Map<string, string>();
  const localEntity = new Map<string, string>();
  for (const st of findAliasStatements(x.article.text, [...sources.values()].map((s) => s.name).concat([...entities.values()].map((e) => e.name)))) {
    const heads = byName.get(st.name.toLowerCase()) ?? [];
    const others = byName.get(st.alias.toLowerCase()) ?? [];
    for (const h of heads) {
      const rec = h.kind === 'source' ? sources.get(h.id) : entities.get(h.id);
      if (rec && rec.name !== st.alias && !rec.aliases.includes(st.alias)) rec.aliases.push(st.alias);
      for (const o of others) if (o.kind === h.kind && o.id !== h.id) (h.kind === 'source' ? localSource : localEntity).set(o.id, h.id);
    }
    notes.push(`alias stated in the article: ${st.cue}`);
  }
  for (const [from, to] of localSource) {
    const a = sources.get(from);
    const b = sources.get(to);
    if (a && b) for (const n of [a.name, ...a.aliases]) if (n !== b.name && !b.aliases.includes(n)) b.aliases.push(n);
    sources.delete(from);
  }
  for (const [from, to] of localEntity) {
    const a = entities.get(from);
    const b = entities.get(to);
    if (a && b) for (const n of [a.name, ...a.aliases]) if (n !== b.name && !b.aliases.includes(n)) b.aliases.push(n);
    entities.delete(from);
  }

  // 2. Exact names and aliases the store knows (one batched call).
  const srcList = [...sources.values()];
  const entOnly = [...entities.values()].filter((e) => !srcList.some((s) => s.name === e.name));
  const asked: Array<{ kind: 'source' | 'entity'; id: string; name: string }> = [];
  for (const s of srcList) for (const n of variants(s)) asked.push({ kind: 'source', id: s.id, name: n });
  for (const e of entOnly) for (const n of [e.name, ...e.aliases]) asked.push({ kind: 'entity', id: e.id, name: n });
  const hits: Array<string | null> = asked.map((a) => cache?.get(a.name.toLowerCase()) ?? null);
  const missing = asked.map((_a, i) => (hits[i] === null ? i : -1)).filter((i) => i >= 0);
  if (missing.length > 0) {
    const got = await store.resolveSourceAlias(missing.map((i) => (asked[i] as { name: string }).name));
    missing.forEach((i, k) => {
      const id = got[k] ?? null;
      hits[i] = id;
      if (id !== null) cache?.set((asked[i] as { name: string }).name.toLowerCase(), id);
    });
  }
  const sourceTarget = new Map<string, string>();
  const entityTargetSource = new Map<string, string>();
  asked.forEach((a, i) => {
    const hit = hits[i];
    if (!hit) return;
    if (a.kind === 'source' && !sourceTarget.has(a.id)) sourceTarget.set(a.id, hit);
    if (a.kind === 'entity' && !entityTargetSource.has(a.id)) entityTargetSource.set(a.id, hit);
  });

  // 3. Fuzzy: folded names of 2+ words, through the claim that first carried them.
  const fuzzyAsk = new Map<string, Array<{ kind: 'source' | 'entity'; id: string; name: string }>>();
  const newNames = new Map<string, string>();
  const consider = (kind: 'source' | 'entity', id: string, name: string, type: string): void => {
    if (type === 'outlet' || type === 'news_agency') return;
    const f = foldName(name);
    if (f.words < 2 || f.key.length < 5) return;
    const key = `nm:${f.key}`;
    const l = fuzzyAsk.get(key) ?? [];
    l.push({ kind, id, name });
    fuzzyAsk.set(key, l);
  };
  for (const s of sources.values()) if (!sourceTarget.has(s.id)) consider('source', s.id, s.name, s.type);
  for (const e of entities.values()) if (!entityTargetSource.has(e.id) && !srcList.some((s) => s.name === e.name && sourceTarget.has(s.id))) consider('entity', e.id, e.name, e.type);
  const entityTargetName = new Map<string, { id: string; name: string }>();
  const renamedSource = new Map<string, string>();
  if (fuzzyAsk.size > 0) {
    const found = await store.findClaimsByKeys([...fuzzyAsk.keys()], Math.min(200, fuzzyAsk.size * 3));
    const claims = found.length > 0 ? await store.getClaims(found.map((f) => f.claimId)) : [];
    const named = new Map<string, Array<{ name: string; sourceId: string | null; entityId: string | null }>>();
    for (const c of claims) {
      if (!c) continue;
      for (const cand of claimNames(c)) {
        const k = `nm:${foldName(cand.name).key}`;
        if (!fuzzyAsk.has(k)) continue;
        const l = named.get(k) ?? [];
        l.push(cand);
        named.set(k, l);
      }
    }
    for (const [key, asks] of fuzzyAsk) {
      const cands = named.get(key) ?? [];
      for (const a of asks) {
        const cand = cands.find((c) => c.name !== a.name) ?? cands[0];
        if (!cand) {
          newNames.set(key, a.name);
          continue;
        }
        if (cand.name === a.name) continue;
        notes.push(`"${a.name}" is a spelling of "${cand.name}"`);
        if (a.kind === 'source') {
          if (cand.sourceId) sourceTarget.set(a.id, cand.sourceId);
          else renamedSource.set(a.id, cand.name);
        } else if (cand.sourceId) {
          entityTargetSource.set(a.id, cand.sourceId);
        } else if (cand.entityId) {
          entityTargetName.set(a.id, { id: cand.entityId, name: cand.name });
        }
      }
    }
  }

  // Stored names of the targets, so that variants become aliases and entity ids follow the canonical name.
  const targetIds = [...new Set([...sourceTarget.values(), ...entityTargetSource.values()])];
  const stored = targetIds.length > 0 ? await store.getSources(targetIds) : [];
  const storedById = new Map<string, Source>();
  targetIds.forEach((id, i) => {
    const s = stored[i];
    if (s) storedById.set(id, s);
  });

  const sourceIds = new Map<string, string>();
  for (const [from, to] of localSource) sourceIds.set(from, to);
  const outSources = new Map<string, Source>();
  for (const s of sources.values()) {
    const target = sourceTarget.get(s.id);
    const st = target ? storedById.get(target) : undefined;
    if (!st) {
      const renamed = renamedSource.get(s.id);
      const out = renamed ? { ...s, id: sourceId(renamed), name: renamed, aliases: [...new Set([s.name, ...s.aliases])].filter((n) => n !== renamed) } : s;
      sourceIds.set(s.id, out.id);
      outSources.set(out.id, out);
      continue;
    }
    sourceIds.set(s.id, st.id);
    const aliases = [...new Set([...st.aliases, ...(s.name !== st.name ? [s.name] : []), ...s.aliases])].filter((n) => n !== st.name);
    const prev = outSources.get(st.id);
    outSources.set(st.id, { ...st, aliases: prev ? [...new Set([...prev.aliases, ...aliases])] : aliases, role: st.role ?? s.role });
  }
  for (const [from, to] of localSource) sourceIds.set(from, sourceIds.get(to) ?? to);

  const entityIds = new Map<string, { id: string; name: string }>();
  const outEntities = new Map<string, Entity>();
  for (const e of entities.values()) {
    const viaSource = entityTargetSource.get(e.id);
    const viaEntity = entityTargetName.get(e.id);
    const canonical = (viaSource ? storedById.get(viaSource)?.name : undefined) ?? viaEntity?.name ?? e.name;
    const id = viaEntity?.id ?? (canonical === e.name ? e.id : entityId(canonical));
    entityIds.set(e.id, { id, name: canonical });
    const aliases = [...new Set([...(canonical !== e.name ? [e.name] : []), ...e.aliases])].filter((n) => n !== canonical);
    const prev = outEntities.get(id);
    outEntities.set(id, { id, name: canonical, type: e.type, aliases: prev ? [...new Set([...prev.aliases, ...aliases])] : aliases });
  }
  for (const [from, to] of localEntity) entityIds.set(from, entityIds.get(to) ?? { id: to, name: entities.get(to)?.name ?? to });

  return { sources: [...outSources.values()], entities: [...outEntities.values()], sourceIds, entityIds, newNames, notes };
}

function claimNames(c: Claim): Array<{ name: string; sourceId: string | null; entityId: string | null }> {
  const out: Array<{ name: string; sourceId: string | null; entityId: string | null }> = [];
  if (c.speaker) out.push({ name: c.speaker.name, sourceId: c.sourceId, entityId: null });
  for (const e of c.entities) out.push({ name: e.name, sourceId: null, entityId: e.id });
  return out;
}
