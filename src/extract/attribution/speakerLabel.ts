/**
 * The pieces of a transcript's speaker label, as regular-expression source, so that every reader
 * of labels (the turns of a transcript, a label alone on its line, a courtesy after a label, a
 * labelled line's speaker) reads the same label.
 */

/** A name in capitals: "SECRETARY ESPER", "INSKEEP", "Q". */
export const CAPS_LABEL_NAME = String.raw`\p{Lu}[\p{Lu}.'’ -]{0,40}?`;
/**
 * A broadcast transcript's part after the name (optional): ", HOST", ", BYLINE", ", CNN SENIOR
 * INTERNATIONAL CORRESPONDENT", after a retired officer's "(RET.)"; a role or a note in capitals in
 * brackets ("(JOINT STAFF)", "(WHITE HOUSE)", "(STATEMENT, READ BY REPORTER)").
 */
export const LABEL_ROLE = String.raw`(?:\s*\((?:\p{Lu}[\p{Lu}.-]{0,8}|\p{Lu}[\p{Lu}.'’-]*(?:,? [\p{Lu}.'’-]+){1,5}|${withCapitals(['clip', 'on tape', 'on camera', 'off camera', 'voice-over', 'voiceover', 'via telephone', 'by phone', 'on the phone', 'through translator', 'through a translator', 'through interpreter', 'through an interpreter', 'translated', 'archive', 'recorded'])})\))?(?:,\s*\p{Lu}[\p{Lu} .'’-]{1,60})?`;

/** A broadcast's note on how a turn was heard, as written in either case: "(clip)", "(VOICE-OVER)", "(through translator)". */
function withCapitals(notes: readonly string[]): string {
  return `(?:${notes.flatMap((n) => [n, n.toUpperCase(), n[0]!.toUpperCase() + n.slice(1)]).join('|')})`;
}
