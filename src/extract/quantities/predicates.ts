/**
 * What happened to what is counted (data). Surface form -> canonical predicate. The
 * canonical form is the past participle as news writes it, so "killed" (by someone) and
 * "died" stay distinct, as the reference annotations keep them; the linker's slots
 * (link/quantitySlot.ts) group them for comparison across articles.
 */
export const PREDICATE_FORMS: Readonly<Record<string, string>> = {
  kill: 'killed', kills: 'killed', killed: 'killed', killing: 'killed', killings: 'killed',
  // Iranian and militia outlets: "martyring 25 fighters", "were martyred".
  martyred: 'killed', martyring: 'killed', martyr: 'killed', martyrdom: 'killed',
  die: 'died', dies: 'died', died: 'died', dying: 'died', dead: 'died', death: 'died', deaths: 'died', perished: 'died',
  wound: 'wounded', wounds: 'wounded', wounded: 'wounded', wounding: 'wounded',
  injure: 'injured', injures: 'injured', injured: 'injured', injuring: 'injured', injuries: 'injured', injury: 'injured', hurt: 'injured', harmed: 'injured',
  hospitalized: 'injured', hospitalised: 'injured',
  fire: 'fired', fires: 'fired', fired: 'fired', firing: 'fired',
  launch: 'launched', launches: 'launched', launched: 'launched', launching: 'launched',
  deploy: 'deployed', deploys: 'deployed', deployed: 'deployed', deploying: 'deployed', deployment: 'deployed', stationed: 'deployed',
  send: 'sent', sends: 'sent', sent: 'sent', sending: 'sent', dispatched: 'sent', dispatch: 'sent',
  arrest: 'arrested', arrests: 'arrested', arrested: 'arrested', arresting: 'arrested',
  detain: 'detained', detained: 'detained', detaining: 'detained',
  evacuate: 'evacuated', evacuated: 'evacuated', evacuating: 'evacuated', evacuation: 'evacuated',
  march: 'marched', marched: 'marched', marching: 'marched',
  storm: 'stormed', stormed: 'stormed', storming: 'stormed',
  approach: 'approached', approached: 'approached',
  gather: 'gathered', gathered: 'gathered', gathering: 'gathered',
  protest: 'protested', protested: 'protested', protesting: 'protested',
  flee: 'fled', fled: 'fled', fleeing: 'fled',
  missing: 'missing',
  kidnap: 'kidnapped', kidnapped: 'kidnapped', abducted: 'kidnapped', abduct: 'kidnapped',
  rescue: 'rescued', rescued: 'rescued',
  displace: 'displaced', displaced: 'displaced',
  hit: 'hit', struck: 'hit', strike: 'hit', slammed: 'hit', landed: 'hit', impacted: 'hit', target: 'targeted', targeted: 'targeted', targeting: 'targeted',
  bomb: 'bombed', bombed: 'bombed',
  destroy: 'destroyed', destroyed: 'destroyed',
  damage: 'damaged', damaged: 'damaged',
  burn: 'burned', burned: 'burned', burnt: 'burned', torched: 'burned',
  attack: 'attacked', attacked: 'attacked',
  shoot: 'shot', shot: 'shot',
  attend: 'attended', attended: 'attended',
  surround: 'surrounded', surrounded: 'surrounded',
};

/** Multi-word predicates, tried before single words. */
export const PREDICATE_PHRASES: ReadonlyArray<{ words: readonly string[]; predicate: string }> = [
  { words: ['broke', 'into'], predicate: 'broke into' },
  { words: ['broken', 'into'], predicate: 'broke into' },
  { words: ['breaking', 'into'], predicate: 'broke into' },
  { words: ['set', 'fire', 'to'], predicate: 'set fire to' },
  { words: ['set', 'ablaze'], predicate: 'burned' },
  { words: ['set', 'alight'], predicate: 'burned' },
  { words: ['set', 'up'], predicate: 'set up' },
  // The dead and the hurt counted together: one figure, neither the toll nor the injured.
  ...['killed', 'dead'].flatMap((k) =>
    ['or', 'and'].flatMap((c) => ['injured', 'wounded', 'hurt'].map((h) => ({ words: [k, c, h], predicate: 'killed or injured' }))),
  ),
  { words: ['lost', 'their', 'lives'], predicate: 'died' },
  { words: ['lost', 'his', 'life'], predicate: 'died' },
  { words: ['lost', 'her', 'life'], predicate: 'died' },
  { words: ['were', 'among', 'the', 'dead'], predicate: 'died' },
  { words: ['are', 'among', 'the', 'dead'], predicate: 'died' },
  { words: ['was', 'among', 'the', 'dead'], predicate: 'died' },
  { words: ['took', 'part'], predicate: 'took part' },
  { words: ['treated', 'for'], predicate: 'injured' },
  // "More than 20 protesters suffered from tear gas inhalation".
  { words: ['suffered', 'from'], predicate: 'injured' },
  { words: ['suffering', 'from'], predicate: 'injured' },
  { words: ['taken', 'to', 'hospital'], predicate: 'injured' },
  { words: ['took', 'shelter'], predicate: 'sheltered' },
  { words: ['take', 'shelter'], predicate: 'sheltered' },
  { words: ['were', 'sheltering'], predicate: 'sheltered' },
];

/** Predicates about harm to people: only these make "a/an" a count ("killed an American contractor"). */
export const CASUALTY_PREDICATES = new Set(['killed', 'died', 'wounded', 'injured', 'killed or injured', 'kidnapped', 'arrested', 'detained', 'missing', 'shot', 'evacuated']);

/** Auxiliaries and adverbs that may stand between a counted subject and its verb ("were reportedly killed"). */
export const VERB_FILLERS = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'may', 'might',
  'could', 'can', 'should', 'must', 'did', 'do', 'does', 'also', 'all', 'reportedly', 'allegedly', 'apparently',
  'later', 'then', 'now', 'already', 'still', 'both', 'each', 'lightly', 'seriously', 'critically', 'badly',
  'fatally', 'slightly', 'immediately', 'initially', 'reported', 'believed', 'feared', 'said', 'to', 'got',
  'get', 'since', 'just', 'either', 'who', 'that', 'confirmed', 'thought', 'known', 'eventually',
]);
