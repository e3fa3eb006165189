import { WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../events/calendarWords';

/**
 * Month and weekday names as they are printed in page stamps and labels, whole or cut short
 * ("January", "Jan.", "Sept", "Wednesday", "Wed", "Thurs"), as regular-expression source for the
 * cleaning rules. Case is the caller's flag.
 */
export const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** The weekdays the calendar reads in labels (updateDay), whole or cut short, the longest first so that a shorter one never stops a match early. */
export const WEEKDAY_WORD = `(?:${[...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')})`;
