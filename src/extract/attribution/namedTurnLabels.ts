/**
 * The speaker labels of a transcript printed with names as written, not in capitals (PBS
 * NewsHour: "Judy Woodruff:" on its own line, then the words; "Karim Sadjadpour: I think …").
 * A "Name Name:" opening a paragraph is a turn only in a page that has at least MIN_TURNS of
 * them with one name coming back: one such line is a headline's speaker ("Pat Caddell: Democrat
 * voters …"), and a run of different names is a list ("Tehran: …", "Baghdad: …").
 */

const MIN_TURNS = 3;
/** An optional title, then two to four capitalised words, then the colon. */
const NAMED_LABEL = /^((?:(?:President|Vice President|Secretary|Sen\.|Senator|Rep\.|Gov\.|Gen\.|Dr\.|Ambassador|Prime Minister)\s+)?\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:al-|el-|bin\s+)?\p{Lu}[\p{L}'’.-]+){1,3}):(?=\s|$)/u;
/** Capitalised words that make a section heading, not a name: "Related Stories:", "Key Points:". */
const NOT_NAMES = /\b(?:Related|Stories|Story|Points|Takeaways|Links|Reading|Coverage|Topics|Updates|News|Video|Photos|Background|Timeline|Source|Sources|Note|Notes|Summary|Highlights|Facts|Quotes|Reaction|Reactions|Read|More|Also|Watch|Listen|Full|Transcript)\b/u;

/** The label a paragraph opens with, when it has the form of a named speaker's. */
export function namedLabel(paragraph: string): string | null {
  const m = NAMED_LABEL.exec(paragraph);
  return m && !NOT_NAMES.test(m[1]!) ? m[1]! : null;
}

/** The named labels that are a transcript's turns in these paragraphs (empty when the page is no such transcript). */
export function namedTurnLabels(paragraphs: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  let n = 0;
  for (const p of paragraphs) {
    const label = namedLabel(p);
    if (label === null) continue;
    n++;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  if (n < MIN_TURNS || ![...counts.values()].some((c) => c >= 2)) return new Set();
  return new Set(counts.keys());
}
