import { ownValue, type Quantity } from '../domain';

/**
 * The slot a figure fills, so that figures from different articles can be compared:
 * "25 fighters killed", "at least 25 people died" and "25 militia members were killed"
 * all fill `killed|fighters`; "four commanders among the dead" fills `killed|commanders`.
 * Crowd sizes (dozens broke in, thousands marched) fill `crowd|people` whatever the verb:
 * they describe different moments and groups and are shown side by side, never merged.
 */

/** Predicate classes: words that report the same outcome. */
const PREDICATE_CLASS: Readonly<Record<string, string>> = {
  killed: 'killed', died: 'killed', dead: 'killed', death: 'killed', deaths: 'killed', kill: 'killed', killing: 'killed', perished: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded', wound: 'wounded', injure: 'wounded', injuries: 'wounded',
  // "killed or injured": the two together, a slot of its own.
  'killed or injured': 'casualties',
  fired: 'fired', launched: 'fired', fire: 'fired', launch: 'fired',
  deployed: 'deployed', sent: 'deployed', deploy: 'deployed', send: 'deployed', dispatched: 'deployed',
  arrested: 'arrested', detained: 'arrested',
  evacuated: 'evacuated', fled: 'evacuated', displaced: 'displaced',
  kidnapped: 'kidnapped', missing: 'missing', rescued: 'rescued',
  hit: 'hit', targeted: 'hit', bombed: 'hit', struck: 'hit',
  destroyed: 'destroyed', damaged: 'damaged', burned: 'burned', 'set fire to': 'burned',
};

/** Predicates that describe what a crowd did; their counts are crowd sizes. */
const CROWD_PREDICATES = new Set([
  'marched', 'stormed', 'approached', 'gathered', 'protested', 'broke into', 'set up', 'attended', 'surrounded',
  'took part', 'pushed', 'attacked', 'rallied', 'chanted', 'massed', 'entered',
]);

/** Heads that count people in a crowd. */
const CROWD_HEADS = new Set([
  'people', 'protesters', 'protestors', 'demonstrators', 'supporters', 'mourners', 'crowd', 'crowds', 'iraqis',
  'men', 'women', 'youths', 'activists', 'marchers', 'rioters', 'mob', 'participants', 'residents', 'worshippers',
]);

/** Subject head -> class; `people` is the generic class and matches `fighters`. */
const HEAD_CLASS: Readonly<Record<string, string>> = {
  fighter: 'fighters', fighters: 'fighters', militant: 'fighters', militants: 'fighters', member: 'fighters', members: 'fighters',
  militiamen: 'fighters', militiaman: 'fighters', combatants: 'fighters', guerrillas: 'fighters', militia: 'fighters', paramilitaries: 'fighters',
  people: 'people', person: 'people', persons: 'people', individuals: 'people', iraqis: 'people', americans: 'people', iranians: 'people', terrorists: 'people',
  // "no American casualties": the dead (and hurt) of the group, not a noun of its own.
  casualties: 'people', casualty: 'people',
  soldier: 'soldiers', soldiers: 'soldiers', troops: 'soldiers', servicemen: 'soldiers', personnel: 'soldiers', marines: 'soldiers', 'service members': 'soldiers', 'service member': 'soldiers',
  contractor: 'contractors', contractors: 'contractors',
  civilian: 'civilians', civilians: 'civilians',
  commander: 'commanders', commanders: 'commanders', leaders: 'commanders',
  missile: 'missiles', missiles: 'missiles', rocket: 'missiles', rockets: 'missiles', projectiles: 'missiles',
  airstrike: 'strikes', airstrikes: 'strikes', strike: 'strikes', strikes: 'strikes', targets: 'targets', target: 'targets',
  // What strikes hit, in each outlet's word: "five sites", "three locations", "five facilities", "militia positions".
  site: 'targets', sites: 'targets', location: 'targets', locations: 'targets', facility: 'targets', facilities: 'targets',
  position: 'targets', positions: 'targets', depot: 'targets', depots: 'targets', installation: 'targets', installations: 'targets',
};

export interface Slot {
  /** "killed|fighters", "crowd|people", "fired|missiles". */
  key: string;
  /** Crowd sizes: differing values are different moments, never a contradiction. */
  crowd: boolean;
  /** Casualty counts, the figures fact-checkers compare first. */
  casualty: boolean;
}

/** Last word of the subject, lower-cased; multi-word heads like "service members" kept. */
export function subjectHead(subject: string | null): string | null {
  if (subject === null) return null;
  const words = subject
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const last2 = words.slice(-2).join(' ');
  if (HEAD_CLASS[last2] !== undefined) return last2;
  return words[words.length - 1] as string;
}

export function predicateClass(predicate: string | null): string | null {
  if (predicate === null) return null;
  const p = predicate.toLowerCase().trim();
  return ownValue(PREDICATE_CLASS, p) ?? p;
}

export function quantitySlot(q: Quantity): Slot | null {
  const head = subjectHead(q.subject);
  const pred = predicateClass(q.predicate);
  const headClass = head === null ? null : (ownValue(HEAD_CLASS, head) ?? head);
  if (pred === 'killed' || pred === 'wounded' || pred === 'casualties' || pred === 'kidnapped' || pred === 'missing' || pred === 'arrested') {
    return { key: `${pred}|${headClass ?? 'people'}`, crowd: false, casualty: pred === 'killed' || pred === 'wounded' || pred === 'casualties' };
  }
  // A crowd is counted roughly or in the tens at least; "all four men" is not a crowd size.
  const crowdSized = q.qualifier === 'approx' || q.value >= 10;
  if (crowdSized && head !== null && CROWD_HEADS.has(head) && (pred === null || CROWD_PREDICATES.has(pred) || !(pred in PREDICATE_CLASS))) {
    return { key: 'crowd|people', crowd: true, casualty: false };
  }
  if (crowdSized && pred !== null && CROWD_PREDICATES.has(pred) && (headClass === 'people' || headClass === 'fighters')) {
    return { key: 'crowd|people', crowd: true, casualty: false };
  }
  // "Three of the targets were in western Iraq": a count of what was hit, with or without the verb (not "from
  // three locations", which may be where the strikes came from).
  if (pred === null && (head === 'targets' || head === 'target')) return { key: 'hit|targets', crowd: false, casualty: false };
  if (pred === null || headClass === null) return null;
  return { key: `${pred}|${headClass}`, crowd: false, casualty: false };
}

/** Who `people` may stand for: the same deaths counted with a looser noun ("25 people" / "25 fighters", "no Americans" / "80 troops"). */
const PEOPLE_MAY_BE = new Set(['fighters', 'soldiers']);

/** Slots are comparable when equal, or when one counts `people` and the other fighters or soldiers. */
export function slotsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [pa, ha] = a.split('|');
  const [pb, hb] = b.split('|');
  if (pa !== pb) return false;
  return (ha === 'people' && PEOPLE_MAY_BE.has(hb ?? '')) || (hb === 'people' && PEOPLE_MAY_BE.has(ha ?? ''));
}
