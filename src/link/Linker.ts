import type { ArticleBundle } from '../domain';
import type { GraphStore } from '../store/port';
import type { Extraction } from '../extract/types';

/**
 * Turns one article's extraction into the bundle the store writes: global events,
 * resolved sources, links to what is already stored, and index keys for later articles.
 * PLACEHOLDER until the linking issue lands: no cross-article analysis yet.
 */
export class Linker {
  constructor(private readonly store: GraphStore) {}

  async link(x: Extraction): Promise<ArticleBundle> {
    void this.store;
    return {
      article: x.article,
      claims: x.claims,
      sources: x.sources,
      events: x.events,
      entities: x.entities,
      links: [],
      publisherId: x.publisherId,
      creditIds: x.creditIds,
      articleKeys: [],
      claimKeys: [],
    };
  }
}
