import { randomUUID } from 'node:crypto';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { ClaimgraphError, eventRef, type ArticleBundle, type Link, type LinkType } from '../../domain';
import { dateKey } from '../cursor';
import type { WriteResult } from '../port';
import { LINK_REL, type QueryName, type QueryRegistry } from './queries';
import { toNumber } from './values';

/**
 * The write path: a batch of validated bundles in ONE transaction, every section a single
 * UNWIND query over the whole batch. Articles are MERGEd first and only the ones this
 * transaction created get their claims, sources and links written, so a re-ingest (or the
 * loser of two concurrent writers) changes nothing. Any throw rolls the transaction back.
 */

type Run = (name: QueryName, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

export function runner(tx: ManagedTransaction, q: QueryRegistry): Run {
  return async (name, params) => {
    const result = await tx.run(q.get(name), params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  };
}

/** Unique values in first-seen order, without `exclude`. */
function unique(values: Iterable<string>, exclude?: string): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v !== exclude) seen.add(v);
  return [...seen];
}

/** null for an empty list: Neo4j then stores no property (and indexes nothing). */
function nonEmpty(values: string[]): string[] | null {
  return values.length > 0 ? values : null;
}

function articleProps(b: ArticleBundle): Record<string, unknown> {
  const a = b.article;
  return {
    file: a.file,
    url: a.url,
    outlet: a.outlet,
    outletLc: a.outlet?.toLowerCase() ?? null,
    published: a.published,
    pubKey: dateKey(a.published),
    title: a.title,
    byline: a.byline,
    credits: a.credits,
    // JSON, as Neo4j keeps no maps in properties; the kinds apart, for the articles filter.
    notes: a.notes.length > 0 ? JSON.stringify(a.notes) : null,
    noteKinds: nonEmpty(unique(a.notes.map((n) => n.kind))),
    contentHash: a.contentHash,
    text: a.text,
    // The linker's candidate keys, indexed by the article_keys keyword index.
    keys: nonEmpty(unique(b.articleKeys)),
  };
}

/** Throws BAD_INPUT for the first link whose end is neither written earlier in the batch nor stored. */
async function checkLinkEnds(run: Run, fresh: Array<{ bundle: ArticleBundle; index: number }>): Promise<void> {
  const claimsSoFar = new Set<string>();
  const articlesSoFar = new Set<string>();
  const needClaims = new Set<string>();
  const needArticles = new Set<string>();
  // An end may be a claim of this bundle or of one written before it in the batch (as if sequential).
  const pending: Array<{ bundle: ArticleBundle; index: number; ends: Array<{ id: string; link: number; article: boolean }> }> = [];
  for (const f of fresh) {
    articlesSoFar.add(f.bundle.article.id);
    for (const c of f.bundle.claims) claimsSoFar.add(c.id);
    const ends: Array<{ id: string; link: number; article: boolean }> = [];
    f.bundle.links.forEach((l, i) => {
      const article = l.type === 'copies';
      for (const id of [l.from, l.to]) {
        if ((article ? articlesSoFar : claimsSoFar).has(id)) continue;
        (article ? needArticles : needClaims).add(id);
        ends.push({ id, link: i, article });
      }
    });
    if (ends.length > 0) pending.push({ ...f, ends });
  }
  if (pending.length === 0) return;
  const missingClaims = new Set(
    needClaims.size === 0 ? [] : (await run('find-missing-claims', { ids: [...needClaims] })).map((r) => r.id as string),
  );
  const missingArticles = new Set(
    needArticles.size === 0 ? [] : (await run('find-missing-articles', { ids: [...needArticles] })).map((r) => r.id as string),
  );
  for (const p of pending) {
    const bad = p.ends.find((e) => (e.article ? missingArticles : missingClaims).has(e.id));
    if (bad !== undefined) {
      const l = p.bundle.links[bad.link] as Link;
      throw new ClaimgraphError(
        'BAD_INPUT',
        `article ${p.bundle.article.id}: links[${bad.link}] (${l.type}) points to ${bad.id}, which is not stored`,
        { articleId: p.bundle.article.id, field: `links[${bad.link}]`, index: p.index },
      );
    }
  }
}

