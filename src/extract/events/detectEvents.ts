import { isCountryName, placeWithin } from '../entities/gazetteer';
import { matchWords, tokenize, type Token } from '../quantities/tokenize';
import { addDays, parseDay, toIso } from './calendar';
import { quoteSpans } from '../segment/quoteSpans';
import { resolveDates, type DateMention } from './resolveDates';
import { AIRCRAFT_NAMES, EVENT_LABELS, MARCH_VERBS, SPORT_SENSE_TRIGGERS, SPORT_WORDS, SUBORDINATORS, TARGET_LABELS, TARGETABLE, TRIGGER_BLOCKERS, TRIGGER_COMPANIONS, TRIGGER_RULES, type TriggerRule } from './eventVocabulary';
import { ownValue } from '../../domain';
import { TOLL_RISE_VERBS, tollRisesAt } from '../quantities/tollRises';
import { zonePhraseEnd } from './zonedClock';

// Maps, not property look-ups: token words are fresh strings (see extractQuantities).
const TARGET_LABELS_MAP = new Map(Object.entries(TARGET_LABELS));

export interface EventMention {
  label: string;
  /** The trigger words as written ("strikes", "Sunday's strikes" has trigger "strikes"). */
  trigger: string;
  /** Offsets of the trigger in the sentence. */
  start: number;
  end: number;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
}

/** What assignEvents needs beyond the public mention. */
export interface DetailedEventMention extends EventMention {
  /** Token index of the trigger's first word. */
  tokenIndex: number;
  /** How likely the trigger heads the sentence's main clause; below zero it sits in a subordinate phrase. */
  salience: number;
  /** Offset where the phrase that subordinates the trigger begins ("after ..."), null when none. */
  subordinateFrom: number | null;
  /** The trigger sits in a relative clause set off by a comma ("the embassy, which was besieged …,"): told in passing. */
  aside: boolean;
  /** The trigger's label is generic ("attack", "protest") and may join a more specific event. */
  generic: boolean;
  /** The trigger is a verb ("attacked", "stormed"): the sentence reports the happening itself. */
  verb: boolean;
  /** The date is the day of a saying ("said on Monday that the strikes …"): the happening may be a day or two older. */
  sayingDate: boolean;
  /** "another barrage of rockets", "a second attack": a happening apart from any named before. */
  fresh: boolean;
  /** "on top of the 750 who deployed earlier this week": a happening apart from the sentence's other one of its kind. */
  besides: boolean;
  /** The date is counted inside a quotation ("“last night's attack”"): from the day of the words, which may be long past. */
  quotedDate: boolean;
}

const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Tokens that end a clause for date attachment. */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '“', '”', '"']);
const MAX_DATE_DISTANCE = 16;
/** How far a date may stand after its trigger past a run of places (see placesOnlyBetween). */
const MAX_PLACED_DATE_DISTANCE = 28;

function precedes(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return matchWords(tokens, at - words.length, words);
}

/** Rules by their first word, longest first (TRIGGER_RULES is sorted so). */
const RULES_BY_FIRST = new Map<string, TriggerRule[]>();
for (const rule of TRIGGER_RULES) {
  const list = RULES_BY_FIRST.get(rule.words[0]) ?? [];
  list.push(rule);
  RULES_BY_FIRST.set(rule.words[0], list);
}
/** The one-word rules by their word, for a possessive ("the attack's aftermath"), built once instead of filtered per token. */
const ONE_WORD_RULES = new Map<string, TriggerRule[]>();
for (const [word, rules] of RULES_BY_FIRST) {
  const single = rules.filter((r) => r.words.length === 1);
  if (single.length > 0) ONE_WORD_RULES.set(word, single);
}
const NO_RULES: readonly TriggerRule[] = [];
/** Subordinators by their last word, to test only the few that can end at a token. */
const SUBORDINATORS_BY_LAST = new Map<string, Array<readonly string[]>>();
for (const cue of SUBORDINATORS) {
  const last = cue[cue.length - 1];
  const list = SUBORDINATORS_BY_LAST.get(last) ?? [];
  list.push(cue);
  SUBORDINATORS_BY_LAST.set(last, list);
}

/**
 * "the Park Fire", "the Camp Fire's toll": a wildfire is named by a capitalised word and
 * "Fire" (the plain word is no trigger: guns and critics open fire too). Not a fire service
 * ("Cal Fire", "the Fire Department", "Fire Chief Ann Lee").
 */
function namedFire(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== 'Fire' && t.text !== "Fire's" && t.text !== 'Fire’s') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text) || FIRE_SERVICES.has(prev.lower)) return false;
  return !(next && next.kind === 'word' && /^\p{Lu}/u.test(next.text));
}
/**
 * "the fire was first reported Saturday", "the blaze": in an article about a wildfire, the fire
 * it points back to (not "the fire department", nor "opened fire", which has no "the").
 */
function fireAnaphor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'fire' && t.lower !== 'blaze' && t.lower !== "fire's" && t.lower !== "blaze's") return false;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1];
  return (prev === 'the' || prev === 'this') && !(next && next.kind === 'word' && FIRE_COMPOUNDS.has(next.lower));
}
const FIRE_COMPOUNDS = new Set(['department', 'departments', 'service', 'services', 'brigade', 'brigades', 'chief', 'chiefs', 'station', 'crew', 'crews', 'engine', 'engines', 'fighters', 'truck', 'trucks', 'alarm', 'alarms', 'door', 'exit', 'hydrant', 'safety', 'marshal', 'authority', 'rescue', 'escape', 'extinguisher']);
/**
 * "strike(s)" of workers, not of aircraft: "a 72-hour strike", "a strike by junior doctors",
 * "nurses' strike", "went on strike", "strike ballot". (TRIGGER_BLOCKERS keep "hunger strike"
 * and other strikes that are no happening of this kind from being air strikes.)
 */
function labourStrike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'strike' && t.lower !== 'strikes') return false;
  // "nurses' strike": the apostrophe is a token of its own.
  const apostrophe = tokens[i - 1]?.lower === "'";
  const prev = tokens[apostrophe ? i - 2 : i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined) {
    if (LABOUR_BEFORE.has(prev.lower) || /^\d+-(?:hour|day|week)$|-(?:hour|day|week|long)$/u.test(prev.lower)) return true;
    // "went on strike", "are on strike", "staged a strike" ("called the strike justified" and "launched a strike" are not).
    if (!apostrophe && prev.lower === 'on' && tokens[i - 2] !== undefined && ON_STRIKE_VERBS.has(tokens[i - 2]!.lower)) return true;
    if (!apostrophe && (prev.lower === 'a' || prev.lower === 'the') && tokens[i - 2] !== undefined && STRIKE_CALLS.has(tokens[i - 2]!.lower)) return true;
  }
  if (next !== undefined) {
    if (LABOUR_AFTER.has(next.lower)) return true;
    if (next.lower === 'by' || next.lower === 'of') {
      // "a strike by junior doctors", "a strike of dock workers".
      for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) if (STRIKERS.has(tokens[k]!.lower)) return true;
    }
  }
  return false;
}
/**
 * "storm" is an attack's verb ("protesters storm the parliament") and weather's noun: the noun
 * after a determiner or a weather word ("the storm made landfall", "a powerful storm"), or
 * before what weather does ("as storm hits Bangladesh").
 */
function stormNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'storm' && t.lower !== 'storms' && t.lower !== "storm's") return false;
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  // ("a storm of criticism", "the storm over his remarks" are no weather.)
  if (next === 'of' || next === 'over') return false;
  return STORM_BEFORE.has(prev) || STORM_DOES.has(next);
}
const STORM_BEFORE = new Set(['the', 'a', 'this', 'that', 'deadly', 'powerful', 'severe', 'massive', 'major', 'huge', 'violent', 'tropical', 'winter', 'snow', 'ice', 'dust', 'rain', 'wind', 'fierce', 'strong', 'latest', 'as', 'of', 'moving', 'slow-moving', 'fast-moving']);
const STORM_DOES = new Set([
  'hits', 'hit', 'made', 'makes', 'slammed', 'slams', 'lashed', 'lashes', 'swept', 'sweeps', 'battered', 'batters', 'brought', 'brings', 'caused', 'left', 'landfall', 'weakened', 'approached', 'approaches', 'surge', 'damage', 'toll',
  'dumped', 'dumps', 'dropped', 'drops', 'blanketed', 'blankets', 'buried', 'buries', 'pounded', 'pounds', 'knocked', 'knocks', 'stalled', 'system', 'warning', 'warnings',
]);

const STRIKERS = new Set(['workers', 'doctors', 'nurses', 'teachers', 'staff', 'employees', 'drivers', 'miners', 'dockers', 'dockworkers', 'unions', 'union', 'lecturers', 'journalists', 'farmers', 'truckers']);
const LABOUR_BEFORE = new Set([
  'workers', 'doctors', 'nurses', 'teachers', 'miners', 'union', 'pay', 'wildcat', 'indefinite', 'nationwide',
  'national', 'postal', 'transport', 'railway', 'dock', 'sympathy', 'staff', 'public-sector', 'general', 'rail', 'bus', 'tube',
  'metro', 'labour', 'labor', 'one-day', 'two-day', 'rolling', 'warning',
]);
const LABOUR_AFTER = new Set(['action', 'ballot', 'ballots', 'committee', 'fund', 'organisers', 'organizers', 'notice']);
const ON_STRIKE_VERBS = new Set(['went', 'go', 'goes', 'going', 'gone', 'are', 'is', 'were', 'was', 'been', 'be', 'remain', 'remained', 'remains', 'stayed', 'stay']);
const STRIKE_CALLS = new Set(['staged', 'stage', 'stages', 'staging']);

const FIRE_SERVICES = new Set(['cal', 'calfire', 'state', 'county', 'city', 'rural', 'volunteer', 'the', 'and', 'a']);

/** Missiles of a power that strikes from the air (U.S., American, Israeli, coalition) or of a drone, named just before them. */
function airForceMissiles(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k]!.lower;
    // ("told us missiles were coming": the pronoun is no power.)
    if ((AIR_POWERS.has(w) && (w !== 'us' || tokens[k]!.text === 'US')) || w === 'drone' || w === 'drones') return true;
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '.' && tokens[k]!.text !== '-') return false;
    // "US troops targeted with ballistic missiles": the power before a passive is the target.
    if ((w === 'with' || w === 'by') && k > 0 && PASSIVE_HIT.test(tokens[k - 1]!.lower)) return false;
  }
  return false;
}
const PASSIVE_HIT = /^(?:targeted|targetted|attacked|hit|struck|bombarded|pounded|shelled|pelted|fired)$/u;
// (Not "cruise": Iran and the Houthis fire cruise missiles too.)
const AIR_POWERS = new Set(['u.s', 'u.s.', 'us', 'american', 'israeli', 'coalition', 'nato', 'hellfire', 'tomahawk']);

