import type { ArticleNote } from './articleNote';

/** One news article as ingested. Its id derives from its normalised content hash. */
export interface Article {
  id: string;
  /** File name or path it was read from, when it came from a file. */
  file: string | null;
  url: string | null;
  /** Publishing outlet name as given ("BBC News", "PA Media"). */
  outlet: string | null;
  /** Publication date, ISO 8601 (YYYY-MM-DD or full timestamp); null when unknown. */
  published: string | null;
  title: string | null;
  /** Byline or credit line as written ("PA Media", "BAGHDAD (AP) —"). */
  byline: string | null;
  /** Canonical names of news agencies credited for the copy ("Associated Press"). */
  credits: string[];
  /** Corrections, clarifications, editor's notes and update notices the page printed, in page order. */
  notes: ArticleNote[];
  /** sha256 of the normalised body text (hex). */
  contentHash: string;
  /** The cleaned body text that claim offsets point into. */
  text: string;
}
