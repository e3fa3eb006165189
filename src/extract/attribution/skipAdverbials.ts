import { foldRegexWord } from '../segment/hasRegexWord';
import { isTrimSpace } from '../segment/whiteSpace';

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|last night|this week|last week|this morning|this afternoon|this evening|earlier this (?:week|month|year)|late (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MEDIUM =
  '(?:statement|tweet|tweets|interview|speech|address|briefing|conference|news conference|press conference|post|message|video|broadcast|letter|report|remarks|session|meeting|appearance|call|phone call|Twitter|Facebook|Instagram|Telegram|television|radio|website|op-ed|email|e-mail|sermon|communique|communiqué|bulletin|podcast|column)';

/** Words that start the reported clause, never part of a medium's owner ("carried by state media | that …"). */
const CLAUSE_WORD = '(?:that|as|to|and|but|which|who)\\b';

/**
 * One adverbial at the start of the text; each ends before a word that would continue a phrase ("Sunday’s strikes" is not a time).
 * The words each can open with are listed in FIRST_WORDS too (the pre-check below): a new one goes in both.
 */
const ADVERBIALS: RegExp[] = [
  new RegExp(`^\\s*,?\\s*(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?${DAY}(?:\\s+(?:morning|afternoon|evening|night|local time))?(?![’'\\p{L}])`, 'iu'),
  new RegExp(`^\\s*,?\\s*(?:late|early|earlier|later)\\s+(?:in|on)\\s+the\\s+(?:day|week|evening|morning|afternoon|night)(?![’'\\p{L}])`, 'iu'),
  new RegExp(`^\\s*,?\\s*(?:in|on|at|during|via|through|over)\\s+(?:a|an|the|his|her|its|their)?\\s*(?:[\\p{L}-]+\\s+){0,3}?${MEDIUM}(?:\\s+${MEDIUM})?(?:\\s+(?:on|from|to|with)\\s+(?!${WEEKDAY})(?:(?:the|its|his|her|their)\\s+)?[\\p{L}\\p{N}’'-]+(?:\\s+(?:channel|account|page|website|feed))?){0,2}(?:\\s+(?:carried|posted|published|released|issued|aired|broadcast|quoted|reported|read out|delivered|read|sent|distributed|shared|emailed)\\s+(?:by|on|in|through|via|to)\\s+(?:the\\s+)?(?:(?!${CLAUSE_WORD})[\\p{L}’'-]+\\s+){0,3}(?!${CLAUSE_WORD})[\\p{L}’'-]+(?=[\\s,.;]|$))?(?![’'\\p{L}])`, 'iu'),
  new RegExp(`^\\s*,?\\s*(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?,?(?![’'\\p{L}\\p{N}])`, 'iu'),
  // "said on Monday (Dec 30) that …": the day again in brackets, as some outlets write it.
  new RegExp(`^\\s*,?\\s*\\((?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?\\)`, 'iu'),
  new RegExp(`^\\s*,?\\s*(?:in|since|during|until)\\s+(?:(?:early|mid|late)[- ])?(?:${MONTH}(?:\\s+\\d{4})?|\\d{4})(?![’'\\p{L}\\p{N}])`, 'iu'),
  /^\s*,?\s*(?:(?:late|early)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)(?![’'\p{L}])/iu,
  // "told Reuters by phone that …".
  /^\s*,?\s*(?:by|over\s+the)\s+(?:tele)?phone(?![’'\p{L}])/iu,
  /^\s*,?\s*(?:also|again|repeatedly|separately|publicly|privately|previously|afterwards|afterward|then|too|further|bluntly|simply|flatly|later|earlier|recently|initially|firmly|angrily|quietly|openly|confidently)(?![’'\p{L}])/iu,
  // "added, without elaborating, that …", "said without giving details".
  /^\s*,?\s*without\s+(?:elaborating|explaining|offering|giving|providing|citing|naming|specifying)(?:\s+(?:any\s+|further\s+|more\s+)?(?:details|evidence|specifics|proof|sources?|names|a\s+source|figures))?(?![’'\p{L}])/iu,
  // "saying only that …", "said merely that …".
  /^\s*,?\s*(?:only|merely|simply|just)(?=\s+that\b)/iu,
  // "told reporters aboard Air Force One", "said on board the USS Harry S. Truman".
  /^\s*,?\s*(?:aboard|on\s+board)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:presidential|government|military|official)\s+)?(?:plane|flight|aircraft|jet|ship|helicopter|\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Lu}[\p{L}.-]*|\p{N}+)){0,4})(?![’'\p{L}])/u,
  /^\s*,?\s*(?:to|for)\s+(?:reporters|journalists|the press|the media|supporters|lawmakers|the crowd|the audience|the newspaper|the paper|the agency)(?![’'\p{L}])/iu,
];

/**
 * Every word an adverbial can open with (after "^\s*,?\s*"), besides a digit or a bracket: most texts start
 * with none, and one look-up then spares the ten regexes.
 */
const FIRST_WORDS = new Set([
  'late', 'early', 'earlier', 'later', 'on', 'in', 'at', 'during', 'via', 'through', 'over', 'since', 'until',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last', 'this', 'next',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'also', 'again', 'repeatedly', 'separately', 'publicly', 'privately', 'previously', 'afterwards', 'afterward', 'then', 'too', 'further',
  'bluntly', 'simply', 'flatly', 'recently', 'initially', 'firmly', 'angrily', 'quietly', 'openly', 'confidently',
  'without', 'only', 'merely', 'just', 'to', 'for', 'by', 'aboard',
]);

/** Letters a case-insensitive Unicode regex reads as ASCII letters: A-Z, a-z, ſ (s) and the Kelvin sign (k). */
function isRegexLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
}

/**
 * Whether an adverbial may start at `at`: past spaces and commas, a digit, an opening bracket or
 * one of FIRST_WORDS as a whole run of letters (every first word of ADVERBIALS is followed by a
 * non-letter). False only where none of ADVERBIALS can match.
 */
function mayOpenAdverbial(text: string, at: number): boolean {
  const n = text.length;
  let i = at;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 44 || isTrimSpace(c)) i++;
    else break;
  }
  if (i >= n) return false;
  const c0 = text.charCodeAt(i);
  if ((c0 >= 48 && c0 <= 57) || c0 === 40) return true;
  let j = i;
  while (j < n && isRegexLetter(text.charCodeAt(j))) j++;
  if (j === i || j - i > 11) return false;
  return FIRST_WORDS.has(foldRegexWord(text, i, j));
}

/** Length of the adverbials ("on Tuesday in a statement", "to reporters", "also") at the start of `text`. */
export function skipAdverbials(text: string): number {
  let at = 0;
  for (let guard = 0; guard < 8; guard++) {
    if (!mayOpenAdverbial(text, at)) break;
    const rest = text.slice(at);
    let moved = false;
    for (const re of ADVERBIALS) {
      const m = re.exec(rest);
      if (m && m[0].length > 0) {
        at += m[0].length;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return at;
}
