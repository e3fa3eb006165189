import type { EntityType } from '../../domain';
import { SPEECH, WEAK_CUES } from '../attribution/cues';
import { gazetteer, type AliasHit, type Gazetteer } from './gazetteer';
import { isKnownFirstName } from './gender';
import type { Mention } from './Mention';
import { nameKey } from './nameKey';
import { roleWords, type RoleWords } from './roles';
import { wordTokens, type WordToken } from './wordTokens';

/** Capitalised words that start sentences or name times, never people or bodies. */
const NOT_NAMES = new Set(
  (
    'the a an but and or nor so yet in on at as after before while when whenever if although though because since until unless ' +
    'meanwhile however moreover also still then there here this that these those it its he she they we i you his her their our my your ' +
    'some many most all no not none one two three four five six seven eight nine ten several few both each every any other another such ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'earlier later last next first second third new former according following despite during over under about with without from to of for by into ' +
    'what who whom whose which where why how yes please thank thanks happy merry read watch click subscribe follow share image photo video file update updated ' +
    'breaking exclusive live latest editor note local time am pm gmt et est pt bst shia shiite shiites sunni sunnis muslim muslims christian christians jewish islamic arab arabs kurdish kurds ' +
    // Adverbs and prepositions that open sentences ("Even China, …", "Unlike Iran, …"): never the first name of a surname.
    'even only just already instead indeed perhaps maybe neither either especially particularly including like unlike besides thus hence therefore ' +
    'nevertheless nonetheless otherwise again soon once never always often sometimes rather almost nearly elsewhere overall similarly likewise ' +
    'separately ultimately eventually finally initially previously currently recently apparently reportedly allegedly clearly certainly ' +
    'notably specifically amid among against between toward towards across along around behind beyond through throughout upon via'
  ).split(' '),
);

/** Subject pronouns, auxiliaries and reporting verbs: a segment holding one is a clause, not a description. */
const CLAUSE_WORDS = new Set(['he', 'she', 'i', 'we', 'they', 'it', 'you', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'told', 'tells', 'added', 'wrote', 'tweeted', 'announced']);

const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'in']);

interface Tagger {
  gaz: Gazetteer;
  words: RoleWords;
  /** Every word occurring in a title phrase ("secretary", "state", "prime"). */
  titleWords: Set<string>;
  /** By letter a-z: some lower-case alias begins with it. */
  lowerInitials: boolean[];
}

let tagger: Tagger | null = null;

function getTagger(): Tagger {
  if (tagger) return tagger;
  const words = roleWords();
  const titleWords = new Set<string>();
  for (const t of words.titles) for (const w of t.split(' ')) if (!CONNECTORS.has(w)) titleWords.add(w);
  const gaz = gazetteer();
  const lowerInitials = new Array<boolean>(26).fill(false);
  for (const p of gaz.lowerPrefixes) {
    const c = p.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerInitials[c - 97] = true;
  }
  tagger = { gaz, words, titleWords, lowerInitials };
  return tagger;
}

/** Mostly capital letters: a shouted sub-heading where acronyms cannot be told from words. */
function isShouting(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      letters++;
      // Over 70% capitals means upper * 3 > lower * 7: once the lower-case letters rule that
      // out even if every code unit left were a capital, ordinary prose stops reading here.
      if (7 * (letters - upper) >= 3 * (upper + n - 1 - i)) return false;
    } else if (c > 127) {
      const ch = text[i]!;
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch === ch.toUpperCase()) upper++;
      }
    }
  }
  return letters >= 12 && upper / letters > 0.7;
}

function pickHit(hits: AliasHit[], surface: string, shouting: boolean): AliasHit | null {
  const valid = hits.filter((h) => {
    if (h.acronym) {
      const letters = surface.replace(/[.\s\-]/gu, '');
      return !shouting && /^[\p{Lu}\p{N}]+s?$/u.test(letters);
    }
    return h.lowerStart || /^[\p{Lu}\p{N}]/u.test(surface);
  });
  return valid.find((h) => !h.demonym) ?? valid[0] ?? null;
}

/**
 * Finds the people, organisations, government bodies, agencies, outlets, countries and
 * places named in one sentence: gazetteer aliases first (longest match wins), then rules
 * for names the gazetteer does not know — a title before a capitalised name ("Defense
 * Secretary Mark Esper"), an appositive with a title ("Ahmed al-Assadi, a spokesman for …";
 * "Kataib Hezbollah’s commander, Abu Mahdi al-Muhandis,"), and organisation head words
 * ("… Ministry of Foreign Affairs", "… Council"). Roles are read from the same places.
 * `base` is the sentence's offset in the article; mention offsets are absolute.
 */
