import { asRepublication, isRepublication } from './republication';
import { eventRef, HAPPENING, type Article, type ArticleBundle, type Claim, type Event, type Link, type Source } from '../domain';
import type { GraphStore } from '../store/port';
import type { Extraction } from '../extract/types';
import { copyFingerprint, DEFAULT_COPY_PARAMS } from './copyFingerprint';
import { detectCopies, DEFAULT_COPY_OPTIONS, type CopyMatch, type CopyOptions } from './detectCopies';
import { derivedClaims } from './derivedClaims';
import { resolveNames } from './resolveNames';
import { chooseEvent, UNDATED_WINDOW_DAYS, type EventChoice } from './chooseEvent';
import { adjacentHappeningKeys, claimIndexKeys, eventLookupKeys, isDayLookupKey, quoteKeys, slotKeys, termKeys } from './claimKeys';
import { adoptUndated } from './adoptUndated';
import { comparable, compareClaims, compareFiguresOnly, type ComparableClaim } from './compareClaims';
import { figureEventOf, isHarmFamily } from './figureEvent';
import { foldName } from './foldName';
import { isSpecificSpeaker } from './originOf';
import { machineLink } from './machineLink';
import { isBackgroundTerm, oppositePolarity, termOverlap } from './propositionTerms';
import { LruCache } from './lruCache';
import { rivalReports } from './rivalReports';
import type { CopyFingerprint } from './copyFingerprint';
import { verdictReviews } from '../extract/verdictReviews';
import { articleEra } from './articleEra';

export interface LinkerOptions {
  /** Clock for link timestamps (tests pin it). */
  now?: () => string;
  copy?: Partial<CopyOptions>;
  /** Most stored claims examined per article (the ones sharing most blocking keys). */
  candidateLimit?: number;
  /** Most links of one type from one claim. */
  maxLinksPerClaim?: number;
  /** Receives the time of each phase of each link() call (benchmarks). */
  onPhase?: (phase: string, ms: number) => void;
}

/**
 * Turns one article's extraction into the bundle the store writes: sources and entities
 * resolved against what is stored, local events mapped to global events, copies of other
 * articles and the claims derived from them, claim links (corroborates, different_figure,
 * contradicts, same_event) to stored claims found through blocking keys, and the index keys
 * later articles will find this one by. Every store call is an indexed look-up with a limit,
 * so the cost of one article does not grow with the size of the store.
 */
/** Stored event mentions examined per article when choosing global events. */
const EVENT_ANCHOR_LIMIT = 60;
/** Happenings of one kind on the two days either side: one posting each, few per day. */
const NEAR_EVENT_LIMIT = 20;

export class Linker {
  private readonly now: () => string;
  private readonly copyOptions: CopyOptions;
  private readonly candidateLimit: number;
  private readonly maxLinks: number;
  private readonly onPhase: ((phase: string, ms: number) => void) | undefined;
  /** Analysed views of stored claims and articles, reused across articles (bounded). */
  // Sized for the recent past (the candidates of the next articles are mostly recent ones),
  // small enough that the heap, and so garbage collection, stays flat.
  private readonly comparables = new LruCache<string, ComparableClaim>(5_000);
  private readonly fingerprints = new LruCache<string, CopyFingerprint>(500);
  private readonly claimShingles = new LruCache<string, Set<number>>(5_000);
  private readonly names = new LruCache<string, string>(20_000);

  constructor(
    private readonly store: GraphStore,
    options: LinkerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.copyOptions = { ...DEFAULT_COPY_OPTIONS, ...options.copy };
    this.candidateLimit = options.candidateLimit ?? 150;
    this.maxLinks = options.maxLinksPerClaim ?? 12;
    this.onPhase = options.onPhase;
  }

