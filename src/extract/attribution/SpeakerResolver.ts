import type { EntityType, SourceType, Speaker } from '../../domain';
import { gazetteer } from '../entities/gazetteer';
import { genderOf, type Gender } from '../entities/gender';
import type { EntityRegistry } from '../entities/EntityRegistry';
import type { Mention } from '../entities/Mention';
import { nameKey } from '../entities/nameKey';
import { officeHolder, openingOffice } from '../entities/officeHolder';
import { roleWords } from '../entities/roles';
import { isBodyName } from './bodyName';
import type { NounPhrase } from './nounPhrase';

/** First-person subjects, contracted or not. */
const FIRST_PERSON = /^(?:i|we)(?:'(?:d|ve|ll|m|re))?$/u;
const MEDIA_HEADS = new Set(['media', 'newspaper', 'newspapers', 'paper', 'daily', 'tv', 'television', 'broadcaster', 'channel', 'network', 'outlet', 'outlets', 'agency', 'radio', 'website', 'press', 'magazine']);
const GOVERNMENT_HEADS = new Set(['official', 'officials', 'authority', 'authorities', 'regulator', 'government', 'ministry', 'military', 'army', 'police', 'administration', 'office', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'minister', 'ministers', 'embassy', 'command', 'forces', 'department', 'council', 'lawmakers', 'senator', 'senators', 'governor']);
/** Heads that stand for the body they belong to ("Mahdi’s office", "a spokesman for the Revolutionary Guard"). */
const MOUTHPIECES = new Set(['tweet', 'tweets', 'post', 'posts', 'letter', 'message', 'remarks', 'speech', 'interview', 'twitter', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'statement', 'statements', 'press office', 'media office', 'press secretary', 'representative', 'representatives', 'account', 'website', 'channel', 'aide', 'aides', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'campaign', 'team', 'official', 'officials', 'commander', 'commanders', 'leaders', 'leader', 'members', 'member', 'sources', 'source', 'ambassador', 'envoy', 'mission', 'delegation', 'embassy']);
/** Mouthpieces that are words, not people: "a Pentagon statement" is the Pentagon's. */
const WORKS = new Set(['statement', 'statements', 'tweet', 'tweets', 'post', 'posts', 'letter', 'message', 'remarks', 'speech', 'website', 'account', 'channel']);
/** Mouthpieces who are people in their own right: "his lawyer said" is the lawyer speaking, not the client. */
const AGENTS = new Set(['aide', 'aides', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'ambassador', 'envoy']);
/** Words that make an agency a news agency ("the news agency", "the official wire agency"). */
const NEWS_AGENCY_WORDS = new Set(['news', 'press', 'wire', 'state-run', 'state-owned', 'semi-official', 'semiofficial']);
/** Words that say whose an agency is, not what it does ("the state disaster agency"). */
const AGENCY_OWNERS = new Set(['state', 'official', 'federal', 'national', 'government', 'local', 'regional', 'provincial', 'city', 'county', 'un', 'u.n.']);
const PUBLIC_BODIES = new Set<SourceType>(['government', 'organization']);

/** "the state disaster agency", "a health agency": an agency described by what it does, not a news agency. */
function publicAgency(phrase: string): boolean {
  const modifiers = phrase.toLowerCase().replace(/^(?:the|a|an)\s+/u, '').split(/\s+/u).slice(0, -1);
  return modifiers.some((w) => !NEWS_AGENCY_WORDS.has(w) && !AGENCY_OWNERS.has(w)) && !modifiers.some((w) => NEWS_AGENCY_WORDS.has(w));
}
/** "(DA)", "(NDMA)": an acronym in brackets after the name it abbreviates. */
const BRACKETED_ACRONYM = /\(\p{Lu}[\p{Lu}\d&-]{1,7}\)/gu;
/** Lower-case words ending in a noun, then a capitalised name: "state rail operator | SNCF". */
const DESCRIBED_BODY = /^(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(\p{Lu}[\p{L}\d&.'-]*(?:\s+(?:of|for|and|de|the)?\s*\p{Lu}[\p{L}\d&.'-]*){0,4})$/u;
/** "Rescue 1122", "Channel 4", "Radio 5 Live": capitalised words and a number, with a capitalised word after it at most. */
const NUMBERED_NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}\s+\d{1,5}(?:\s+\p{Lu}[\p{L}'.-]*)?$/u;
/** Type words after a name that do not change who it is ("IRNA news agency", "the Kataib Hezbollah militia"). */
const GENERIC_TAIL = /^(?:\s+(?:news|press|state|agency|newspaper|daily|broadcaster|channel|network|television|tv|radio|website|group|militia|organi[sz]ation|movement|party|forces?|government|ministry|military|army|administration|council|command|paramilitary|umbrella|armed|militant|alliance|faction|coalition|bloc|wing|units?))+\s*$/iu;
const GROUP_WORDS = new Set(['the group', 'the militia', 'the organisation', 'the organization', 'the movement', 'the party']);
const BODY_TYPES = new Set<SourceType>(['organization', 'government', 'news_agency', 'outlet', 'country']);
/** Person nouns by their ending: "economist", "lawyer", "resident", "historian", "chairman", "critic", "representative". */
const PERSON_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|eer|ee|ive|ary|ic)s?$/u;

/** Heads of a description that is one person ("a US official", "a witness"): "he" may stand for it. */
const ONE_PERSON_HEADS = new Set(['official', 'spokesman', 'spokeswoman', 'spokesperson', 'witness', 'resident', 'commander', 'officer', 'diplomat', 'source', 'doctor', 'aide', 'adviser', 'advisor', 'analyst', 'lawmaker', 'senator', 'soldier', 'protester', 'man', 'woman', 'reporter', 'correspondent', 'journalist', 'activist', 'expert', 'lawyer', 'investigator', 'survivor', 'medic', 'nurse', 'engineer', 'worker', 'employee', 'guard', 'driver',
  // "The judge ruled …. She said …": one person, named by office.
  'judge', 'prosecutor', 'coroner', 'minister', 'president', 'mayor', 'governor', 'sheriff', 'ambassador', 'chairman', 'chairwoman', 'director',
  'councilman', 'councilwoman', 'councillor', 'teacher', 'student', 'pilot', 'owner', 'manager', 'professor', 'researcher', 'scientist',
  'father', 'mother', 'businessman', 'businesswoman', 'attorney', 'captain', 'victim', 'neighbor', 'neighbour']);
/** A sentence whose subject is a text: a resolution, a bill, a report. */
const DOCUMENT_SUBJECT = /^(?:The|This|That|Its|Their)\s+(?:\p{L}+\s+){0,2}?(?:resolution|bill|law|decree|motion|draft|document|report|letter|memo|memorandum|communiqu[eé]|declaration|agreement|accord|treaty|text|order|directive|legislation|ruling|verdict|indictment|complaint|lawsuit|petition)\b(?!\s+(?:said|says|told|added|stated))/u;

/** A sentence opening with a body's statement or report: "The Pentagon's statement was blunt.", "Iran's official response …". */
const OWNED_MOUTHPIECE_SUBJECT = /^(?:The\s+)?[\p{Lu}][\p{L}.'’ -]{1,60}?['’]s?\s+(?:\p{L}+\s+)?(?:statement|report|letter|communiqu[eé]|announcement|message|response|notice|release)\b(?!\s+(?:said|says|told|added|stated))/u;

/** DOCUMENT_SUBJECT.test(text); the pattern cannot match unless the text opens with "T" or "I" (The, This, That, Its, Their). */
function documentSubject(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 84 || c === 73) && DOCUMENT_SUBJECT.test(text);
}

