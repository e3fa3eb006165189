import {
  articleId,
  claimId,
  contentHash,
  entityId,
  eventId,
  reviewId,
  sourceId,
  type Article,
  type ArticleBundle,
  type Certainty,
  type Claim,
  type ClaimKind,
  type Entity,
  type EntityType,
  type Event,
  type EventMerge,
  type Link,
  type LinkType,
  type Quantity,
  type Review,
  type Source,
  type SourceType,
} from '../../src/domain';

/**
 * Small builders for hand-made article bundles. Ids come from the real id functions, so
 * a bundle built twice from the same text is the same article (idempotence tests rely on it).
 */

export const T0 = '2020-01-02T10:00:00.000Z';

export function makeArticle(text: string, meta: Partial<Omit<Article, 'id' | 'contentHash' | 'text'>> = {}): Article {
  return {
    id: articleId(text),
    file: meta.file ?? null,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    published: meta.published === undefined ? null : meta.published,
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    credits: meta.credits ?? [],
    notes: meta.notes ?? [],
    contentHash: contentHash(text),
    text,
  };
}

export function makeSource(name: string, type: SourceType, opts: { role?: string | null; aliases?: string[] } = {}): Source {
  return { id: sourceId(name), name, type, role: opts.role ?? null, aliases: opts.aliases ?? [] };
}

export function makeEntity(name: string, type: EntityType, aliases: string[] = []): Entity {
  return { id: entityId(name), name, type, aliases };
}

export function makeEvent(label: string, date: string | null, place: string | null, participants: string[] = [], dateEnd: string | null = null): Event {
  return { id: eventId(`${label}|${date ?? ''}|${place ?? ''}`), label, date, dateEnd, place, participants };
}

export function qty(text: string, value: number, qualifier: Quantity['qualifier'], subject: string | null, predicate: string | null, unit: string | null = null): Quantity {
  return { text, value, qualifier, unit, subject, predicate };
}

export function makeLink(from: string, to: string, type: LinkType, opts: Partial<Omit<Link, 'from' | 'to' | 'type'>> = {}): Link {
  return {
    from,
    to,
    type,
    score: opts.score ?? 0.9,
    basis: opts.basis ?? `${type} (test fixture)`,
    slot: opts.slot ?? null,
    share: opts.share ?? null,
    origin: opts.origin ?? 'machine',
    removed: opts.removed ?? false,
    note: opts.note ?? null,
    createdAt: opts.createdAt ?? T0,
  };
}

export function makeReview(claim: string, rating: string, reviewer: string, createdAt: string, url: string | null = null): Review {
  return { id: reviewId(claim, reviewer, url), claimId: claim, rating, reviewer, url, createdAt };
}

export interface ClaimOpts {
  kind?: ClaimKind;
  certainty?: Certainty;
  speaker?: Source | null;
  cue?: string | null;
  quote?: string | null;
  quantities?: Quantity[];
  event?: Event | null;
  entities?: Entity[];
  credit?: string | null;
  checkworthiness?: number;
  /** Claim.via; left out of the claim when undefined. */
  via?: Claim['via'];
  /** Which occurrence of the text in the article (0-based), when it repeats. */
  occurrence?: number;
}

/** Builds one ArticleBundle; every source, event and entity a claim names is added to the bundle. */
export class BundleBuilder {
  readonly article: Article;
  private readonly claims: Claim[] = [];
  private readonly sources = new Map<string, Source>();
  private readonly events = new Map<string, Event>();
  private readonly entities = new Map<string, Entity>();
  private readonly links: Link[] = [];
  private publisherId: string | null = null;
  private readonly creditIds: string[] = [];
  private articleKeys: string[] = [];
  private readonly claimKeys: Array<{ claimId: string; keys: string[] }> = [];
  private readonly reviews: Review[] = [];
  private readonly eventMerges: EventMerge[] = [];

  constructor(text: string, meta: Partial<Omit<Article, 'id' | 'contentHash' | 'text'>> = {}) {
    this.article = makeArticle(text, meta);
  }

  get id(): string {
    return this.article.id;
  }

  source(s: Source): this {
    this.sources.set(s.id, s);
    return this;
  }

  publisher(s: Source): this {
    this.source(s);
    this.publisherId = s.id;
    return this;
  }

  credit(s: Source): this {
    this.source(s);
    this.creditIds.push(s.id);
    return this;
  }