interface NamedRow {
  id: string;
  /** Fields of the first spelling (used when the node is created). */
  first: { name: string; extra: Record<string, unknown>; aliases: string[] };
  /** Every name and alias seen, in order (unioned into a stored node's aliases). */
  incoming: string[];
}

/** Aggregates sources or entities of a batch by final id, in order, like sequential upserts would. */
function aggregateNamed<T extends { id: string; name: string; aliases: string[] }>(
  items: Iterable<T>,
  finalId: (id: string) => string,
  extra: (item: T) => Record<string, unknown>,
): NamedRow[] {
  const rows = new Map<string, NamedRow>();
  for (const item of items) {
    const id = finalId(item.id);
    const row = rows.get(id);
    if (row === undefined) {
      rows.set(id, { id, first: { name: item.name, extra: extra(item), aliases: [...item.aliases] }, incoming: [item.name, ...item.aliases] });
    } else {
      row.first.aliases.push(item.name, ...item.aliases);
      row.incoming.push(item.name, ...item.aliases);
    }
  }
  for (const row of rows.values()) {
    row.first.aliases = unique(row.first.aliases, row.first.name);
    row.incoming = unique(row.incoming);
  }
  return [...rows.values()];
}

/** Writes a batch in the caller's transaction; results in input order (duplicates: created=false). */
export async function writeBatch(run: Run, bundles: readonly ArticleBundle[], now: string): Promise<WriteResult[]> {
  const results: WriteResult[] = bundles.map((b) => ({ articleId: b.article.id, created: false, claims: 0, links: 0 }));
  const firstIndex = new Map<string, number>();
  bundles.forEach((b, i) => {
    if (!firstIndex.has(b.article.id)) firstIndex.set(b.article.id, i);
  });
  const candidates = [...firstIndex.values()].map((index) => ({ bundle: bundles[index] as ArticleBundle, index }));

  const marker = randomUUID();
  const created = new Set(
    (
      await run('write-articles', {
        now,
        marker,
        rows: candidates.map(({ bundle }) => ({
          id: bundle.article.id,
          props: articleProps(bundle),
        })),
      })
    )
      .filter((r) => r.created === true)
      .map((r) => r.id as string),
  );
  const fresh = candidates.filter((c) => created.has(c.bundle.article.id));
  if (fresh.length === 0) return results;

  await checkLinkEnds(run, fresh);

  // Merged-away source ids land on their survivor, wherever a bundle names them.
  const sourceIds = unique(fresh.flatMap((f) => f.bundle.sources.map((s) => s.id)));
  const redirect = new Map<string, string>();
  if (sourceIds.length > 0) {
    for (const r of await run('resolve-source-redirects', { ids: sourceIds })) redirect.set(r.id as string, r.to as string);
  }
  const sid = (id: string): string => redirect.get(id) ?? id;

  const sources = aggregateNamed(
    fresh.flatMap((f) => f.bundle.sources),
    sid,
    (s) => ({ type: s.type, role: s.role }),
  );
  // Everything below depends only on `fresh` and the redirects: the statements are sent without
  // waiting for each other's results (the driver pipelines them; the server still runs them in
  // order within the transaction), so building the next parameters overlaps the server's work.
  const pending: Array<Promise<unknown>> = [];
  if (sources.length > 0) {
    pending.push(run('upsert-sources', {
      rows: sources.map((s) => ({
        id: s.id,
        name: s.first.name,
        nameLc: s.first.name.toLowerCase(),
        type: s.first.extra.type,
        role: s.first.extra.role,
        aliases: s.first.aliases,
        incoming: s.incoming,
        namesLc: unique(s.incoming.map((n) => n.toLowerCase())),
      })),
    }));
  }
  const entities = aggregateNamed(
    fresh.flatMap((f) => f.bundle.entities),
    (id) => id,
    (e) => ({ type: e.type }),
  );
  if (entities.length > 0) {
    pending.push(run('upsert-entities', {
      rows: entities.map((e) => ({ id: e.id, name: e.first.name, type: e.first.extra.type, aliases: e.first.aliases, incoming: e.incoming })),
    }));
  }
  const events = new Map<string, { event: ArticleBundle['events'][number]; participants: string[] }>();
  for (const e of fresh.flatMap((f) => f.bundle.events)) {
    const row = events.get(e.id);
    if (row === undefined) events.set(e.id, { event: e, participants: [...e.participants] });
    else {
      // The later bundle's dates and place, as when the bundles are written one by one.
      row.event = e;
      row.participants.push(...e.participants);
    }
  }
  if (events.size > 0) {
    pending.push(run('upsert-events', {
      rows: [...events.values()].map(({ event: e, participants }) => ({
        id: e.id,
        label: e.label,
        labelLc: e.label.toLowerCase(),
        date: e.date,
        dateKey: dateKey(e.date),
        dateEnd: e.dateEnd,
        place: e.place,
        placeLc: e.place?.toLowerCase() ?? null,
        participants: unique(participants, ''),
      })),
    }));
  }

  const articleSources = fresh
    .map(({ bundle: b }) => {
      const credits: Array<{ id: string; pos: number }> = [];
      b.creditIds.forEach((id, pos) => {
        const target = sid(id);
        if (!credits.some((c) => c.id === target)) credits.push({ id: target, pos });
      });
      return { articleId: b.article.id, publisherId: b.publisherId === null ? null : sid(b.publisherId), credits };
    })
    .filter((r) => r.publisherId !== null || r.credits.length > 0);
  if (articleSources.length > 0) pending.push(run('write-article-sources', { rows: articleSources }));

  // Candidate keys per claim (a bundle may list one claim twice in claimKeys).
  const claimKeys = new Map<string, string[]>();
  for (const f of fresh) for (const ck of f.bundle.claimKeys) claimKeys.set(ck.claimId, [...(claimKeys.get(ck.claimId) ?? []), ...ck.keys]);

  const claimRows = fresh.flatMap(({ bundle: b }) => {
    const pubKey = dateKey(b.article.published);
    return b.claims.map((c) => ({
      id: c.id,
      articleId: b.article.id,
      pubKey,
      text: c.text,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      kind: c.kind,
      certainty: c.certainty,
      speaker: c.speaker === null ? null : JSON.stringify(c.speaker),
      sourceId: c.sourceId === null ? null : sid(c.sourceId),
      cue: c.cue,
      quote: c.quote,
      quantities: JSON.stringify(c.quantities),
      eventId: c.event?.id ?? null,
      event: c.event === null ? null : JSON.stringify(c.event),
      entityIds: unique(c.entities.map((e) => e.id)),
      entities: JSON.stringify(c.entities),
      credit: c.credit,
      checkworthiness: c.checkworthiness,
      // `via` is optional in the domain: stored only when the bundle carries it (null included).
      via: c.via === undefined ? null : JSON.stringify(c.via),
      keys: nonEmpty(unique(claimKeys.get(c.id) ?? [])),
    }));
  });
  if (claimRows.length > 0) pending.push(run('write-claims', { rows: claimRows }));
  // Stored mentions the batch's events adopt: after the claims (sent in order, the server runs
  // them in order within the transaction), so that a mention written in this very batch moves too.
  const merges = fresh.flatMap(({ bundle: b }) =>
    b.eventMerges.map((m) => {
      const into = b.events.find((e) => e.id === m.into) as ArticleBundle['events'][number];
      return {
        from: m.from,
        into: m.into,
        event: JSON.stringify(eventRef(into)),
        renames: Object.fromEntries(m.keys.map((k) => [k.from, k.to])),
      };
    }),
  );
  if (merges.length > 0) pending.push(run('merge-events', { rows: merges }));

  const reviewRows = fresh.flatMap(({ bundle: b }) => b.reviews.map((r) => ({ ...r })));
  if (reviewRows.length > 0) pending.push(run('write-reviews', { rows: reviewRows }));

  const links = fresh.flatMap((f) => f.bundle.links.map((l) => ({ link: l, bundle: f.index })));
  // One Promise.all over everything: a failure rejects it once (no rejection left unhandled).
  const newEnds: NewEnds = {
    claims: new Set(fresh.flatMap((f) => f.bundle.claims.map((c) => c.id))),
    articles: new Set(fresh.map((f) => f.bundle.article.id)),
  };
  const [, linkCounts] = await Promise.all([Promise.all(pending), upsertLinks(run, links, marker, newEnds)]);
  for (const [bundle, changed] of linkCounts) {
    const r = results[bundle];
    if (r !== undefined) r.links += changed;
  }
  for (const f of fresh) {
    const r = results[f.index] as WriteResult;
    r.created = true;
    r.claims = f.bundle.claims.length;
  }
  return results;
}