/** Find the trigger words in a sentence, longest first, never overlapping. */
function findTriggers(tokens: readonly Token[], wildfireArticle = false): Array<{ first: number; last: number; label: string; verb: boolean }> {
  const out: Array<{ first: number; last: number; label: string; verb: boolean }> = [];
  let sporting: boolean | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (namedFire(tokens, i) || (wildfireArticle && fireAnaphor(tokens, i))) {
      out.push({ first: i, last: i, label: 'wildfire', verb: false });
      continue;
    }
    if (labourStrike(tokens, i)) {
      out.push({ first: i, last: i, label: 'labour strike', verb: false });
      continue;
    }
    if (stormNoun(tokens, i)) {
      out.push({ first: i, last: i, label: 'storm', verb: false });
      continue;
    }
    const candidates = RULES_BY_FIRST.get(t.lower) ?? (t.lower.endsWith("'s") ? ONE_WORD_RULES.get(t.lower.slice(0, -2)) : undefined) ?? NO_RULES;
    for (const rule of candidates) {
      // ("warplanes had targeted": a pluperfect's auxiliary between a verb trigger's subject and verb.
      // The present perfect's "has" stays out: "a jet has crashed" is read by its "has" before the verb.)
      const aux = rule.words.length > 1 && !matchWords(tokens, i, rule.words) ? (auxiliaryBetween(tokens, i, rule) ? 1 : -1) : 0;
      if (aux < 0) continue;
      const last = i + rule.words.length - 1 + aux;
      const head = tokens[last].lower;
      const prev = tokens[i - 1];
      const blockers = TRIGGER_BLOCKERS[rule.words[0]];
      if (blockers && prev && blockers.includes(prev.lower)) continue;
      // "file a formal protest", "lodged a protest with Phnom Penh": a government's complaint, not a street protest.
      if (rule.label === 'protest' && diplomaticProtest(tokens, i)) continue;
      // "said at a rally in Kisumu": where a speaker spoke, not a protest.
      if (rule.label === 'protest' && speakingVenue(tokens, i)) continue;
      if (rule.words.length === 1 && SPORT_SENSE_TRIGGERS.has(rule.words[0]) && (sporting ??= isSporting(tokens))) continue;
      const companions = TRIGGER_COMPANIONS[rule.words[0]];
      if (companions) {
        const window = tokens.slice(Math.max(0, i - companions.before), companions.after > 0 ? last + 1 + companions.after : i);
        if (!window.some((w) => companions.words.includes(w.lower))) continue;
      }
      // "Tens of thousands of mourners marched through Baghdad": a funeral procession, not a protest march.
      if (MARCH_VERBS.includes(head) && tokens.slice(Math.max(0, i - 10), i).some((w) => MOURNING.has(w.lower))) continue;
      // "the missile operator", "Iran's missile programme": a noun the word only qualifies, no strike.
      if (rule.label === 'missile strike' && MISSILE_QUALIFIED.has(tokens[last + 1]?.lower ?? '')) continue;
      // "a one-way attack drone", "Apache attack helicopters": a weapon's kind, no attack of its own.
      if ((head === 'attack' || head === 'assault') && ATTACK_QUALIFIED.has(tokens[last + 1]?.lower ?? '')) continue;
      // "concrete blast walls", "blast doors": a wall built against blasts is no explosion.
      if ((head === 'blast' || head === 'blasts') && BLAST_QUALIFIED.has(tokens[last + 1]?.lower ?? '')) continue;
      // "had mistaken the plane for a cruise missile": what it was taken for is no happening.
      if (rule.label === 'missile strike' && tokens.slice(Math.max(0, i - 7), i).some((w) => MISTAKING.has(w.lower))) continue;
      // "the car crashed into a wall": a road vehicle just before "crashed" is no aircraft.
      if (head === 'crashed' && tokens.slice(Math.max(0, i - 6), i).some((w) => ROAD_VEHICLES.has(w.lower))) continue;
      // "Judge strikes down water rate hike": a court's ruling, no strike ("strike down" never names one).
      if ((head === 'strike' || head === 'strikes' || head === 'struck') && tokens[last + 1]?.lower === 'down') continue;
      // "Death to America" is a chant, not a death.
      if (head === 'death' && tokens[last + 1]?.lower === 'to') continue;
      // "buried in landslides", "buried under the rubble": no burial of the dead.
      if (head === 'buried' && BURIED_UNDER.test(tokens.slice(last + 1, last + 4).map((w) => w.lower).join(' '))) continue;
      // "the line the AP buried": a burial is passive ("was buried in Najaf") or has the dead as its object ("buried their dead").
      if (head === 'buried' && !BURIAL_BEFORE.has(prev?.lower ?? '') && !BURIAL_OBJECT.has(tokens[last + 1]?.lower ?? '')) continue;
      // "F-15 Strike Eagles": a capitalised trigger inside a name.
      const next = tokens[last + 1];
      const capital = t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
      // (A storm is named that way: "as Hurricane Milton approached".)
      if (capital && i > 0 && next && next.kind === 'word' && next.text.charCodeAt(0) >= 65 && next.text.charCodeAt(0) <= 90 && rule.label !== 'storm') continue;
      if (conditional(tokens, i)) continue;
      // "Rockets struck two sites": a projectile that struck is its own attack, no air strike.
      if (rule.label === 'air strikes' && rule.words.length === 1 && head === 'struck' && tokens.slice(Math.max(0, i - 6), i).some((w) => PROJECTILES.has(w.lower))) continue;
      // "a missile hit the plane": a missile that brings down an aircraft is the crash.
      // "U.S. missiles hit their convoy", "a drone fired two missiles": an air force's or a drone's
      // missiles are an air strike, as the reports of it call it ("the strike", "a drone strike").
      const label = rule.label === 'missile strike' && aircraftHitAfter(tokens, last) ? 'plane crash' : rule.label === 'missile strike' && airForceMissiles(tokens, i) ? 'air strikes' : rule.label;
      out.push({ first: i, last, label: label === 'plane crash' && DOWNING_HEADS.has(head) && droneDowned(tokens, i, last) ? 'drone downing' : label, verb: rule.verb });
      i = last;
      break;
    }
  }
  return out;
}

/** A two-word verb trigger with "had" between its words: "warplanes had targeted". */
function auxiliaryBetween(tokens: readonly Token[], i: number, rule: TriggerRule): boolean {
  return rule.verb && rule.words.length === 2 && tokens[i + 1]?.lower === 'had' && tokens[i + 2]?.lower === rule.words[1];
}

/** The token before a date at token `dFirst`, past an "on": the verb of "said on Friday", "rose to 25 on Monday". */
function beforeDate(tokens: readonly Token[], dFirst: number): number {
  return tokens[dFirst - 1]?.lower === 'on' ? dFirst - 2 : dFirst - 1;
}

/** A reporting verb right before a date ("acknowledged on Saturday", "said Friday"). */
function sayingBefore(tokens: readonly Token[], dFirst: number): boolean {
  const k = beforeDate(tokens, dFirst);
  return k >= 0 && REPORTING_BEFORE_DATE.has(tokens[k]!.lower);
}
const REPORTING_BEFORE_DATE = new Set(['said', 'says', 'acknowledged', 'admitted', 'announced', 'confirmed', 'conceded', 'reported', 'told', 'claimed', 'revealed', 'disclosed', 'denied', 'insisted']);

/** Triggers that name a thing fired: "a third missile fell" is one more of a barrage, not a new happening. */
const MUNITIONS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'bomb', 'bombs', 'shell', 'shells', 'mortar', 'mortars']);
/** What may strike a site of its own: the munitions, and rockets and grenades by their names. */
const PROJECTILES = new Set([...MUNITIONS, 'katyusha', 'katyushas', 'grenade', 'grenades']);

const BURIAL_BEFORE = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'get', 'got', 'later', 'then', 'and', 'quickly', 'hastily', 'reportedly', 'subsequently']);
const BURIAL_OBJECT = new Set(['the', 'their', 'his', 'her', 'him', 'them', 'its', 'our', 'dozens', 'hundreds', 'victims', 'bodies', 'dead', 'relatives', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'in', 'at', 'alongside', 'beside', 'next']);

const BURIED_UNDER = /^(?:alive\s+)?(?:in|under|beneath|by)\s+(?:the\s+|a\s+)?(?:landslides?|mudslides?|rubble|debris|mud|snow|avalanches?|sand|earth|collapsed|ruins)\b/u;

const AIRCRAFT_WORDS: ReadonlySet<string> = new Set(AIRCRAFT_NAMES);
/** The words of bringing an aircraft down: "shot down", "brought down", "downed", "downing". */
const DOWNING_HEADS = new Set(['down', 'downed', 'downing']);
const DRONES = new Set(['drone', 'drones', 'uav', 'uavs']);

/** A drone, and no other aircraft, named around a downing ("shot down a US drone", "two drones were downed"). */
function droneDowned(tokens: readonly Token[], first: number, last: number): boolean {
  const around = tokens.slice(Math.max(0, first - 8), last + 6);
  return around.some((t) => DRONES.has(t.lower)) && !around.some((t) => AIRCRAFT_WORDS.has(t.lower));
}
const HIT_WORDS = new Set(['hit', 'struck', 'downed', 'brought', 'shot', 'targeted']);

