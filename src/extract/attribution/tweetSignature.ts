/** The signature line of an embedded tweet: "… pic.twitter.com/x— Kurdistan 24 English (@K24English) January 8, 2020". */
export interface TweetSignature {
  /** Display name of the account as written. */
  name: string;
  handle: string;
  /** Where the tweet's words end (before a trailing picture link and hashtags), relative to the text. */
  textEnd: number;
}

const SIGNATURE = /[—–-]\s*([^—–()\n]{2,80}?)\s*\(@(\w{1,15})\)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})?\s*$/u;
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\w+|https?:\/\/\S+|#\w+))+\s*$/u;

/** Finds the signature of an embedded tweet at the end of a paragraph, or null. */
export function tweetSignature(text: string): TweetSignature | null {
  const m = SIGNATURE.exec(text);
  if (!m) return null;
  let before = text.slice(0, m.index);
  const links = TRAILING_LINKS.exec(before);
  if (links) before = before.slice(0, links.index);
  return { name: m[1]!.trim(), handle: m[2]!, textEnd: before.trimEnd().length };
}
