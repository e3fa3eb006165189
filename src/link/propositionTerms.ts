import { ownValue } from '../domain';
/**
 * The content of a claim as a bag of canonical terms, for deciding whether two claims
 * state the same proposition. Words are folded to a light stem and mapped through a small
 * table of news synonyms (smashed/broke, door/gate, storm/attack/breach, died/killed),
 * so that paraphrases across outlets share terms. Negation is kept apart as polarity.
 */

const STOP = new Set(
  (
    'a an the of in on at to from by with for into onto over under near outside inside after before during since until ' +
    'against among between through toward towards across around about amid along behind beyond via per than as like ' +
    'this that these those his her its their our my your and or but nor so yet if when while where who whom whose which ' +
    'what why how said says say saying told tell according also then there here it they he she we you i them him us_pron ' +
    'be been being is are was were am has have had having do does did will would may might could can should must shall ' +
    'some any each all both more most other another such only just still very much many few several one two three ' +
    'today yesterday earlier later now up out off down again further once s t just mr mrs ms dr gen sen rep reportedly ' +
    'rather instead apparently allegedly least dozen dozens hundred hundreds thousand thousands score scores statement reported report reports added adding described describing called'
  ).split(/\s+/),
);

const FINITE_AUX = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'did']);
const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'none', 'neither', 'nor', 'without', 'denied', 'denies', 'deny', 'refused', 'false', "n't", 'nt']);

/** Surface or stem -> canonical concept. */
const SYNONYMS: Readonly<Record<string, string>> = {
  kill: 'kill', die: 'kill', dead: 'kill', death: 'kill', perish: 'kill', fatal: 'kill', slain: 'kill', killing: 'kill',
  // Iranian and militia outlets: "25 of their fighters have been martyred".
  martyr: 'kill', martyrdom: 'kill',
  wound: 'wound', injur: 'wound', injure: 'wound', injury: 'wound', hurt: 'wound', harm: 'wound', casualty: 'wound',
  strike: 'strike', airstrike: 'strike', bomb: 'strike', bombing: 'strike', raid: 'strike', struck: 'strike', air: 'strike',
  storm: 'storm', attack: 'storm', breach: 'storm', broke: 'storm', broken: 'storm', break: 'storm', stormed: 'storm', assault: 'storm', rampage: 'storm', push: 'storm',
  smash: 'smash', smashed: 'smash', wrench: 'smash', pulled: 'smash',
  door: 'gate', gate: 'gate', entrance: 'gate',
  funeral: 'funeral', mourner: 'funeral', mourn: 'funeral', burial: 'funeral',
  fighter: 'fighter', militant: 'fighter', militiaman: 'fighter', militiamen: 'fighter', member: 'fighter', combatant: 'fighter',
  protester: 'protester', protestor: 'protester', demonstrator: 'protester', supporter: 'protester', crowd: 'protester', mob: 'protester', rioter: 'protester',
  protest: 'protest', demonstration: 'protest', rally: 'protest', siege: 'protest',
  evacuate: 'evacuate', evacuated: 'evacuate', evacuation: 'evacuate', withdraw: 'evacuate', withdrew: 'evacuate', withdrawn: 'evacuate',
  us: 'us', 'u.s': 'us', american: 'us', americans: 'us', america: 'us', washington: 'us', 'united states': 'us',
  iran: 'iran', iranian: 'iran', tehran: 'iran', 'iran-backed': 'iran', 'iranian-backed': 'iran', 'pro-iran': 'iran', 'pro-iranian': 'iran', 'tehran-backed': 'iran',
  iraq: 'iraq', iraqi: 'iraq', baghdad: 'baghdad', capital: 'baghdad',
  contractor: 'contractor', civilian: 'civilian',
  rocket: 'rocket', missile: 'rocket', katyusha: 'rocket',
  base: 'base', facility: 'base', site: 'base', location: 'base', position: 'base', depot: 'base', installation: 'base',
  // What strikes hit: "three of the targets" are sites; the verb ("targeted") and "become a target" stay a word of their own.
  targets: 'base', target: 'target', targeted: 'target', targeting: 'target',
  embassy: 'embassy', compound: 'embassy', mission: 'embassy',
  fire: 'fire', blaze: 'fire', flame: 'fire', alight: 'fire', ablaze: 'fire', torch: 'fire', burn: 'fire', burned: 'fire', burnt: 'fire',
  blame: 'blame', accuse: 'blame', responsible: 'blame',
  military: 'military', militarily: 'military',
  retaliate: 'retaliate', retaliation: 'retaliate', response: 'retaliate', respond: 'retaliate',
  tear: 'teargas', gas: 'teargas',
  soldier: 'soldier', troop: 'soldier', marine: 'soldier', servicemember: 'soldier', personnel: 'soldier', servicemen: 'soldier',
  launch: 'fire', hit: 'strike',
  sunday: 'sunday', monday: 'monday', tuesday: 'tuesday', wednesday: 'wednesday', thursday: 'thursday', friday: 'friday', saturday: 'saturday',
};