/** "(the horrific) crash of the Ukrainian plane", "the downing of the airliner" after "caused". */
const CAUSED_CRASH = /^(?:the |a )?(?:\S+ )?(?:crash|downing) of (?:the |a |an )?(?:\S+ ){0,2}(?:plane|jet|jetliner|airliner|aircraft|airplane|flight|helicopter)\b/u;
/** A hit verb then an aircraft within the next few words ("missile hit the plane", "missiles struck the Ukrainian airliner"). */
function aircraftHitAfter(tokens: readonly Token[], last: number): boolean {
  let hit = false;
  for (let k = last + 1; k <= last + 7 && k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (tokens[k].kind === 'punct' && w !== '-') return false;
    // "missiles fired due to human error caused the horrific crash of the Ukrainian plane".
    if (w === 'caused' && CAUSED_CRASH.test(tokens.slice(k + 1, k + 9).map((t) => t.lower).join(' '))) return true;
    // "two missiles had been fired at the jet".
    if (HIT_WORDS.has(w) || (w === 'at' && (tokens[k - 1]?.lower === 'fired' || tokens[k - 1]?.lower === 'launched'))) hit = true;
    else if (hit && AIRCRAFT_WORDS.has(w)) return true;
  }
  return false;
}

const CONDITIONALS = new Set(['if', 'unless']);
const RULING_OUT = new Set(['ruled', 'rule', 'rules', 'ruling']);

/**
 * "would be hit very hard if Tehran attacked American personnel", "if Iran strikes any Americans",
 * "ruled out terrorism or a rocket attack as the cause": a trigger in a condition a few words after
 * "if", or in what was ruled out, names nothing that happened.
 */
function conditional(tokens: readonly Token[], first: number): boolean {
  // "warned of further strikes on Israel", "threatened more attacks": what may come is no happening.
  if (MORE_OF.has(tokens[first - 1]?.lower ?? '') && tokens.slice(Math.max(0, first - 5), first - 1).some((t) => THREAT_WORDS.test(t.lower))) return true;
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const t = tokens[k];
    if (t.text === ',' || CLAUSE_BREAKS.has(t.text)) return false;
    if (CONDITIONALS.has(t.lower)) return true;
    if (t.lower === 'out' && k > 0 && RULING_OUT.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

const MORE_OF = new Set(['further', 'more', 'new', 'fresh', 'future']);
const THREAT_WORDS = /^(?:warn|threat|vow|promis|pledg)/u;

/** A sentence of a match report: a sport word, or a minute of play ("in the 71st minute"). */
function isSporting(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => SPORT_WORDS.has(t.lower) || ((t.lower === 'minute' || t.lower === 'minutes') && /^\d+(?:st|nd|rd|th)$/u.test(tokens[i - 1]?.lower ?? '')));
}

/**
 * The token where a subordinating phrase before the trigger starts ("after American air
 * strikes", "angered by recent US air strikes"), within a few tokens and not across a clause
 * break; -1 when the trigger is not in one.
 */
function subordinatorAt(tokens: readonly Token[], first: number): number {
  for (let k = first; k >= Math.max(0, first - 5); k--) {
    if (k < first && (tokens[k].text === ',' || CLAUSE_BREAKS.has(tokens[k].text))) return -1;
    const prev = tokens[k - 1];
    if (!prev) break;
    for (const cue of SUBORDINATORS_BY_LAST.get(prev.lower) ?? []) if (precedes(tokens, k, cue)) return k - cue.length;
  }
  return -1;
}

/** A relative clause opened after a comma before the trigger: the token of its pronoun, else -1. */
function relativeAt(tokens: readonly Token[], first: number): { at: number; opened: boolean } | null {
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const t = tokens[k];
    if (t.text === ',' || CLAUSE_BREAKS.has(t.text)) return null;
    if (RELATIVE.has(t.lower)) {
      let opened = k === 0;
      for (let b = Math.max(0, k - 3); b < k; b++) if (tokens[b].text === ',') opened = true;
      return { at: k, opened };
    }
  }
  return null;
}

/**
 * How likely the trigger heads the main clause: verbs report the happening (+2), a trigger
 * at the start is the subject (+1), a subordinate phrase makes it background (-3), and so
 * does a relative clause opened after a comma ("Kataeb Hezbollah, five of whose bases were
 * bombed, held a funeral"); a restrictive one ("a crowd that breached") weighs less.
 */
function salienceOf(tokens: readonly Token[], trig: { first: number; verb: boolean }, subordinate: boolean): number {
  let s = 0;
  if (trig.verb) s += 2;
  if (trig.first <= 3) s += 1;
  if (subordinate) s -= 3;
  const rel = relativeAt(tokens, trig.first);
  if (rel) s -= rel.opened ? 3 : trig.first - rel.at <= 3 ? 1 : 0;
  return s;
}

/** "mistaken … for a cruise missile". */
const MISTAKING = new Set(['mistaken', 'mistook', 'mistaking', 'confused', 'misidentified']);
/** Nouns "blast" only qualifies (protection against blasts), no explosion. */
const BLAST_QUALIFIED: ReadonlySet<string> = new Set(['wall', 'walls', 'door', 'doors', 'barrier', 'barriers', 'shield', 'shields', 'film', 'radius', 'furnace', 'furnaces', 'chiller', 'chillers', 'freezer', 'freezers']);
/** Weapons "attack" or "assault" names the kind of: "attack drone", "assault rifles". */
const ATTACK_QUALIFIED: ReadonlySet<string> = new Set([
  'drone', 'drones', 'helicopter', 'helicopters', 'aircraft', 'jet', 'jets', 'submarine', 'submarines', 'craft', 'boat', 'boats',
  'rifle', 'rifles', 'weapon', 'weapons', 'vehicle', 'vehicles', 'dog', 'dogs', 'ship', 'ships',
]);
/** Nouns that "missile" qualifies without naming a strike. */
const MISSILE_QUALIFIED = new Set([
  'operator', 'operators', 'system', 'systems', 'unit', 'units', 'defence', 'defense', 'defences', 'defenses', 'battery', 'batteries', 'programme', 'programmes',
  'program', 'programs', 'test', 'tests', 'testing', 'technology', 'technologies', 'arsenal', 'arsenals', 'capability', 'capabilities', 'shield', 'factory',
  'factories', 'production', 'launcher', 'launchers', 'crew', 'crews', 'silo', 'silos', 'treaty', 'range', 'stockpile', 'stockpiles', 'development',
]);
/** Who marches in a funeral procession (an earlier funeral named in the sentence makes none). */
const MOURNING = new Set(['mourners', 'mourning', 'pallbearers']);

/** Vehicles of a road crash: "crashed" after one of them is no plane's. */
const ROAD_VEHICLES = new Set(['car', 'cars', 'bus', 'truck', 'lorry', 'van', 'vehicle', 'motorcycle', 'coach', 'minibus', 'train', 'taxi', 'suv']);

/** Sentence-wide target ("embassy") that makes generic triggers specific. */
function targetLabel(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const base = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    // "The U.S. embassy said …", "an embassy statement", "embassy staff": the embassy speaks or works there.
    if (TARGET_LABELS_MAP.has(base) && !EMBASSY_AS_SPEAKER.has(tokens[speakerVerbAt(tokens, i + 1)]?.lower ?? '')) return TARGET_LABELS_MAP.get(base)!;
  }
  return null;
}

const EMBASSY_AS_SPEAKER = new Set(['said', 'says', 'added', 'warned', 'told', 'urged', 'tweeted', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'staff', 'employees', 'personnel', 'officials', 'official',
  'reported', 'announced', 'confirmed', 'denied', 'posted', 'wrote', 'issued', 'published', 'stated']);
const SPEAKER_GAP = new Set(['of', 'in', 'initially', 'later', 'also', 'earlier', 'first', 'has', 'had', 'then']);

/**
 * Where the verb after an embassy's name would stand: past "of Ukraine in Iran" and an adverb
 * ("The Embassy of Ukraine in Iran initially reported …": the embassy speaks).
 */
function speakerVerbAt(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let k = 0; k < 8 && j < tokens.length; k++) {
    const t = tokens[j]!;
    if (SPEAKER_GAP.has(t.lower) || (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && j > from && SPEAKER_GAP.has(tokens[j - 1]!.lower))) j++;
    else break;
  }
  return j;
}

/** Index of the first token ending after `offset` (tokens are in order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first trigger whose first token is >= `token` (triggers are in order). */
function firstTriggerFrom(triggers: ReadonlyArray<{ first: number }>, token: number): number {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (triggers[mid].first < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Verbs of saying and reacting that take a date for themselves ("on Monday condemned air strikes"). */
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'condemns', 'condemn', 'warns', 'warn', 'vows', 'vowed', 'urges', 'urged', 'denies', 'deny', 'blames', 'blame', 'calls', 'call', 'met', 'meets', 'spoke', 'speaks', 'wrote', 'writes', 'tweeted', 'announced']);

/**
 * Verbs whose date is the happening's own: "on Monday attended a funeral", "on Sunday launched air strikes";
 * also a day of its course: "on Wednesday ended their siege", "on Thursday resumed the protest".
 */
const HAPPENING_VERBS = new Set(['attended', 'held', 'staged', 'launched', 'conducted', 'carried', 'joined', 'began', 'started', 'mounted', 'waged', 'ended', 'lifted', 'resumed', 'continued', 'renewed', 'escalated', 'intensified']);

/** A verb-like word between two tokens: a past form in -ed or a reporting verb (not a verb of the happening itself). */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k];
    if (w.kind === 'word' && !HAPPENING_VERBS.has(w.lower) && ((w.lower.length > 4 && w.lower.endsWith('ed')) || REPORTING_VERBS.has(w.lower))) return true;
  }
  return false;
}

/** Tokens [from, to) hold no verb, comma or relative word: "at the … base in western Iraq and at a facility in Irbil". */
function placesOnlyBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',' || CLAUSE_BREAKS.has(tokens[k]!.text) || RELATIVE_WORDS.has(tokens[k]!.lower)) return false;
  return !verbBetween(tokens, from, to);
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'where', 'when', 'while', 'after', 'before', 'as', 'because', 'since']);

/** "in response to …", "in retaliation for …": a phrase naming a cause governs the trigger at `at` (no clause break between). */
function causeGoverns(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= 0; k--) {
    if (tokens[k].text === ',' || CLAUSE_BREAKS.has(tokens[k].text)) return false;
    const next = tokens[k + 1].lower;
    if (tokens[k].lower === 'in' && (next === 'response' || next === 'retaliation' || next === 'revenge')) return true;
  }
  return false;
}

/** A comma, then a reporting verb before `to`: the frame of a post-posed saying ("…, officials said on Sunday"). */
function commaThenReporting(tokens: readonly Token[], from: number, to: number): boolean {
  let comma = -1;
  for (let k = from; k < to; k++) if (tokens[k].text === ',') comma = k;
  return comma >= 0 && reportingBetween(tokens, comma + 1, to);
}