/** Mouthpieces that are no person: what speaks for its owner as "it". */
const IMPERSONAL_MOUTHPIECES = new Set(['office', 'press office', 'media office', 'statement', 'website', 'account', 'channel', 'campaign', 'team', 'mission', 'embassy', 'delegation']);
const FEMALE_HEADS = new Set(['spokeswoman', 'woman', 'chairwoman', 'councilwoman', 'mother', 'businesswoman']);
const MALE_HEADS = new Set(['spokesman', 'man', 'chairman', 'councilman', 'father', 'businessman']);

interface Said {
  speaker: Speaker;
  sentence: number;
  /** Head noun of a description speaker ("officials"), for "the officials" later on. */
  head: string | null;
}

export function sourceTypeOf(type: EntityType): SourceType {
  switch (type) {
    case 'place':
      return 'unknown';
    case 'other':
      return 'person';
    default:
      return type;
  }
}

/** Prepositions that end a description's head ("source | inside the facility", "a statement | from the ministry"). */
const HEAD_ENDS = /\s(?:of|for|with|at|from|in|on|near|inside|within|outside|by)\s/iu;

/**
 * Turns the noun phrase before or after a cue into a Speaker, with the article's memory:
 * pronouns ("he said" -> the last person named), definite descriptions ("the officials"
 * -> the officials quoted before), a body's mouthpiece ("his office", "a spokesman for
 * the Revolutionary Guard" -> that person or body, with the role kept), capitals that
 * speak for a country ("Washington" -> United States), and demonyms used as nouns
 * ("the Iranians" -> Iran). Anything else is a description kept as written ("US officials").
 */
export class SpeakerResolver {
  private readonly said: Said[] = [];
  /** `owner` as for bodies: "one of Trump's closest allies" names Trump as an owner. */
  /** `titles`: what an office honorific before the name lets "the …" stand for ("Gov. X": "the governor"). */
  private persons: Array<{ name: string; at: number; role: string | null; sentence: number; owner: boolean; titles: readonly string[] }> = [];
  /** `owner`: named as a possessive ("Iraq's military"), the owner of what follows, not the subject. */
  private bodies: Array<{ name: string; type: SourceType; at: number; owner: boolean; sentence: number }> = [];

  /** Who answers an interview printed as questions and answers ("We spoke to Hassan Salem …" then "A: …"). */
  interviewee: Speaker | null = null;

  /** A transcript's speaker labels written as names ("Judy Woodruff"), which open turns as capitals do. */
  turnLabels: ReadonlySet<string> = new Set();

  /** A transcript's initials labels and the names they stand for ("LS" -> "Lina Saadi"). */
  turnInitials: ReadonlyMap<string, string> = new Map();

  /** `day`: the article's publication day (YYYY-MM-DD), which says who held an office it names ("the US president"). */
  constructor(
    private readonly registry: EntityRegistry,
    private readonly day: string | null = null,
  ) {}

  /** The last sentence whose subject is a text ("The resolution …"), which a following "It" stands for. */
  private documentSubject: number | null = null;

  /** The owner of the last sentence's subject when that is its statement or report ("The Pentagon's statement …"). */
  private ownerSubject: { speaker: Speaker; sentence: number } | null = null;

  /** Records the resolved mentions of sentence `sentence` (call once per sentence, in order), and what its text opens with. */
  observe(mentions: readonly Mention[], insideQuote: (at: number) => boolean, sentence: number, text = '', textStart = 0): void {
    if (documentSubject(text)) this.documentSubject = sentence;
    // "The Pentagon's statement was blunt. “…,” it said": the owner speaks through what the subject names.
    // (Not when the statement itself says something: "Iran's preliminary report, released Thursday, said …. It said …" is the report.)
    const found = OWNED_MOUTHPIECE_SUBJECT.exec(text);
    const owned = found && !/\b(?:said|says|stated|states|added|told|found|concluded)\b/u.test(text) ? found : null;
    const owner = owned ? mentions.find((m) => m.possessive && m.start - textStart <= owned[0].length && m.type !== 'place' && m.type !== 'other') : undefined;
    if (owner) this.ownerSubject = { speaker: this.speakerOf(owner), sentence };
    // "Iraq's prime minister condemned …, his office said": an office as the subject is its holder,
    // for the pronouns after it, unless a name follows it ("Iraq's prime minister, Adel Abdul Mahdi,").
    const office = openingOffice(text, this.day);
    if (office && !mentions.some((m) => m.type === 'person' && m.start - textStart < office.end + 4 && !insideQuote(m.start))) {
      this.persons.push({ name: office.name, at: textStart + office.start, role: office.role, sentence, owner: false, titles: [] });
    }
    let prev: Mention | null = null;
    for (const m of mentions) {
      if (m.adjective || insideQuote(m.start)) continue;
      // "The United Nations mission in Libya condemned …; it said": a country right after a body is its complement, not "it".
      const complement = m.type === 'country' && prev !== null && BODY_TYPES.has(sourceTypeOf(prev.type)) && prev.type !== 'country' && m.start - prev.end <= 16;
      // "Tina Houchins had a question. “…,” she said.": a name the rules left untyped is a person's when its first name tells a gender.
      if (m.type === 'person' || (m.type === 'other' && m.name.includes(' ') && genderOf(m.name, null) !== null)) this.persons.push({ name: m.name, at: m.start, role: m.role, sentence, owner: m.possessive, titles: officeTitles(text.slice(Math.max(0, m.start - textStart - 24), Math.max(0, m.start - textStart))) });
      else if (m.type !== 'place' && m.type !== 'other' && !complement) this.bodies.push({ name: m.name, type: sourceTypeOf(m.type), at: m.start, owner: m.possessive, sentence });
      prev = m;
    }
    if (this.persons.length > 64) this.persons = this.persons.slice(-32);
    if (this.bodies.length > 64) this.bodies = this.bodies.slice(-32);
  }