/** Ids created in the current transaction: a link touching one cannot be stored yet. */
export interface NewEnds {
  claims: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

type LinkRow = Omit<Link, 'type'>;

/**
 * Upserts links, one query per link type; returns changed-link counts per bundle index. Links
 * with an end in `fresh` are new for sure: their repeats within the call are folded here the way
 * sequential upserts would (a machine link never overrides an editor's) and they are CREATEd.
 */
export async function upsertLinks(
  run: Run,
  links: ReadonlyArray<{ link: Link; bundle: number }>,
  marker: string = randomUUID(),
  fresh: NewEnds = { claims: new Set(), articles: new Set() },
): Promise<Map<number, number>> {
  const changed = new Map<number, number>();
  const count = (bundle: number): void => {
    changed.set(bundle, (changed.get(bundle) ?? 0) + 1);
  };
  const byType = new Map<LinkType, Array<Record<string, unknown>>>();
  const created = new Map<string, { type: LinkType; row: LinkRow }>();
  for (const { link: l, bundle } of links) {
    const ends = l.type === 'copies' ? fresh.articles : fresh.claims;
    const row: LinkRow = {
      from: l.from,
      to: l.to,
      score: l.score,
      basis: l.basis,
      slot: l.slot,
      share: l.share,
      origin: l.origin,
      removed: l.removed,
      note: l.note,
      createdAt: l.createdAt,
    };
    if (ends.has(l.from) || ends.has(l.to)) {
      const key = `${l.type}\u0000${l.from}\u0000${l.to}`;
      const before = created.get(key);
      if (before === undefined) {
        created.set(key, { type: l.type, row });
        count(bundle);
      } else if (before.row.origin === 'machine' || l.origin === 'editor') {
        // As upsert-links-*: the later write wins; createdAt moves only for an editor's write.
        before.row = { ...row, createdAt: l.origin === 'editor' ? l.createdAt : before.row.createdAt };
        count(bundle);
      }
      continue;
    }
    const rows = byType.get(l.type) ?? [];
    rows.push({ bundle: int(bundle), ...row });
    byType.set(l.type, rows);
  }
  const createRows = new Map<LinkType, LinkRow[]>();
  for (const { type, row } of created.values()) createRows.set(type, [...(createRows.get(type) ?? []), row]);
  // Sent together (pipelined); the server runs them in this order.
  const [, ...results] = await Promise.all([
    Promise.all([...createRows].map(([type, rows]) => run(LINK_REL[type].create, { rows }))),
    ...[...byType].map(([type, rows]) => run(LINK_REL[type].upsert, { rows, marker })),
  ]);
  for (const rowsBack of results) {
    for (const r of rowsBack) {
      const bundle = toNumber(r.bundle);
      changed.set(bundle, (changed.get(bundle) ?? 0) + toNumber(r.changed));
    }
  }
  return changed;
}