/** A reporting verb among tokens `from`..`to` - 1. */
function reportingBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** Words that open the subject of a reported clause with no "that" ("said on Monday the strikes …"). */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'there', 'its', 'his', 'her', 'their', 'this', 'these', 'those']);

/**
 * The day of a saying, and where the words stand:
 *   'before-that'  "said on Monday that …", "told reporters Tuesday that …", "told the BBC on
 *                  Friday that …": between a reporting verb (and its recipient) and "that"
 *                  (or right after the verb, before a clause with no "that": "said on Monday the strikes …");
 *   'after-words'  "…, the Pentagon said Monday.", "…, police said on Tuesday": right after a
 *                  post-posed reporting verb, closing its clause;
 * null when the date is no saying's.
 */
function sayingDateForm(tokens: readonly Token[], d: DateMention): 'before-that' | 'after-words' | null {
  const last = tokenAt(tokens, d.end - 1);
  let k = beforeDate(tokens, tokenAt(tokens, d.start));
  const next = tokens[last + 1];
  if (next?.lower === 'that') {
    // Right after the verb, or after the recipient of "told"/"tells" (up to three words).
    for (let hops = 0; k >= 0 && hops < 4; hops++, k--) {
      const t = tokens[k]!;
      // ("said in a statement on Tuesday that …": the medium between the verb and its day.)
      if (REPORTING_VERBS.has(t.lower)) return hops === 0 || t.lower === 'told' || t.lower === 'tells' || mediumBetween(tokens, k + 1, k + hops + 1) ? 'before-that' : null;
      if (t.kind !== 'word') return null;
    }
    return null;
  }
  if (!REPORTING_VERBS.has(tokens[k]?.lower ?? '')) return null;
  // "said on Monday the strikes had violated …": the reported clause with no "that".
  if (next !== undefined && CLAUSE_SUBJECT_OPENERS.has(next.lower)) return 'before-that';
  return next === undefined || next.text === '.' || next.text === ',' || next.text === ';' ? 'after-words' : null;
}

/** "in a statement", "on Twitter", "in an interview": the medium of a saying, tokens [from, to). */
function mediumBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return SAYING_MEDIUM.test(tokens.slice(from, to).map((t) => t.lower).join(' '));
}
const SAYING_MEDIUM = /^(?:in|on|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:statement|tweet|interview|speech|briefing|post|video|twitter|television|broadcast)$/u;

const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '"']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"']);

/** Words of a volley of projectiles: "a volley of", "a barrage of", "salvos of". */
const VOLLEYS: ReadonlySet<string> = new Set(['volley', 'volleys', 'barrage', 'barrages', 'salvo', 'salvos', 'hail', 'fusillade', 'wave', 'waves']);

/** How many tokens of "a volley of" stand right before token `at` (0 when none). */
function volleyBefore(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.lower !== 'of' || !VOLLEYS.has(tokens[at - 2]?.lower ?? '')) return 0;
  return tokens[at - 3]?.lower === 'a' || tokens[at - 3]?.lower === 'an' ? 3 : 2;
}

/** How many quotation marks stand among tokens `from`..`to` - 1. */
function quoteMarksBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (QUOTE_MARKS.has(tokens[k]!.text) || CLOSING_MARKS.has(tokens[k]!.text)) n++;
  return n;
}

/** The token closing a quotation opened at `open`, when it closes within six words and before `limit`; else -1. */
function closingQuote(tokens: readonly Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + 8); k++) {
    const t = tokens[k].text;
    if (t === '”' || (t === '"' && tokens[open].text === '"')) return k > open + 1 ? k : -1;
    if (CLAUSE_BREAKS.has(t) || t === ',' || t === '.') return -1;
  }
  return -1;
}

/** What closes a timeline entry's date: "Dec. 27: …", "DEC. 27 - …", "Jan. 3 — …". */
const ENTRY_MARKS: ReadonlySet<string> = new Set([':', '-', '–', '—']);

/**
 * Attach each date to the trigger it most likely dates: a possessive date to the trigger
 * right after it ("Sunday's strikes"), else the nearest trigger before it in the same clause
 * ("a rocket attack ... on Friday"), else a trigger just after it ("on Tuesday, storming").
 * Only triggers within a small window are considered, so the cost stays linear.
 */
function attachDates(tokens: readonly Token[], triggers: Array<{ first: number; last: number; verb: boolean }>, dates: DateMention[]): Array<DateMention | null> {
  const result: Array<DateMention | null> = triggers.map(() => null);
  for (const d of dates) {
    const dFirst = tokenAt(tokens, d.start);
    // "Shortly after 1 am Friday local time, a US drone fired …": the zone belongs to the day.
    const dayLast = tokenAt(tokens, d.end - 1);
    const dLast = zonePhraseEnd(tokens, dayLast + 1) ?? dayLast;
    // "The death toll from the strikes rose to 25 on Monday": the day of the count, not of the strikes.
    if (tollUpdateBefore(tokens, dFirst)) continue;
    const possessive = /['’]s$/.test(d.text);
    let best = -1;
    let bestScore = Infinity;
    const from = firstTriggerFrom(triggers, dFirst - MAX_DATE_DISTANCE - 8);
    // "At 5:30 pm on Jan. 7, Iran launched missiles": a date fronted before the first comma dates what follows.
    const saying = !possessive && sayingDateForm(tokens, d) === 'before-that';
    // "Dec. 27: More than 30 rockets hit …", "DEC. 27 - More than …": a timeline's entry date, closed by a colon or a dash.
    const entry = dFirst === 0 && ENTRY_MARKS.has(tokens[dLast + 1]?.text ?? '');
    // ("On Wednesday the IRGC fired a salvo of missiles": a day opening the sentence dates what follows with no comma too.)
    const bare = !possessive && !entry && d.precision === 'day' && dFirst > 0 && tokens[dFirst - 1]!.lower === 'on' && timeOfDayOpening(tokens, dFirst);
    const fronted = !possessive && triggers.length > 0 && triggers[0].first > dLast && (tokens[dLast + 1]?.text === ',' || entry || bare);
    // "On Saturday, two days after the U.S. retaliation, another barrage of rockets hit Taji": a day
    // opening the sentence dates the main clause past an aside set off by commas.
    // ("In the early evening of Aug. 12, the residents of … heard …": a time of that day before it opens the sentence too.)
    const opening = fronted && !entry && (dFirst <= 1 || timeOfDayOpening(tokens, dFirst)) && d.precision === 'day';
    for (let idx = from; idx < triggers.length && (triggers[idx].first <= dLast + (opening ? MAX_ASIDE : 10) || (fronted && entry && idx === from)); idx++) {
      const trig = triggers[idx];
      // ("the Dec. 27 attack and the Dec. 29 U.S. strikes": a trigger an earlier date took is not the next one's.)
      if (result[idx] !== null) continue;
      let score: number;
      if (trig.first > dLast) {
        // A date before a trigger: "Sunday's strikes", "on Tuesday stormed", a fronted date;
        // not "on Monday condemned air strikes", where the date belongs to the condemning.
        // ("on January 8 by firing a volley of ballistic missiles": the volley is the missiles, no distance.)
        const gap = wordGap(tokens, dLast, trig.first) - volleyBefore(tokens, trig.first);
        // "acknowledged on Saturday (that) it had downed the plane": a pluperfect in the reported clause is an earlier day's.
        const pluperfect = sayingBefore(tokens, dFirst) && tokens.slice(dLast + 1, trig.first).some((t) => t.lower === 'had');
        if (pluperfect) continue;
        // "briefed reporters on Thursday, two days after militias stormed the embassy": the day is the count's anchor, not the storming's.
        if (countBetween(tokens, dLast + 1, trig.first)) continue;
        if (possessive && gap <= 3) score = 0;
        else if ((trig.verb || !verbBetween(tokens, dLast + 1, trig.first) || adoptedJustBefore(tokens, dLast + 1, trig.first)) && gap <= 4) score = gap * 2 + 2;
        // "told Reuters on Friday that the U.S. strikes were …": the saying's day, for the that-clause's first trigger.
        else if (saying && gap <= 10 && !verbBetween(tokens, dLast + 1, trig.first)) score = gap * 2 + 2;
        // The entry's date is the saying's when the entry reports one ("JAN. 11 - Iran says the plane was shot down").
        else if (fronted && idx === from && !reportingBetween(tokens, dLast + 1, trig.first)) score = gap * 2 + 2;
        else if (opening && afterAside(tokens, dLast + 1, trig.first)) score = gap * 2 + 2;
        else continue;
      } else if (trig.last < dFirst) {
        if (possessive) continue;
        // "Trudeau, who said on Thursday that the plane had been brought down by a missile, said on Saturday that …":
        // the day of a saying whose words follow it dates nothing before it.
        if (saying) continue;
        // (Quotation marks are no distance: 'shot down "unintentionally" as a result of "human error" … on January 8'.)
        const gap = dFirst - trig.last - quoteMarksBetween(tokens, trig.last + 1, dFirst);
        // ("fired ballistic missiles at the Ain al-Asad air base in western Iraq and at a facility in Irbil in the
        // country's north on 8 January": a run of places with no verb or comma between reaches further.)
        if (gap > MAX_DATE_DISTANCE && (gap > MAX_PLACED_DATE_DISTANCE || !placesOnlyBetween(tokens, trig.last + 1, dFirst))) continue;
        let broken = false;
        for (let k = trig.last + 1; k < dFirst; k++) {
          // The mark closing a quotation that ends with the trigger ('carried out "precision defensive strikes" on Sunday') ends no clause.
          if (k === trig.last + 1 && CLOSING_MARKS.has(tokens[k].text) && tokens[k].start === tokens[trig.last].end) continue;
          // A short quotation inside the clause ("mourners chanting “Death to America” marched … on Monday") does not end it.
          const close = QUOTE_MARKS.has(tokens[k].text) ? closingQuote(tokens, k, dFirst) : -1;
          if (close > 0) k = close;
          else if (CLAUSE_BREAKS.has(tokens[k].text) || personRelative(tokens, k) || concurrentClause(tokens, k, dFirst)) broken = true;
          // "vowed revenge for Soleimani's killing, and on Sunday announced …": a coordinated clause the date opens.
          else if (tokens[k].text === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but') && k + 1 === beforeDate(tokens, dFirst)) broken = true;
        }
        if (broken) continue;
        // "The U.S. carried out air strikes … in response to … a rocket attack …, U.S. officials
        // said on Sunday": a post-posed saying's day is no day of a happening named as the cause.
        if (commaThenReporting(tokens, trig.last + 1, dFirst) && causeGoverns(tokens, trig.first)) continue;
        // "Five days after Iran fired missiles at this base, US commanders on Monday took …": the day
        // past the counted clause's comma is the main clause's, the count's anchor (see assignEvents).
        if (countBetween(tokens, Math.max(0, trig.first - 15), trig.first) && commaBetween(tokens, trig.last + 1, dFirst)) continue;
        score = gap;
      } else continue;
      if (score < bestScore) {
        bestScore = score;
        best = idx;
      }
    }
    if (best < 0) best = harmedBefore(tokens, triggers, dFirst);
    if (best < 0) best = clockedBefore(tokens, triggers, dFirst);
    if (best < 0) best = causeAfter(tokens, triggers, dFirst, dLast);
    if (best < 0) best = whenAfter(tokens, triggers, dLast);
    if (best >= 0 && result[best] === null) {
      result[best] = d;
      // "On Dec. 31, mourners stormed the U.S. Embassy": the date opens the clause; its verb's happening is that day's too.
      const verb = triggers[best + 1];
      if (fronted && !entry && !triggers[best]!.verb && verb?.verb && verb.first > triggers[best]!.last && wordGap(tokens, triggers[best]!.last, verb.first) <= 2 && result[best + 1] === null) {
        result[best + 1] = d;
      }
      // "On December 31, after funerals for the dead fighters, thousands of supporters marched to the
      // embassy": the opening day dated the aside's happening; it dates the main clause's verb past the aside too.
      if (opening && triggers[best]!.first > dLast) {
        const main = triggers.findIndex((t, k) => k > best && t.verb && result[k] === null && afterAside(tokens, dLast + 1, t.first, 8));
        if (main >= 0 && !afterAside(tokens, dLast + 1, triggers[best]!.first, 8)) result[main] = d;
      }
    }
  }
  return result;
}


/** Verbs by which a legislature makes a resolution its own: adopting it is the vote. */
const ADOPTING_VERBS: ReadonlySet<string> = new Set(['approved', 'passed', 'adopted', 'endorsed', 'backed', 'rejected']);
/** What a legislature adopts. */
const RESOLUTION_WORDS: ReadonlySet<string> = new Set(['resolution', 'non-binding', 'nonbinding', 'motion', 'bill']);

/**
 * "Lawmakers on Sunday approved a resolution": the only verb between the day and a resolution is
 * the adopting of it, which is the vote itself, so the day dates it.
 */
function adoptedJustBefore(tokens: readonly Token[], from: number, trigFirst: number): boolean {
  let verbs = 0;
  let adopting = false;
  for (let k = from; k < trigFirst; k++) {
    if (ADOPTING_VERBS.has(tokens[k]!.lower)) adopting = true;
    else if (verbBetween(tokens, k, k + 1)) verbs++;
  }
  return adopting && verbs === 0 && RESOLUTION_WORDS.has(tokens[trigFirst]!.lower);
}
/**
 * A date right after a toll's new figure ("the death toll … rose to 25 on Monday", "stood at 43
 * on Friday"): it says when the count was given, not when the happening was.
 */
function tollUpdateBefore(tokens: readonly Token[], dFirst: number): boolean {
  let k = beforeDate(tokens, dFirst);
  // "rose to 25 people", "to 25 dead": up to two words after the figure.
  for (let n = 0; n < 2 && k >= 0 && tokens[k]!.kind === 'word' && !TOLL_RISE_VERBS.has(tokens[k]!.lower); n++) k--;
  return tokens[k]?.kind === 'number' && tollRisesAt(tokens, k - 1, 16);
}

/** Units of a count of time before "after" or "before" ("two days after", "hours before"). */
const COUNT_UNITS = new Set(['day', 'days', 'week', 'weeks', 'hour', 'hours', 'minutes', 'month', 'months']);

/**
 * Tokens `from`..`to` - 1 hold a count of time and its "after"/"before" ("two days after") whose
 * phrase runs on to the trigger at `to`. Past a comma the trigger is the main clause's again
 * ("On Saturday, two days after the U.S. retaliation, another barrage of rockets hit Taji").
 */
function countBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let counted = false;
  for (let k = from + 1; k < to; k++) {
    if ((tokens[k].lower === 'after' || tokens[k].lower === 'before') && COUNT_UNITS.has(tokens[k - 1].lower)) counted = true;
    else if (counted && tokens[k].text === ',') counted = false;
  }
  return counted;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === ',') return true;
  return false;
}

