import type { ArticleNote, ArticleNoteKind } from '../../domain';

/** What a withdrawn or mended statement says of itself: the mark of a correction. */
const CORRECTS = /\b(?:an earlier version|previous(?:ly)? version|misstated|misidentified|misspelled|incorrect(?:ly)?|wrongly|erroneous(?:ly)?|in error|regrets the error|has been corrected|was corrected|corrects?)\b/i;
const CLARIFIES = /^clarification\b|\b(?:has been|was) clarified\b/i;
const UPDATED = /\b(?:has been|was) updated\b|^\((?:adds|updates|recasts|rewrites|writes through|changes|refiles|removes|replaces|inserts|deletes|amends|tops|new throughout)\b/i;
/** A developing-story notice that says what changed ("This story has been updated to include the revised death toll"). */
const UPDATED_WITH = /\bhas been updated (?:to|with)\b/i;

/**
 * The notes a page printed about the story itself, from the lines cleaning dropped: corrections,
 * clarifications, editor's notes and update notices, once each, in page order. They stay out of
 * the claims (they are not claims of the story) but are the article's metadata.
 */
export function articleNotes(rejected: ReadonlyArray<{ text: string; reason: string }>): ArticleNote[] {
  const notes: ArticleNote[] = [];
  const seen = new Set<string>();
  // A live page labels every entry: its first dated label says the page was updated, once.
  let labelled = false;
  for (const r of rejected) {
    const kind = noteKind(r.text, r.reason);
    if (kind === null) continue;
    if (r.reason === 'update label') {
      if (labelled) continue;
      labelled = true;
    }
    const text = r.text.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    notes.push({ kind, text });
  }
  return notes;
}

function noteKind(text: string, reason: string): ArticleNoteKind | null {
  switch (reason) {
    case 'correction notice':
      if (CLARIFIES.test(text)) return 'clarification';
      // Labelled "Correction:", or an editor's note that mends an earlier version.
      if (/^corrections?\b/i.test(text) || CORRECTS.test(text)) return 'correction';
      return UPDATED.test(text) ? 'update' : 'editor_note';
    case 'update note':
      // "(Corrects spelling of name in paragraph 3)" is a wire service's correction.
      return /^(?:\(|eds?\s*:\s*)(?:corrects|fixes|clarifies)\b/i.test(text) ? (/^(?:\(|eds?\s*:\s*)clarifies/i.test(text) ? 'clarification' : 'correction') : 'update';
    // "UPDATE (January 17, 2020):" before the paragraph it added.
    case 'update label':
      return 'update';
    case 'developing story notice':
      return UPDATED_WITH.test(text) ? 'update' : null;
    default:
      return null;
  }
}
