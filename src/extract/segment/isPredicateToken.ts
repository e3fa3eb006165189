import type { Token } from './Sentence';

/** Verbs of change wink reads as nouns after a subject: "The number of dead rose to 27". */
const CHANGE_VERBS = new Set(['rose', 'fell', 'climbed', 'jumped', 'soared', 'dropped', 'rises', 'falls', 'climbs', 'jumps', 'soars', 'drops', 'stood', 'stands', 'reached', 'topped']);

/** Verbs of headlines wink reads as nouns after a plural subject ("Crowds storm US embassy", "Mourners flood Baghdad"). */
const HEADLINE_VERBS = new Set(['storm', 'flood', 'mourn', 'target', 'hit', 'kill', 'attack', 'rally', 'march', 'protest', 'vow', 'blame', 'slam', 'fire', 'strike', 'breach', 'besiege', 'clash', 'surround']);

/**
 * Verbs in -s that a timeline or an explainer tells events with ("5 January: Iraq's parliament votes for
 * the expulsion…", "Iran fires ballistic missiles at…"), which wink reads as nouns after a singular subject.
 */
const NARRATIVE_VERBS = new Set(['fires', 'launches', 'votes', 'kills', 'hits', 'orders', 'sends', 'deploys', 'denies', 'warns', 'vows', 'threatens', 'rejects', 'condemns', 'blames', 'storms', 'seizes', 'withdraws', 'announces', 'approves', 'retaliates', 'crashes', 'wounds', 'shoots', 'downs', 'suspends', 'expels', 'imposes', 'declares', 'admits']);
const NARRATIVE_NEXT = new Set(['for', 'against', 'to', 'at', 'into', 'down', 'off', 'out']);

/** Verbs of saying wink reads as nouns after a plural subject ("Posts claim that …", "Reports say that …"). */
const THAT_VERBS = new Set(['claim', 'claims', 'say', 'says', 'allege', 'alleges', 'suggest', 'suggests', 'show', 'shows', 'insist', 'insists', 'report', 'reports', 'state', 'states']);

/** Phrasal verbs wink reads as nouns before their particle ("Iran shot down a US drone"). */
const PHRASAL_VERBS = new Set(['shot', 'shoot', 'shoots', 'brought', 'bring', 'brings', 'blew', 'blow', 'blows', 'gunned', 'knocked', 'wiped']);
const PARTICLES = new Set(['down', 'up', 'off', 'out']);

/** Determiners that open a verb's object: "shares a border", "plans the attack". */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'no']);

/** Verbs of striking that wink reads as nouns after a pronoun ("those hit", "them hit"). */
const STRIKE_WORDS = new Set(['hit', 'hits']);

/** Words that open a count: "more than 30", "about 750", "dozens of". */
const COUNT_OPENERS = new Set(['more', 'less', 'fewer', 'about', 'nearly', 'almost', 'some', 'several', 'dozens', 'hundreds', 'thousands', 'scores', 'roughly', 'around', 'over', 'up']);

/**
 * Token k can carry a clause: a verb or an auxiliary, or a verb of change wink tagged as a
 * noun right after a noun or an adjective and before "to", "by", "from" or a number.
 */
export function isPredicateToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev === undefined || next === undefined) return false;
  const word = t.text.toLowerCase();
  // "Eleven of those hit Al Asad air base": "hit" after a count's pronoun, before what it struck.
  if (STRIKE_WORDS.has(word) && /^(?:DET|PRON|NUM)$/u.test(prev.pos) && /^(?:PROPN|DET|NOUN)$/u.test(next.pos)) return true;
  if (HEADLINE_VERBS.has(word)) {
    // "Crowds storm US embassy in Baghdad": a headline's verb between its subject and its object,
    // after a plural subject ("Crowds storm US embassy") or any noun with a determiner after it ("the militia storm the embassy").
    if (!/^(?:NOUN|PROPN)$/u.test(prev.pos)) return false;
    return next.pos === 'DET' || (/s$/iu.test(prev.text) && /^(?:NOUN|PROPN|NUM)$/u.test(next.pos));
  }
  // "Iranian forces shot down a US drone": a phrasal verb after its subject, before its particle.
  if (PHRASAL_VERBS.has(word) && PARTICLES.has(next.text.toLowerCase()) && /^(?:NOUN|PROPN|PRON)$/u.test(prev.pos)) return true;
  // "Posts claim that Iran shot down three jets": a verb of saying before "that" after its subject.
  if (THAT_VERBS.has(word) && next.text.toLowerCase() === 'that' && /^(?:NOUN|PROPN|PRON)$/u.test(prev.pos)) return true;
  // "The attack involved more than 30 rockets": a past tense wink reads as an adjective, between a
  // subject and its object (a determiner or a count); "the militia involved in it" takes a preposition.
  // ("Iran orchestrated the whole thing": read as a noun after a name, the same.)
  if ((t.pos === 'ADJ' || (t.pos === 'NOUN' && prev.pos === 'PROPN')) && word.endsWith('ed') && /^(?:NOUN|PROPN)$/u.test(prev.pos) && (next.pos === 'DET' || next.pos === 'NUM' || COUNT_OPENERS.has(next.text.toLowerCase()))) return true;
  // "Turkey shares a 534-kilometer border with Iran", "Iran plans a response": a verb in -s wink reads as a
  // noun, between a name and the determiner of its object.
  if (t.pos === 'NOUN' && /^\p{Ll}{3,}s$/u.test(t.text) && !/ss$/u.test(word) && prev.pos === 'PROPN' && !/s$/u.test(prev.text) && OBJECT_DETERMINERS.has(next.text.toLowerCase())) return true;
  // A singular subject (not a plural, not a compound's first noun after a determiner-less plural) before the verb.
  if (NARRATIVE_VERBS.has(word) && /^(?:NOUN|PROPN)$/u.test(prev.pos) && !/s$/iu.test(prev.text) && (/^(?:ADJ|NOUN|PROPN|NUM|DET)$/u.test(next.pos) || NARRATIVE_NEXT.has(next.text.toLowerCase()))) return true;
  if (!CHANGE_VERBS.has(word)) return false;
  return /^(?:NOUN|PROPN|ADJ)$/u.test(prev.pos) && (/^(?:to|by|from|at|above|below|more|than)$/iu.test(next.text) || next.pos === 'NUM');
}