/** How far past an opening day its main clause's trigger may stand. */
const MAX_ASIDE = 22;

/** Words of a time of day before a date that opens a sentence: "In the early evening of", "Late on the night of", "And on". */
const TIME_OF_DAY_OPENING: ReadonlySet<string> = new Set(['and', 'but', 'then', 'in', 'on', 'at', 'the', 'early', 'late', 'small', 'hours', 'morning', 'afternoon', 'evening', 'night', 'of', 'shortly', 'before', 'after', 'dawn', 'midnight', 'noon']);

/** A clock time's words: "1.30am", "1:30 a.m.", "0030 GMT", "local time". */
const CLOCK_WORD = /^(?:\d{1,2}(?:[.:]\d\d)?(?:am|pm)?|\d{4}|a\.m|p\.m|am|pm|\.|local|time|gmt|utc)$/u;

/**
 * Tokens before `dFirst` are only a time of that day, from the sentence's start ("In the early
 * evening of", "Shortly after 1.30am local time on").
 */
function timeOfDayOpening(tokens: readonly Token[], dFirst: number): boolean {
  if (dFirst > 8) return false;
  for (let k = 0; k < dFirst; k++) if (!TIME_OF_DAY_OPENING.has(tokens[k]!.lower) && !CLOCK_WORD.test(tokens[k]!.lower)) return false;
  return true;
}

/**
 * Tokens `from`..`to` - 1 are an aside set off by two commas and then at most four words of the
 * main clause before the trigger (", two days after the U.S. retaliation, another barrage of"),
 * with no saying in them.
 */
function afterAside(tokens: readonly Token[], from: number, to: number, maxGap = 5): boolean {
  if (tokens[from]?.text !== ',') return false;
  let close = -1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (CLAUSE_BREAKS.has(t.text) || REPORTING_VERBS.has(t.lower)) return false;
    if (t.text === ',') {
      if (close >= 0) return false;
      close = k;
    }
  }
  return close > from + 1 && wordGap(tokens, close, to) <= maxGap;
}

/**
 * ", who was killed in Baghdad on Friday", ", whose killing on Friday": a relative clause about a
 * person; its day is that person's, not the day of the happening named before it ("postponed
 * the burial of Soleimani, who was killed …").
 */
function personRelative(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].text !== ',') return false;
  const next = tokens[k + 1]?.lower;
  return next === 'who' || next === 'whose' || next === 'whom';
}

/** Words after "as" that open no clause: "as well as", "as many as", "as part of". */
const AS_NOT_CLAUSE = new Set(['well', 'many', 'much', 'part', 'far', 'long', 'soon', 'a', 'an', 'such', 'expected', 'usual', 'planned']);
const CONCURRENT_OPENERS = new Set(['as', 'while', 'whereas', 'although', 'though']);
const FINITE_WORDS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'rose', 'grew', 'fell', 'began', 'came', 'went', 'gathered']);

/**
 * A comma at `k` opening a clause of its own with a finite verb before the date at `to`: "condemned U.S. air strikes
 * that killed 25 fighters, as anger against Washington mounted on Monday" (the day is the anger's).
 */
function concurrentClause(tokens: readonly Token[], k: number, to: number): boolean {
  if (tokens[k].text !== ',' || !CONCURRENT_OPENERS.has(tokens[k + 1]?.lower ?? '') || AS_NOT_CLAUSE.has(tokens[k + 2]?.lower ?? '')) return false;
  for (let j = k + 3; j < to; j++) if (FINITE_WORDS.has(tokens[j]!.lower) || /^\p{L}{3,}ed$/u.test(tokens[j]!.text)) return true;
  return false;
}

/** Harm in the passive: "was killed", "were wounded", "died". */
const PASSIVE_HARM = new Set(['killed', 'wounded', 'injured', 'died']);
// ("killed early Friday along with al-Muhandis, a senior militia commander, when a U.S. drone struck their convoy": a when-clause names the cause too.)
const INSTRUMENT_WORDS = new Set(['in', 'by', 'when']);

/**
 * "The 62-year-old was killed at Baghdad International Airport early on Friday, along with other
 * militia figures, in a strike by a drone": the day of a killing is the day of the strike named
 * as its cause later in the sentence ("in a strike", "by an air strike"), with no saying between.
 */
function causeAfter(tokens: readonly Token[], triggers: ReadonlyArray<{ first: number; last: number }>, dFirst: number, dLast: number): number {
  let harmed = false;
  for (let k = dFirst - 1; k >= Math.max(0, dFirst - 10) && !harmed; k--) {
    const t = tokens[k];
    if (CLAUSE_BREAKS.has(t.text) || REPORTING_VERBS.has(t.lower)) return -1;
    if (PASSIVE_HARM.has(t.lower)) harmed = true;
  }
  if (!harmed) return -1;
  const idx = firstTriggerFrom(triggers, dLast + 1);
  const trig = triggers[idx];
  if (!trig || wordGap(tokens, dLast, trig.first) > 20) return -1;
  // "in a strike", "by a U.S. drone strike": the cause's preposition a few words before the trigger.
  let instrument = false;
  for (let k = Math.max(dLast + 1, trig.first - 4); k < trig.first; k++) if (INSTRUMENT_WORDS.has(tokens[k].lower)) instrument = true;
  if (!instrument) return -1;
  for (let k = dLast + 1; k < trig.first; k++) if (CLAUSE_BREAKS.has(tokens[k].text) || REPORTING_VERBS.has(tokens[k].lower)) return -1;
  return idx;
}

/**
 * "were killed on 28 January when a one-way attack drone struck their living quarters": the day
 * right before "when" is the day of the happening the when-clause tells, its first trigger within
 * ten words (no clause break or saying between).
 */