export function tagEntities(text: string, base = 0): Mention[] {
  const tg = getTagger();
  const toks = wordTokens(text, base);
  const shouting = isShouting(text);
  const taken: boolean[] = new Array<boolean>(toks.length).fill(false);
  const mentions: Array<Mention & { first: number; last: number }> = [];
  const slice = (a: number, b: number): string => text.slice(toks[a]!.start - base, toks[b]!.end - base);

  // 1. Gazetteer aliases, longest first.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prefixes = aliasPrefixesFor(tg, t);
    // Only n-grams that begin some alias are built and looked up: most words begin none.
    if (prefixes === null || !prefixes.has(t.key)) continue;
    let matched = 0;
    let key = '';
    const keys: string[] = [];
    for (let j = i; j < toks.length && j - i < tg.gaz.maxWords; j++) {
      if (j > i && (!toks[j]!.joined || toks[j - 1]!.possessive)) break;
      key = j === i ? toks[j]!.key : `${key} ${toks[j]!.key}`;
      if (!prefixes.has(key)) break;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const hits = tg.gaz.byKey.get(keys[n - 1]!);
      if (!hits) continue;
      const surface = slice(i, i + n - 1);
      const hit = pickHit(hits, surface, shouting);
      if (!hit) continue;
      if (insideLargerName(tg, toks, i, hit)) continue;
      if (n === 1 && otherBearerOfSurname(tg, toks, i, hit)) continue;
      const last = toks[i + n - 1]!;
      const next = toks[i + n];
      const adjective = hit.demonym && !last.possessive && next !== undefined && next.joined && /^\p{L}/u.test(next.text) && !/^\p{Lu}\p{Ll}+s$/u.test(surface);
      mentions.push({
        start: t.start,
        end: last.end,
        surface,
        name: hit.entry.name,
        type: hit.demonym ? 'country' : hit.entry.type,
        role: hit.entry.role,
        possessive: last.possessive,
        via: hit.demonym ? 'demonym' : 'gazetteer',
        adjective,
        partial: false,
        actsAs: hit.entry.actsAs ?? null,
        roleStart: null,
        first: i,
        last: i + n - 1,
      });
      for (let k = i; k < i + n; k++) taken[k] = true;
      matched = n;
      break;
    }
    if (matched > 0) i += matched - 1;
  }

  // 1a. A generational suffix belongs to the name before it: "Kenneth F. McKenzie Jr.".
  for (const m of mentions) {
    const nx = m.last + 1;
    if (m.type !== 'person' || m.possessive || taken[nx] || !toks[nx]?.joined || !NAME_SUFFIXES.has(toks[nx]!.key)) continue;
    m.end = toks[nx]!.end;
    m.surface = text.slice(m.start - base, m.end - base);
    m.last = nx;
    m.possessive = toks[nx]!.possessive;
    taken[nx] = true;
  }

  // 1b. Names inside compounds ("Iran-backed", "U.S.-led"): mentioned, as adjectives.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i] || !t.text.includes('-') || !ADJECTIVE_COMPOUND.test(t.text)) continue;
    const head = t.text.replace(ADJECTIVE_COMPOUND, '');
    const hit = pickHit(tg.gaz.byKey.get(nameKey(head)) ?? [], head, shouting);
    if (!hit) continue;
    mentions.push({ start: t.start, end: t.start + head.length, surface: head, name: hit.entry.name, type: hit.demonym ? 'country' : hit.entry.type, role: null, possessive: false, via: hit.demonym ? 'demonym' : 'gazetteer', adjective: true, partial: false, actsAs: hit.entry.actsAs ?? null, roleStart: null, first: i, last: i });
    taken[i] = true;
  }

  // 2. Capitalised runs the gazetteer did not claim: titles + names, organisation heads.
  // "New" is a sentence word ("New figures show …") except as the first word of a name ("New York Post").
  const isNameWord = (k: number): boolean => isNameToken(toks[k]!) || nameWithNew(toks, k) || monthSurname(tg, toks, k);
  // A body's name ends at its head before "in": "Christopher Newport University | in Scott's district".
  const placeAfterHead = (nx: number): boolean => toks[nx]!.key === 'in' && tg.words.orgHeads.has(toks[nx - 1]!.key);
  let i = shouting ? toks.length : 0;
  while (i < toks.length) {
    // Names and titles start capitalised: a lower-case word is passed over without a look-up.
    if (!toks[i]!.cap || taken[i] || NAME_SUFFIXES.has(toks[i]!.key) || !(isNameWord(i) || isTitleAt(tg, toks, i))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !taken[j + 1] && toks[j + 1]!.joined && !toks[j]!.possessive) {
      const nx = j + 1;
      if (isNameWord(nx) || NAME_SUFFIXES.has(toks[nx]!.key) || (toks[nx]!.key.length <= 4 && tg.words.particles.has(toks[nx]!.key) && nx + 1 < toks.length && isNameWord(nx + 1))) {
        j = nx;
      } else if (CONNECTORS.has(toks[nx]!.key) && !placeAfterHead(nx) && nx + 1 < toks.length && !taken[nx + 1] && toks[nx + 1]!.joined && isNameWord(nx + 1) && !twoPeople(tg, toks, i, j, nx)) {
        j = nx;
      } else if (tg.titleWords.has(toks[nx]!.key)) {
        j = nx;
      } else break;
    }
    // "The Post has learned": a newspaper named by its head word alone keeps its article.
    const theOutlet = i === j && i > 0 && toks[i - 1]!.text === 'The' && !taken[i - 1] && tg.words.orgHeads.get(toks[i]!.key) === 'outlet';
    const run = { from: theOutlet ? i - 1 : i, to: j };
    i = j + 1;
    // "the Kurdistan Region Presidency", "the Baghdad Operations Command": a place that opens a body's name is part of it;
    // so is a country before a name of several words ("Libyan National Army", "Ukraine International Airlines",
    // "Syrian Observatory for Human Rights": the head stands before "for"), not before one ("Iraqi Army" stays Iraq's army).
    const head = tg.words.orgHeads.get(toks[headOfRun(toks, run.from, run.to)]!.key);
    const opener =
      head === 'government' || head === 'organization'
        ? mentions.findIndex(
            (x) =>
              x.last === run.from - 1 &&
              !x.possessive &&
              ((x.type === 'place' && x.via === 'gazetteer') || (x.type === 'country' && x.via !== 'rule' && run.to > run.from && x.first === x.last)),
          )
        : -1;
    if (opener >= 0 && toks[run.from]!.joined) {
      run.from = mentions[opener]!.first;
      mentions.splice(opener, 1);
    }
    // "Head of Iran's Emergency Medical Services Pirhossein Kolivand": a body's name, then a person's.
    const split = personAfterHead(tg, toks, run.from, run.to);
    for (const [a, b] of split === null ? [[run.from, run.to]] : [[run.from, split - 1], [split, run.to]]) {
      const m = classifyRun(tg, text, base, toks, a!, b!, mentions);
      if (m) ownedByCountry(tg, m, mentions);
      // "Martin Luther King Jr.": a suffix left alone after a title word is nobody.
      if (m && !(m.first === m.last && NAME_SUFFIXES.has(toks[m.first]!.key))) {
        mentions.push(m);
        for (let k = m.first; k <= m.last; k++) taken[k] = true;
      }
    }
  }

  // 2a. 'William "Doc" Schmitz', 'Defense Secretary James "Mad Dog" Mattis': a nickname in quotation
  // marks inside a person's name; the name is the given name and the surname.
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (!(m.type === 'person' || (m.type === 'other' && m.first === m.last))) continue;
    const nick = nicknameBefore(text, base, toks, m.first);
    if (!nick) continue;
    const given = mentions.find((o) => o.last === nick.given && o.type === 'person');
    const keep = given ?? m;
    const gone = new Set(mentions.filter((o) => o !== keep && o.first >= (given?.first ?? nick.given) && o.last <= m.last));
    if (given) {
      given.end = m.end;
      given.last = m.last;
      if (given.via !== 'gazetteer') given.name = `${given.name} ${m.name}`;
    } else {
      m.start = toks[nick.given]!.start;
      m.first = nick.given;
      m.type = 'person';
      if (m.via !== 'gazetteer') m.name = `${toks[nick.given]!.text} ${m.name}`;
    }
    keep.surface = text.slice(keep.start - base, keep.end - base);
    for (let k = keep.first; k <= keep.last; k++) taken[k] = true;
    const kept = mentions.filter((o) => !gone.has(o));
    mentions.length = 0;
    mentions.push(...kept);
    n = kept.indexOf(keep);
  }

  // 3. Roles of people, from the words before the name or an appositive around it.
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const found = roleFor(tg, text, base, toks, m.first, m.last);
    if (found) {
      m.role = found.role;
      m.roleStart = found.start;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions.map(withoutTokenIndices);
}

