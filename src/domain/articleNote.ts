/**
 * What an outlet printed about the story itself rather than in it: a correction, a
 * clarification, an editor's note, or a notice of what an update changed. It is never a claim
 * of the story, but a fact-checker needs it: it says which figure the outlet withdrew and why.
 */
export const ARTICLE_NOTE_KINDS = ['correction', 'clarification', 'editor_note', 'update'] as const;
export type ArticleNoteKind = (typeof ARTICLE_NOTE_KINDS)[number];

export interface ArticleNote {
  kind: ArticleNoteKind;
  /** The note as printed ("Correction: An earlier version of this story misstated …"). */
  text: string;
}
