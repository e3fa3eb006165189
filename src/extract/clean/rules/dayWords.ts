/**
 * Month and weekday names as they are printed in page stamps and labels, whole or cut short
 * ("January", "Jan.", "Sept", "Wednesday", "Wed", "Thurs"), as regular-expression source for the
 * cleaning rules. Case is the caller's flag.
 */
export const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
export const WEEKDAY_WORD = String.raw`(?:sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?)`;
