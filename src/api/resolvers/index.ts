import type { Resolvers } from '../generated/graphql';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars';
import { Query } from './query';
import { Mutation } from './mutation';
import { Subscription } from './subscription';
import { Claim, Entity } from './claim';
import { Article } from './article';
import { Source } from './source';
import { Event } from './event';
import { Link } from './link';
import { Review } from './review';
import { OriginGroup } from './reports';
import { IngestItem, IngestResult } from './ingest';

/** Every resolver, checked against the types generated from schema/ (src/api/generated/graphql.ts). */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query,
  Mutation,
  Subscription,
  Claim,
  Entity,
  Article,
  Source,
  Event,
  Link,
  Review,
  OriginGroup,
  IngestItem,
  IngestResult,
};