function whenAfter(tokens: readonly Token[], triggers: ReadonlyArray<{ first: number }>, dLast: number): number {
  const when = tokens[dLast + 1]?.lower === 'when' ? dLast + 1 : tokens[dLast + 1]?.text === ',' && tokens[dLast + 2]?.lower === 'when' ? dLast + 2 : -1;
  if (when < 0) return -1;
  const idx = firstTriggerFrom(triggers, when + 1);
  const trig = triggers[idx];
  if (!trig || wordGap(tokens, when, trig.first) > 10) return -1;
  for (let k = when + 1; k < trig.first; k++) if (CLAUSE_BREAKS.has(tokens[k].text) || tokens[k].text === ',' || REPORTING_VERBS.has(tokens[k].lower)) return -1;
  return idx;
}

/** Tokens from `from` to `to`, not counting an abbreviation's period ("U.S." is two tokens, one word). */
function wordGap(tokens: readonly Token[], from: number, to: number): number {
  let gap = to - from;
  for (let k = from + 1; k < to; k++) if (tokens[k].text === '.' && tokens[k].start === tokens[k - 1].end) gap--;
  return gap;
}

/** Verbs of the harm a happening did: the date at the end of their clause is the happening's. */
const HARM_VERBS = new Set(['killed', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'hit', 'struck', 'destroyed', 'damaged', 'targeted', 'targeting', 'pounded', 'slammed']);

/**
 * "A missile attack on a military parade in Yemen's southern province of al-Dhalea killed at
 * least 10 people and wounded 20 others on Sunday": a subject trigger too far from the date for
 * the window above, joined to it by the harm it did, with no saying or clause break between.
 */
function harmedBefore(tokens: readonly Token[], triggers: ReadonlyArray<{ first: number; last: number }>, dFirst: number): number {
  let idx = -1;
  for (let k = 0; k < triggers.length && triggers[k].last < dFirst; k++) idx = k;
  if (idx < 0 || dFirst - triggers[idx].last > MAX_HARM_DATE_DISTANCE) return -1;
  let harmed = false;
  for (let k = triggers[idx].last + 1; k < dFirst; k++) {
    const t = tokens[k];
    if (CLAUSE_BREAKS.has(t.text) || REPORTING_VERBS.has(t.lower) || personRelative(tokens, k) || concurrentClause(tokens, k, dFirst)) return -1;
    if (HARM_VERBS.has(t.lower)) harmed = true;
  }
  return harmed ? idx : -1;
}
const MAX_HARM_DATE_DISTANCE = 32;

/**
 * "The Boeing 737-800 crashed minutes after taking off from Imam Khomeini International Airport at
 * 6:12 a.m. local time on Wednesday": a day given with the clock time of the happening is that
 * happening's, however far its trigger stands, in the same clause with no saying between.
 */
function clockedBefore(tokens: readonly Token[], triggers: ReadonlyArray<{ first: number; last: number }>, dFirst: number): number {
  // (Most dates have no number before them: the words are joined for the pattern only when one does.)
  let number = false;
  for (let k = Math.max(0, dFirst - 8); k < dFirst && !number; k++) number = tokens[k]!.kind === 'number';
  if (!number || !CLOCK_BEFORE_DATE.test(tokens.slice(Math.max(0, dFirst - 8), dFirst).map((t) => t.text).join(' '))) return -1;
  let idx = -1;
  for (let k = 0; k < triggers.length && triggers[k].last < dFirst; k++) idx = k;
  if (idx < 0 || dFirst - triggers[idx].last > MAX_HARM_DATE_DISTANCE) return -1;
  for (let k = triggers[idx].last + 1; k < dFirst; k++) {
    const t = tokens[k];
    if (CLAUSE_BREAKS.has(t.text) || REPORTING_VERBS.has(t.lower) || personRelative(tokens, k)) return -1;
  }
  return idx;
}
/** "at 6:12 a.m. local time on", "at about 01:30 (2230 GMT) on": tokens joined by spaces. */
const CLOCK_BEFORE_DATE = /\bat (?:about |around |approximately )?\d{1,2}(?:[:.]\d{2}|\s*[ap]\s*\.?\s*m)[^;]{0,40}\b(?:on|,)?\s*$/iu;

/**
 * A place stands as a location when a locative preposition comes right before it, perhaps
 * with an article, a direction or other place names between ("in western Iraq", "in a Baghdad
 * neighbourhood", "in Iraq and Syria", "in Baghdad, Iraq", "in Baghdad's heavily fortified Green Zone");
 * "to hold Iran" is not one.
 */
/** Verbs whose "on" takes an addressee or a patron: "called on the United States", "relied on Iran". */
const CALLED_ON = /\b(?:call|calls|called|calling|urged|urge|urges|rely|relies|relied|relying|depend|depends|depended|depending|prevail|prevailed|insisted|pressed|press|waged|declared)\s*$/iu;
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])([Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Oo]n|[Ii]nto|[Aa]round|[Oo]ver|[Oo]f|[Ff]rom|[Tt]o|[Tt]owards?|[Tt]hroughout|[Tt]hrough|[Aa]long|[Ww]ithin)\s+(?:(?:the|a|an|and|western|eastern|northern|southern|central|north|south|east|west|northwestern|northeastern|southwestern|southeastern|capital,?|city|town|village|province|of|heavily|fortified|busy|crowded|restive|[A-Z][\p{L}’'-]*,?)\s+){0,3}$/u;
const MAX_PLACE_DISTANCE = 80;
/** "'s", at most two words and a word of attack, right after a country's name ("Iran's ballistic missile attack"). */
const COUNTRY_POSSESSIVE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:missile|rocket|air\s*(?:strike|raid)|drone|strike|attack|bomb|raid|retaliat|shelling)/iu;
/** A phrase of saying or visiting that a place ends: "speaking to reporters in", "told a news conference in", "on a visit to". */
const SPEAKING_PLACE =
  /\b(?:speaking|spoke|talking|addressing|visiting|on\s+a\s+visit|during\s+a\s+visit|(?:told|telling)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|the\s+press)|(?:news|press)\s+conference|a\s+speech|in\s+remarks|an\s+interview)\b[^,;.:]{0,40}$/iu;
const COORDINATED_CLAUSE = /,\s*(?:and|but)\s/u;
/** Ordering or watching a happening, then its object, before "from <place>": "ordered the strike ", "watched the raid live ". */
const ORDERED_FROM = /\b(?:ordered|orders|order|authori[sz]ed|authori[sz]es|approved|approves|watched|watches|monitored|monitors|directed|directs|followed|oversaw|oversees|launched\s+the\s+order)\b[^,;.:]{0,50}$/iu;
/** A day or a time of day right before "in <place>": "Jan. 7 ", "5 p.m. ", "the evening of Jan. 7 ". */
const CLOCK_BEFORE = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+\d{1,2}|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\b(?:morning|evening|night|afternoon|midnight|noon))\s+$/u;
/** The opening of a sentence up to a place: "In ", "Back in ", "Meanwhile in ". */
const FRONTED_PLACE = /^\s*(?:(?:back|meanwhile|elsewhere|later),?\s+)?(?:in|from)\s+(?:the\s+)?$/iu;
/** After the fronted place: a comma, a speaker of up to eight words, and the saying ("…, House Speaker Nancy Pelosi said the "). */
const SPEAKER_THEN_SAYING = /^,\s+(?:[^\s,;:]+\s+){1,8}(?:said|says|told|tells|warned|warns|added|insisted|claimed|argued|announced|stated|wrote|tweeted|declared|acknowledged|confirmed)\b/iu;
/** Doings that are no happening of ours, whose place follows them ("negotiations in Vienna", "a summit in Paris"). */
const OTHER_DOINGS = new Set(['negotiations', 'talks', 'meeting', 'meetings', 'conference', 'summit', 'session', 'sessions', 'election', 'elections', 'trial', 'hearing', 'hearings', 'interview', 'studies', 'exile']);
/** People named by where they are from: "a citizen from Sacramento", "a resident of Texas", "a contractor from Iraq". */
const HOME_OF = new Set([
  'citizen', 'citizens', 'resident', 'residents', 'native', 'natives', 'national', 'nationals', 'man', 'men', 'woman', 'women', 'boy', 'girl',
  'contractor', 'contractors', 'interpreter', 'interpreters', 'father', 'mother', 'son', 'daughter', 'student', 'students', 'immigrant',
  'immigrants', 'refugee', 'refugees', 'family', 'families', 'veteran', 'veterans', 'soldier', 'soldiers', 'sailor', 'sailors', 'airman',
  'airmen', 'marine', 'marines', 'engineer', 'engineers', 'linguist', 'linguists', 'passenger', 'passengers', 'lawmaker', 'lawmakers',
  'congressman', 'congresswoman', 'senator', 'democrat', 'democrats', 'republican', 'republicans',
]);
const DIRECTIONAL = new Set(['to', 'towards', 'toward', 'into', 'from', 'of']);
const RELATIVE_OPEN = /,\s*(?:who|which|whose)\b[^,;]*$/u;
/** A noun phrase set beside a name after a comma: "Ali al-Sistani, the top Shi'ite cleric in ". */
const APPOSITION_OPEN = /[\p{L}.]\s*,\s+(?:the|a|an)\s+[^,;:()]*$/u;
const PERSON_RELATIVE = /,\s*(?:who|whose|whom)\b/u;
const CLAUSE_OPENER = /\s(?:as|while|whereas|because|although|though)\s/u;
const TRIGGER_THEN_LOCATIVE = /^\s+(?:in|at|near|outside|inside|on)\s+(?:the\s+)?$/u;

/**
 * Places of ctx.places that stand as a location in the sentence ("in Baghdad", "near
 * Kirkuk", "in Iraq and Syria"), each given to the trigger nearest to it; a trigger takes the
 * nearest of its places. "actions by Iran" is not where anything happened.
 */