  /** The speaker a full name written before stands for ("Lina Saadi", "Foreign Policy"): one who spoke, a person or a body named, else the name as a person's. */
  speakerNamed(name: string): Speaker {
    for (let k = this.said.length - 1; k >= 0; k--) if (this.said[k]!.speaker.name === name) return this.said[k]!.speaker;
    const person = this.persons.findLast((p) => p.name === name || (name.includes(' ') && p.name.endsWith(` ${name.split(/\s+/u).pop()!}`)));
    if (person) return { name: person.name, type: 'person', role: person.role ?? this.registry.roleOf(person.name) };
    const body = this.bodies.findLast((b) => b.name === name);
    return body ? { name: body.name, type: body.type, role: null } : { name, type: 'person', role: null };
  }

  /** The role the article's mentions or the gazetteer give a name, if any. */
  knownRole(name: string): string | null {
    return this.registry.roleOf(name);
  }

  /** Records that a speaker spoke (for pronouns and "the officials" later). */
  spoke(speaker: Speaker, sentence: number, head: string | null): void {
    this.said.push({ speaker, sentence, head });
    if (this.said.length > 64) this.said.splice(0, 32);
  }

  lastSpeaker(sentence: number, within: number): Speaker | null {
    const s = this.said[this.said.length - 1];
    return s && sentence - s.sentence <= within ? s.speaker : null;
  }

  /**
   * The last person named before `at`, outside quotations (of the pronoun's gender when one is
   * given and known). A person named only as an owner gives way to one named earlier in the same
   * sentence as a subject: "Rep. Matt Gaetz, one of Trump's closest allies, voted … He said" is Gaetz.
   */
  lastPerson(at: number, gender: Gender | null = null): Speaker | null {
    for (let k = this.persons.length - 1; k >= 0; k--) {
      const p = this.persons[k]!;
      if (p.at >= at) continue;
      const role = p.role ?? this.registry.roleOf(p.name);
      if (!fits(p.name, role, gender)) continue;
      if (p.owner) {
        for (let j = k - 1; j >= 0 && this.persons[j]!.sentence === p.sentence; j--) {
          const q = this.persons[j]!;
          const qRole = q.role ?? this.registry.roleOf(q.name);
          if (!q.owner && fits(q.name, qRole, gender)) return { name: q.name, type: 'person', role: qRole };
        }
      }
      return { name: p.name, type: 'person', role };
    }
    return null;
  }

  /**
   * Who "he said" or "his office said" is: the person who spoke in this sentence or the one
   * before (a speaker goes on speaking; "Abdul Mahdi said … the killing of Soleimani … His
   * office said"), else the last person named.
   */
  pronounPerson(at: number, sentence: number, gender: Gender | null, owner = false): Speaker | null {
    const s = this.said[this.said.length - 1];
    // "Prime Minister Adel Abdul Mahdi called the strikes …, his office said": the owner of a
    // mouthpiece is the person this sentence is about, not the last sentence's speaker. (A bare
    // "he said" after "Soleimani was plotting attacks" is still the speaker.)
    if (owner && (s === undefined || s.sentence < sentence)) {
      const here = this.firstPersonIn(sentence, at, gender);
      if (here) return here;
    }
    if (s && s.speaker.type === 'person' && sentence - s.sentence <= 1 && !s.speaker.name.includes("'s ") && fits(s.speaker.name, s.speaker.role, gender)) return s.speaker;
    // "A US official tells us …, though he cautioned": an unnamed person who just spoke, not the last name.
    if (s && s.speaker.type !== 'person' && sentence - s.sentence <= 1 && s.head !== null && ONE_PERSON_HEADS.has(s.head)) {
      if (!(gender === 'male' && FEMALE_HEADS.has(s.head)) && !(gender === 'female' && MALE_HEADS.has(s.head))) return s.speaker;
    }
    return this.lastPerson(at, gender);
  }

  /** The first person named in sentence `sentence` before `at` (the sentence's subject, as a rule). */
  private firstPersonIn(sentence: number, at: number, gender: Gender | null): Speaker | null {
    for (const p of this.persons) {
      if (p.sentence !== sentence || p.at >= at) continue;
      const role = p.role ?? this.registry.roleOf(p.name);
      if (fits(p.name, role, gender)) return { name: p.name, type: 'person', role };
    }
    return null;
  }

