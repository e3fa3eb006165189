/**
 * A dated update heading a paragraph: "UPDATE (Wednesday, 1 January): The protesters withdrew …",
 * "Update, Jan. 12: Protests erupted …", "*Update, Feb. 11, 2020: The Pentagon said …". The label
 * is furniture; its date says when the paragraph was written, which is later than the page's
 * publication date ("on Wednesday" in it is the update's Wednesday).
 */

import { MONTH_WORD, WEEKDAY_WORD } from './dayWords';

/** "UPDATE" and its date, in brackets (group 1) or after a comma or a space (group 2; a colon only before a digit, as in a time). */
const WORD = String.raw`^[*_]{0,2}(?:UPDATED?|Updated?)`;
const IN_BRACKETS = String.raw`\s*\(([^()]{3,60})\)`;
const AFTER_COMMA = String.raw`,?\s+((?:[^:\n]|:(?=\d)){3,60}?)`;
const UPDATE_LABEL = new RegExp(String.raw`${WORD}(?:${IN_BRACKETS}|${AFTER_COMMA})\s*[:—–]\s+(?=\S)`, 'u');
/**
 * A live page's entry heading on a line of its own: "UPDATE (Wednesday, 4:10 p.m. JST):", "Update, Jan. 9:".
 * Without its brackets it must end on a colon: "Updated 28 December 2019" is the page's time stamp.
 */
const UPDATE_LABEL_ALONE = new RegExp(String.raw`${WORD}(?:${IN_BRACKETS}\s*[:—–]?|${AFTER_COMMA}\s*:)[*_]{0,2}$`, 'u');
/** The date part must name a month or a weekday: "UPDATE 2:" is a wire's version number, "Update 10:30 a.m.:" only a time. */
const NAMES_A_DAY = new RegExp(String.raw`\b(?:${MONTH_WORD}|${WEEKDAY_WORD})\b`, 'iu');

export interface UpdateLabel {
  /** The label as it opens the unit, its separator and spaces included. */
  prefix: string;
  /** The label's date as printed ("Wednesday, 1 January"). */
  when: string;
}

/** The label that opens a paragraph, with the words after it; null when there is none or it names no day. */
export function updateLabel(unit: string): UpdateLabel | null {
  const m = UPDATE_LABEL.exec(unit);
  const when = m ? dayOf(m) : null;
  return m && when !== null ? { prefix: m[0], when } : null;
}

/** The day of an entry heading alone on its line, which dates the entries below it up to the next one; null when it names no day. */
export function updateLabelAlone(unit: string): string | null {
  const m = UPDATE_LABEL_ALONE.exec(unit.trim());
  return m ? dayOf(m) : null;
}

/** The label's date as printed, without a leading dash ("UPDATE — Friday:"), when it names a day. */
function dayOf(m: RegExpExecArray): string | null {
  const when = (m[1] ?? m[2]!).replace(/^[—–-]\s*/u, '').trim();
  return NAMES_A_DAY.test(when) ? when : null;
}
