import type { LinkOrigin, LinkType } from './kinds';

/**
 * A typed edge between two claims, or (for `copies`) two articles.
 * Direction: `from` is the later or derived side, `to` the earlier or original one
 * (B copies A: from B to A; a claim corroborates an earlier one: from the new one to it).
 */
export interface Link {
  from: string;
  to: string;
  type: LinkType;
  /** 0..1 confidence; editors' links carry 1. */
  score: number;
  /** Human-readable reason: "same death toll of the same strikes; 25 and at least 25 agree". */
  basis: string;
  /** For different_figure: the slot compared ("killed|fighters"); for copies: null. */
  slot: string | null;
  /** For copies: share of the copying article's text reused (0..1); null otherwise. */
  share: number | null;
  origin: LinkOrigin;
  /** An editor's removal: the link is kept as a tombstone so the machine does not re-create it. */
  removed: boolean;
  /** Editor's note, when an editor made or removed it. */
  note: string | null;
  /** ISO timestamp of creation. */
  createdAt: string;
}
