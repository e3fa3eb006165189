import type { Certainty, ClaimKind } from './kinds';
import type { Quantity } from './quantity';
import type { Speaker } from './source';
import type { EventRef } from './event';
import type { EntityRef } from './entity';

/**
 * One claim as it appears in one article. Its id derives from the article id and its
 * character offsets, so re-extracting the same article yields the same ids.
 */
export interface Claim {
  id: string;
  articleId: string;
  /** The claim itself, usually the clause or quote that carries it. */
  text: string;
  /** The whole sentence it stands in. */
  sentence: string;
  /** Character offsets of `text` in the article's cleaned text (`Article.text`), end exclusive. */
  start: number;
  end: number;
  kind: ClaimKind;
  certainty: Certainty;
  speaker: Speaker | null;
  /** Id of the Source the speaker resolves to (ATTRIBUTED_TO); null for the outlet's own voice. */
  sourceId: string | null;
  /** The attribution cue as written: "said", "according to", "warned that". */
  cue: string | null;
  /** The quoted words for `quote` claims. */
  quote: string | null;
  quantities: Quantity[];
  event: EventRef | null;
  entities: EntityRef[];
  /** Canonical name of the agency credited for this claim (photo credit, wire copy). */
  credit: string | null;
  /** 0..1, how worth checking the claim is (numbers, named sources and events score higher). */
  checkworthiness: number;
  /**
   * The intermediary the words came through, when the text names one: "IRNA quoted …
   * Mousavi as saying" (speaker Mousavi, via IRNA), "…, an official told Reuters",
   * "…, CNN reported, citing a statement from …". Optional: absent means none known.
   */
  via?: Speaker | null;
}