  /** Adds the claim whose text is `text` as found in the article; returns its id. */
  claim(text: string, opts: ClaimOpts = {}): string {
    const body = this.article.text;
    let start = -1;
    for (let n = 0, from = 0; n <= (opts.occurrence ?? 0); n++, from = start + 1) {
      start = body.indexOf(text, from);
      if (start < 0) throw new Error(`fixture: "${text.slice(0, 40)}" is not in the article text`);
    }
    const end = start + text.length;
    const sStart = Math.max(body.lastIndexOf('. ', start) + 2, body.lastIndexOf('\n', start) + 1, 0);
    const stops = [body.indexOf('. ', end), body.indexOf('\n', end)].filter((i) => i >= 0);
    const sEnd = stops.length > 0 ? Math.min(...stops) + 1 : body.length;
    const speaker = opts.speaker ?? null;
    if (speaker !== null) this.source(speaker);
    const event = opts.event ?? null;
    if (event !== null) this.events.set(event.id, event);
    for (const e of opts.entities ?? []) this.entities.set(e.id, e);
    const c: Claim = {
      id: claimId(this.article.id, start, end),
      articleId: this.article.id,
      text,
      sentence: body.slice(sStart, sEnd).trim(),
      start,
      end,
      kind: opts.kind ?? (speaker === null ? 'assertion' : 'attributed'),
      certainty: opts.certainty ?? 'asserted',
      speaker: speaker === null ? null : { name: speaker.name, type: speaker.type, role: speaker.role },
      sourceId: speaker?.id ?? null,
      cue: opts.cue ?? (speaker === null ? null : 'said'),
      quote: opts.quote ?? null,
      quantities: opts.quantities ?? [],
      event: event === null ? null : { id: event.id, label: event.label, date: event.date, place: event.place },
      entities: (opts.entities ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type })),
      credit: opts.credit ?? null,
      checkworthiness: opts.checkworthiness ?? 0.5,
    };
    if (opts.via !== undefined) c.via = opts.via;
    this.claims.push(c);
    return c.id;
  }

  link(l: Link): this {
    this.links.push(l);
    return this;
  }

  /** A review the article makes of one of its claims (a fact-check's rating). */
  review(r: Review): this {
    this.reviews.push(r);
    return this;
  }

  /** A stored event this article's event `into` absorbs (an undated mention of its happening). */
  mergeEvent(from: string, into: Event, keys: Array<{ from: string; to: string }> = []): this {
    this.events.set(into.id, into);
    this.eventMerges.push({ from, into: into.id, keys: keys.map((k) => ({ ...k })) });
    return this;
  }

  keys(articleKeys: string[]): this {
    this.articleKeys = articleKeys;
    return this;
  }

  claimKey(id: string, keys: string[]): this {
    this.claimKeys.push({ claimId: id, keys });
    return this;
  }

  build(): ArticleBundle {
    return {
      article: this.article,
      claims: [...this.claims],
      sources: [...this.sources.values()],
      events: [...this.events.values()],
      entities: [...this.entities.values()],
      links: [...this.links],
      publisherId: this.publisherId,
      creditIds: [...this.creditIds],
      reviews: this.reviews.map((r) => ({ ...r })),
      articleKeys: [...this.articleKeys],
      claimKeys: this.claimKeys.map((k) => ({ claimId: k.claimId, keys: [...k.keys] })),
      eventMerges: this.eventMerges.map((m) => ({ ...m, keys: m.keys.map((k) => ({ ...k })) })),
    };
  }
}

// ---- a realistic little story: US strikes on Kataib Hezbollah, AP copy reprinted twice --------

export const AP = makeSource('Associated Press', 'news_agency', { aliases: ['AP', 'The Associated Press'] });
export const BBC = makeSource('BBC News', 'outlet', { aliases: ['BBC'] });
export const TOI = makeSource('The Times of Israel', 'outlet');
export const ABC = makeSource('ABC News', 'outlet');
export const ALJ = makeSource('Al Jazeera', 'outlet');
export const KH = makeSource('Kataib Hezbollah', 'organization', { aliases: ['Kata’ib Hizbullah'] });
export const KH2 = makeSource('Kataeb Hezbollah', 'organization', { aliases: ['KH'] });
export const PENTAGON = makeSource('Pentagon', 'government', { aliases: ['US Department of Defense'] });
export const MAHDI = makeSource('Adel Abdul Mahdi', 'person', { role: 'Iraqi Prime Minister' });
export const MUHANDIS = makeSource('أبو مهدي المهندس', 'person', { role: 'deputy commander of the Popular Mobilization Forces', aliases: ['Abu Mahdi al-Muhandis'] });

export const STRIKES = makeEvent('strikes', '2019-12-29', 'al-Qaim', ['United States', 'Kataib Hezbollah']);
export const ROCKET = makeEvent('rocket attack', '2019-12-27', 'Kirkuk', ['Kataib Hezbollah']);
export const PROTEST = makeEvent('protest', '2019-12-31', 'Baghdad', ['Popular Mobilization Forces'], '2020-01-01');

