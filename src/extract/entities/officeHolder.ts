import { gazetteer } from './gazetteer';
import { nameKey } from './nameKey';
import { TENURES, type Tenure } from './tenures';

/** Words between the owner and the title that still speak of the holder in office ("Iraq's caretaker prime minister"). */
const IN_OFFICE = new Set(['caretaker', 'outgoing', 'acting', 'interim', 'current', 'sitting', 'incumbent']);

/** Office holders by owner and title key ("iran|supreme leader"). */
let byOffice: Map<string, Tenure[]> | null = null;

function offices(): Map<string, Tenure[]> {
  if (byOffice !== null) return byOffice;
  const map = new Map<string, Tenure[]>();
  for (const t of TENURES) {
    for (const title of t.titles) {
      const key = `${nameKey(t.of)}|${nameKey(title)}`;
      map.set(key, [...(map.get(key) ?? []), t]);
    }
  }
  byOffice = map;
  return map;
}

/** The gazetteer name of the country or body a word names ("Iran's" owner "Iran", "Iraqi", "U.S.", "the UN"). */
function ownerNamed(words: string): string | null {
  const alias = words.replace(/^the\s+/iu, '');
  const hits = gazetteer().byKey.get(nameKey(alias));
  // (An acronym alias is one only in capitals: "us" is no country.)
  const hit = hits?.find((h) => (h.entry.type === 'country' || h.entry.type === 'organization') && (!h.acronym || alias === alias.toUpperCase()));
  return hit ? hit.entry.name : null;
}

/**
 * Who held the office a description names on `day` (YYYY-MM-DD): "the US president", "Iran's
 * supreme leader", "Iraq's caretaker prime minister", "the prime minister of Canada", "the UN
 * secretary-general". The whole description must be the owner and the title (words such as
 * "caretaker" between them allowed); "the president", "a former prime minister" or "the
 * then-president" name no one. Null with no day or when the tenures list knows no one.
 */
export function officeHolder(description: string, day: string | null): { name: string; role: string } | null {
  if (day === null || description.length > 80) return null;
  const text = description.replace(/[’]/gu, "'").replace(/\s+/gu, ' ').trim().replace(/^the\s+/iu, '');
  let owner: string | null = null;
  let title = '';
  // "the prime minister of Iraq", "the president of the United States".
  const of = /^([\p{L} -]+?) of (.+)$/u.exec(text);
  if (of) {
    owner = ownerNamed(of[2]!);
    title = of[1]!;
  } else {
    // "Iran's supreme leader", "America's top diplomat".
    const possessive = /^(.+?)'s? (.+)$/u.exec(text);
    if (possessive) {
      owner = ownerNamed(possessive[1]!);
      title = possessive[2]!;
    } else {
      // "the Iraqi prime minister", "the U.S. defense secretary", "the UN secretary-general".
      // ("the top U.S. military officer": "top" belongs to the title.)
      const top = /^top /iu.exec(text) ? 'top ' : '';
      const words = text.slice(top.length).split(' ');
      for (let n = Math.min(2, words.length - 1); n >= 1 && owner === null; n--) {
        owner = ownerNamed(words.slice(0, n).join(' '));
        if (owner !== null) title = top + words.slice(n).join(' ');
      }
    }
  }
  if (owner === null || title === '') return null;
  const titleWords = title.split(' ');
  while (titleWords.length > 1 && IN_OFFICE.has(titleWords[0]!.toLowerCase())) titleWords.shift();
  const holders = offices().get(`${nameKey(owner)}|${nameKey(titleWords.join(' '))}`) ?? [];
  const inOffice = holders.filter((t) => t.spans.some(([from, to]) => from <= day && (to === null || day < to)));
  const names = new Set(inOffice.map((t) => t.names[0]!));
  if (names.size !== 1) return null;
  return { name: [...names][0]!, role: text };
}

/** The last words of the offices' titles ("minister", "president"): a cheap test before the look-ups. */
let titleEnds: Set<string> | null = null;

function officeTitleEnds(): Set<string> {
  titleEnds ??= new Set(TENURES.flatMap((t) => t.titles.map((title) => title.toLowerCase().split(' ').pop()!)));
  return titleEnds;
}

/** A dateline before the sentence's subject ("BAGHDAD (Reuters) —", "WASHINGTON –"). */
const DATELINE = /^\p{Lu}[\p{Lu} ,.'’-]*(?:\([^)]{1,40}\))?\s*[—–-]+\s*/u;

/**
 * The office a sentence opens with, read as its holder on `day`: "Iraq's prime minister
 * condemned …" (Adel Abdul Mahdi in 2019), "The US president ordered …". `start` and `end` are
 * the description's offsets in `text`. Null when the sentence opens otherwise or the tenures
 * list knows no one.
 */
export function openingOffice(text: string, day: string | null): { name: string; role: string; start: number; end: number } | null {
  if (day === null) return null;
  const dateline = DATELINE.exec(text);
  const start = dateline ? dateline[0].length : 0;
  const words = text.slice(start, start + 80).split(' ', 7);
  const ends = officeTitleEnds();
  let last = -1;
  for (let i = 1; i < words.length - 1; i++) if (ends.has(words[i]!.toLowerCase())) last = i;
  // The longest opening that names an office: "Iraq's caretaker prime minister", not "Iraq's caretaker prime".
  for (let n = last + 1; n >= 2; n--) {
    const description = words.slice(0, n).join(' ');
    if (!ends.has(words[n - 1]!.toLowerCase())) continue;
    const holder = officeHolder(description, day);
    if (holder) return { ...holder, start, end: start + description.length };
  }
  return null;
}