  /**
   * @param precomputed the copy fingerprint of x.article.text with the default parameters,
   *   when it was already made elsewhere (an extraction worker thread); used only when this
   *   linker runs with those parameters.
   */
  async link(extracted: Extraction, precomputed: { fingerprint?: CopyFingerprint } = {}): Promise<ArticleBundle> {
    let x = extracted;
    let [existing] = await this.store.getArticles([x.article.id]);
    // The text is stored, but as another outlet's: this outlet's run of it is an article of its own.
    if (existing && isRepublication(existing, x.article)) {
      x = asRepublication(x);
      [existing] = await this.store.getArticles([x.article.id]);
    }
    // Already stored: the store will leave it alone; skip the analysis (re-runs resume fast).
    if (existing) return plainBundle(x, this.now());
    const article = x.article;
    const now = this.now();
    let mark = performance.now();
    const phase = (name: string): void => {
      if (!this.onPhase) return;
      const t = performance.now();
      this.onPhase(name, t - mark);
      mark = t;
    };

    // 1-2. Names and copies do not depend on each other: their look-ups run together (one
    //      round trip less on a networked store).
    const fp = precomputed.fingerprint && this.copyOptions.params === DEFAULT_COPY_PARAMS ? precomputed.fingerprint : copyFingerprint(article.text, this.copyOptions.params);
    phase('fingerprint');
    const copiesDone = (async () => {
      const found = await detectCopies(this.store, article, fp, now, this.copyOptions, this.fingerprints);
      const ids = found.map((m) => (m.copier.id === article.id ? m.original.id : m.copier.id));
      const claimLists = ids.length > 0 ? await this.store.getClaimsByArticle(ids) : [];
      return { found, claimsOfOther: new Map<string, Claim[]>(ids.map((id, i) => [id, claimLists[i] ?? []])) };
    })();
    // Settle both before going on, so a failure of one never leaves the other running unseen.
    const [namesResult, copiesResult] = await Promise.allSettled([resolveNames(this.store, x, this.names), copiesDone]);
    if (namesResult.status === 'rejected') throw namesResult.reason;
    if (copiesResult.status === 'rejected') throw copiesResult.reason;
    const names = namesResult.value;
    const copies = copiesResult.value.found;
    const claimsOfOther = copiesResult.value.claimsOfOther;
    phase('names and copies');
    const mapSource = (id: string | null): string | null => (id === null ? null : (names.sourceIds.get(id) ?? id));
    const sourceById = new Map<string, Source>(names.sources.map((s) => [s.id, s]));
    let claims: Claim[] = x.claims.map((c) => ({
      ...c,
      sourceId: mapSource(c.sourceId),
      entities: dedupeBy(
        c.entities.map((e) => {
          const r = names.entityIds.get(e.id);
          return r ? { ...e, id: r.id, name: r.name } : e;
        }),
        (e) => e.id,
      ),
    }));

    // 3. Events. One keyed look-up finds, for each event mention, the stored mentions of events
    //    of the same kind on the same days (or, undated, with the same actors): one posting per
    //    article and event, so the look-up stays small however many claims an event gathers.
    //    Each local mention then joins a stored event or becomes a new global one.
    const localEvents = new Map<string, Event>(x.events.map((e) => [e.id, e]));
    const specific = (sourceId: string | null): boolean => {
      if (sourceId === null) return false;
      const s = sourceById.get(sourceId);
      return s ? isSpecificSpeaker(s) : false;
    };
    // (Dated and undated mentions look up apart: ranked in one look-up, the stored mentions that
    // share several actors with an undated one took every place before a dated mention's one
    // key of its kind and day, and the dated mention missed the event it is.)
    const datedKeys = new Set<string>();
    const undatedKeys = new Set<string>();
    const nearKeys = new Set<string>();
    for (const e of localEvents.values()) {
      for (const k of eventLookupKeys(e, article.published, UNDATED_WINDOW_DAYS)) (isDayLookupKey(k) ? datedKeys : undatedKeys).add(k);
      // The same happening dated a day apart in another time zone (chooseEvent decides).
      for (const k of adjacentHappeningKeys(e)) nearKeys.add(k);
    }
    const [datedHits, undatedHits, nearHits] = await Promise.all([
      datedKeys.size > 0 ? this.store.findClaimsByKeys([...datedKeys], EVENT_ANCHOR_LIMIT) : [],
      undatedKeys.size > 0 ? this.store.findClaimsByKeys([...undatedKeys], EVENT_ANCHOR_LIMIT) : [],
      nearKeys.size > 0 ? this.store.findClaimsByKeys([...nearKeys], NEAR_EVENT_LIMIT) : [],
    ]);
    const hitIds = [...new Set([...datedHits, ...undatedHits, ...nearHits].map((h) => h.claimId))];
    const anchorClaims = hitIds.length > 0 ? await this.store.getClaims(hitIds) : [];
    const hintIds = new Set<string>();
    for (const cs of claimsOfOther.values()) for (const c of cs) if (c.event) hintIds.add(c.event.id);
    const candEventIds = new Set<string>(hintIds);
    for (const c of anchorClaims) if (c?.event && c.articleId !== article.id) candEventIds.add(c.event.id);
    const storedEvents = candEventIds.size > 0 ? await this.store.getEvents([...candEventIds]) : [];
    const eventPool = storedEvents.filter((e): e is Event => e !== null);
    const hints = eventPool.filter((e) => hintIds.has(e.id));
    const choices = new Map<string, EventChoice>();
    // An article without a date may still name office holders that place it in time.
    const when = article.published ?? articleEra(article.text);
    for (const e of localEvents.values()) choices.set(e.id, chooseEvent(e, eventPool, article.id, hints, when));
    const globalEvents = new Map<string, Event>();
    for (const ch of choices.values()) {
      const prev = globalEvents.get(ch.event.id);
      if (!prev) globalEvents.set(ch.event.id, ch.event);
      else for (const p of ch.event.participants) if (!prev.participants.includes(p)) prev.participants.push(p);
    }
    // Undated mentions stored before this article's new dated events, which they would have joined.
    const createdEvents = new Set([...choices.values()].filter((ch) => ch.mergedWith === null).map((ch) => ch.event.id));
    // Only an event some claim here is about: that claim carries its anchor keys, so later
    // articles find it (an event named only for a figure elsewhere has no claim to carry them).
    const claimedEvents = new Set(claims.flatMap((c) => (c.event ? [choices.get(c.event.id)?.event.id ?? ''] : [])));
    const adoption = await adoptUndated(
      this.store,
      article.id,
      [...globalEvents.values()].filter((e) => createdEvents.has(e.id) && claimedEvents.has(e.id)),
    );
    for (const [id, e] of adoption.events) {
      const g = globalEvents.get(id);
      if (g) Object.assign(g, { place: e.place, participants: e.participants });
    }
    // A casualty figure given in a sentence about another event is also compared as the toll
    // of the casualty event the sentence names (see figureEvent.ts).
    const globalFigureEvents = new Map<string, Event>();
    for (const c of claims) {
      const fe = figureEventOf(c, c.event ? localEvents.get(c.event.id) : undefined, x.events);
      const g = fe ? choices.get(fe.id)?.event : undefined;
      if (g) globalFigureEvents.set(c.id, g);
    }
    claims = claims.map((c) => {
      if (!c.event) return c;
      const ch = choices.get(c.event.id);
      if (!ch) return { ...c, event: null };
      const g = globalEvents.get(ch.event.id) ?? ch.event;
      return { ...c, event: eventRef(g) };
    });
    phase('events');

    // 4. Candidates: a second look-up by global event (every claim about it, figures by slot),
    //    by quotation of the same speaker, and by speaker and day. Postings are per event, so
    //    their length follows how much one happening was covered, not the size of the store.
    const quoteKeyMemo = new Map<string, string[]>();
    const quoteKeysOf = (c: Claim): string[] => {
      if (!c.sourceId || !c.quote || c.quote.length < 20) return [];
      let k = quoteKeyMemo.get(c.id);
      if (!k) quoteKeyMemo.set(c.id, (k = quoteKeys(c.sourceId, c.quote)));
      return k;
    };
    // The same speaker's same statement: its quotation and speaker-and-day keys.
    const statementKeys = (c: Claim): Set<string> => {
      const own = new Set<string>();
      if (!c.sourceId || !specific(c.sourceId)) return own;
      for (const k of quoteKeysOf(c)) own.add(k);
      if (article.published) own.add(`sp:${c.sourceId}|${article.published.slice(0, 10)}`);
      return own;
    };
    const lookup = new Set<string>();
    for (const c of claims) {
      // (A happening known by its day alone has no claims in other articles to look up.)
      const own = c.event !== null && c.event.label === HAPPENING;
      if (c.event && !own) {
        lookup.add(`ev:${c.event.id}`);
        const cc = this.comparableOf(c);
        for (const k of termKeys(c.event.id, cc.terms.terms, cc.parties)) lookup.add(k);
      }
      for (const k of slotKeys(c, own ? null : (c.event?.id ?? null))) lookup.add(k);
      for (const k of slotKeys(c, globalFigureEvents.get(c.id)?.id ?? null)) lookup.add(k);
      for (const k of statementKeys(c)) lookup.add(k);
    }
    const candidates = new Map<string, Claim>();
    const candidateKeys = new Map<string, Set<string>>();
    if (lookup.size > 0) {
      const found = await this.store.findClaimsByKeys([...lookup], this.candidateLimit);
      for (const f of found) candidateKeys.set(f.claimId, new Set(f.keys));
      const got = found.length > 0 ? await this.store.getClaims(found.map((f) => f.claimId)) : [];
      for (const c of got) if (c && c.articleId !== article.id) candidates.set(c.id, c);
    }
    for (const c of adoption.claims) {
      candidates.set(c.id, c);
      candidateKeys.set(c.id, adoption.keys.get(c.id) ?? new Set());
      // Compared as what they are about now.
      this.comparables.set(c.id, comparable(c));
    }
    phase('candidates');
    // 5. Links.
    const links: Link[] = [];
    for (const m of copies) links.push(m.link);
    // Each copied claim derives from one original claim: the best match over every article it
    // copies (a reprint of a reprint points at the nearer copy, which points on).
    const derivedPairs = new Set<string>();
    const bestDerived = new Map<string, { to: Claim; overlap: number; original: Article }>();
    for (const m of copies) {
      const copierClaims = m.copier.id === article.id ? claims : (claimsOfOther.get(m.copier.id) ?? []);
      const originalClaims = m.original.id === article.id ? claims : (claimsOfOther.get(m.original.id) ?? []);
      for (const d of derivedClaims(copierClaims, originalClaims, m.reuse, 0.5, this.claimShingles)) {
        const prev = bestDerived.get(d.from.id);
        if (!prev || d.overlap > prev.overlap) bestDerived.set(d.from.id, { to: d.to, overlap: d.overlap, original: m.original });
      }
    }
    for (const [fromId, d] of bestDerived) {
      derivedPairs.add(pairKey(fromId, d.to.id));
      links.push(
        machineLink(fromId, d.to.id, 'derived_from', 0.5 + d.overlap / 2, `copied with ${Math.round(d.overlap * 100)}% of its words from ${describeArticle(d.original)}${d.original.credits.length > 0 ? ` (${d.original.credits.join(', ')} copy)` : ''}`, now),
      );
    }
    phase('derived');
    // Not push(...): a page of thousands of claims makes more links than a call takes arguments.
    appendAll(links, this.claimLinks(claims, [...candidates.values()], candidateKeys, statementKeys, globalEvents, globalFigureEvents, derivedPairs, sourceById, now));
    appendAll(links, rivalReports(claims, (c) => this.comparableOf(c), globalEvents, eventPhrase, now));
    phase('claim links');

    // 6. Index keys for later articles.
    const seenEvent = new Set<string>();
    const nameCarrier = new Map<string, string>();
    for (const [key] of names.newNames) {
      const carrier = claims.find((c) => [c.speaker?.name ?? '', ...c.entities.map((e) => e.name)].some((n) => n && `nm:${foldName(n).key}` === key));
      if (carrier) nameCarrier.set(carrier.id, [nameCarrier.get(carrier.id), key].filter(Boolean).join('\u0000'));
    }
    const claimKeys = claims.map((c) => {
      const ev = c.event ? (globalEvents.get(c.event.id) ?? null) : null;
      const first = ev !== null && !seenEvent.has(ev.id);
      if (ev) seenEvent.add(ev.id);
      const keys = claimIndexKeys(c, ev, { firstOfEvent: first, newEvent: ev !== null && createdEvents.has(ev.id), published: article.published, specificSpeaker: specific(c.sourceId), quoteKeys: quoteKeysOf(c) });
      if (ev && ev.label !== HAPPENING) {
        const cc = this.comparableOf(c);
        keys.push(...termKeys(ev.id, cc.terms.terms, cc.parties));
      }
      const gfe = globalFigureEvents.get(c.id);
      if (gfe) for (const k of slotKeys(c, gfe.id)) if (!keys.includes(k)) keys.push(k);
      const nm = nameCarrier.get(c.id);
      if (nm) keys.push(...nm.split('\u0000'));
      return { claimId: c.id, keys };
    });

    // This article will be a copy candidate of later ones: keep its fingerprint at hand.
    this.fingerprints.set(article.id, fp);
    phase('keys');
    return {
      article,
      claims,
      sources: names.sources,
      events: [...globalEvents.values()],
      entities: names.entities,
      links: dedupeBy(links, (l) => `${l.from}\u0000${l.to}\u0000${l.type}`),
      publisherId: mapSource(x.publisherId),
      creditIds: [...new Set(x.creditIds.map((id) => mapSource(id) as string))],
      reviews: verdictReviews(x, now),
      articleKeys: fp.keys,
      claimKeys: claimKeys.filter((k) => k.keys.length > 0),
      eventMerges: adoption.merges,
    };
  }

