import type { Article, ArticleNote, Claim, Review } from '../domain';
import type { Extraction } from './types';
import { verdictReviews } from './verdictReviews';

/** One claim as the interchange JSON of DESIGN.md writes it. */
export interface InterchangeClaim {
  id: string;
  articleId: string;
  text: string;
  sentence: string;
  start: number;
  end: number;
  kind: Claim['kind'];
  certainty: Claim['certainty'];
  speaker: { name: string; type: string; role: string | null } | null;
  cue: string | null;
  quote: string | null;
  quantities: Array<{ text: string; value: number; qualifier: string; unit: string | null; subject: string | null; predicate: string | null }>;
  /** `dateEnd` only for a range ("last week", "overnight"): the format's event has one date, which is then the range's first day. */
  event: { id: string; label: string; date: string | null; place: string | null; dateEnd?: string } | null;
  entities: Array<{ name: string; type: string }>;
  credit: string | null;
}

/** One article as `claimgraph extract --json` prints it. */
export interface InterchangeArticle {
  article: {
    id: string;
    file: string | null;
    url: string | null;
    outlet: string | null;
    published: string | null;
    title: string | null;
    byline: string | null;
    credits: string[];
    /** Corrections, clarifications, editor's notes and update notices; present only when the page printed some. */
    notes?: ArticleNote[];
  };
  claims: InterchangeClaim[];
  /** Verdicts on these claims (a fact-check's rating); present only when there are some. */
  reviews?: InterchangeReview[];
}

/** A fact-checker's verdict on a claim (schema.org ClaimReview), as interchange JSON. */
export interface InterchangeReview {
  claimId: string;
  rating: string;
  reviewer: string;
  url: string | null;
  /** When the verdict was published (Review.createdAt, GraphQL's datePublished); null in `extract` output for an article without a date. */
  datePublished: string | null;
}

export function reviewToInterchange(r: Review): InterchangeReview {
  return { claimId: r.claimId, rating: r.rating, reviewer: r.reviewer, url: r.url, datePublished: r.createdAt };
}

/**
 * A claim in interchange form: exactly the fields of DESIGN.md, in its order (`export` reuses it).
 * `dateEnd` is the last day of the claim's event when that is a range (Event.dateEnd, which the
 * claim's reference does not carry); it is then written after the design's fields, so that
 * "overnight" on a morning page is not read as the evening before alone.
 */
export function claimToInterchange(c: Claim, dateEnd: string | null = null): InterchangeClaim {
  return {
    id: c.id,
    articleId: c.articleId,
    text: c.text,
    sentence: c.sentence,
    start: c.start,
    end: c.end,
    kind: c.kind,
    certainty: c.certainty,
    speaker: c.speaker ? { name: c.speaker.name, type: c.speaker.type, role: c.speaker.role } : null,
    cue: c.cue,
    quote: c.quote,
    quantities: c.quantities.map((q) => ({ text: q.text, value: q.value, qualifier: q.qualifier, unit: q.unit, subject: q.subject, predicate: q.predicate })),
    event: c.event ? { id: c.event.id, label: c.event.label, date: c.event.date, place: c.event.place, ...(dateEnd !== null ? { dateEnd } : {}) } : null,
    entities: c.entities.map((e) => ({ name: e.name, type: e.type })),
    credit: c.credit,
  };
}

/** An article's fields in interchange form (`export` reuses it); `notes` only when there are some, as DESIGN.md's format has no such field. */
export function articleFieldsToInterchange(a: Article): InterchangeArticle['article'] {
  return {
    id: a.id,
    file: a.file,
    url: a.url,
    outlet: a.outlet,
    published: a.published,
    title: a.title,
    byline: a.byline,
    credits: [...a.credits],
    ...(a.notes.length > 0 ? { notes: a.notes.map((n) => ({ kind: n.kind, text: n.text })) } : {}),
  };
}

/**
 * An extraction as the interchange JSON of DESIGN.md: `{article, claims}`. The claim's
 * intermediary (`Claim.via`, "IRNA quoted … Mousavi") is not a field of the format; its
 * name is carried in `credit` when no agency credit is more specific (extractArticle does
 * that), so nothing is lost.
 */
export function toInterchange(x: Extraction): InterchangeArticle {
  const a = x.article;
  const ends = new Map(x.events.map((e) => [e.id, e.dateEnd]));
  return {
    article: articleFieldsToInterchange(a),
    claims: x.claims.map((c) => claimToInterchange(c, c.event ? (ends.get(c.event.id) ?? null) : null)),
    // Extraction reads no clock: an undated article's verdict gets its date when it is stored, so none here.
    ...(x.verdicts.length > 0 ? { reviews: verdictReviews(x, '').map((r) => ({ ...reviewToInterchange(r), datePublished: a.published === null ? null : r.createdAt })) } : {}),
  };
}