function placesForTriggers(sentence: string, places: ReadonlyArray<readonly [string, string]>, spans: Array<{ start: number; end: number; subFrom: number | null; dated: boolean }>): Array<string | null> {
  const result: Array<{ place: string; dist: number; at: number } | null> = spans.map(() => null);
  for (const [written, place] of places) {
    if (written.length === 0) continue;
    let from = 0;
    for (let guard = 0; guard < 1000; guard++) {
      const at = sentence.indexOf(written, from);
      if (at < 0) break;
      from = at + written.length;
      const before = at > 0 ? sentence[at - 1] : ' ';
      const after = from < sentence.length ? sentence[from] : ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      // "an Iran-backed militia", "pro-Iran factions": a word built on the name is no location.
      if ((after === '-' && /[\p{L}]/u.test(sentence[from + 1] ?? '')) || (before === '-' && at > 1 && /[\p{L}]/u.test(sentence[at - 2]!))) continue;
      // "the Taji attack", "the Kirkuk rocket attack": a place right before a trigger names where it happened.
      // Not a country: "U.S. strikes", "Iranian missile attacks" name who struck.
      const premodified = isCountryName(place) ? -1 : spans.findIndex((sp) => sp.start > from && sp.start - from <= 2 && /^\s+$/u.test(sentence.slice(from, sp.start)));
      if (premodified >= 0) {
        result[premodified] = { place, dist: 0, at };
        continue;
      }
      // "a statement on Iran's missile attack": a country's possessive before its trigger names who fired.
      if (isCountryName(place) && COUNTRY_POSSESSIVE.test(sentence.slice(from, from + 40))) continue;
      const locative = LOCATIVE_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
      if (!locative) continue;
      // "to inform him of Washington's intention": the owner of what follows, not a location.
      if (/^of$/iu.test(locative[1]!) && /^['’]s\b/u.test(sentence.slice(from, from + 3))) continue;
      // "called on the United States to …", "relies on Iran": the one asked, not where it happened.
      if (/^on$/iu.test(locative[1]!) && CALLED_ON.test(sentence.slice(Math.max(0, at - 60), at - locative[0].length + locative[0].indexOf(locative[1]!)))) continue;
      // "Esper, speaking to reporters in Florida, called the strikes …": where someone spoke is not where it happened.
      if (SPEAKING_PLACE.test(sentence.slice(Math.max(0, at - 80), at))) continue;
      const beforePreposition = sentence.slice(Math.max(0, at - 60), at - locative[0].length + locative[0].indexOf(locative[1]!));
      // "the evening of Jan. 7 in Washington", "5 p.m. in New York": where a clock was read, not where it happened.
      if (/^[Ii]n$/u.test(locative[1]!) && CLOCK_BEFORE.test(beforePreposition)) continue;
      // "a delicate moment for negotiations in Vienna": the place of another doing named right before it.
      const head = /(\p{L}+)\s+$/u.exec(beforePreposition);
      if (/^[Ii]n$/u.test(locative[1]!) && head && OTHER_DOINGS.has(head[1]!.toLowerCase())) continue;
      // "Trump ordered the strike from Mar-a-Lago", "watched the raid from the Situation Room": where the one who ordered it was.
      if (/^[Ff]rom$/u.test(locative[1]!) && ORDERED_FROM.test(beforePreposition)) continue;
      // "killed Nawres Hamid, an Iraqi-born American citizen from Sacramento, California": where a person is from.
      if (/^(?:[Ff]rom|[Oo]f)$/u.test(locative[1]!) && head && HOME_OF.has(head[1]!.toLowerCase())) continue;
      // "sending troops to the Middle East following an attack": a destination or an origin goes with what came before it.
      const backwardOnly = DIRECTIONAL.has(locative[1]!.toLowerCase());
      let best = -1;
      let bestDist = Infinity;
      // Spans are in order: look only at those within reach of this occurrence.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid].end < at - MAX_PLACE_DISTANCE) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < spans.length && spans[k].start <= from + MAX_PLACE_DISTANCE; k++) {
        const sp = spans[k];
        if (backwardOnly && sp.start >= from) break;
        // "…fighters killed in the strikes, and then marched to the Green Zone": a destination is the coordinated clause's.
        if (backwardOnly && COORDINATED_CLAUSE.test(sentence.slice(sp.end, at))) continue;
        // "two in Syria, in retaliation for a rocket attack", "the embassy in Baghdad after US airstrikes on Sunday": a
        // place before the phrase that subordinates a trigger is the main clause's, when a comma or the trigger's own
        // day sets that phrase apart ("withdrew from the compound in Baghdad after two days of clashes" is one scene).
        if (sp.subFrom !== null && at < sp.subFrom && (sp.dated || sentence.slice(at, sp.subFrom).includes(','))) continue;
        // "In Washington, House Speaker Nancy Pelosi said the strike was …": a place opening the sentence
        // before its speaker is where the words were said, not where what they speak of happened.
        if (at < sp.start && FRONTED_PLACE.test(sentence.slice(0, at)) && SPEAKER_THEN_SAYING.test(sentence.slice(from, sp.start))) continue;
        // "Trump, who is spending the holidays at his estate in Florida, blamed Iran for the violence": a place
        // inside a relative clause closed before the trigger is the clause's.
        if (at < sp.start && RELATIVE_OPEN.test(sentence.slice(Math.max(0, at - 80), at)) && sentence.slice(from, sp.start).includes(',')) continue;
        // "Sistani, the top Shi'ite cleric in Iraq, condemned the attack": so is one in an apposition on a name.
        if (at < sp.start && APPOSITION_OPEN.test(sentence.slice(Math.max(0, at - 80), at)) && sentence.slice(from, sp.start).includes(',')) continue;
        // "The attack came as tensions in the Middle East soared": a place in a clause opened after the trigger is that clause's.
        if (at >= sp.end && CLAUSE_OPENER.test(sentence.slice(sp.end, at))) continue;
        // "the burial of Soleimani, who was killed in Baghdad": a place in a relative clause about a person is that person's.
        if (at >= sp.end && PERSON_RELATIVE.test(sentence.slice(sp.end, at))) continue;
        // "air strikes in Somalia, killing four": a place right after its trigger's preposition is that trigger's.
        const dist = at >= sp.end ? (TRIGGER_THEN_LOCATIVE.test(sentence.slice(sp.end, at)) ? 0 : at - sp.end) : (sp.start - from) * 1.5;
        if (dist >= 0 && dist < bestDist) {
          bestDist = dist;
          best = k;
        }
      }
      if (best < 0 || bestDist > MAX_PLACE_DISTANCE) continue;
      const cur = result[best];
      // "in Somalia's capital, Mogadishu": the town inside the country is where it happened; not
      // so "in Iraq and the Kurdistan Region", which names two places.
      const apposed = cur !== null && !/\b(?:and|or)\b/u.test(sentence.slice(Math.min(at, cur.at), Math.max(at, cur.at)));
      const inner = apposed && placeWithin(place, cur!.place);
      const outer = apposed && placeWithin(cur!.place, place);
      // "in Erbil and western Iraq": two places, one inside the other, are the outer one (Ain al-Asad fits it too).
      const widens = cur !== null && !apposed && placeWithin(cur.place, place);
      if (cur === null || inner || widens || (!outer && bestDist < cur.dist)) result[best] = { place, dist: bestDist, at };
    }
  }
  return result.map((r) => (r === null ? null : r.place));
}

/** Event mentions with what assignEvents needs to choose between them. */
export function detectEventMentions(
  sentence: string,
  ctx: { published: string | null; places: string[]; surfaces?: ReadonlyArray<readonly [string, string]>; dates?: DateMention[]; wildfireArticle?: boolean },
): DetailedEventMention[] {
  const tokens = tokenize(sentence);
  // (In an article about a wildfire, "the fire" is that fire.)
  const triggers = findTriggers(tokens, ctx.wildfireArticle);
  if (triggers.length === 0) return [];
  const dates = ctx.dates ?? resolveDates(sentence, ctx.published);
  const attached = attachDates(tokens, triggers, dates);
  const quoted = quotedDeixis(sentence, dates);
  const target = targetLabel(tokens);
  const written: Array<readonly [string, string]> = ctx.places.map((p) => [p, p] as const);
  if (ctx.surfaces) written.push(...ctx.surfaces);
  const subs = triggers.map((t) => subordinatorAt(tokens, t.first));
  const places = placesForTriggers(sentence, written, triggers.map((t, k) => ({ start: tokens[t.first].start, end: tokens[t.last].end, subFrom: subs[k]! >= 0 ? tokens[subs[k]!].start : null, dated: attached[k] !== null })));
  const futureTalk = attached.some((d) => d !== null && ctx.published !== null && d.date > ctx.published) && FUTURE_TALK.test(sentence);
  const mentions = triggers.map((trig, idx): DetailedEventMention => {
    let label = trig.label;
    if (target !== null && TARGETABLE.has(label)) label = target;
    const start = tokens[trig.first].start;
    let end = tokens[trig.last].end;
    // "Sunday's" possessive stays with the date; a possessive trigger ("strikes'") keeps only the word.
    const text = sentence.slice(start, end);
    if (/['’]s$/.test(text) && trig.first === trig.last) end -= 2;
    // "Word came down late in the evening of January 7 that an attack was likely": the day is the
    // warning's; the attack foreseen is the one that came (or none), undated here.
    const foreseen = attached[idx] !== null && FORESEEN_AFTER.test(sentence.slice(end, end + 40));
    const d = foreseen
      ? null
      : futureTalk
        ? knownAhead(tokens, trig.first, attached[idx], label, ctx.published)
          ? null
          : attached[idx]
        : pastOnlyDate(attached[idx], label, ctx.published);
    const sub = subs[idx]!;
    const rel = relativeAt(tokens, trig.first);
    return {
      label,
      trigger: sentence.slice(start, end),
      start,
      end,
      date: d ? d.date : null,
      dateEnd: d ? d.dateEnd : null,
      place: places[idx],
      tokenIndex: trig.first,
      salience: salienceOf(tokens, trig, sub >= 0),
      subordinateFrom: sub >= 0 ? tokens[sub].start : rel?.opened ? tokens[rel.at].start : null,
      aside: sub < 0 && rel?.opened === true,
      generic: ownValue(EVENT_LABELS, label)?.generic ?? true,
      verb: trig.verb,
      // The day of a saying, before or after the words: the happening may be older.
      sayingDate: d !== null && sayingDateForm(tokens, d) !== null,
      // ("A second death has been confirmed": one more victim of the same happening.)
      fresh: label !== 'killing' && freshAt(tokens, trig.first),
      besides: besidesAt(tokens, trig.first),
      quotedDate: d !== null && quoted !== null && quoted.has(attached[idx]!),
    };
  });
  describedInWhich(tokens, triggers, mentions);
  // "a warning of imminent attacks", "possible strikes": a happening only feared or weighed is none to date or join.
  for (let k = mentions.length - 1; k >= 0; k--) if (HYPOTHETICAL.has(tokens[mentions[k]!.tokenIndex - 1]?.lower ?? '')) mentions.splice(k, 1);
  // "dozens of mourners lost their lives … in a stampede": people named by the gathering they came
  // to are the victims here; the happening is the one of another kind the sentence names.
  for (const m of mentions) {
    const other = PEOPLE_TRIGGERS.has(m.trigger.toLowerCase()) ? mentions.find((o) => o.label !== m.label && !PEOPLE_TRIGGERS.has(o.trigger.toLowerCase()) && !o.generic) : undefined;
    // Only when the people are the harmed ("mourners lost their lives", "were trampled"), and the
    // gathering is not named too ("Mourners carry the coffin of a fighter killed in the strikes during a funeral").
    if (!other || mentions.some((o) => o !== m && o.label === m.label) || !harmedAfter(tokens, m.tokenIndex)) continue;
    m.salience -= 2;
    // ("On Tuesday, dozens of mourners lost their lives … in a stampede": the day is the stampede's.)
    if (other.date === null && m.date !== null && other.subordinateFrom === null) {
      other.date = m.date;
      other.dateEnd = m.dateEnd;
    }
  }
  return mentions;
}

/** A harm done to the people named at token `at`, within their own clause: "mourners lost their lives", "were trampled". */
function harmedAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
    const w = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct' && w !== '-') return false;
    if (PEOPLE_HARM.has(w) || (w === 'lost' && tokens[k + 2]?.lower === 'lives')) return true;
  }
  return false;
}
const PEOPLE_HARM = new Set(['killed', 'died', 'dead', 'injured', 'wounded', 'hurt', 'trampled', 'crushed', 'perished']);

/** Triggers that name people, not a happening: the gathering they came to. */
const PEOPLE_TRIGGERS: ReadonlySet<string> = new Set(['mourners']);

/**
 * "Friday's attack, in which more than 30 rockets were fired at the K1 base": a generic word whose
 * "in which" clause names the happening's kind is that kind, and lends the clause its day.
 */
function describedInWhich(tokens: readonly Token[], triggers: ReadonlyArray<{ first: number; last: number }>, mentions: DetailedEventMention[]): void {
  for (let idx = 0; idx + 1 < mentions.length; idx++) {
    const g = mentions[idx];
    const n = mentions[idx + 1];
    if (!g.generic || n.generic) continue;
    let k = triggers[idx].last + 1;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'in' || tokens[k + 1]?.lower !== 'which') continue;
    // The clause's own trigger, before any other clause opens.
    let broken = false;
    for (let j = k + 2; j < triggers[idx + 1].first; j++) if (tokens[j].text === ',' || CLAUSE_BREAKS.has(tokens[j].text)) broken = true;
    if (broken) continue;
    g.label = n.label;
    g.generic = false;
    if (n.date === null && g.date !== null) {
      n.date = g.date;
      n.dateEnd = g.dateEnd;
    }
  }
}

