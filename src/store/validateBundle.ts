import {
  ARTICLE_NOTE_KINDS,
  CERTAINTIES,
  CLAIM_KINDS,
  ClaimgraphError,
  ENTITY_TYPES,
  LINK_ORIGINS,
  LINK_TYPES,
  QUALIFIERS,
  SOURCE_TYPES,
  isOneOf,
  type ArticleBundle,
  type Link,
  type Review,
} from '../domain';

/**
 * Shape checks every store adapter runs before it writes, so a malformed bundle (from a
 * buggy extractor or a hand-made API call) is refused with BAD_INPUT naming the field,
 * instead of failing half-way in a driver. Pure: no I/O. Endpoint existence of links is
 * the adapter's job (it needs the store).
 */

const DATE = /^\d{4}-\d{2}-\d{2}/u;

class Checker {
  constructor(private readonly what: string) {}

  fail(path: string, why: string): never {
    throw new ClaimgraphError('BAD_INPUT', `${this.what}: ${path} ${why}`, { field: path });
  }
  object(v: unknown, path: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'must be an object');
    return v as Record<string, unknown>;
  }
  string(v: unknown, path: string, nonEmpty = false): string {
    if (typeof v !== 'string') this.fail(path, `must be a string, got ${typeName(v)}`);
    if (nonEmpty && v.length === 0) this.fail(path, 'must not be empty');
    return v;
  }
  nullableString(v: unknown, path: string): string | null {
    return v === null ? null : this.string(v, path);
  }
  date(v: unknown, path: string): string | null {
    const s = this.nullableString(v, path);
    if (s !== null && !DATE.test(s)) this.fail(path, `must be an ISO date (YYYY-MM-DD...), got "${s.slice(0, 40)}"`);
    return s;
  }
  number(v: unknown, path: string, min?: number, max?: number): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, `must be a finite number, got ${typeName(v)}`);
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) this.fail(path, `must be within ${min}..${max}, got ${v}`);
    return v;
  }
  int(v: unknown, path: string): number {
    if (!Number.isSafeInteger(v) || (v as number) < 0) this.fail(path, `must be a non-negative integer, got ${typeName(v)}`);
    return v as number;
  }
  oneOf<T extends string>(values: readonly T[], v: unknown, path: string): T {
    if (!isOneOf(values, v)) this.fail(path, `must be one of ${values.join('|')}, got ${JSON.stringify(v)?.slice(0, 40)}`);
    return v;
  }
  strings(v: unknown, path: string): string[] {
    if (!Array.isArray(v)) this.fail(path, 'must be an array of strings');
    v.forEach((s, i) => this.string(s, `${path}[${i}]`));
    return v as string[];
  }
  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'must be an array');
    return v;
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

function checkLink(c: Checker, v: unknown, path: string): void {
  const l = c.object(v, path);
  c.string(l.from, `${path}.from`, true);
  c.string(l.to, `${path}.to`, true);
  if (l.from === l.to) c.fail(path, 'must not link a node to itself');
  c.oneOf(LINK_TYPES, l.type, `${path}.type`);
  c.number(l.score, `${path}.score`, 0, 1);
  c.string(l.basis, `${path}.basis`);
  c.nullableString(l.slot, `${path}.slot`);
  if (l.share !== null) c.number(l.share, `${path}.share`, 0, 1);
  c.oneOf(LINK_ORIGINS, l.origin, `${path}.origin`);
  if (typeof l.removed !== 'boolean') c.fail(`${path}.removed`, 'must be a boolean');
  c.nullableString(l.note, `${path}.note`);
  c.string(l.createdAt, `${path}.createdAt`, true);
}

/** A speaker-shaped value (Claim.speaker, Claim.via): name, source type, role. */
function checkSpeaker(c: Checker, v: unknown, path: string): void {
  const s = c.object(v, path);
  c.string(s.name, `${path}.name`, true);
  c.oneOf(SOURCE_TYPES, s.type, `${path}.type`);
  c.nullableString(s.role, `${path}.role`);
}

export function validateLinks(links: readonly Link[]): void {
  const c = new Checker('link');
  c.array(links, 'links').forEach((l, i) => checkLink(c, l, `links[${i}]`));
}

/**
 * A review's fields, named `<fields><field>` (a lone review's are bare: "rating"). `claimed`
 * sees the claim id as soon as it is read, so that a bundle names a foreign claim before the rest.
 */