const IRREGULAR: Readonly<Record<string, string>> = {
  died: 'die', dies: 'die', dying: 'die', killed: 'kill', killing: 'killing', broke: 'broke', broken: 'broken', struck: 'struck',
  held: 'hold', fled: 'flee', sent: 'send', men: 'man', women: 'woman', people: 'people', children: 'child', told: 'tell',
  threw: 'throw', thrown: 'throw', led: 'lead', left: 'leave', gave: 'give', took: 'take', taken: 'take', began: 'begin',
  smashing: 'smash', storming: 'storm', injuries: 'injury', casualties: 'casualty', militias: 'militia',
};

/**
 * Light stemmer: plural and verb endings and a final "e" dropped, so that "strikes"/"strike",
 * "evacuated"/"evacuate", "blamed"/"blame" meet. Not Porter; only both sides must agree.
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = ownValue(IRREGULAR, w);
  if (irregular !== undefined) return irregular;
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ed') && s.length > 4) {
    s = s.slice(0, -2);
    if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  } else if (s.endsWith('ing') && s.length > 5) {
    s = s.slice(0, -3);
    if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  } else if (/(ch|sh|x|ss|zz)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Synonyms looked up by surface form or by stem. */
const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(SYNONYMS)) {
    m.set(k, v);
    if (!m.has(stem(k))) m.set(stem(k), v);
  }
  return m;
})();

/** Consonant skeleton of a proper noun, so transliterations meet (Kataeb/Kataib, Muhandis/Muhandes). */
function properSkeleton(lower: string): string {
  return `^${lower.replace(/[aeiouy]+/g, '').replace(/(.)\1+/g, '$1')}`;
}

export interface PropositionTerms {
  /** Canonical content terms with their weight: 1, or less for background terms and words in a subordinate phrase. */
  terms: Map<string, number>;
  /** Terms of the negated clauses ("had not been evacuated"; "no casualties" in "22 missiles were fired, and there were no casualties"). */
  negatedTerms: Set<string>;
  /** Terms of an alternative the claim turns down ("sanctions rather than military force", "instead of troops"): negated too. */
  rejectedTerms: Set<string>;
}

/**
 * canonicalTerm is pure and news reuses a small vocabulary: remembered per word (bounded;
 * emptied when full, which is rare and costs only recomputation).
 */
const termMemo = new Map<string, string | null>();
const TERM_MEMO_LIMIT = 200_000;

export function canonicalTerm(word: string, proper = false): string | null {
  const key = proper ? `P${word}` : `l${word}`;
  const hit = termMemo.get(key);
  if (hit !== undefined) return hit;
  const t = computeCanonicalTerm(word, proper);
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(key, t);
  return t;
}

function computeCanonicalTerm(word: string, proper: boolean): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (lower.length === 0 || STOP.has(lower)) return null;
  if (/^\d/.test(lower)) return null;
  const direct = SYNONYM_STEMS.get(lower);
  if (direct !== undefined) return direct;
  const s = stem(lower);
  if (STOP.has(s)) return null;
  const syn = SYNONYM_STEMS.get(s);
  if (syn !== undefined) return syn;
  return proper && lower.length >= 4 ? properSkeleton(lower) : s;
}

/**
 * Terms that nearly every claim of this kind of news carries (the countries, the capital,
 * "protesters", "militia"): they count half, so that two claims need more than the setting
 * in common to state the same thing.
 */
