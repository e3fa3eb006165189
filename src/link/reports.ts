import type { Article, Claim, Link, LinkType, Quantity, Source } from '../domain';

/** One step of a provenance chain, nearest to the claim first, each with its evidence. */
export interface ProvenanceStep {
  kind: 'speaker' | 'quoted_through' | 'credited_agency' | 'copied_from' | 'derived_from' | 'publisher';
  source: Source | null;
  article: Article | null;
  claim: Claim | null;
  /** What shows the step: the sentence, the cue, the credit line "(Ali Abdul Hassan/AP)", the copied share. */
  evidence: string;
  cue: string | null;
  depth: number;
}

/** One place a claim (or the same proposition) appears. */
export interface Appearance {
  claim: Claim;
  article: Article;
  /** How it relates to the asked claim: 'self', or the link type that reached it. */
  relation: LinkType | 'self';
  score: number;
}

export interface ProvenanceReport {
  claim: Claim;
  article: Article;
  /** Where it ultimately comes from: the original speaker or agency, and the first article. */
  origin: { source: Source | null; article: Article; claim: Claim; description: string };
  chain: ProvenanceStep[];
  /** Earliest appearance by publication time (unknown dates sort last). */
  earliest: Appearance;
  /** Every appearance in publication order, the asked claim included. */
  appearances: Appearance[];
}

/** Supporting claims that share one origin: one wire story, one copy chain, one speaker's statement. */
export interface OriginGroup {
  /** Stable key of the origin ("agency:s_associated-press", "speaker:s_mike-pompeo", "article:a_…"). */
  key: string;
  /** Readable: "Associated Press wire copy", "statement by Mike Pompeo", "BBC News (own reporting)". */
  label: string;
  kind: 'agency' | 'copy_chain' | 'speaker' | 'outlet';
  members: Array<{ claim: Claim; article: Article; link: Link | null }>;
}

export interface CorroborationReport {
  claim: Claim;
  /** Number of independent origins supporting the claim, counting the claim's own origin. */
  independentOrigins: number;
  /** Groups by origin; the asked claim's own group first. */
  groups: OriginGroup[];
  /** Supporting claims in all groups, the asked claim excluded. */
  supportingCount: number;
}

export interface ConflictEntry {
  claim: Claim;
  article: Article;
  source: Source | null;
  link: Link;
  /** The slot compared, e.g. "killed|fighters"; null for contradictions. */
  slot: string | null;
  quantities: Quantity[];
}

export interface ConflictReport {
  claim: Claim;
  differentFigures: ConflictEntry[];
  contradictions: ConflictEntry[];
}