export const IRAQ = makeEntity('Iraq', 'country');
export const SYRIA = makeEntity('Syria', 'country');
export const KH_ENTITY = makeEntity('Kataib Hezbollah', 'group', ['Kataeb Hezbollah']);
export const BAGHDAD = makeEntity('Baghdad', 'place');

const AP_BODY = [
  'BAGHDAD (AP) — U.S. airstrikes killed at least 25 fighters of the Kataib Hezbollah militia in Iraq and Syria, Iraqi security officials said.',
  'The Pentagon said the strikes hit five facilities used by the group.',
  'The strikes were in retaliation for a rocket attack on a military base in Kirkuk that killed an American contractor.',
].join('\n');

/** The AP original, one reprint of it, and a second reprint that copies the first. */
export function apStory(): {
  ap: ArticleBundle;
  toi: ArticleBundle;
  abc: ArticleBundle;
  ids: { apKilled: string; apPentagon: string; apRetaliation: string; toiKilled: string; abcKilled: string };
} {
  const ap = new BundleBuilder(AP_BODY, {
    outlet: 'Associated Press',
    published: '2019-12-29',
    title: 'US strikes kill 25 militia fighters in Iraq, Syria',
    byline: 'BAGHDAD (AP) —',
    credits: ['Associated Press'],
    url: 'https://apnews.com/article/kataib-hezbollah-strikes',
  });
  ap.publisher(AP).credit(AP);
  const apKilled = ap.claim('U.S. airstrikes killed at least 25 fighters of the Kataib Hezbollah militia in Iraq and Syria', {
    speaker: makeSource('Iraqi security officials', 'government'),
    quantities: [qty('at least 25', 25, 'at_least', 'fighters', 'killed')],
    event: STRIKES,
    entities: [KH_ENTITY, IRAQ, SYRIA],
    credit: 'Associated Press',
    checkworthiness: 0.9,
  });
  const apPentagon = ap.claim('the strikes hit five facilities used by the group', {
    speaker: PENTAGON,
    via: null,
    quantities: [qty('five', 5, 'exact', 'facilities', 'hit')],
    event: STRIKES,
    credit: 'Associated Press',
  });
  const apRetaliation = ap.claim('The strikes were in retaliation for a rocket attack on a military base in Kirkuk that killed an American contractor', {
    event: ROCKET,
    entities: [KH_ENTITY],
    quantities: [qty('an', 1, 'exact', 'American contractor', 'killed')],
  });
  ap.keys(['band:strikes:1', 'band:strikes:2', 'band:strikes:3']).claimKey(apKilled, ['killed|fighters|2019-12-29', 'kataib-hezbollah']);

  const toiText = `The Times of Israel reprints AP copy.\n${AP_BODY}`;
  const toi = new BundleBuilder(toiText, { outlet: 'The Times of Israel', published: '2019-12-30', credits: ['Associated Press'], byline: 'By AP',
    notes: [{ kind: 'correction', text: 'Correction: An earlier version of this story said 27 fighters were killed. The toll was 25.' }],
  });
  toi.publisher(TOI).credit(AP);
  const toiKilled = toi.claim('U.S. airstrikes killed at least 25 fighters of the Kataib Hezbollah militia in Iraq and Syria', {
    speaker: makeSource('Iraqi security officials', 'government'),
    quantities: [qty('at least 25', 25, 'at_least', 'fighters', 'killed')],
    event: STRIKES,
    credit: 'Associated Press',
  });
  toi.link(makeLink(toi.id, ap.id, 'copies', { share: 0.93, basis: '93% of the text reused' }));
  toi.link(makeLink(toiKilled, apKilled, 'derived_from', { score: 1, basis: 'same sentence in copied AP text' }));
  toi.keys(['band:strikes:1', 'band:strikes:2']).claimKey(toiKilled, ['killed|fighters|2019-12-29']);

  const abcText = `ABC News via The Times of Israel.\n${toiText}`;
  const abc = new BundleBuilder(abcText, { outlet: 'ABC News', published: '2019-12-31', credits: ['Associated Press'] });
  abc.publisher(ABC).credit(AP);
  const abcKilled = abc.claim('U.S. airstrikes killed at least 25 fighters of the Kataib Hezbollah militia in Iraq and Syria', {
    quantities: [qty('at least 25', 25, 'at_least', 'fighters', 'killed')],
    event: STRIKES,
  });
  abc.link(makeLink(abc.id, toi.id, 'copies', { share: 0.9 }));
  abc.link(makeLink(abcKilled, toiKilled, 'derived_from', { score: 1 }));
  abc.keys(['band:strikes:1']).claimKey(abcKilled, ['killed|fighters|2019-12-29']);

  return { ap: ap.build(), toi: toi.build(), abc: abc.build(), ids: { apKilled, apPentagon, apRetaliation, toiKilled, abcKilled } };
}