/** The given name before a quoted nickname of one or two words right before token `at`, or null. */
function nicknameBefore(text: string, base: number, toks: readonly WordToken[], at: number): { given: number } | null {
  for (const words of [1, 2]) {
    const given = at - words - 1;
    if (given < 0) continue;
    const g = toks[given]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(g.text) || g.possessive) continue;
    const open = text.slice(g.end - base, toks[given + 1]!.start - base);
    const close = text.slice(toks[at - 1]!.end - base, toks[at]!.start - base);
    if (!/^\s+["“]$/u.test(open) || !/^["”]\s+$/u.test(close)) continue;
    const inner = toks.slice(given + 1, at);
    if (inner.every((t) => /^\p{Lu}[\p{L}'’-]*$/u.test(t.text))) return { given };
  }
  return null;
}

/**
 * "Iraq's National Security Council", "Kenya's Interior Ministry": a body the rules found, right
 * after a country's possessive, is that country's. It is named as the country's own ("Iraqi
 * National Security Council", the gazetteer's entry when it knows one), so that it is not
 * taken for another country's body of the same name (the US National Security Council).
 */
function ownedByCountry(tg: Tagger, m: Mention & { first: number; last: number }, mentions: ReadonlyArray<Mention & { first: number; last: number }>): void {
  if (m.via !== 'rule' || (m.type !== 'government' && m.type !== 'organization')) return;
  const owner = mentions.find((x) => x.last === m.first - 1 && x.possessive && x.type === 'country' && x.via === 'gazetteer');
  const entry = owner ? tg.gaz.byKey.get(nameKey(owner.name))?.find((h) => !h.demonym && h.entry.type === 'country')?.entry : undefined;
  const demonym = entry?.demonyms?.[0];
  if (!entry || !demonym || m.name.startsWith(demonym)) return;
  for (const candidate of [`${demonym} ${m.name}`, `${m.name} of ${entry.name}`]) {
    const known = tg.gaz.byKey.get(nameKey(candidate))?.find((h) => !h.demonym && (h.entry.type === 'government' || h.entry.type === 'organization'));
    if (known) {
      m.name = known.entry.name;
      m.type = known.entry.type;
      m.via = 'gazetteer';
      return;
    }
  }
  m.name = `${demonym} ${m.name}`;
}

/** The head word of a run: the last word before its first "of"/"for" ("Observatory for Human Rights"), else its last. */
function headOfRun(toks: readonly WordToken[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (toks[k]!.key === 'for' || toks[k]!.key === 'of') return k - 1;
  return to;
}

/**
 * The alias prefixes an n-gram starting with `t` may match, null when none can. A word
 * written lower-case ("said", "the") can only begin an alias that is written lower-case too
 * ("al-Qaim"; pickHit wants a capital or digit for the others), and those begin with a few
 * letters: most words are dismissed by their first letter, without hashing their key.
 */
function aliasPrefixesFor(tg: Tagger, t: WordToken): Set<string> | null {
  const c = t.text.charCodeAt(0);
  if (c < 97 || c > 122) return tg.gaz.prefixes;
  return tg.lowerInitials[c - 97] ? tg.gaz.lowerPrefixes : null;
}

/** The mention without the tagger's token indices (an object literal: rest-destructuring is slow). */
function withoutTokenIndices(m: Mention & { first: number; last: number }): Mention {
  return {
    start: m.start,
    end: m.end,
    surface: m.surface,
    name: m.name,
    type: m.type,
    role: m.role,
    possessive: m.possessive,
    via: m.via,
    adjective: m.adjective,
    partial: m.partial,
    actsAs: m.actsAs,
    roleStart: m.roleStart,
  };
}

const ADJECTIVE_COMPOUND = /[-‐‑](?:backed|sponsored|led|based|allied|supported|aligned|funded|linked|affiliated|controlled|run|owned|born|style|era)$/iu;

/** Honorifics that are courtesy, not office: "former Miss Universe" keeps no "former Miss". */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);
/** Who speaks or acts for the name after "for"/"to": "a spokesperson for Health Minister X" is no role of X's. */
const AGENT_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney']);

/** Generational suffixes: part of a person's name, never a name alone ("Jr.", "III"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Names that begin with "New" ("New York", "New Delhi"); in a title-case headline "The New Mitt Romney" does not. */
const NEW_PLACES = new Set(['york', 'jersey', 'mexico', 'hampshire', 'zealand', 'delhi', 'orleans', 'england', 'haven', 'brunswick', 'caledonia', 'guinea', 'south']);

/** A capitalised "New" that begins a name: "New York Post", "New Delhi". */
function nameWithNew(toks: WordToken[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return t.key === 'new' && t.cap && next !== undefined && next.joined && isNameToken(next) && NEW_PLACES.has(next.key);
}

/**
 * "John Smith and Bob Jones said": two people, not one name across "and" ("Bill and Melinda
 * Gates", "Procter and Gamble" stay whole): a run of two or more words, not ending in a title,
 * then "and" and a known first name.
 */
function twoPeople(tg: Tagger, toks: WordToken[], from: number, to: number, and: number): boolean {
  const next = toks[and + 1];
  return toks[and]!.key === 'and' && to > from && next !== undefined && isKnownFirstName(next.key) && !tg.titleWords.has(toks[to]!.key) && !tg.words.orgHeads.has(toks[to]!.key);
}

/**
 * "Joaquin Phoenix and Renée Zellweger won": a name opening with a known first name, joined by
 * "and" to another name of two words or more (see twoPeople), is a person's.
 */
function pairedPeople(toks: WordToken[], from: number, to: number): boolean {
  if (to - from < 1 || !isKnownFirstName(toks[from]!.key)) return false;
  const after = toks[to + 1];
  const other = toks[to + 2];
  if (after?.key === 'and' && other !== undefined && isKnownFirstName(other.key) && toks[to + 3]?.cap === true && toks[to + 3]!.joined) return true;
  const before = toks[from - 1];
  return before?.key === 'and' && from >= 3 && toks[from - 2]!.cap && toks[from - 3]!.cap && toks[from - 2]!.joined;
}

/** Months that are also surnames ("Theresa May", "Brian May", "Mrs June"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

/**
 * "Theresa May said": a month right after a known first name or a courtesy title is a surname,
 * unless a day number follows ("Sunday May 5" is a date; "Theresa" is no weekday); so is one
 * right before "said".
 */
function monthSurname(tg: Tagger, toks: WordToken[], k: number): boolean {
  const t = toks[k]!;
  if (!t.cap || !MONTH_SURNAMES.has(t.key) || t.text !== t.text[0] + t.text.slice(1).toLowerCase()) return false;
  // "May said the deal was close": a month never speaks; the surname of someone named before does.
  const after = toks[k + 1];
  if (after !== undefined && after.joined && /^(?:said|says|told|tells|added|adds)$/u.test(after.key)) return true;
  if (k === 0 || !t.joined) return false;
  const prev = toks[k - 1]!;
  if (!prev.cap || prev.possessive || !(isKnownFirstName(prev.key) || tg.words.honorifics.has(prev.key))) return false;
  return after === undefined || !/^\p{N}/u.test(after.text);
}

/** "I'm Poppy Harlow": a contraction of "I" opens a sentence, never a name (its key "im" may be a surname). */
const CONTRACTED_I = /^I['’](?:m|ve|d|ll)$/u;

/** A word that can be part of a name: capitalised, no digits, not a sentence word, not "Iran-backed". */
function isNameToken(t: WordToken): boolean {
  return t.cap && !NOT_NAMES.has(t.key) && !/\p{N}/u.test(t.text) && !(t.text.includes('-') && ADJECTIVE_COMPOUND.test(t.text)) && !CONTRACTED_I.test(t.text);
}

/**
 * A gazetteer organisation alias inside a longer unknown name ("National | Security Council")
 * is not that organisation: the capitalised word before it belongs to the same name.
 */
function insideLargerName(tg: Tagger, toks: WordToken[], i: number, hit: AliasHit): boolean {
  if (i === 0 || hit.demonym || hit.entry.type === 'person') return false;
  if (hit.entry.type === 'country' || hit.entry.type === 'place') return surnameAfterGivenName(tg, toks, i);
  const prev = toks[i - 1]!;
  if (!toks[i]!.joined || prev.possessive || !isNameToken(prev) || tg.titleWords.has(prev.key)) return false;
  const prevHits = tg.gaz.byKey.get(prev.key);
  return prevHits === undefined;
}

/**
 * Where a person's name starts after a body's head word inside one capitalised run ("Emergency
 * Medical Services | Pirhossein Kolivand"): two or three name words after a government or
 * organisation head, none of them a head or a title. Null when the run is one name.
 */
function personAfterHead(tg: Tagger, toks: WordToken[], from: number, to: number): number | null {
  for (const start of [to - 1, to - 2]) {
    if (start - 1 < from) continue;
    const head = tg.words.orgHeads.get(toks[start - 1]!.key);
    if (head !== 'government' && head !== 'organization') continue;
    const name = toks.slice(start, to + 1);
    if (name.length < 2 || name.length > 3 || name.some((t) => !t.cap || tg.words.orgHeads.has(t.key) || tg.titleWords.has(t.key) || tg.gaz.byKey.get(t.key) !== undefined)) continue;
    return start;
  }
  return null;
}

/**
 * "Ivanka Trump", "Eric Trump": a known first name before a person's one-word alias that
 * none of the person's own names begins with is someone else with that surname.
 */
function otherBearerOfSurname(tg: Tagger, toks: WordToken[], i: number, hit: AliasHit): boolean {
  if (i === 0 || hit.entry.type !== 'person' || !toks[i]!.joined) return false;
  const prev = toks[i - 1]!;
  if (prev.possessive || !prev.cap) return false;
  // "the general's daughter, Zeinab Soleimani": a given name no list knows, inside the sentence, is still
  // one when nothing else claims the word (no title, no name or place the gazetteer knows).
  // Opening the sentence too when a relative's appositive follows: "Zeinab Soleimani, the daughter of …, addressed the crowd"
  // (not "Crazy Trump, the symbol of …", "SEC ESPER: …").
  const opening = i === 1 && kinAppositiveAfter(toks, i);
  const unknownGiven = (i >= 2 || opening) && isNameToken(prev) && !tg.titleWords.has(prev.key) && !PLACE_MODIFIERS.has(prev.key) && tg.gaz.byKey.get(prev.key) === undefined && !tg.gaz.prefixes.has(prev.key);
  if (!isKnownFirstName(prev.key) && !unknownGiven) return false;
  const firsts = [hit.entry.name, ...hit.entry.aliases].map((a) => nameKey(a).split(' ')[0]);
  return !firsts.includes(prev.key);
}

/** Words that stand before a place's name without being a person's first name ("Northern Iraq", "Greater Baghdad"). */
const PLACE_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'inner', 'outer', 'mid', 'middle', 'far', 'near', 'occupied', 'rural', 'downtown']);

/**
 * A one-word country or place right after a capitalised word that is not itself a known
 * name, title or place word is a surname: "Rep. Jim Jordan", "Michael Jordan", not the country.
 */
function surnameAfterGivenName(tg: Tagger, toks: WordToken[], i: number): boolean {
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  if (!toks[i]!.joined || prev.possessive || !isNameToken(prev) || tg.titleWords.has(prev.key) || PLACE_MODIFIERS.has(prev.key)) return false;
  // "Jordan River", "Georgia Tech": a capitalised word after the place continues another name; left to the rules.
  if (next !== undefined && next.joined && isNameToken(next)) return false;
  return tg.gaz.byKey.get(prev.key) === undefined && !tg.gaz.prefixes.has(prev.key);
}

/** A title phrase starts at token k ("Prime Minister", "Secretary of State"). */
function isTitleAt(tg: Tagger, toks: WordToken[], k: number): boolean {
  return toks[k]!.cap && tg.titleWords.has(toks[k]!.key);
}

/** A title, "of", then a country the gazetteer knows, joined by spaces and ending right before token `at`. */
function titleOfCountryBefore(tg: Tagger, toks: WordToken[], at: number): boolean {
  for (let n = 1; n <= 3; n++) {
    const start = at - n;
    // ("head of Iran's Emergency Medical Services": a country's body, not its office holder.)
    if (start < 2 || toks.slice(start, at + 1).some((t) => !t.joined) || toks[at - 1]!.possessive) continue;
    const words = toks.slice(toks[start]!.key === 'the' ? start + 1 : start, at);
    if (words.length === 0 || !tg.gaz.byKey.get(words.map((t) => t.key).join(' '))?.some((h) => h.entry.type === 'country' && !h.demonym)) continue;
    if (toks[start - 1]!.key !== 'of' || !toks[start - 1]!.joined) continue;
    if (titleEndingAt(tg, toks, Math.max(0, start - 1 - tg.words.maxTitleWords), start - 2) >= 0) return true;
  }
  return false;
}

/** End index (inclusive) of the longest title phrase ending exactly at `end`, scanning back; -1 when none ends there. */
function titleEndingAt(tg: Tagger, toks: WordToken[], from: number, end: number): number {
  // The phrases ending at `end`, shortest first, each built from the one before; then longest first.
  const longest = Math.min(tg.words.maxTitleWords, end - from + 1);
  const phrases: string[] = [];
  for (let n = 1; n <= longest; n++) phrases.push(n === 1 ? toks[end]!.key : `${toks[end - n + 1]!.key} ${phrases[n - 2]!}`);
  for (let n = longest; n >= 1; n--) if (tg.words.titles.has(phrases[n - 1]!)) return end - n + 1;
  return -1;
}

function classifyRun(
  tg: Tagger,
  text: string,
  base: number,
  toks: WordToken[],
  from: number,
  to: number,
  mentions: Mention[],
): (Mention & { first: number; last: number }) | null {
  // "The Post has learned", "The Times reported": a newspaper named by its head word alone.
  if (to === from + 1 && toks[from]!.key === 'the' && toks[to]!.cap && tg.words.orgHeads.get(toks[to]!.key) === 'outlet') {
    const surface = text.slice(toks[from]!.start - base, toks[to]!.end - base);
    return ruleMention(surface, `The ${toks[to]!.text}`, 'outlet', toks, from, to, false);
  }
  // Drop leading sentence words ("But", "The") and trailing connectors.
  while (from <= to && ((NOT_NAMES.has(toks[from]!.key) && !nameWithNew(toks, from) && !monthSurname(tg, toks, from)) || CONNECTORS.has(toks[from]!.key))) from++;
  while (to >= from && CONNECTORS.has(toks[to]!.key)) to--;
  if (from > to) return null;
  // The last title inside the run splits role from name: "Iraqi Prime Minister | Adil Abdul Mahdi".
  let nameFrom = from;
  let titled = false;
  for (let k = to; k >= from; k--) {
    if (titleEndingAt(tg, toks, from, k) >= 0) {
      nameFrom = k + 1;
      titled = true;
      break;
    }
  }
  // A lower-case title right before the run ("state emergency commissioner Andrew Crisp").
  if (!titled && from > 0 && toks[from]!.joined && !toks[from - 1]!.possessive && titleEndingAt(tg, toks, Math.max(0, from - tg.words.maxTitleWords), from - 1) >= 0) {
    titled = true;
  }
  // "President of Ukraine Volodymyr Zelenskyy", "Prime Minister of Canada Justin Trudeau": a title
  // of a country right before the run (the country is a mention of its own, so the run starts after it).
  if (!titled && from > 0 && toks[from]!.joined && titleOfCountryBefore(tg, toks, from)) titled = true;
  // "Secretary of State for Health Matt Hancock": a portfolio after the title belongs to it; the
  // name is the run's last two words (three across a particle: "Minister for Energy Ahmed al-X").
  if (titled && nameFrom < to && (toks[nameFrom]!.key === 'for' || toks[nameFrom]!.key === 'of') && to - nameFrom >= 3) {
    nameFrom = to - 1;
    if (nameFrom - 1 > from && tg.words.particles.has(toks[nameFrom - 1]!.key)) nameFrom--;
  }
  // "the Head of State", "the Minister of Defence": a title and its portfolio, no name after them.
  if (titled && nameFrom <= to && (toks[nameFrom]!.key === 'for' || toks[nameFrom]!.key === 'of')) return null;
  // Honorifics glued to the name ("Dr. Mark T. Esper").
  while (nameFrom <= to && tg.words.honorifics.has(toks[nameFrom]!.key)) {
    nameFrom++;
    titled = true;
  }
  const orgType = orgHeadType(tg, toks, from, to);
  if (orgType && !titled) {
    const surface = text.slice(toks[from]!.start - base, toks[to]!.end - base);
    return ruleMention(surface, cleanOrgName(surface), orgType, toks, from, to, false);
  }
  if (nameFrom > to) return null;
  // "Head of the Federation Council's Committee on International Affairs Konstantin Kosachev": a body's
  // long name, then a person's, in one run; the person is the last two words, a known first name first.
  if (!titled && to - nameFrom >= 3 && runHasLink(toks, nameFrom, to - 2) &&
    isKnownFirstName(toks[to - 1]!.key) && toks[to - 1]!.cap && toks[to]!.cap && !tg.words.orgHeads.has(toks[to]!.key)) {
    const surface = text.slice(toks[to - 1]!.start - base, toks[to]!.end - base);
    return ruleMention(surface, personName(toks.slice(to - 1, to + 1)), 'person', toks, to - 1, to, false);
  }
  const nameToks = toks.slice(nameFrom, to + 1);
  if (!nameToks.some((t) => t.cap)) return null;
  if (nameToks.length > 5) return null;
  const surface = text.slice(toks[nameFrom]!.start - base, toks[to]!.end - base);
  const name = personName(nameToks);
  const appositive =
    !titled && (appositiveTitle(tg, text, base, toks, nameFrom, to) || (nameToks.length >= 2 && roleBefore(tg, text, base, toks, nameFrom, to) !== null) || namedAsBefore(text, toks[nameFrom]!.start - base));
  if (titled || appositive || pairedPeople(toks, nameFrom, to)) {
    return ruleMention(surface, name, 'person', toks, nameFrom, to, nameToks.length === 1);
  }
  // A name the rules cannot type yet: a speaker rule or a later mention may tell (see EntityRegistry).
  if (nameToks.length >= 2 && !mentions.some((m) => m.start <= toks[nameFrom]!.start && m.end >= toks[to]!.end)) {
    return ruleMention(surface, name, 'other', toks, nameFrom, to, false);
  }
  // A lone capitalised word may be the surname of someone named before ("Marsh said"); the registry decides.
  if (nameToks.length === 1) return ruleMention(surface, name, 'other', toks, nameFrom, to, true);
  return null;
}

/**
 * The words that give a person's name: "a man who gave his name as Abu Hussein", "a woman who
 * identified herself as Umm Ali", "a resident identified only as Karim", "a mourner named Hamid".
 */
const NAMED_AS_BEFORE =
  /(?:\b(?:gave|giving|gives|give|identified|identifying)\s+(?:his|her|their)\s+(?:first\s+|full\s+|real\s+)?name\s+(?:only\s+)?as|\bidentified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|\bidentified\s+only\s+as|\bwho\s+called\s+(?:himself|herself)|\b(?:man|woman|boy|girl|resident|protester|protestor|mourner|demonstrator|witness|shopkeeper|driver|student|fighter|farmer|father|mother|relative|neighbou?r|pilgrim)\s+named)\s+$/iu;

/** Is the name at `at` (relative) introduced as a person's by the words before it? */
function namedAsBefore(text: string, at: number): boolean {
  if (at < 6) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  return (before.includes('name') || before.includes('identified') || before.includes('called')) && NAMED_AS_BEFORE.test(before);
}

/** The small words inside a body's long name ("Committee on International Affairs"). */
const LONG_NAME_LINKS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'and']);