/**
 * "told the nation that “no Americans were harmed in last night's attack”": a day counted inside
 * a quotation is counted from when the words were spoken, which may be weeks before publication.
 * The dates of `dates` that are so.
 */
function quotedDeixis(sentence: string, dates: DateMention[]): Set<DateMention> | null {
  if (!dates.some((d) => d.relative === true)) return null;
  const spans = quoteSpans(sentence);
  if (spans.length === 0) return null;
  return new Set(dates.filter((d) => d.relative === true && spans.some((q) => q.open < d.start && (q.close < 0 || d.end <= q.close))));
}

/** After a trigger, what makes it a happening only foreseen: "an attack was likely", "strikes were imminent", "an attack could come". */
const FORESEEN_AFTER = /^\s+(?:(?:was|were|is|are|seemed|appeared)\s+(?:(?:very|highly|more|most|now)\s+)?(?:likely|imminent|expected|coming|possible|probable|feared|looming)\b(?!\s+to\b)|(?:could|might|may|would)\s+(?:come|happen|follow|occur)\b)/iu;
/** Words before a trigger that make it a happening feared or weighed, not one that took place. */
const HYPOTHETICAL = new Set(['imminent', 'possible', 'potential', 'future', 'hypothetical', 'feared']);

/** Words that make a trigger a new happening: "another attack", "a second strike", "fresh protests". */
const FRESH_WORDS = new Set(['another', 'fresh', 'renewed', 'separate', 'additional']);
const FRESH_AFTER_A = new Set(['new', 'second', 'third', 'further', 'separate']);

/** "another barrage of rockets", "a second rocket attack", "a fresh wave of protests", within three words before the trigger. */
function freshAt(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const w = tokens[k].lower;
    if (tokens[k].kind === 'punct') return false;
    const fresh = FRESH_WORDS.has(w) || (FRESH_AFTER_A.has(w) && (tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'an'));
    if (fresh) return !(k === first - 1 && MUNITIONS.has(tokens[first].lower));
  }
  return false;
}

/** Cues that set a happening beside another of its kind: "on top of", "in addition to", "adding to". */
const BESIDES_CUES: ReadonlyArray<readonly string[]> = [['on', 'top', 'of'], ['in', 'addition', 'to'], ['adding', 'to'], ['besides']];

/**
 * "sending 3,000 more soldiers …, on top of the 750 who deployed earlier this week": the trigger is
 * another happening than the sentence's one of its kind, within eight words after the cue.
 */
function besidesAt(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (tokens[k].kind === 'punct') return false;
    for (const cue of BESIDES_CUES) if (cue[cue.length - 1] === tokens[k].lower && precedes(tokens, k + 1, cue)) return true;
  }
  return false;
}

/** Words before "protest" that make it a note of complaint: "a formal protest", "lodged a protest". */
const COMPLAINT_WORDS = new Set(['formal', 'diplomatic', 'written', 'strong', 'official', 'lodge', 'lodged', 'lodges', 'lodging', 'file', 'filed', 'files', 'filing', 'register', 'registered', 'registers', 'submit', 'submitted', 'delivered', 'sent']);

/** "file a formal protest", "lodged a strong protest with the embassy": two words back at most, after "a". */
function diplomaticProtest(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'protest') return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k].lower;
    if (COMPLAINT_WORDS.has(w)) return true;
    if (w !== 'a' && w !== 'an' && w !== 'strongly-worded') return false;
  }
  return false;
}

/** Verbs of speaking before "at a rally": "said at a rally", "told supporters at a campaign rally". */
const SPEAKING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'spoke', 'speaks', 'speaking', 'addressed', 'addressing', 'declared', 'promised', 'vowed', 'pledged', 'insisted', 'claimed', 'announced', 'warned']);

/** "said at a rally", "told supporters at a campaign rally in Nairobi": the rally is where the words were said. */
function speakingVenue(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'rally') return false;
  let k = i - 1;
  // "a campaign rally", "an election rally".
  if (k >= 0 && tokens[k].kind === 'word' && tokens[k].lower !== 'a' && tokens[k].lower !== 'an' && tokens[k].lower !== 'the') k--;
  if (k < 1 || !/^(?:a|an|the)$/u.test(tokens[k].lower) || tokens[k - 1].lower !== 'at') return false;
  for (let j = k - 2; j >= Math.max(0, k - 5); j--) if (SPEAKING_VERBS.has(tokens[j].lower)) return true;
  return false;
}

/** A sentence that speaks of what may come ("vowed to strike US bases before Jan. 10"): its days may lie ahead. */
const FUTURE_TALK = /\b(?:will|would|shall|plans?|planned|planning|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?\s+to|could|may|might|intends?|expected\s+to|set\s+to|going\s+to|deadline|ultimatum)\b/iu;

/**
 * "will hold a meeting on Monday to discuss the strikes": a day ahead is the plan's, never that of a
 * happening the text points back to with "the" (a threat keeps its day: "vowed to strike US bases before Jan. 10").
 */
function knownAhead(tokens: readonly Token[], first: number, d: DateMention | null, label: string, published: string | null): boolean {
  if (d === null || published === null || d.date <= published || SCHEDULABLE.has(label) || /\d{4}/u.test(d.text)) return false;
  // Before the trigger in the plan's own words ("on Monday to discuss the strikes"), or after it as
  // another noun's ("raise the incident at a meeting scheduled for Thursday").
  return first > 0 && DEFINITE.has(tokens[first - 1].lower);
}
const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that']);

/** Happenings that may be announced ahead ("funerals will be held on Friday"); the rest are reported after the fact. */
const SCHEDULABLE = new Set(['funerals', 'deployment', 'protest']);

/**
 * A strike or an attack is reported after it happened: "in a U.S. drone strike at Baghdad
 * airport on Jan. 3", written on 2020-12-20, is last January's, though a day without a year
 * may otherwise fall a little after the publication ("They will vote on January 8").
 */
/** The day after a date (or an instant's day). */
function nextDay(iso: string): string {
  const day = parseDay(iso);
  return day === null ? iso : toIso(addDays(day, 1));
}

function pastOnlyDate(d: DateMention | null, label: string, published: string | null): DateMention | null {
  if (d === null || published === null || d.date <= published || SCHEDULABLE.has(label) || /\d{4}/u.test(d.text)) return d;
  // "5:30 p.m. (EST) on January 7" on a page of January 7 was already January 8 in Iraq: a day moved to
  // the places' zone (localDays) may fall a day after the page's.
  if (d.clock !== undefined && d.date <= nextDay(published)) return d;
  if (d.precision !== 'day' && d.precision !== 'month') return d;
  const back = (iso: string): string => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  const date = back(d.date);
  const dateEnd = d.dateEnd === null ? null : back(d.dateEnd);
  // 29 February has no day a year before: leave such a date alone.
  if (parseDay(date) === null || (dateEnd !== null && parseDay(dateEnd) === null)) return d;
  return { ...d, date, dateEnd };
}

/**
 * The happenings a sentence names, from the trigger vocabulary (eventVocabulary.ts): label,
 * trigger offsets, the date that goes with the trigger ("Sunday's strikes", "a rocket attack
 * ... on Friday"), and the place of ctx.places nearest to it.
 */
export function detectEvents(sentence: string, ctx: { published: string | null; places: string[] }): EventMention[] {
  return detectEventMentions(sentence, ctx).map(({ label, trigger, start, end, date, dateEnd, place }) => ({ label, trigger, start, end, date, dateEnd, place }));
}
