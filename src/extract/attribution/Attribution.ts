import type { Speaker } from '../../domain';

/** Who said or saw what in one sentence: the content span becomes a claim. */
export interface Attribution {
  kind: 'quote' | 'attributed' | 'observation';
  speaker: Speaker | null;
  /** Head noun of a description speaker ("officials"), for later definite references. */
  speakerHead: string | null;
  /** The cue as written: "said", "according to", "warned that", "saw". */
  cue: string | null;
  /** The intermediary the words came through: "IRNA quoted … Mousavi" -> IRNA; "… told Reuters" -> Reuters. */
  via: Speaker | null;
  /** Absolute offsets of the claim text (the proposition or the quoted words). */
  start: number;
  end: number;
  /** The quoted words, without marks, for quote claims. */
  quote: string | null;
  /** Absolute offsets of the attribution frame (speaker and cue) that is not part of any claim. */
  frames: Array<[number, number]>;
  /** A statement named inside the outlet's sentence ("Pence's claim that …"): the sentence is never only its report. */
  named?: true;
}
