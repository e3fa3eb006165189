import { matchLineRule, SENTENCE_FURNITURE } from '../clean/rules/boilerplateRules';
import { joinWords } from '../segment/countWords';
import type { Sentence } from '../segment/Sentence';
import { isPredicateToken } from '../segment/isPredicateToken';
import { statesMeasuredFigure } from './statesMeasuredFigure';
import { CAPS_LABEL_NAME, LABEL_ROLE } from '../attribution/speakerLabel';

/** Longer "sentences" are run-on garbage (a 1 MB line, a table flattened to text), not claims. */
export const MAX_CLAIM_SENTENCE = 1500;

/** Page furniture that survives cleaning as a sentence of its own (and a fact-check's "Made by:" line, unless it quotes the claim). */
const META = /^(?:this (?:is a developing|story|article|page|report|post)\b|updates? to follow|(?:read|see|watch|click|tap|subscribe|sign up|follow|share|continue reading|get (?:more|the latest))\b|(?:image|photo|video) (?:copyright|caption)\b|advertisement\b|last update[ds]?\b|copyright\b|all rights reserved\b|(?:(?:made|claimed|said|stated|posted) by|who said it|claimant)\s*:(?![^“”"]*[“"]))/iu;

const COURTESY = new RegExp(String.raw`^(?:${CAPS_LABEL_NAME}${LABEL_ROLE}:\s+)?(?:(?:[Ww]ell|[Aa]nd|[Yy]es|OK|[Oo]kay),?\s+)?(?:[Tt]hank you|[Tt]hanks|[Gg]ood (?:morning|afternoon|evening|day)|[Hh]ello|[Hh]i|[Ww]elcome back)(?:\s+(?:so much|very much|again|all|everyone|everybody|for (?:having|joining) (?:me|us)))*(?:,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}|,\s*everyone|,\s*everybody|,\s*sir|,\s*ma'?am)?\s*[.!]?$`, 'u');

/** Emoji and pictographs opening a line ("📬 ", "🗳️ "). */
const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;

/** Imperative openings: "Continue reading", "Get more news". */
const IMPERATIVE = new Set(['read', 'see', 'watch', 'click', 'tap', 'subscribe', 'sign', 'follow', 'share', 'continue', 'get', 'join', 'download', 'visit', 'listen', 'learn', 'find', 'check', 'contact', 'email', 'like']);

/**
 * Why a sentence is not a claim, or null when it may be one. A claim is a statement with a
 * predicate: questions, fragments without a verb (datelines, credits, "4 min read"),
 * imperatives and page furniture ("Continue reading…", "This is a developing story")
 * are not; neither is a sentence repeated within the article.
 */
export function claimSentenceVerdict(s: Sentence, seen: Set<string>): string | null {
  const text = s.text.trim();
  if (text.length > MAX_CLAIM_SENTENCE) return 'too long';
  const words = joinWords(text);
  if (words.count < 4) return 'too short';
  if (!/\p{Ll}/u.test(text)) return 'no lower-case words';
  const key = words.joined.toLowerCase();
  if (seen.has(key)) return 'repeated';
  seen.add(key);
  // Live-blog, newsletter and interview furniture inside a paragraph ("Good morning and welcome to our live coverage.").
  // ("📬 Thanks for starting your day with us.": an emoji before it changes nothing.)
  const plain = text.charCodeAt(0) >= 0x2000 ? text.replace(LEADING_PICTOGRAPHS, '') : text;
  if (META.test(plain) || matchLineRule(SENTENCE_FURNITURE, plain) !== null) return 'page furniture';
  // "SECRETARY ESPER: Thank you.", "Good morning, Steve.", "Thanks, Mr. Secretary.": a courtesy, whoever says it.
  if (COURTESY.test(text)) return 'courtesy';
  // Only a sentence with a question mark can be a question (most have none: skip the rewrite).
  if (text.includes('?')) {
    const outsideQuotes = text.replace(/[“"][^”"]*[”"]/gu, '""');
    if (/\?\s*$/u.test(outsideQuotes) || /\?\s*[”"’]?\s*$/u.test(text) && !/[“"]/u.test(text)) return 'question';
  }
  const first = s.tokens.find((t) => /\p{L}/u.test(t.text));
  if (first && first.pos === 'VERB' && IMPERATIVE.has(first.text.toLowerCase())) return 'imperative';
  // A credited photo caption is an observation even where wink reads its verb as a noun
  // ("Smoke rises from …"), but a name under a portrait ("US Secretary of State Mike Pompeo") is not.
  // A results line without a verb still states a figure: "Group revenue of £386.4m, down 4.1% on the prior year".
  if (!s.tokens.some((_t, k) => isPredicateToken(s.tokens, k)) && !(s.kind === 'caption' && describesScene(s)) && !statesMeasuredFigure(text)) return 'no predicate';
  return null;
}

/** Lower-case words that only join the parts of a name or a title. */
const NAME_GLUE = new Set(['of', 'the', 'and', 'in', 'at', 'on', 'for', 'de', 'al', 'bin']);

/** A caption that says what the picture shows: some lower-case word besides the glue of names. */
function describesScene(s: Sentence): boolean {
  return s.tokens.some((t) => /^\p{Ll}/u.test(t.text) && !NAME_GLUE.has(t.text));
}