  /** A claim's analysed view, kept for the articles after this one (a claim's id fixes its text). */
  private comparableOf(c: Claim): ComparableClaim {
    return this.comparables.getOrCreate(c.id, () => comparable(c));
  }

  private claimLinks(
    claims: Claim[],
    candidates: Claim[],
    candidateKeys: Map<string, Set<string>>,
    statementKeys: (c: Claim) => Set<string>,
    events: Map<string, Event>,
    figureEvents: Map<string, Event>,
    derived: Set<string>,
    sources: Map<string, Source>,
    now: string,
  ): Link[] {
    const out: Link[] = [];
    if (candidates.length === 0) return out;
    // Per event, an index of the candidates by specific term and by figure slot: a pair that
    // shares neither cannot corroborate, contradict or differ, so it is never compared.
    const byEventTerm = new Map<string, Map<string, ComparableClaim[]>>();
    const bySpeaker = new Map<string, ComparableClaim[]>();
    for (const c of candidates) {
      const cc = this.comparableOf(c);
      if (c.event) {
        let idx = byEventTerm.get(c.event.id);
        if (!idx) byEventTerm.set(c.event.id, (idx = new Map()));
        for (const k of comparisonKeys(cc)) push(idx, k, cc);
      }
      if (c.sourceId) push(bySpeaker, c.sourceId, cc);
    }
    for (const c of claims) {
      // (Stored exactly like this once the bundle is written; later articles reuse it.)
      const a = this.comparableOf(c);
      const made: Link[] = [];
      const linked = new Set<string>();
      const ev = c.event ? events.get(c.event.id) : undefined;
      const idx = ev ? byEventTerm.get(ev.id) : undefined;
      if (ev && idx) {
        const label = eventPhrase(ev);
        const seen = new Set<ComparableClaim>();
        for (const k of comparisonKeys(a)) for (const b of idx.get(k) ?? []) seen.add(b);
        for (const b of seen) {
          if (derived.has(pairKey(c.id, b.claim.id)) || derived.has(pairKey(b.claim.id, c.id))) continue;
          for (const r of compareClaims(a, b, label)) {
            made.push(machineLink(c.id, b.claim.id, r.type, r.score, r.basis, now, { slot: r.slot }));
            linked.add(b.claim.id);
          }
        }
      }
      // Tolls across events: this claim's figure against candidates filed under another event
      // that share a slot key of the same casualty event (its own, or the one its sentence names).
      const fe = figureEvents.get(c.id) ?? (ev && isHarmFamily(ev.label) ? ev : undefined);
      if (fe && a.slots.length > 0) {
        const keys = new Set(slotKeys(c, fe.id));
        for (const cand of candidates) {
          if (linked.has(cand.id) || cand.event?.id === c.event?.id) continue;
          // A candidate under another event (another casualty event is another happening: it would share the id if it
          // were this one) only when its figures are filed under this one too, through its slot keys ("the strikes came
          // after rockets … killed a contractor").
          if (cand.event?.id !== fe.id && ![...(candidateKeys.get(cand.id) ?? [])].some((k) => keys.has(k))) continue;
          if (derived.has(pairKey(c.id, cand.id)) || derived.has(pairKey(cand.id, c.id))) continue;
          const b = this.comparableOf(cand);
          const r = compareFiguresOnly(a, b, eventPhrase(fe));
          if (r) {
            const where = [c, cand].filter((x) => x.event && x.event.id !== fe.id).map((x) => `${x === c ? 'this' : 'the other'} figure stands in a sentence about the ${x.event?.label ?? 'another event'}`);
            const basis = where.length > 0 ? `${r.basis}; ${where.join(', ')}` : r.basis;
            made.push(machineLink(c.id, cand.id, r.type, r.score, basis, now, { slot: r.slot }));
            linked.add(cand.id);
          }
        }
      }
      // The same speaker's same statement, whatever event (if any) each article tied it to:
      // only candidates found through this claim's own quotation or speaker-and-day keys.
      const own = c.sourceId && (c.kind === 'quote' || c.kind === 'attributed') ? statementKeys(c) : new Set<string>();
      if (c.sourceId && own.size > 0) {
        const speaker = sources.get(c.sourceId);
        for (const b of bySpeaker.get(c.sourceId) ?? []) {
          if (linked.has(b.claim.id) || derived.has(pairKey(c.id, b.claim.id))) continue;
          if (b.claim.kind !== 'quote' && b.claim.kind !== 'attributed') continue;
          const shared = candidateKeys.get(b.claim.id);
          if (!shared || ![...shared].some((k) => own.has(k))) continue;
          const o = termOverlap(a.terms.terms, b.terms.terms);
          if (o.dice < 0.5 || oppositePolarity(a.terms, b.terms, o.shared)) continue;
          const who = speaker?.name ?? c.speaker?.name ?? 'the speaker';
          made.push(machineLink(c.id, b.claim.id, 'corroborates', Math.min(0.95, 0.5 + o.dice / 2), `same statement by ${who} (${Math.round(o.dice * 100)}% of the words in common)`, now));
        }
      }
      // Keep the strongest few of each type.
      const byType = new Map<string, Link[]>();
      for (const l of made) push(byType, l.type, l);
      for (const [type, ls] of byType) {
        ls.sort((p, q) => q.score - p.score);
        out.push(...ls.slice(0, type === 'same_event' ? 2 : this.maxLinks));
      }
    }
    return out;
  }
}