function checkReview(c: Checker, v: unknown, path: string, fields: string, claimed: (claimId: string) => void = () => undefined): void {
  const r = c.object(v, path);
  c.string(r.id, `${fields}id`, true);
  claimed(c.string(r.claimId, `${fields}claimId`, true));
  c.string(r.rating, `${fields}rating`, true);
  c.string(r.reviewer, `${fields}reviewer`, true);
  c.nullableString(r.url, `${fields}url`);
  c.string(r.createdAt, `${fields}createdAt`, true);
}

export function validateReview(review: Review): void {
  checkReview(new Checker('review'), review, 'review', '');
}

/** Throws BAD_INPUT naming the first offending field; returns normally when the bundle is well formed. */
export function validateBundle(bundle: ArticleBundle): void {
  const b = new Checker('article bundle').object(bundle, 'bundle');
  const a0 = new Checker('article bundle').object(b.article, 'article');
  const c = new Checker(`article ${typeof a0.id === 'string' ? a0.id : '?'}`);
  const articleId = c.string(a0.id, 'article.id', true);
  for (const f of ['file', 'url', 'outlet', 'title', 'byline'] as const) c.nullableString(a0[f], `article.${f}`);
  c.date(a0.published, 'article.published');
  c.strings(a0.credits, 'article.credits');
  c.array(a0.notes, 'article.notes').forEach((v, i) => {
    const n = c.object(v, `article.notes[${i}]`);
    c.oneOf(ARTICLE_NOTE_KINDS, n.kind, `article.notes[${i}].kind`);
    c.string(n.text, `article.notes[${i}].text`, true);
  });
  c.string(a0.contentHash, 'article.contentHash', true);
  const text = c.string(a0.text, 'article.text');

  const sourceIds = new Set<string>();
  c.array(b.sources, 'sources').forEach((v, i) => {
    const p = `sources[${i}]`;
    const s = c.object(v, p);
    sourceIds.add(c.string(s.id, `${p}.id`, true));
    c.string(s.name, `${p}.name`, true);
    c.oneOf(SOURCE_TYPES, s.type, `${p}.type`);
    c.nullableString(s.role, `${p}.role`);
    c.strings(s.aliases, `${p}.aliases`);
  });
  const eventIds = new Set<string>();
  c.array(b.events, 'events').forEach((v, i) => {
    const p = `events[${i}]`;
    const e = c.object(v, p);
    eventIds.add(c.string(e.id, `${p}.id`, true));
    c.string(e.label, `${p}.label`, true);
    c.date(e.date, `${p}.date`);
    c.date(e.dateEnd, `${p}.dateEnd`);
    c.nullableString(e.place, `${p}.place`);
    c.strings(e.participants, `${p}.participants`);
  });
  const entityIds = new Set<string>();
  c.array(b.entities, 'entities').forEach((v, i) => {
    const p = `entities[${i}]`;
    const e = c.object(v, p);
    entityIds.add(c.string(e.id, `${p}.id`, true));
    c.string(e.name, `${p}.name`, true);
    c.oneOf(ENTITY_TYPES, e.type, `${p}.type`);
    c.strings(e.aliases, `${p}.aliases`);
  });

  const claimIds = new Set<string>();
  c.array(b.claims, 'claims').forEach((v, i) => {
    const p = `claims[${i}]`;
    const x = c.object(v, p);
    const id = c.string(x.id, `${p}.id`, true);
    if (claimIds.has(id)) c.fail(`${p}.id`, `repeats claim id ${id}`);
    claimIds.add(id);
    if (x.articleId !== articleId) c.fail(`${p}.articleId`, `must be the bundle's article id ${articleId}`);
    c.string(x.text, `${p}.text`);
    c.string(x.sentence, `${p}.sentence`);
    const start = c.int(x.start, `${p}.start`);
    const end = c.int(x.end, `${p}.end`);
    if (start > end || end > text.length) c.fail(`${p}.start`, `offsets ${start}-${end} do not fit the article text (${text.length} chars)`);
    c.oneOf(CLAIM_KINDS, x.kind, `${p}.kind`);
    c.oneOf(CERTAINTIES, x.certainty, `${p}.certainty`);
    if (x.speaker !== null) checkSpeaker(c, x.speaker, `${p}.speaker`);
    const sid = c.nullableString(x.sourceId, `${p}.sourceId`);
    if (sid !== null && !sourceIds.has(sid)) c.fail(`${p}.sourceId`, `names source ${sid}, which is not in the bundle's sources`);
    c.nullableString(x.cue, `${p}.cue`);
    c.nullableString(x.quote, `${p}.quote`);
    c.array(x.quantities, `${p}.quantities`).forEach((qv, j) => {
      const qp = `${p}.quantities[${j}]`;
      const q = c.object(qv, qp);
      c.string(q.text, `${qp}.text`);
      c.number(q.value, `${qp}.value`);
      c.oneOf(QUALIFIERS, q.qualifier, `${qp}.qualifier`);
      for (const f of ['unit', 'subject', 'predicate'] as const) c.nullableString(q[f], `${qp}.${f}`);
    });
    if (x.event !== null) {
      const e = c.object(x.event, `${p}.event`);
      const eid = c.string(e.id, `${p}.event.id`, true);
      if (!eventIds.has(eid)) c.fail(`${p}.event.id`, `names event ${eid}, which is not in the bundle's events`);
      c.string(e.label, `${p}.event.label`);
      c.date(e.date, `${p}.event.date`);
      c.nullableString(e.place, `${p}.event.place`);
    }
    c.array(x.entities, `${p}.entities`).forEach((ev, j) => {
      const ep = `${p}.entities[${j}]`;
      const e = c.object(ev, ep);
      const eid = c.string(e.id, `${ep}.id`, true);
      if (!entityIds.has(eid)) c.fail(`${ep}.id`, `names entity ${eid}, which is not in the bundle's entities`);
      c.string(e.name, `${ep}.name`);
      c.oneOf(ENTITY_TYPES, e.type, `${ep}.type`);
    });
    if (x.via !== undefined && x.via !== null) checkSpeaker(c, x.via, `${p}.via`);
    c.nullableString(x.credit, `${p}.credit`);
    c.number(x.checkworthiness, `${p}.checkworthiness`, 0, 1);
  });

  c.array(b.links, 'links').forEach((l, i) => checkLink(c, l, `links[${i}]`));
  const pub = c.nullableString(b.publisherId, 'publisherId');
  if (pub !== null && !sourceIds.has(pub)) c.fail('publisherId', `names source ${pub}, which is not in the bundle's sources`);
  c.strings(b.creditIds, 'creditIds').forEach((id, i) => {
    if (!sourceIds.has(id)) c.fail(`creditIds[${i}]`, `names source ${id}, which is not in the bundle's sources`);
  });
  c.strings(b.articleKeys, 'articleKeys');
  c.array(b.claimKeys, 'claimKeys').forEach((v, i) => {
    const k = c.object(v, `claimKeys[${i}]`);
    const id = c.string(k.claimId, `claimKeys[${i}].claimId`, true);
    if (!claimIds.has(id)) c.fail(`claimKeys[${i}].claimId`, `names claim ${id}, which is not in the bundle`);
    c.strings(k.keys, `claimKeys[${i}].keys`);
  });
  c.array(b.reviews, 'reviews').forEach((v, i) => {
    const p = `reviews[${i}]`;
    // A bundle reviews its own claims only: a review of a stored claim is writeReview's.
    checkReview(c, v, p, `${p}.`, (id) => {
      if (!claimIds.has(id)) c.fail(`${p}.claimId`, `names claim ${id}, which is not in the bundle`);
    });
  });
  const merged = new Set<string>();
  c.array(b.eventMerges, 'eventMerges').forEach((v, i) => {
    const p = `eventMerges[${i}]`;
    const m = c.object(v, p);
    const from = c.string(m.from, `${p}.from`, true);
    const into = c.string(m.into, `${p}.into`, true);
    // The moved claims take the fields of the surviving event: it must be one the bundle writes.
    if (!eventIds.has(into)) c.fail(`${p}.into`, `names event ${into}, which is not in the bundle's events`);
    if (eventIds.has(from)) c.fail(`${p}.from`, `names event ${from}, which the bundle itself writes`);
    if (merged.has(from)) c.fail(`${p}.from`, `merges event ${from} twice`);
    merged.add(from);
    c.array(m.keys, `${p}.keys`).forEach((kv, j) => {
      const k = c.object(kv, `${p}.keys[${j}]`);
      c.string(k.from, `${p}.keys[${j}].from`, true);
      c.string(k.to, `${p}.keys[${j}].to`, true);
    });
  });
}

/**
 * Validates every bundle of a write before anything is written; in a batch of more than
 * one, the error's details.index names the failing bundle.
 */
export function validateBundles(bundles: readonly ArticleBundle[]): void {
  if (!Array.isArray(bundles)) throw new ClaimgraphError('BAD_INPUT', 'writeArticles needs a list of bundles');
  bundles.forEach((b, index) => {
    try {
      validateBundle(b);
    } catch (e) {
      if (e instanceof ClaimgraphError && bundles.length > 1) e.details.index = index;
      throw e;
    }
  });
}
