import {
  articleId,
  claimId,
  contentHash,
  entityId,
  sourceId,
  type Claim,
  type Entity,
  type Event,
  type Quantity,
  type Source,
  type SourceType,
} from '../../../src/domain';
import type { Extraction } from '../../../src/extract/types';

/** Hand-built extractions for link tests: claims are located in the text by their wording. */
export interface HandClaim {
  text: string;
  kind?: Claim['kind'];
  certainty?: Claim['certainty'];
  speaker?: { name: string; type: SourceType; role?: string | null } | null;
  cue?: string | null;
  quote?: string | null;
  quantities?: Array<Partial<Quantity> & { text: string; value: number }>;
  /** Local event key (index into `events`). */
  event?: number | null;
  entities?: Array<{ name: string; type: Entity['type'] }>;
  credit?: string | null;
}

export interface HandArticle {
  text: string;
  outlet?: string | null;
  published?: string | null;
  credits?: string[];
  title?: string | null;
  events?: Array<{ label: string; date: string | null; dateEnd?: string | null; place?: string | null; participants?: string[] }>;
  claims: HandClaim[];
}

export function handExtraction(h: HandArticle): Extraction {
  const text = h.text;
  const aId = articleId(text);
  const events: Event[] = (h.events ?? []).map((e, i) => ({
    id: `${aId}#e${i + 1}`,
    label: e.label,
    date: e.date,
    dateEnd: e.dateEnd ?? null,
    place: e.place ?? null,
    participants: e.participants ?? [],
  }));
  const sources = new Map<string, Source>();
  const entities = new Map<string, Entity>();
  const addSource = (name: string, type: SourceType, role: string | null = null): string => {
    const id = sourceId(name);
    if (!sources.has(id)) sources.set(id, { id, name, type, role, aliases: [] });
    return id;
  };
  const publisherId = h.outlet ? addSource(h.outlet, 'outlet') : null;
  const creditIds = (h.credits ?? []).map((c) => addSource(c, 'news_agency'));
  let from = 0;
  const claims: Claim[] = h.claims.map((c) => {
    const start = text.indexOf(c.text, 0);
    if (start < 0) throw new Error(`claim text not in article: ${c.text}`);
    from = start;
    const end = start + c.text.length;
    const ev = c.event !== undefined && c.event !== null ? events[c.event] : undefined;
    const ents = (c.entities ?? []).map((e) => {
      const id = entityId(e.name);
      if (!entities.has(id)) entities.set(id, { id, name: e.name, type: e.type, aliases: [] });
      return { id, name: e.name, type: e.type };
    });
    if (c.credit) addSource(c.credit, 'news_agency');
    return {
      id: claimId(aId, start, end),
      articleId: aId,
      text: c.text,
      sentence: c.text,
      start,
      end,
      kind: c.kind ?? (c.speaker ? 'attributed' : 'assertion'),
      certainty: c.certainty ?? 'asserted',
      speaker: c.speaker ? { name: c.speaker.name, type: c.speaker.type, role: c.speaker.role ?? null } : null,
      sourceId: c.speaker ? addSource(c.speaker.name, c.speaker.type, c.speaker.role ?? null) : null,
      cue: c.cue ?? (c.speaker ? 'said' : null),
      quote: c.quote ?? null,
      quantities: (c.quantities ?? []).map((q) => ({ text: q.text, value: q.value, qualifier: q.qualifier ?? 'exact', unit: q.unit ?? null, subject: q.subject ?? null, predicate: q.predicate ?? null })),
      event: ev ? { id: ev.id, label: ev.label, date: ev.date, place: ev.place } : null,
      entities: ents,
      credit: c.credit ?? null,
      checkworthiness: 0.5,
    };
  });
  void from;
  return {
    article: {
      id: aId,
      file: null,
      url: null,
      outlet: h.outlet ?? null,
      published: h.published ?? null,
      title: h.title ?? null,
      byline: null,
      credits: h.credits ?? [],
      notes: [],
      contentHash: contentHash(text),
      text,
    },
    claims,
    sources: [...sources.values()],
    events,
    entities: [...entities.values()],
    publisherId,
    creditIds,
    verdicts: [],
  };
}