const BACKGROUND = new Set(['us', 'iraq', 'iran', 'baghdad', 'militia', 'protester', 'embassy', 'military', 'forc', 'force', 'official', 'government', 'group', 'people', 'country', 'tuesday', 'monday', 'sunday', 'wednesday', 'friday', 'thursday', 'saturday']);

export function isBackgroundTerm(t: string): boolean {
  return BACKGROUND.has(t);
}

/**
 * Words that open a phrase giving the circumstances rather than the news ("after smashing a
 * door", "angered by recent air strikes", "amid tear gas"): its words count half, up to the
 * next comma or the end of the claim.
 */
const SUBORDINATE = /^(after|amid|following|before|because|despite|angered|angry|enraged|retaliation|response|revenge)$/;

/** What one word contributes, whatever the claim: remembered per surface form (see tokenInfo). */
interface TokenInfo {
  /** The word opens a subordinate phrase. */
  sub: boolean;
  /** A part of the word negates. */
  neg: boolean;
  /** Canonical terms of its parts, in order, with whether each is a background term. */
  terms: Array<{ t: string; background: boolean }>;
}

const tokenMemo = new Map<string, TokenInfo>();
const TOKEN_MEMO_LIMIT = 200_000;

function tokenInfo(raw: string): TokenInfo {
  const hit = tokenMemo.get(raw);
  if (hit !== undefined) return hit;
  const lowerRaw = raw.toLowerCase();
  const info: TokenInfo = { sub: SUBORDINATE.test(lowerRaw), neg: false, terms: [] };
  const parts = lowerRaw.includes('-') && ownValue(SYNONYMS, lowerRaw) === undefined ? lowerRaw.split('-') : [lowerRaw];
  const proper = /^\p{Lu}/u.test(raw);
  for (const part of parts) {
    if (NEGATORS.has(part)) {
      info.neg = true;
      continue;
    }
    const t = canonicalTerm(part, proper);
    if (t === null || t.length <= 1) continue;
    info.terms.push({ t, background: BACKGROUND.has(t) });
  }
  if (tokenMemo.size >= TOKEN_MEMO_LIMIT) tokenMemo.clear();
  tokenMemo.set(raw, info);
  return info;
}

/** Any character outside ASCII: only then can Unicode folding change the text. */
const NON_ASCII = /[^\x00-\x7f]/;

/** A source that did not say when, how or whether: the negation is of the saying. */
const UNSAID = /\b(?:did|does|do|would|could|has|have|had|will)\s+not\s+(?:say|specify|give|disclose|reveal|explain|elaborate\s+on|indicate|confirm)\s+(?=(?:when|how|whether|why|what|where|who|which|if)\b)/giu;

/** UNSAID cannot match without "not" (in any case). */
const MAY_BE_UNSAID = /not/iu;

/** Words that open a relative clause. ("that" may open what is denied, "not true that it was": only before a verb.) */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);
const RELATIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would']);

