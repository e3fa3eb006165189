/** Closed vocabularies of the graph model (DESIGN.md, "Graph model"). */

export const CLAIM_KINDS = ['assertion', 'attributed', 'quote', 'observation'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CERTAINTIES = ['asserted', 'hedged', 'unconfirmed', 'unclear', 'denied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'more_than', 'less_than', 'approx'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a Source is: who a claim is credited to, or who published an article. */
export const SOURCE_TYPES = [
  'person',
  'organization',
  'government',
  'news_agency',
  'outlet',
  'group',
  'country',
  'witness',
  'unknown',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** What an Entity mentioned in a claim is. */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'government',
  'news_agency',
  'outlet',
  'group',
  'country',
  'place',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LINK_TYPES = [
  'corroborates',
  'contradicts',
  'different_figure',
  'same_event',
  'derived_from',
  'copies',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Who made a link. An editor's link outranks the machine's and survives re-ingest. */
export const LINK_ORIGINS = ['machine', 'editor'] as const;
export type LinkOrigin = (typeof LINK_ORIGINS)[number];

export function isOneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}
