/**
 * What each GraphQL object type resolves from (codegen.yml `mappers`): the domain types and
 * the link reports as they are, so resolvers pass them through and only compute the fields
 * the SDL adds (article, source, links...) through the per-request loaders.
 */
import type { Article, Claim, EntityRef, Link, Quantity, Review, Source, Speaker, Event } from '../domain';
import type {
  Appearance,
  ConflictEntry,
  ConflictReport,
  CorroborationReport,
  OriginGroup,
  ProvenanceReport,
  ProvenanceStep,
} from '../link/reports';
import type { IngestItemResult } from '../app/IngestService';

export type ClaimModel = Claim;
export type ArticleModel = Article;
export type SourceModel = Source;
export type EventModel = Event;
/** Claims carry entity refs; the full entity (aliases) is loaded only when asked. */
export type EntityModel = EntityRef & { aliases?: string[] };
export type LinkModel = Link;
export type ReviewModel = Review;
export type SpeakerModel = Speaker;
export type QuantityModel = Quantity;

export type ProvenanceModel = ProvenanceReport;
export type ProvenanceStepModel = ProvenanceStep;
export type ProvenanceOriginModel = ProvenanceReport['origin'];
export type AppearanceModel = Appearance;
export type CorroborationModel = CorroborationReport;
export type OriginGroupModel = OriginGroup;
export type OriginMemberModel = OriginGroup['members'][number];
export type ConflictsModel = ConflictReport;
export type ConflictEntryModel = ConflictEntry;

/** One ingest outcome plus the position of its input in `ingestArticles(inputs)`. */
export type IngestItemModel = IngestItemResult & { input: number };
export interface IngestResultModel {
  items: IngestItemModel[];
}

export interface SourceOutletModel {
  outlet: string | null;
  articleCount: number;
  claims: Claim[];
}

export interface TimelineEntryModel {
  published: string | null;
  claim: Claim;
  article: Article;
}