  /** The last body of these types named before `at` whose name holds one of `words` ("disaster" → "Assam State Disaster Management Authority"). */
  private bodyNamed(at: number, words: readonly string[], types: ReadonlySet<SourceType>): Speaker | null {
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      if (b.at >= at || !types.has(b.type)) continue;
      const name = b.name.toLowerCase().split(/\s+/u);
      if (words.some((w) => name.includes(w))) return { name: b.name, type: b.type, role: null };
    }
    return null;
  }

  lastBody(at: number, types?: ReadonlySet<SourceType>): Speaker | null {
    for (let k = this.said.length - 1; k >= 0; k--) {
      const s = this.said[k]!.speaker;
      if (BODY_TYPES.has(s.type) && (!types || types.has(s.type))) {
        // "Iraq's military said … It said": the owner named inside the speaker's phrase is not a later mention.
        // Nor is a body named before the speaker spoke: "… the U.S. Geological Survey said. The
        // ministry reported 632 dead. Most were in Al Haouz, it said" is the ministry.
        const said = this.said[k]!.sentence;
        const mentioned = this.bodies.filter((b) => b.at < at && b.sentence > said && !b.owner && (!types || types.has(b.type)));
        const lastMention = mentioned[mentioned.length - 1];
        if (!lastMention || lastMention.name === s.name) return s;
        break;
      }
    }
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      if (b.at < at && (!types || types.has(b.type))) return { name: b.name, type: b.type, role: null };
    }
    return null;
  }

  /**
   * Resolves a speaker phrase. `mentions` are the sentence's resolved mentions; the ones
   * inside the phrase decide the head. Returns null when the phrase cannot be a speaker.
   */
  resolve(np: NounPhrase, mentions: readonly Mention[], sentence: number): { speaker: Speaker; head: string | null } | null {
    // "The Democratic Alliance (DA) party": the bracketed acronym repeats the name (blanked, so offsets hold).
    if (np.text.includes('(')) np = { ...np, text: np.text.replace(BRACKETED_ACRONYM, (m) => ' '.repeat(m.length)) };
    // "… and Ed Schultz said": a coordination's conjunction is not part of the speaker.
    const raw = np.text.trim().replace(/^(?:and|but|or)\s+/iu, '');
    // "the country's interior ministry" is the interior ministry: the article's country, which no
    // phrase names (kept, it would make a source of its own beside "the interior ministry").
    const generic = /^\s*the\s+(?:country|nation|kingdom|republic|emirate)['’]s\s+(?=\p{L})/iu.exec(np.text);
    if (generic) return this.resolve({ ...np, start: np.start + generic[0].length, text: np.text.slice(generic[0].length) }, mentions, sentence);
    const lower = raw.toLowerCase().replace(/[’]/gu, "'");
    if (raw === '') return null;
    // "I've said it", "I'd also say this:": the one speaking, whom a quotation's frame or a transcript's label names.
    if (FIRST_PERSON.test(lower)) return null;
    // Pronouns.
    // (The object forms where a frame names its speaker as its object: "IRNA quoted him as saying".)
    if (lower === 'he' || lower === 'she' || lower === 'him' || lower === 'her') {
      const p = this.pronounPerson(np.start, sentence, lower === 'he' || lower === 'him' ? 'male' : 'female');
      return p ? { speaker: p, head: null } : null;
    }
    if (lower === 'it') {
      if (this.ownerSubject && sentence - this.ownerSubject.sentence <= 1) return { speaker: this.ownerSubject.speaker, head: null };
      // "The company said in a statement …. It added …", "…, his office said. …, it added": the
      // body that just spoke, unnamed or through its office, before any body named earlier.
      const s = this.said[this.said.length - 1];
      if (s && sentence - s.sentence <= 1 && s.head !== null && (s.speaker.type === 'unknown' || IMPERSONAL_MOUTHPIECES.has(s.head)) && !ONE_PERSON_HEADS.has(s.head) && !/[^s]s$/u.test(s.head)) {
        return { speaker: s.speaker, head: s.head };
      }
      // "The resolution “obliges …”. It also calls on …": the text goes on, not a body named in it
      // (a text that spoke for its owner, "The ministry's report said …. It added …", is the owner, above).
      if (this.documentSubject === sentence - 1 || this.documentSubject === sentence) return null;
      const b = this.lastBody(np.start);
      return b ? { speaker: b, head: null } : null;
    }
    if (lower === 'they') {
      const s = this.lastSpeaker(sentence, 2);
      if (s && s.type !== 'person') return { speaker: s, head: null };
      const b = this.lastBody(np.start);
      return b ? { speaker: b, head: null } : null;
    }
    if (lower === 'we' || lower === 'i' || lower === 'you') return null;
    // "sources close to him": the person the pronoun stands for is named in the description.
    const object = /\s(him|her)$/iu.exec(raw);
    if (object) {
      const p = this.lastPerson(np.start, object[1]!.toLowerCase() === 'him' ? 'male' : 'female');
      if (p) return this.resolve({ ...np, text: `${raw.slice(0, object.index)} ${p.name}` }, [], sentence);
    }

    // A lone capitalised word nobody was named by ("Witnesses", "Officials") is no name.
    const inside = mentions.filter((m) => m.start >= np.start && m.end <= np.end && !(m.type === 'other' && !/\s/u.test(m.surface)));
    // "The Department of Veterans Affairs": a body's name spans the phrase, of-phrase and all
    // (read by its head, "the Department" would be the last department that spoke).
    const spanning = inside.find((m) => m.type !== 'person' && m.type !== 'place' && m.type !== 'country' && m.type !== 'other' && !m.adjective && m.end >= np.end - 1 && /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(np.text.slice(0, m.start - np.start)));
    if (spanning && /\s(?:of|for)\s/iu.test(spanning.surface)) return { speaker: this.speakerOf(spanning), head: null };
    // "US secretary of state Mike Pompeo": the whole phrase is a title and a name.
    const titled = inside.find((m) => m.type === 'person' && m.end >= np.end - 1 && m.roleStart !== null && m.roleStart <= np.start + 4);
    if (titled) return { speaker: this.speakerOf(titled), head: null };
    // "Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei": an office with an of-phrase, then the name.
    const office = inside.find((m) => m.type === 'person' && m.end >= np.end - 1 && m.start > np.start);
    if (office && !/,/u.test(raw) && roleWords().titles.has(raw.split(/\s+/u)[0]!.toLowerCase())) return { speaker: this.speakerOf(office), head: null };
    // "Iran's supreme leader", "the US president": whoever held the office on the article's day.
    const inOffice = officeHolder(raw, this.day);
    if (inOffice) return { speaker: { name: inOffice.name, type: 'person', role: inOffice.role }, head: null };
    // The head part is what stands before an of/for/with phrase.
    // "to" too: "Iraq's ambassador to the UN" is Iraq's, not the UN's.
    const prep = /\s(?:of|for|with|at|from|in|on|near|inside|within|outside|close to|by|to)\s/iu.exec(raw);
    const headEnd = prep ? np.start + prep.index : np.end;
    const headMentions = inside.filter((m) => m.end <= headEnd);
    const affiliated = inside.filter((m) => m.start >= headEnd && !m.adjective);
    const headText = raw.slice(0, headEnd - np.start).trim();
    const headWords = headText.toLowerCase().replace(/[’]/gu, "'").split(/\s+/u);
    // "a U.S. official familiar with the decision", "a person close to Ghosn": the noun before the reduced relative.
    const headWord = headWords.length > 1 && /^(?:familiar|close|briefed|involved|knowledgeable)$/u.test(headWords[headWords.length - 1]!) ? headWords[headWords.length - 2]! : headWords[headWords.length - 1]!;
    const headNoun = headWord.replace(/'s?$/u, '');

    // Pronoun mouthpieces: "his office", "its spokesman".
    const pron = /^(his|her|its|their)\s+(.+)$/iu.exec(headText);
    if (pron && MOUTHPIECES.has(pron[2]!.toLowerCase())) {
      const owner = /^(?:his|her)$/iu.test(pron[1]!) ? this.pronounPerson(np.start, sentence, /^his$/iu.test(pron[1]!) ? 'male' : 'female', true) : this.lastBody(np.start);
      const noun = pron[2]!.toLowerCase();
      if (owner && owner.type === 'person' && AGENTS.has(noun)) return this.agentOf(owner, noun);
      // (An office or a statement speaks as "it" next: "…, his office said. …, it added.")
      if (owner) return { speaker: { ...owner, role: owner.role ?? null }, head: IMPERSONAL_MOUTHPIECES.has(noun) ? noun : null };
    }

    // A whole-phrase gazetteer alias ("Iraq's foreign ministry", "the U.S. military").
    const whole = gazetteer().byKey.get(nameKey(raw.replace(/^the\s+/iu, '')));
    const wholeHit = whole?.find((h) => !h.demonym);
    if (wholeHit && wholeHit.entry.type !== 'place' && wholeHit.entry.type !== 'person') {
      return { speaker: { name: wholeHit.entry.name, type: sourceTypeOf(wholeHit.entry.type), role: null }, head: null };
    }

    // Coordinated speakers ("Washington and Tehran both"): the first one is credited.
    const conj = /\s(?:and|&)\s/iu.exec(headText);
    if (conj && headMentions.length >= 2 && !headMentions[0]!.adjective && !headMentions[0]!.possessive && headMentions[0]!.end - np.start <= conj.index + 1) {
      return { speaker: this.speakerOf(headMentions[0]!), head: null };
    }
    // The head ends with a name: a person, a body, a capital that speaks for a country.
    const last = headMentions[headMentions.length - 1];
    const tailText = last ? raw.slice(last.end - np.start, headEnd - np.start) : '';
    if (last && !last.adjective && !last.possessive && (last.end >= headEnd - 1 || GENERIC_TAIL.test(tailText))) {
      return { speaker: withDescription(this.speakerOf(last), raw.slice(0, last.start - np.start)), head: null };
    }
    // "Mahdi's office", "Iran's foreign ministry spokesman": the owner speaks.
    if (last && last.possessive && !last.adjective && MOUTHPIECES.has(headNoun)) {
      const owner = this.speakerOf(last);
      if (owner.type === 'person' && AGENTS.has(headNoun)) return this.agentOf(owner, headNoun);
      return { speaker: { ...owner, role: owner.type === 'person' ? owner.role : headNoun }, head: null };
    }
    // "Head of Iran's Emergency Medical Services Pirhossein Kolivand": a title of a body, then the name of who holds it.
    const holder = prep && /^\s(?:of)\s$/iu.test(prep[0]) && roleWords().titles.has(headNoun) && !MOUTHPIECES.has(headNoun) ? affiliated.find((m) => (m.type === 'person' || (m.type === 'other' && /\s/u.test(m.surface))) && m.end >= np.end - 1) : undefined;
    if (holder) return { speaker: { ...this.speakerOf(holder), type: 'person', role: raw.slice(0, holder.start - np.start).trim() }, head: null };
    // "A spokesperson for Health Minister Joe Phaahla" speaks for the minister; "an aide to Boris
    // Johnson" is a person of their own, the minister's aide.
    const principal = prep && /^\s(?:for|to)\s$/iu.test(prep[0]) && MOUTHPIECES.has(headNoun) ? affiliated.find((m) => m.type === 'person' && m.end >= np.end - 1) : undefined;
    if (principal) {
      const owner = this.speakerOf(principal);
      return AGENTS.has(headNoun) ? this.agentOf(owner, headNoun) : { speaker: owner, head: null };
    }
    // Appositive inside the phrase: "Kataib Hezbollah's commander, Abu Mahdi al-Muhandis".
    const person = [...inside].reverse().find((m) => m.type === 'person' && (m.end <= headEnd || /,\s*$/u.test(raw.slice(0, m.start - np.start))));
    if (person && person.end >= np.end - 1) return { speaker: this.speakerOf(person), head: null };

    // A work and its author: "a new report by Politico", "an analysis by Lily Batchelder".
    const author = prep && /^\s*by\s/iu.test(prep[0]) ? affiliated.find((m) => m.type !== 'place' && (m.type !== 'other' || /\s/u.test(m.surface))) : undefined;
    if (author && roleWords().authoredWorks.has(headNoun)) return { speaker: this.speakerOf(author), head: null };
    // "a statement from Mr Saleh's office": the named owner of the mouthpiece the work came from.
    if (prep && /^\s*(?:from|of|by)\s/iu.test(prep[0]) && (MOUTHPIECES.has(headNoun) || roleWords().authoredWorks.has(headNoun))) {
      const rest = raw.slice(prep.index + prep[0].length);
      const owned = /^(?:the\s+)?\p{Lu}[^,;]{0,60}?['’]s\s+(\p{L}+)$/u.exec(rest);
      if (owned && MOUTHPIECES.has(owned[1]!.toLowerCase())) {
        const owner = this.resolve({ ...np, start: np.end - rest.length, text: rest }, mentions, sentence);
        if (owner && owner.speaker.type !== 'unknown') return owner;
      }
    }
    // A statement from a described body: "a statement from the Iraqi interior ministry" -> the ministry.
    if (prep && /^\s*(?:from|of|by)\s/iu.test(prep[0]) && affiliated.length === 0 && (MOUTHPIECES.has(headNoun) || roleWords().authoredWorks.has(headNoun)) && !headWords.some((w) => roleWords().titles.has(w))) {
      // Described, not named (no mention there): the description itself, never a body named earlier.
      const rest = raw.slice(prep.index + prep[0].length);
      // "a statement from his office": whoever the pronoun's mouthpiece stands for.
      if (/^(?:his|her|its|their)\s/iu.test(rest)) {
        const owner = this.resolve({ ...np, start: np.end - rest.length, text: rest }, [], sentence);
        if (owner) return owner;
      }
      const restHead = rest.split(HEAD_ENDS)[0]!;
      const body = this.description(rest, restHead.toLowerCase().split(/\s+/u).pop()!.replace(/'s?$/u, ''), restHead);
      if (body && body.speaker.type !== 'unknown') return body;
    }
    // A mouthpiece of a named body: "a spokesman for Iran's Revolutionary Guard", "a statement from OIR".
    // Not across "to": in "the U.S. ambassador to Iraq" or "the Iranian mission to the UN" that is the host.
    // Nor across "in": "a militia official in Iraq" is where the official is, not who he speaks for.
    const body = affiliated.find((m) => m.type !== 'place' && m.type !== 'person' && !/\sto\s/iu.test(raw.slice(headEnd - np.start, m.start - np.start + 1)) && !(m.type === 'country' && /^\s(?:in|at|near|on)\s/iu.test(raw.slice(headEnd - np.start, m.start - np.start + 1))));
    if (body && MOUTHPIECES.has(headNoun)) {
      const s = this.speakerOf(body);
      return { speaker: { ...s, role: headWords.filter((w) => !/^(?:a|an|the)$/u.test(w)).join(' ') }, head: null };
    }
    // "a spokesman for the group" after "Kataib Hezbollah …": the body the description refers back to.
    const described = prep && /^\s(?:for|of)\s$/iu.test(prep[0]) && MOUTHPIECES.has(headNoun) ? /^the\s+(\p{L}+)$/iu.exec(raw.slice(headEnd - np.start + prep[0].length).trim()) : null;
    if (described) {
      const back = this.referBack(described[1]!.toLowerCase(), described[0].toLowerCase(), sentence, np.start);
      if (back && back.type !== 'person') return { speaker: { ...back, role: headWords.filter((w) => !/^(?:a|an|the)$/u.test(w)).join(' ') }, head: null };
    }

    // Demonym as a noun: "the Iranians", "Americans".
    const demonym = headMentions.find((m) => m.via === 'demonym' && !m.adjective && m.end >= headEnd - 1);
    if (demonym) return { speaker: { name: demonym.name, type: 'country', role: null }, head: null };

    // "a Hashd statement", "a Pentagon statement", "an Iraqi statement": the named body's words
    // (the work's noun right after the name, nothing between them).
    const owner = headMentions[headMentions.length - 1];
    const ownerToHead = owner ? raw.slice(owner.end - np.start, headEnd - np.start).trim() : '';
    if (owner && WORKS.has(headNoun) && owner.type !== 'place' && owner.type !== 'person' && !/\s/u.test(ownerToHead)) {
      return { speaker: { ...this.speakerOf(owner), role: null }, head: null };
    }
    // "A ministry spokesperson said" after "The Ministry of Health said …": that ministry, through
    // its spokesperson (a described body only: "a police spokesman" with no police named stays as written).
    const mouth = MOUTHPIECES.has(headNoun) && !prep ? /^(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,2}?)(ministry|army|military|police|agency|government|embassy|department|company|council|authority|authorities|militia|group)\s+\S+$/u.exec(raw) : null;
    if (mouth) {
      const back = this.referBack(mouth[2]!, `the ${mouth[1]!}${mouth[2]!}`, sentence, np.start);
      // (The body must bear the noun: "a state government spokesperson" is no forest official quoted before.)
      if (back && BODY_TYPES.has(back.type) && (back.name.toLowerCase().includes(mouth[2]!.replace(/ies$/u, 'y')) || (/^(?:militia|group)$/u.test(mouth[2]!) && back.type === 'organization'))) return { speaker: back, head: null };
    }
    // Definite descriptions refer back: "the officials", "the paper", "the group", "the statement".
    if (/^the\s/iu.test(raw) || /^(?:a|the)\s+statement$/iu.test(raw)) {
      const back = this.referBack(headNoun, lower, sentence, np.start);
      if (back) return { speaker: back, head: headNoun };
    }
    return this.description(raw, headNoun, headText);
  }

  private referBack(head: string, lower: string, sentence: number, at: number): Speaker | null {
    if (head === 'statement' || head === 'statements') return this.lastSpeaker(sentence, 3);
    // "Press TV reports that … Citing an informed source, the report said …": the report of whoever just spoke.
    if (head === 'report' && lower === 'the report') return this.lastSpeaker(sentence, 2);
    // "the defense secretary", "the prime minister": the person named before with that title.
    // ("the SP" is the superintendent of police named before.)
    const title = lower.replace(/^the\s+/u, '');
    // ("the premier" is a person titled premier, else the prime minister named before.)
    const expanded = roleWords().titleAbbreviations.get(title);
    const titled = this.personTitled(title, at) ?? (expanded === undefined ? null : this.personTitled(expanded, at));
    if (titled) return titled;
    if (GROUP_WORDS.has(lower)) return this.lastBody(at, new Set<SourceType>(['organization']));
    // "The agency" is a news agency or a government agency, never a newspaper ("the agency said" after the CBO and The New York Times).
    if (head === 'agency') {
      // "the disaster agency", "the state health agency": a public body, the one whose name has the word if any.
      if (publicAgency(lower)) {
        const described = lower.replace(/^the\s+/u, '').split(/\s+/u).slice(0, -1).filter((w) => !AGENCY_OWNERS.has(w));
        return this.bodyNamed(at, described, PUBLIC_BODIES) ?? this.lastBody(at, PUBLIC_BODIES);
      }
      const news = this.lastBody(at, new Set<SourceType>(['news_agency']));
      // "the state news agency" is never a ministry named before it.
      return news ?? (/\b(?:news|press|wire)\b/u.test(lower) ? null : this.lastBody(at, PUBLIC_BODIES));
    }
    if (MEDIA_HEADS.has(head)) return this.lastBody(at, new Set<SourceType>(['outlet', 'news_agency']));
    // "The U.S. official" is the "U.S. official familiar with the decision" quoted before; "the official" is not "officials".
    const modifiers = lower
      .replace(/^the\s+/u, '')
      .split(/\s+/u)
      .slice(0, -1)
      .filter((w) => w.length > 0);
    for (let k = this.said.length - 1; k >= 0; k--) {
      const s = this.said[k]!;
      if (sentence - s.sentence > 8) break;
      const known = s.speaker.name.toLowerCase().split(/\s+/u);
      // ("Iran's foreign ministry denied …" spoke by its name, not by a head noun: "the ministry" is it too.)
      if (s.head !== head && !(s.head === null && BODY_TYPES.has(s.speaker.type) && known.includes(head))) continue;
      if (modifiers.every((w) => known.includes(w))) return s.speaker;
    }
    // "Ukraine International Airlines said … The airline said": the body named before with that noun in its name.
    const named = this.bodyNamedWith(head, lower.replace(/^the\s+/u, '').split(/\s+/u), at);
    if (named) return named;
    if (/^(?:ministry|government|military|army|administration|department|embassy|council)$/u.test(head)) {
      const body = this.lastBody(at, new Set<SourceType>(['government']));
      // "The ministry" is a ministry named before, not any government body ("the council" is not the ministry).
      // ("The state government" after "police said" is no police force, nor after "aboard Air Force One" an air force.)
      if (body && ((/^(?:government|administration)$/u.test(head) && !/\b(?:police|army|military|forces?|navy|court|guard)\b/iu.test(body.name)) || body.name.toLowerCase().includes(head) || (head === 'army' && /military/iu.test(body.name)) || (head === 'military' && /army|forces/iu.test(body.name)))) return body;
    }
    return null;
  }

  /**
   * The last body named before `at` with every word of the description in its name, singular or
   * plural ("the airline": "… Airlines"; "the appeals court": "Court of Appeals"; never "the Trump
   * campaign": "Clinton campaign").
   */
  private bodyNamedWith(head: string, words: readonly string[], at: number): Speaker | null {
    if (head.length < 4) return null;
    const forms = (w: string): string[] => [w, `${w}s`, w.replace(/s$/u, '')];
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      if (b.at >= at || b.type === 'country') continue;
      const name = new Set(b.name.toLowerCase().split(/\s+/u));
      if (words.every((w) => forms(w).some((f) => name.has(f)))) return { name: b.name, type: b.type, role: null };
    }
    return null;
  }

  /** The last person named before `at` whose role ends with this title ("defense secretary" in "US defense secretary"). */
  private personTitled(title: string, at: number): Speaker | null {
    const words = roleWords();
    const key = nameKey(title);
    const parts = key.split(' ');
    // A title at the end, one word or more ("defense secretary", "prime minister"), after
    // modifiers or other titles only; "the state" is no person.
    if (!endsWithTitle(parts, words)) return null;
    for (let k = this.persons.length - 1; k >= 0; k--) {
      const p = this.persons[k]!;
      if (p.at >= at) continue;
      const role = p.role ?? this.registry.roleOf(p.name);
      const roleKey = role === null ? '' : nameKey(role);
      // "the Leader" is the "supreme leader of Iran": a role is read by its head too, before an of-phrase.
      const roleHead = roleKey.replace(/ (?:of|for) .*$/u, '');
      if (roleKey === key || roleKey.endsWith(` ${key}`) || roleHead === key || roleHead.endsWith(` ${key}`)) return { name: p.name, type: 'person', role };
      // "Gov. Andrew Cuomo … the governor": the honorific is no role kept, but names the office.
      if (p.titles.includes(key)) return { name: p.name, type: 'person', role: role ?? title };
    }
    return null;
  }

  private description(raw: string, head: string, headText: string): { speaker: Speaker; head: string | null } | null {
    const words = roleWords();
    // "Others chanted …", "Some said …": unnamed people, never a person called "Others".
    if (/^(?:others|some|many|most|several|both|all|few|one|another)$/iu.test(raw.trim())) return { speaker: { name: raw.trim().toLowerCase(), type: 'group', role: null }, head: null };
    const name = raw
      // "many of his supporters" keeps its quantifier: "of his supporters" would name nobody.
      .replace(/^(?:a|an|the|one|two|three|four|five|several|some|many|other|another|his|her|its|their)\s+(?!of\s)/iu, '')
      // "the two countries": a count after the determiner goes too.
      .replace(/^(?:two|three|four|five|several|some|many|other)\s+(?!of\s)(?=\p{L})/iu, '')
      // "Several thousand mourners", "a few hundred protesters": the count is no part of who they are.
      .replace(/^(?:few\s+)?(?:dozen|hundred|thousand)\s+(?!of\s)/iu, '')
      .replace(/[’]/gu, "'")
      .replace(/\s+/gu, ' ')
      .trim();
    if (name === '' || !/\p{L}/u.test(name)) return null;
    // A phrase made only of capitalised words the rules could not type: a person's name.
    // ("Polls", "Documents" opening a sentence are works, not a person's name.)
    const common = words.officials.has(head) || words.witnesses.has(head) || words.groups.has(head) || MEDIA_HEADS.has(head) || GOVERNMENT_HEADS.has(head) || words.authoredWorks.has(head);
    // Before an affiliation ("Cameron Easley for Morning Consult"), the capitalised head alone.
    const capitalised = /^(?:\p{Lu}[\p{L}'.-]*)(?:\s+(?:\p{Lu}[\p{L}'.-]*|al|bin|de|van|von|da|di|el|la|le))*$/u;
    const headName = headText.replace(/^(?:a|an|the)\s+/iu, '').replace(/[’]/gu, "'").trim();
    const headLast = headName.toLowerCase().split(/\s+/u).pop() ?? '';
    if (!capitalised.test(name) && headName !== name && /\s/u.test(headName) && capitalised.test(headName) && !common && !plausibleSpeakerHead(headLast)) {
      return this.description(headName, head, headName);
    }
    // "Syrian Observatory for Human Rights", "Roper Center for Public Opinion Research": a body's
    // name, also after adjectives ("the nonpartisan Commission on Presidential Debates").
    const bodyName = /^(?:[\p{Ll}-]+\s+){1,3}(\p{Lu}.*)$/u.exec(name)?.[1] ?? name;
    if (!capitalised.test(bodyName) && isBodyName(bodyName) && plausibleSpeakerHead(headOfBody(bodyName))) {
      const known = this.registry.typeOf(bodyName);
      return { speaker: { name: bodyName, type: known && known !== 'other' && known !== 'place' ? sourceTypeOf(known) : 'organization', role: null }, head: null };
    }
    // "state rail operator SNCF", "chipmaker Nvidia": what a body is, then its name.
    const described = DESCRIBED_BODY.exec(name);
    const describedType = described ? words.orgDescriptors.get(described[1]!.toLowerCase()) : undefined;
    if (described && describedType) return { speaker: { name: described[2]!, type: this.bodyTypeOf(described[2]!, describedType), role: null }, head: null };
    // "Rescue 1122", "Channel 4": a capitalised name with a number is a service's or a station's, never a person's.
    if (NUMBERED_NAME.test(name)) return { speaker: { name, type: this.bodyTypeOf(name, 'organization'), role: null }, head: null };
    if (capitalised.test(name) && !common) {
      const full = this.registry.typeOf(name);
      // "SNCF", "ASDMA": an acronym is a body's, never a person's name.
      const type: SourceType = full && full !== 'other' && full !== 'place' ? sourceTypeOf(full) : /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(name) ? 'organization' : 'person';
      if (type === 'person') this.registry.retype(name, 'person');
      return { speaker: { name, type, role: this.registry.roleOf(name) }, head: null };
    }
    // "Economic lifeline to the outside world", "instance", "the streets": not who says anything.
    if (!common && !plausibleSpeakerHead(head) && !plausibleSpeakerHead(speakerHead(raw, headText))) return null;
    let type: SourceType = 'unknown';
    if (words.witnesses.has(head)) type = 'witness';
    else if (words.groups.has(head)) type = 'group';
    else if (head === 'agency' && publicAgency(name)) type = 'government';
    else if (MEDIA_HEADS.has(head)) type = 'outlet';
    else if (GOVERNMENT_HEADS.has(head)) type = 'government';
    return { speaker: { name, type, role: null }, head };
  }

  /** The type the article gave a body's name, else `fallback` (a place, a person or an untyped name is no body's type). */
  private bodyTypeOf(name: string, fallback: SourceType): SourceType {
    const known = this.registry.typeOf(name);
    return known && known !== 'other' && known !== 'place' && known !== 'person' ? sourceTypeOf(known) : fallback;
  }

  /** "his lawyer" -> "Bryan Pagliano's lawyer": a described speaker of their own, tied to the person by name. */
  private agentOf(owner: Speaker, noun: string): { speaker: Speaker; head: string | null } {
    return { speaker: { name: `${owner.name}'s ${noun}`, type: 'person', role: noun }, head: noun };
  }

  private speakerOf(m: Mention): Speaker {
    if (m.actsAs) {
      const country = gazetteer().byName.get(m.actsAs);
      return { name: m.actsAs, type: country ? sourceTypeOf(country.type) : 'country', role: null };
    }
    const type = this.registry.typeOf(m.name) ?? m.type;
    return { name: m.name, type: sourceTypeOf(type), role: m.type === 'person' ? (m.role ?? this.registry.roleOf(m.name)) : null };
  }
}

/** Whether `parts` are a title (of one word or more: "prime minister") after modifiers or titles. */
function endsWithTitle(parts: readonly string[], words: ReturnType<typeof roleWords>): boolean {
  for (let n = Math.min(words.maxTitleWords, parts.length); n >= 1; n--) {
    if (!words.titles.has(parts.slice(-n).join(' '))) continue;
    const rest = parts.slice(0, -n);
    if (rest.length === 0 || endsWithTitle(rest, words) || rest.every((w) => words.roleModifiers.has(w))) return true;
  }
  return false;
}

/** A person can be "he" or "she" unless their name or role says otherwise. */
function fits(name: string, role: string | null, gender: Gender | null): boolean {
  if (gender === null) return true;
  const known = genderOf(name, role);
  return known === null || known === gender;
}

/** Words after a head noun that open a reduced relative clause ("a source familiar with", "a database tracking"). */
const REDUCED_RELATIVE = /^(?:familiar|briefed|involved|close|speaking|knowledgeable|authori[sz]ed|based|stationed|\p{L}{3,}ing)$/u;

/**
 * The noun a described speaker is: the last word before an of/for/with phrase or a
 * reduced relative ("source familiar with the matter" -> source), and past a quantifier
 * ("one of the family's attorneys" -> attorneys, "a chorus of Republicans" -> republicans).
 */
function speakerHead(raw: string, headText: string): string {
  const words = headText.toLowerCase().replace(/[’]/gu, "'").split(/\s+/u).filter((w) => w !== '');
  let end = words.length;
  for (let k = 1; k < words.length; k++) {
    if (REDUCED_RELATIVE.test(words[k]!)) {
      end = k;
      break;
    }
  }
  const head = (words[end - 1] ?? '').replace(/'s?$/u, '');
  if (roleWords().quantifierHeads.has(head) && headText.length < raw.length) {
    const rest = raw.slice(headText.length).toLowerCase().replace(/[’]/gu, "'").replace(/^\s*\S+\s+/u, '');
    return speakerHead(rest, rest.split(HEAD_ENDS)[0]!);
  }
  return head;
}

/** The head of a body's name: the last word before its first of/for/on ("Commission on Presidential Debates" -> commission). */
function headOfBody(name: string): string {
  return (name.split(/\s(?:of|for|and|the|on|de)\s/u)[0] ?? name).toLowerCase().split(/\s+/u).pop() ?? '';
}

/** A description's head noun that can speak: a role, a group, a body, a work, a person noun. */
function plausibleSpeakerHead(head: string): boolean {
  const words = roleWords();
  const forms = head.endsWith('s') ? [head, head.slice(0, -1)] : [head];
  for (const h of forms) {
    if (words.officials.has(h) || words.witnesses.has(h) || words.groups.has(h) || words.titles.has(h) || words.orgHeads.has(h)) return true;
    if (words.speakerNouns.has(h) || words.authoredWorks.has(h) || MEDIA_HEADS.has(h) || GOVERNMENT_HEADS.has(h) || MOUTHPIECES.has(h)) return true;
  }
  return /^\p{L}{3,}$/u.test(head) && PERSON_SUFFIX.test(head);
}

/**
 * A named person with the description written before the name kept as the role when the
 * rules found none ("9/11 widow Terry Strada" -> Terry Strada, role "9/11 widow").
 */
function withDescription(speaker: Speaker, before: string): Speaker {
  if (speaker.type !== 'person' || speaker.role !== null) return speaker;
  const role = before
    .replace(/^(?:a|an|the)\s+/iu, '')
    .replace(/[\s,]+$/u, '')
    .replace(/[’]/gu, "'")
    .trim();
  if (role === '' || !/^[\p{Ll}\p{N}][\p{L}\p{N}/' -]*$/u.test(role) || role.split(/\s+/u).length > 6) return speaker;
  return { ...speaker, role };
}

/** An office honorific right before a name ("Gov. ", "Senator ", "Grand Ayatollah "): the descriptions it lets stand for the name. */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])((?:grand\s+)?\p{L}+)\.?\s+$/u;

function officeTitles(before: string): readonly string[] {
  const m = HONORIFIC_BEFORE.exec(before);
  return m ? (roleWords().officeHonorifics.get(nameKey(m[1]!)) ?? []) : [];
}