export function propositionTerms(text: string): PropositionTerms {
  // (Each rewrite runs only when the text holds what its pattern cannot match without: most claims hold none.)
  let folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  if (folded.includes('U.S')) folded = folded.replace(/\bU\.S\.?/g, 'US');
  if (folded.includes('United States')) folded = folded.replace(/\bUnited States\b/g, 'US');
  if (folded.includes("n't") || folded.includes('n’t')) folded = folded.replace(/n['’]t\b/g, ' not');
  // "It did not say when the burial would take place": what a source left out is no denial of it.
  if (MAY_BE_UNSAID.test(folded)) folded = folded.replace(UNSAID, 'left open');
  const terms = new Map<string, number>();
  const negatedTerms = new Set<string>();
  const rejectedTerms = new Set<string>();
  // (Sentences of a long quotation are clauses too: "They will pay a very BIG PRICE! This is not a Warning".)
  for (const clause of folded.split(/[,;:()!?]|\.\s|\s[—–-]\s/u)) {
    let sub = false;
    // A negation covers its own part of the clause: "took and concluded proportionate measures
    // and did not seek escalation" negates the escalation, not the measures.
    let part: string[] = [];
    let partNegated = false;
    // "none of the 15 missiles fired at the base were intercepted": the participle phrase that
    // describes what "none of" counts, up to the verb, is not what is denied.
    let noneOf = false;
    let describing = false;
    let rejecting = false;
    const endPart = (): void => {
      if (partNegated) for (const t of part) negatedTerms.add(t);
      if (rejecting) for (const t of part) rejectedTerms.add(t);
      part = [];
      partNegated = false;
      rejecting = false;
      noneOf = false;
      describing = false;
    };
    const words = clause.split(/[^\p{L}\p{N}'’-]+/u);
    for (let wi = 0; wi < words.length; wi++) {
      const raw = words[wi]!;
      if (raw.length === 0) continue;
      // Lower-case "us" is the pronoun; the country was folded to upper-case "US" above.
      if (raw === 'us') continue;
      // (A relative clause is a part of its own: "No Koreans are near the two bases that were targeted"
      // denies the Koreans' presence, not the targeting.)
      if (raw === 'and' || raw === 'but' || RELATIVE_WORDS.has(raw) || (raw === 'that' && RELATIVE_AUX.has(words[wi + 1] ?? ''))) endPart();
      const lower = raw.toLowerCase();
      // "respond with sanctions rather than military force": what follows is turned down, a part of its own.
      if ((lower === 'rather' && words[wi + 1]?.toLowerCase() === 'than') || (lower === 'instead' && words[wi + 1]?.toLowerCase() === 'of')) {
        endPart();
        partNegated = rejecting = true;
        wi++;
        continue;
      }
      if (lower === 'none') noneOf = true;
      else if (noneOf && !describing && part.length > 0 && /\p{L}{3,}ed$/u.test(lower) && !FINITE_AUX.has(lower)) describing = true;
      else if (describing && FINITE_AUX.has(lower)) noneOf = describing = false;
      const info = tokenInfo(raw);
      if (info.sub) sub = true;
      if (info.neg) partNegated = true;
      for (const { t, background } of info.terms) {
        if (!describing) part.push(t);
        const w = (background ? 0.5 : 1) * (sub ? 0.5 : 1);
        const prev = terms.get(t);
        if (prev === undefined || w > prev) terms.set(t, w);
      }
    }
    endPart();
  }
  return { terms, negatedTerms, rejectedTerms };
}

/** The claim denies what the shared terms say: most of their weight sits in its negated clauses. */
export function deniesShared(x: PropositionTerms, shared: readonly string[]): boolean {
  let all = 0;
  let neg = 0;
  for (const t of shared) {
    const w = x.terms.get(t) ?? 0;
    all += w;
    if (x.negatedTerms.has(t)) neg += w;
  }
  return all > 0 && neg * 2 > all;
}

/**
 * Opposite polarity on what two claims share ("were evacuated" / "had not been evacuated"). Not when one
 * turns down what the other denies: "would respond with sanctions rather than military force" and "would
 * not respond militarily" say the same.
 */
export function oppositePolarity(a: PropositionTerms, b: PropositionTerms, shared: readonly string[]): boolean {
  if (turnsDownDenied(a, b) || turnsDownDenied(b, a)) return false;
  return deniesShared(a, shared) !== deniesShared(b, shared);
}

function turnsDownDenied(x: PropositionTerms, y: PropositionTerms): boolean {
  for (const t of x.rejectedTerms) if (y.negatedTerms.has(t)) return true;
  return false;
}

/** Weighted Dice coefficient: the weight of the terms both share over the weight of all terms. */
export function termOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { dice: number; shared: string[] } {
  if (a.size === 0 || b.size === 0) return { dice: 0, shared: [] };
  const shared: Array<[string, number]> = [];
  let sw = 0;
  let total = 0;
  for (const [t, w] of a) {
    total += w;
    const v = b.get(t);
    if (v !== undefined) {
      shared.push([t, w + v]);
      sw += w + v;
    }
  }
  for (const w of b.values()) total += w;
  // Heaviest shared terms first, for readable link bases.
  shared.sort((x, y) => y[1] - x[1]);
  return { dice: sw / total, shared: shared.map(([t]) => t) };
}