/** Whether toks[from..to] hold one of LONG_NAME_LINKS: a body's name, not a person's. */
function runHasLink(toks: WordToken[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (LONG_NAME_LINKS.has(toks[k]!.key)) return true;
  return false;
}

function ruleMention(
  surface: string,
  name: string,
  type: EntityType,
  toks: WordToken[],
  from: number,
  to: number,
  partial: boolean,
): Mention & { first: number; last: number } {
  return {
    start: toks[from]!.start,
    end: toks[to]!.end,
    surface,
    name,
    type,
    role: null,
    possessive: toks[to]!.possessive,
    via: 'rule',
    adjective: false,
    partial,
    actsAs: null,
    roleStart: null,
    first: from,
    last: to,
  };
}

function orgHeadType(tg: Tagger, toks: WordToken[], from: number, to: number): EntityType | null {
  if (to - from < 1) return null;
  const typeOf = (k: number): EntityType | null => {
    const head = tg.words.orgHeads.get(toks[k]!.key);
    return head === undefined ? null : head === 'outlet' || head === 'government' ? head : 'organization';
  };
  const last = typeOf(to);
  if (last) return last;
  // "Ministry of Foreign Affairs": the head stands before an "of" phrase.
  for (let k = from; k < to; k++) if (toks[k + 1]!.key === 'of' && typeOf(k)) return typeOf(k);
  return null;
}

function cleanOrgName(surface: string): string {
  return surface.replace(/^the\s+/iu, '').replace(/[’]/gu, "'");
}

/** "Mark T. Esper" -> "Mark Esper"; curly apostrophes straightened; honorifics gone. */
export function personName(nameToks: WordToken[]): string {
  const kept = nameToks.filter((t, k) => !(k > 0 && k < nameToks.length - 1 && /^\p{Lu}\.?$/u.test(t.text)));
  return kept
    .map((t) => t.text)
    .join(' ')
    .replace(/[’]/gu, "'");
}

/** "Morgan Ortagus, said the secretary …": after the comma the frame goes on; no appositive there. */
function opensWithCue(ws: readonly WordToken[]): boolean {
  const first = ws[0]?.key;
  return first !== undefined && (SPEECH.has(first) || WEAK_CUES.has(first));
}

/** ", a spokesman for …" / ", the head of …" right after the name. */
function appositiveTitle(tg: Tagger, text: string, base: number, toks: WordToken[], _from: number, to: number): boolean {
  const after = text.slice(toks[to]!.end - base + (toks[to]!.possessive ? 2 : 0), toks[to]!.end - base + 80);
  const m = /^,\s+(?:(?:a|an|the|his|her|its|their)\s+)?([^,;:()]{2,70})/u.exec(after);
  if (!m) return false;
  const ws = wordTokens(m[1]!);
  if (opensWithCue(ws)) return false;
  // A title within the first four words: "a spokesman for …", "the ousted boss of …".
  for (let k = 0; k < Math.min(ws.length, 4); k++) if (tg.titleWords.has(ws[k]!.key) && tg.words.titles.has(ws[k]!.key)) return true;
  // "Zeinab Soleimani, the daughter of the martyred commander": a relative of someone is a person.
  return ws.length >= 2 && KIN.has(ws[0]!.key) && ws[1]!.key === 'of';
}

/** ", the daughter of …", ", a son of …" right after token i. */
function kinAppositiveAfter(toks: WordToken[], i: number): boolean {
  const a = toks[i + 1];
  const b = toks[i + 2];
  const c = toks[i + 3];
  return a !== undefined && b !== undefined && c !== undefined && !a.joined && /^(?:the|a|his|her)$/u.test(a.key) && KIN.has(b.key) && c.key === 'of';
}

/** Kinship nouns: "the daughter of …", "the widow of …". */
const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'widow', 'widower', 'mother', 'father', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'fiancee', 'fiance']);

