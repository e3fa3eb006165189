import type { Article, ArticleNote, Claim, Entity, Event, Source } from '../domain';

export const INPUT_FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'xml', 'email'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Bytes or text from one file or one API request. */
export interface RawInput {
  /** File name for messages and Article.file; null for API input. */
  file: string | null;
  content: Buffer | string;
  /** Forced format; otherwise sniffed from the file extension and the content. */
  format?: InputFormat;
}

/** One article after format decoding (JSON Lines yields many), before cleaning. */
export interface ParsedArticle {
  file: string | null;
  url: string | null;
  outlet: string | null;
  /** YYYY-MM-DD or ISO timestamp; null when unknown. */
  published: string | null;
  title: string | null;
  format: InputFormat;
  /** Body text: paragraphs separated by a blank line (HTML main text already extracted). */
  body: string;
  /** Section headings as they stand in the body (Markdown "## …" lines): what follows one is a new section. */
  headings?: string[];
  /**
   * Headings an HTML page marks inside its text (<h2>, a live page's entry heading): signposts,
   * not claims. (Unlike Markdown's `headings`, they do not end what the text was telling: a
   * page's subhead often sits inside one account.)
   */
  subheads?: string[];
  /** An interviewer's questions as the page sets them apart (a Markdown line or an HTML paragraph wholly in bold that asks). */
  questions?: string[];
  /**
   * Lines of the page outside its main text (an HTML page's author list or source line that
   * Readability left out): cleaning reads them for the byline, credits and notes, never for claims.
   */
  asides?: string[];
  /** The site's home page a page without an address links to from its trail of sections ("[Home](https://www.express.co.uk/) › [News](…)"). */
  home?: string;
  /**
   * A plain text's header line (` date 2019-12-31 Headline…`) put its headline in the text on purpose: in
   * scraped files it is often the only copy of the lead, so it is read as a line of the story.
   */
  headlineInText?: true;
  /** The lines of `body` that are rows of a table of figures, as tableRowText wrote them. */
  tableRows?: string[];
}

/**
 * What extraction makes of one article: the article with its cleaned text, its claims,
 * and every Source / Event / Entity they refer to. Event ids here are local to the
 * article (`<articleId>#e1`); src/link maps them to global events. Source and entity ids
 * are global (derived from canonical names).
 */
export interface Extraction {
  article: Article;
  claims: Claim[];
  sources: Source[];
  events: Event[];
  entities: Entity[];
  /** Source id of the publishing outlet. */
  publisherId: string | null;
  /** Source ids of credited news agencies. */
  creditIds: string[];
  /** Ratings a fact-check gives its checked claims ("THE RATING: False."), by claim id; the linker makes them reviews. */
  verdicts: Array<{ claimId: string; rating: string }>;
}

/** A kept paragraph of the cleaned text. */
export interface Paragraph {
  /** Offsets into CleanArticle.text, end exclusive. */
  start: number;
  end: number;
  /**
   * 'caption': a photo caption with a credit, e.g. "Protesters burn … (Ali Abdul Hassan/AP)";
   * 'table': a row of a table of figures, read as the outlet's ("Source: Iranian state TV, Missiles fired: 15.").
   */
  kind: 'body' | 'caption' | 'table';
  /** Credit found on the paragraph (photo credit); the credit text itself is not in `text`. */
  credit: { agency: string | null; photographer: string | null; raw: string } | null;
  /**
   * The day the paragraph was written, when an update label dates it after the page
   * ("UPDATE (Wednesday, 1 January): …"); its relative days count from here. Absent otherwise.
   */
  asOf?: string;
  /** The paragraph opens an entry of a live page (it follows the entry's time stamp): it tells the news of its hour. */
  entry?: true;
}

/**
 * An article after cleaning (src/extract/clean): boilerplate removed, bylines and credits
 * lifted out as metadata. `text` is what claim offsets point into and becomes Article.text.
 */
export interface CleanArticle {
  parsed: ParsedArticle;
  /** Kept paragraphs joined by "\n\n". */
  text: string;
  paragraphs: Paragraph[];
  /** Byline or credit line as written ("PA Media", "BAGHDAD (AP) —"); null when none. */
  byline: string | null;
  /** Canonical names of credited news agencies ("Associated Press"), in order found, unique. */
  credits: string[];
  /**
   * The credits the article's claims carry by default: `credits` less the agencies only a
   * contributor note names ("The Associated Press contributed to this report") when the
   * article has an outlet of its own, which wrote it.
   */
  claimCredits: string[];
  /** Outlet: from metadata, else from the byline ("PA Media"); null when unknown. */
  outlet: string | null;
  /** Corrections, clarifications, editor's notes and update notices, from the lines dropped (see articleNotes). */
  notes: ArticleNote[];
  /** Lines dropped as boilerplate, with why (for evaluation and debugging). */
  rejected: Array<{ text: string; reason: string }>;
}
