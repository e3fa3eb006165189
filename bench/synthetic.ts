import {
  articleId,
  claimId,
  contentHash,
  entityId,
  eventId,
  sourceId,
  type ArticleBundle,
  type Claim,
  type Entity,
  type EntityType,
  type Event,
  type Link,
  type Quantity,
  type Source,
  type SourceType,
} from '../src/domain';

/**
 * A deterministic synthetic news corpus for benchmarks: stories (one event each) covered by
 * wire originals, reprints of earlier articles (COPIES, with DERIVED_FROM per reused claim,
 * so chains form when a reprint is reprinted), and independent reports whose claims
 * corroborate or give a different figure than earlier ones. Same seed, same corpus.
 */

export interface SyntheticOptions {
  articles: number;
  claimsPerArticle?: number;
  seed?: number;
  /** Articles per story on average (default 20). */
  storySize?: number;
}

export interface SyntheticStats {
  articles: number;
  claims: number;
  links: Record<string, number>;
  reprints: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ahmed', 'Maria', 'John', 'Fatima', 'Li', 'Olga', 'Kwame', 'Sofia', 'Omar', 'Hannah', 'Ravi', 'Elena', 'Yusuf', 'Grace', 'Tomás', 'Aisha', 'Peter', 'Nadia', 'Kenji', 'Lucia'];
const LAST = ['Hassan', 'García', 'Smith', 'Al-Amin', 'Wang', 'Petrova', 'Mensah', 'Rossi', 'Khalil', 'Becker', 'Sharma', 'Ivanova', 'Demir', 'Okafor', 'Silva', 'Rahman', 'Novak', 'Haddad', 'Tanaka', 'Moreno'];
const ROLES = ['spokesperson', 'minister', 'police chief', 'governor', 'commander', 'witness', 'doctor', 'mayor', 'analyst', 'official'];
const ORG_KIND = ['Ministry of Health', 'Civil Defence', 'Interior Ministry', 'Red Crescent', 'Coast Guard', 'Electoral Commission', 'Port Authority', 'Army', 'Fire Service', 'Meteorological Office'];
const PLACES = ['Baghdad', 'Kirkuk', 'Mosul', 'Basra', 'Aleppo', 'Beirut', 'Amman', 'Cairo', 'Tripoli', 'Sanaa', 'Erbil', 'Homs', 'Tunis', 'Khartoum', 'Gaza', 'Haifa', 'Ankara', 'Tehran', 'Doha', 'Muscat'];
const EVENTS = [
  { label: 'air strikes', predicate: 'killed', subject: 'fighters' },
  { label: 'flood', predicate: 'displaced', subject: 'residents' },
  { label: 'protest', predicate: 'gathered', subject: 'protesters' },
  { label: 'earthquake', predicate: 'killed', subject: 'people' },
  { label: 'rocket attack', predicate: 'wounded', subject: 'soldiers' },
  { label: 'fire', predicate: 'destroyed', subject: 'homes' },
  { label: 'election', predicate: 'voted', subject: 'voters' },
  { label: 'ferry sinking', predicate: 'rescued', subject: 'passengers' },
];
const OUTLET_A = ['Daily', 'Morning', 'Evening', 'National', 'Gulf', 'Levant', 'Coastal', 'Northern', 'Capital', 'Weekly'];
const OUTLET_B = ['Herald', 'Times', 'Post', 'Observer', 'Tribune', 'Courier', 'Monitor', 'Gazette'];
const AGENCIES = ['Associated Press', 'Reuters', 'Agence France-Presse'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'confirmed', 'warned', 'according to'];
const HEDGES = ['reportedly', 'apparently', 'it was not clear whether'];
const FILLER = [
  'Traffic was diverted around the area for most of the day while crews worked at the scene.',
  'Residents described hearing several loud noises shortly before dawn, followed by sirens.',
  'The government has faced growing criticism over its handling of similar incidents this year.',
  'Aid groups said supplies of water and medicine were running low in the worst-hit districts.',
  'Officials promised a full investigation and said more details would be released later.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

interface Story {
  index: number;
  event: Event;
  kind: (typeof EVENTS)[number];
  figure: number;
  date: string;
  place: string;
  speakers: Source[];
  entities: Entity[];
  /** Articles already generated in this story (for reprints and claim links). */
  articles: Array<{ id: string; sentences: string[]; claimTexts: string[]; claimIds: string[]; quantities: Quantity[][] }>;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function source(name: string, type: SourceType, role: string | null = null): Source {
  return { id: sourceId(name), name, type, role, aliases: [] };
}

function entity(name: string, type: EntityType): Entity {
  return { id: entityId(name), name, type, aliases: [] };
}

function link(from: string, to: string, type: Link['type'], score: number, basis: string, extra: Partial<Link> = {}): Link {
  return { from, to, type, score, basis, slot: null, share: null, origin: 'machine', removed: false, note: null, createdAt: '2020-06-01T00:00:00.000Z', ...extra };
}

/** Generates `articles` bundles in ingest order (links only point to earlier articles). */
export function* syntheticCorpus(opts: SyntheticOptions): Generator<ArticleBundle, SyntheticStats> {
  const r = rng(opts.seed ?? 42);
  const perArticle = opts.claimsPerArticle ?? 15;
  const storyCount = Math.max(1, Math.round(opts.articles / (opts.storySize ?? 20)));
  const outlets = OUTLET_A.flatMap((a) => OUTLET_B.map((b) => `The ${a} ${b}`));
  const stats: SyntheticStats = { articles: 0, claims: 0, links: {}, reprints: 0 };
  const count = (t: string, n = 1): void => {
    stats.links[t] = (stats.links[t] ?? 0) + n;
  };

  const stories: Story[] = Array.from({ length: storyCount }, (_, index) => {
    const kind = pick(r, EVENTS);
    const place = pick(r, PLACES);
    const date = addDays('2019-01-01', Math.floor(r() * 700));
    const speakers = [
      source(`${pick(r, FIRST)} ${pick(r, LAST)} ${index}`, 'person', `${place} ${pick(r, ROLES)}`),
      source(`${place} ${pick(r, ORG_KIND)}`, 'government'),
      source(`${pick(r, FIRST)} ${pick(r, LAST)} ${index}b`, 'witness'),
    ];
    const entities = [entity(place, 'place'), entity(`${pick(r, ORG_KIND)} of ${place}`, 'organization'), entity(`${pick(r, FIRST)} ${pick(r, LAST)}`, 'person')];
    const event: Event = {
      id: eventId(`${kind.label}|${date}|${place}|${index}`),
      label: kind.label,
      date,
      dateEnd: null,
      place,
      participants: [speakers[1]!.name],
    };
    return { index, event, kind, figure: 5 + Math.floor(r() * 200), date, place, speakers, entities, articles: [] };
  });

  for (let i = 0; i < opts.articles; i++) {
    // Recent stories get more coverage: square the uniform draw towards the end of the list.
    const story = stories[Math.min(storyCount - 1, Math.floor(Math.sqrt(r()) * storyCount))]!;
    const roll = r();
    const original = story.articles.length > 0 && roll < 0.35 ? pick(r, story.articles) : null;
    const isWire = original === null && roll < 0.55;
    const outlet = isWire ? pick(r, AGENCIES) : pick(r, outlets);
    const published = addDays(story.date, Math.min(6, story.articles.length >> 2) + (i % 2));
    const publisher = source(outlet, isWire ? 'news_agency' : 'outlet');
    const agency = original !== null || isWire ? source(isWire ? outlet : pick(r, AGENCIES), 'news_agency') : null;

    // Sentences: reused ones from the original (reprint) or fresh ones; each yields one claim.
    const fresh = (k: number): { sentence: string; text: string; speaker: Source | null; q: Quantity[]; hedge: boolean } => {
      const speaker = k % 3 === 2 ? null : pick(r, story.speakers);
      const n = story.figure + (r() < 0.1 ? 1 + Math.floor(r() * 5) : 0);
      const hedge = r() < 0.08;
      const variants = [
        `${hedge ? `${pick(r, HEDGES)} ` : ''}at least ${n} ${story.kind.subject} were ${story.kind.predicate} in the ${story.kind.label} near ${story.place}`,
        `the ${story.kind.label} in ${story.place} ${story.kind.predicate} about ${n} ${story.kind.subject} on ${story.date}`,
        `emergency teams reached ${story.place} within ${2 + (k % 9)} hours of the ${story.kind.label}`,
        `${story.speakers[1]!.name} had asked for help from neighbouring provinces after the ${story.kind.label}`,
        `schools in ${story.place} would stay closed for ${1 + (k % 5)} days`,
      ];
      const clause = variants[k % variants.length]!;
      // The outlet's own voice starts the sentence, so the claim text is capitalised with it.
      const text = speaker === null ? `${clause[0]!.toUpperCase()}${clause.slice(1)}` : clause;
      const q: Quantity[] = k % variants.length < 2 ? [{ text: `${k % 5 === 0 ? 'at least' : 'about'} ${n}`, value: n, qualifier: k % 5 === 0 ? 'at_least' : 'approx', unit: null, subject: story.kind.subject, predicate: story.kind.predicate }] : [];
      const sentence = speaker === null ? `${text}.` : `${speaker.name}, ${speaker.role ?? 'an official'}, ${pick(r, VERBS)} ${text}.`;
      return { sentence, text, speaker, q, hedge };
    };

    const parts: Array<{ sentence: string; text: string; speaker: Source | null; q: Quantity[]; hedge: boolean; from: number | null }> = [];
    for (let k = 0; k < perArticle; k++) {
      if (original !== null && k < perArticle - 3 && k < original.sentences.length) {
        parts.push({ sentence: original.sentences[k]!, text: original.claimTexts[k]!, speaker: null, q: original.quantities[k]!, hedge: false, from: k });
      } else {
        parts.push({ ...fresh(k + i), from: null });
      }
    }
    const intro = `${story.place.toUpperCase()} (${agency !== null ? agency.name : outlet}) — report ${i} on the ${story.kind.label}.`;
    const body: string[] = [intro];
    parts.forEach((p, k) => {
      body.push(p.sentence);
      if (k % 4 === 3) body.push(pick(r, FILLER));
    });
    const text = body.join('\n');
    const id = articleId(text);

    const sources = new Map<string, Source>([[publisher.id, publisher]]);
    if (agency !== null) sources.set(agency.id, agency);
    const claims: Claim[] = [];
    let cursor = 0;
    const claimKeys: ArticleBundle['claimKeys'] = [];
    for (const p of parts) {
      const sStart = text.indexOf(p.sentence, cursor);
      const start = text.indexOf(p.text, sStart);
      if (sStart < 0 || start < 0) throw new Error(`synthetic corpus: claim text not found in article ${i}`);
      const end = start + p.text.length;
      cursor = sStart + p.sentence.length;
      // A reprinted sentence keeps its words; its speaker is whoever the original named.
      const speaker = p.speaker ?? (p.from === null ? null : story.speakers.find((s) => p.sentence.startsWith(s.name)) ?? null);
      if (speaker !== null) sources.set(speaker.id, speaker);
      const ents = story.entities.slice(0, 1 + (start % 3));
      const c: Claim = {
        id: claimId(id, start, end),
        articleId: id,
        text: p.text,
        sentence: p.sentence,
        start,
        end,
        kind: speaker === null ? 'assertion' : 'attributed',
        certainty: p.hedge ? 'hedged' : 'asserted',
        speaker: speaker === null ? null : { name: speaker.name, type: speaker.type, role: speaker.role },
        sourceId: speaker?.id ?? null,
        cue: speaker === null ? null : 'said',
        quote: null,
        quantities: p.q,
        event: { id: story.event.id, label: story.event.label, date: story.event.date, place: story.event.place },
        entities: ents.map((e) => ({ id: e.id, name: e.name, type: e.type })),
        credit: agency?.name ?? null,
        checkworthiness: p.q.length > 0 ? 0.8 : 0.4,
      };
      claims.push(c);
      claimKeys.push({ claimId: c.id, keys: [`${story.kind.predicate}|${story.kind.subject}|${story.date}`, `${story.event.id}|${start % 7}`] });
    }

    const links: Link[] = [];
    if (original !== null) {
      stats.reprints++;
      links.push(link(id, original.id, 'copies', 0.95, 'reused text', { share: 0.8 }));
      parts.forEach((p, k) => {
        if (p.from !== null) links.push(link(claims[k]!.id, original.claimIds[p.from]!, 'derived_from', 1, 'sentence copied verbatim'));
      });
    } else if (story.articles.length > 0) {
      for (let n = 0; n < 3; n++) {
        const other = pick(r, story.articles);
        const k = Math.floor(r() * perArticle);
        const target = other.claimIds[Math.floor(r() * other.claimIds.length)]!;
        const mine = claims[k]!;
        const differs = mine.quantities.length > 0 && r() < 0.3;
        links.push(
          differs
            ? link(mine.id, target, 'different_figure', 0.7, 'different count for the same slot', { slot: `${story.kind.predicate}|${story.kind.subject}` })
            : link(mine.id, target, n === 2 ? 'same_event' : 'corroborates', 0.6 + r() * 0.4, 'same event, matching proposition'),
        );
      }
    }
    // One (from, to, type) per link, as a real linker would emit.
    const unique = [...new Map(links.map((l) => [`${l.from}|${l.to}|${l.type}`, l])).values()];
    for (const l of unique) count(l.type);

    story.articles.push({ id, sentences: parts.map((p) => p.sentence), claimTexts: parts.map((p) => p.text), claimIds: claims.map((c) => c.id), quantities: parts.map((p) => p.q) });
    stats.articles++;
    stats.claims += claims.length;
    yield {
      article: {
        id,
        file: null,
        url: `https://news.example/${i}`,
        outlet,
        published,
        title: `${story.kind.label} in ${story.place}: report ${i}`,
        byline: agency !== null ? `(${agency.name})` : null,
        notes: [],
        credits: agency !== null ? [agency.name] : [],
        contentHash: contentHash(text),
        text,
      },
      claims,
      sources: [...sources.values()],
      events: [story.event],
      entities: story.entities,
      links: unique,
      publisherId: publisher.id,
      creditIds: agency !== null ? [agency.id] : [],
      reviews: [],
      eventMerges: [],
      articleKeys: Array.from({ length: 8 }, (_, b) => `${story.index}:${b}:${(i * 31 + b) % 5}`),
      claimKeys,
    };
  }
  return stats;
}

/** All bundles as an array, plus the generator's statistics. */
export function buildCorpus(opts: SyntheticOptions): { bundles: ArticleBundle[]; stats: SyntheticStats } {
  const gen = syntheticCorpus(opts);
  const bundles: ArticleBundle[] = [];
  for (;;) {
    const next = gen.next();
    if (next.done === true) return { bundles, stats: next.value };
    bundles.push(next.value);
  }
}