/** Specific terms, figure slots and blamed or denying parties of a claim: two claims are compared only when they share one. */
function comparisonKeys(c: ComparableClaim): string[] {
  const keys: string[] = [];
  for (const [t, w] of c.terms.terms) if (!isBackgroundTerm(t) && w >= 0.5) keys.push(t);
  for (const s of c.slots) keys.push(`#${s.slot.key.split('|')[0]}`);
  for (const p of c.parties) keys.push(p);
  return keys;
}

function plainBundle(x: Extraction, now: string): ArticleBundle {
  return {
    article: x.article,
    claims: x.claims,
    sources: x.sources,
    events: x.events,
    entities: x.entities,
    links: [],
    publisherId: x.publisherId,
    creditIds: x.creditIds,
    reviews: verdictReviews(x, now),
    articleKeys: [],
    claimKeys: [],
    eventMerges: [],
  };
}

/** "air strikes of 2019-12-29", "rocket attack of 2019-12-23..2019-12-29", "embassy attack (undated)". */
function eventPhrase(e: Event): string {
  if (!e.date) return `${e.label} (undated)`;
  const end = e.dateEnd && e.dateEnd.slice(0, 10) !== e.date.slice(0, 10) ? `..${e.dateEnd.slice(0, 10)}` : '';
  return `${e.label} of ${e.date.slice(0, 10)}${end}`;
}

function describeArticle(a: Article): string {
  return `${a.outlet ?? a.title ?? a.id}${a.published ? ` ${a.published.slice(0, 10)}` : ''}`;
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function appendAll<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { CopyMatch };