/**
 * The role of a person: the title words right before the name ("US secretary of state
 * Mike Pompeo"), else an appositive after it (", a spokesman for Iraq’s Popular
 * Mobilization Forces") or before it ("Kataib Hezbollah’s commander, Abu Mahdi al-Muhandis,").
 */
function roleFor(tg: Tagger, text: string, base: number, toks: WordToken[], first: number, last: number): { role: string; start: number | null } | null {
  // Before the name, joined by spaces only.
  let j = first - 1;
  let hasTitle = false;
  while (j >= 0 && toks[j + 1]!.joined) {
    const t = toks[j]!;
    const isTitle = tg.titleWords.has(t.key) || tg.words.titles.has(t.key);
    const ok = isTitle || tg.words.roleModifiers.has(t.key) || t.cap || t.possessive || /^[\p{L}]+-(?:backed|based|led|born|appointed)$/u.test(t.text);
    // "New South Wales Rural Fire Service Commissioner": a place's "New" belongs to the role.
    if (!ok || (NOT_NAMES.has(t.key) && !CONNECTORS.has(t.key) && t.key !== 'former' && !nameWithNew(toks, j))) break;
    if (isTitle) hasTitle = true;
    j--;
  }
  let from = j + 1;
  // "A spokesperson for Health Minister Joe Phaahla": X's office is what follows "for".
  for (let k = first - 2; k >= from; k--) {
    if (AGENT_TITLES.has(toks[k]!.key) && (toks[k + 1]!.key === 'for' || toks[k + 1]!.key === 'to')) {
      from = k + 2;
      hasTitle = toks.slice(from, first).some((t) => tg.titleWords.has(t.key) || tg.words.titles.has(t.key));
      break;
    }
  }
  while (from < first && (CONNECTORS.has(toks[from]!.key) || toks[from]!.key === 'a' || toks[from]!.key === 'an')) from++;
  // "In Baghdad Prime Minister Adel Abdul Mahdi said": a town after "in" is where, not part of the title.
  if (from > 0 && from < first && /^(?:in|at|from|near)$/u.test(toks[from - 1]!.key) && tg.gaz.byKey.get(toks[from]!.key)?.some((h) => h.entry.type === 'place')) from++;
  let to = first - 1;
  // An honorific right before the name is dropped ("Iraqi Prime Minister Gen. X"), not the office it completes ("Vice President").
  while (to >= from && (CONNECTORS.has(toks[to]!.key) || (tg.words.honorifics.has(toks[to]!.key) && to > from && !(/^(?:vice|deputy|acting|lieutenant|former)$/u.test(toks[to - 1]!.key) && !COURTESY_TITLES.has(toks[to]!.key))))) to--;
  if (hasTitle && to >= from && toks.slice(from, to + 1).some((t) => tg.titleWords.has(t.key) || tg.words.titles.has(t.key))) {
    const role = text.slice(toks[from]!.start - base, toks[to]!.end - base + (toks[to]!.possessive ? 2 : 0)).replace(/[’]/gu, "'");
    if (!tg.words.honorifics.has(nameKey(role))) return { role, start: toks[from]!.start };
  }
  // Appositive after: "Name, a spokesman for X," (up to the next comma).
  const afterAt = toks[last]!.end - base + (toks[last]!.possessive ? 2 : 0);
  const after = /^,\s+(?:(?:a|an|the|his|her|its|their)\s+)?([^,;:()“”"]{2,90})/u.exec(text.slice(afterAt, afterAt + 100));
  if (after) {
    const ws = wordTokens(after[1]!);
    const words = after[1]!.trim().split(/\s+/u);
    // The sentence's full stop is not part of the role ("…, a senior commander of the group.").
    if (words.length <= 14 && !opensWithCue(ws) && ws.slice(0, 4).some((w) => tg.words.titles.has(w.key))) return { role: after[1]!.trim().replace(/[’]/gu, "'").replace(/(?<!\b\p{Lu})\.$/u, ''), start: null };
  }
  return roleBefore(tg, text, base, toks, first, last);
}

/** Appositive before: "X’s commander, Name," — the comma segment ends with a title word. */
function roleBefore(tg: Tagger, text: string, base: number, toks: WordToken[], first: number, last: number): { role: string; start: number } | null {
  const afterAt = toks[last]!.end - base + (toks[last]!.possessive ? 2 : 0);
  const beforeText = text.slice(0, toks[first]!.start - base);
  const before = /(?:^|[,;:(]\s*)([^,;:()“”"]{2,80}?),\s*$/u.exec(beforeText);
  if (!before) return null;
  const ws = wordTokens(before[1]!);
  const lastWord = ws[ws.length - 1];
  const afterName = text.slice(afterAt, afterAt + 2);
  if (!lastWord || !tg.titleWords.has(lastWord.key) || ws.length > 8 || !/^,/u.test(afterName)) return null;
  // A clause is no description: "he summoned his senior climate adviser, Brian Deese,".
  if (ws.some((w) => CLAUSE_WORDS.has(w.key))) return null;
  // ("Its general secretary, Laurent Dufresne,": the pronoun names no one here.)
  const role = before[1]!.trim().replace(/^(?:the|a|an|its|his|her|their)\s+/iu, '').replace(/[’]/gu, "'");
  return { role, start: base + before.index + before[0].indexOf(before[1]!) };
}