/** An independent BBC piece on the same strikes and the embassy protest, giving 25 and quoting Mahdi. */
export function bbcStory(): { bbc: ArticleBundle; ids: { bbcDied: string; bbcMahdi: string; bbcProtest: string } } {
  const text = [
    'Protesters angered by US air strikes have attacked the US embassy compound in Baghdad.',
    'At least 25 fighters died when the US bombed bases associated with Kataib Hezbollah in Iraq and Syria on Sunday.',
    'Iraqi Prime Minister Adel Abdul Mahdi told state television the air strikes had violated his country’s sovereignty.',
  ].join('\n');
  const b = new BundleBuilder(text, { outlet: 'BBC News', published: '2019-12-31', title: 'Iraq: Protesters attack US embassy in Baghdad',
    url: 'https://www.bbc.co.uk/news/world-middle-east-50962225',
    notes: [
      { kind: 'update', text: 'This story has been updated with the Iraqi prime minister’s remarks.' },
      { kind: 'editor_note', text: 'Editor’s note: Our reporter in Baghdad was at the embassy gate on Tuesday 🔥.' },
    ],
  });
  b.publisher(BBC);
  const bbcProtest = b.claim('Protesters angered by US air strikes have attacked the US embassy compound in Baghdad', {
    event: PROTEST,
    entities: [BAGHDAD],
    certainty: 'asserted',
  });
  const bbcDied = b.claim('At least 25 fighters died when the US bombed bases associated with Kataib Hezbollah in Iraq and Syria on Sunday', {
    quantities: [qty('At least 25', 25, 'at_least', 'fighters', 'died')],
    event: STRIKES,
    entities: [KH_ENTITY, IRAQ, SYRIA],
    checkworthiness: 0.85,
  });
  const bbcMahdi = b.claim('the air strikes had violated his country’s sovereignty', {
    speaker: MAHDI,
    kind: 'attributed',
    cue: 'told',
    via: { name: 'Iraqi state television', type: 'outlet', role: null },
    entities: [IRAQ],
  });
  b.keys(['band:protest:1', 'band:strikes:1']).claimKey(bbcDied, ['killed|fighters|2019-12-29']);
  return { bbc: b.build(), ids: { bbcDied, bbcMahdi, bbcProtest } };
}

/** A later Al Jazeera piece: a different figure (27), a quote from al-Muhandis (Arabic name), hedged claim. */
export function aljStory(): { alj: ArticleBundle; ids: { aljKilled: string; aljQuote: string; aljHedged: string } } {
  const text = [
    'US air strikes killed 27 fighters in Iraq and Syria, according to the group.',
    'أبو مهدي المهندس قال إن “الرد سيكون قاسياً جداً على القوات الأمريكية” 🔥',
    'The embassy was reportedly evacuated.',
  ].join('\n');
  const b = new BundleBuilder(text, { outlet: 'Al Jazeera', published: '2020-01-01', title: 'Anger in Iraq 🇮🇶 after US strikes' });
  b.publisher(ALJ);
  const aljKilled = b.claim('US air strikes killed 27 fighters in Iraq and Syria', {
    speaker: KH,
    cue: 'according to',
    quantities: [qty('27', 27, 'exact', 'fighters', 'killed')],
    event: STRIKES,
    entities: [IRAQ, SYRIA],
  });
  const aljQuote = b.claim('“الرد سيكون قاسياً جداً على القوات الأمريكية” 🔥', {
    speaker: MUHANDIS,
    kind: 'quote',
    cue: 'قال',
    quote: 'الرد سيكون قاسياً جداً على القوات الأمريكية',
  });
  const aljHedged = b.claim('The embassy was reportedly evacuated', { certainty: 'hedged', event: PROTEST });
  return { alj: b.build(), ids: { aljKilled, aljQuote, aljHedged } };
}

/** A filler article with `n` claims, unique by `tag`, for pagination and batch tests. */
export function fillerBundle(tag: string, published: string | null, n = 2, outlet = 'Filler Gazette'): ArticleBundle {
  const lines = Array.from({ length: n }, (_, i) => `Filler ${tag} sentence number ${i} reports ${i + 3} new findings.`);
  const b = new BundleBuilder(lines.join('\n'), { outlet, published, title: `Filler ${tag}` });
  lines.forEach((l) => b.claim(l.slice(0, -1)));
  return b.build();
}
