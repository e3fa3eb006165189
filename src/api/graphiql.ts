import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * The playground's example operations. They run on the two sample articles in examples/
 * (what `npm start` ingests) and the test suite runs them too (test/api/graphiql.test.ts),
 * so they keep working as the schema evolves.
 */
export const EXAMPLES = {
  traceClaim: {
    title: 'Trace the "25 fighters" claim',
    query: `# Where does "25 fighters" come from? Find the claim by full-text search,
# then walk its provenance: who it is credited to, which outlets carried it,
# and its earliest appearance. Press the run button (or Ctrl-Enter).
query TraceTwentyFiveFighters {
  searchClaims(text: "25 fighters", first: 2) {
    totalCount
    edges {
      score
      node {
        id
        text
        article { outlet published title }
        provenance {
          origin { description source { name type } article { outlet published } }
          chain { depth kind evidence cue source { name type } article { outlet } }
          earliest { article { outlet published } claim { text } }
          appearances { relation score article { outlet published } claim { text } }
        }
      }
    }
  }
}
`,
  },
  embassyOrigins: {
    title: 'Independent origins of the embassy breach',
    query: `# How many independent origins say the embassy compound was breached?
# Two outlets running the same AP copy count as one origin: supporting claims
# are grouped by origin (a wire story, a copy chain, a speaker, an outlet's own
# reporting), each with the basis of its link.
query EmbassyBreachOrigins {
  searchClaims(text: "broken into the US embassy compound", first: 1) {
    edges {
      node {
        id
        text
        article { outlet published }
        corroboration {
          independentOrigins
          supportingCount
          groups {
            label
            kind
            size
            members {
              claim { text }
              article { outlet published }
              link { type score basis }
            }
          }
        }
      }
    }
  }
}
`,
  },
  deathTolls: {
    title: 'Conflicting figures',
    query: `# Which claims give a different figure for the same thing, side by side?
# Death tolls of the strikes: in the two sample articles 25 and "at least 25"
# agree (see the links' basis); coverage giving 18 or 27 would show up under
# differentFigures. Crowd sizes: "dozens" broke in while "hundreds" pushed
# through a gate: different moments, shown side by side, not a contradiction.
query ConflictingFigures {
  deathTolls: searchClaims(text: "25 fighters", first: 2) {
    edges { node { ...Figures links(types: [corroborates, different_figure]) { type basis } } }
  }
  crowdSizes: searchClaims(text: "dozens broken into embassy", first: 1) {
    edges { node { ...Figures } }
  }
}

fragment Figures on Claim {
  id
  text
  quantities { text value qualifier subject predicate }
  article { outlet published }
  source { name }
  conflicts {
    differentFigures {
      slot
      claim { text }
      quantities { text value qualifier }
      source { name }
      article { outlet published }
      link { basis }
    }
    contradictions {
      claim { text }
      source { name }
      article { outlet published }
      link { basis }
    }
  }
}
`,
  },
  explore: {
    title: 'Explore: sources across outlets, event timelines',
    query: `# What each source said across outlets, and each event's timeline.
query Explore {
  sources(first: 5, filter: { nameContains: "a" }) {
    totalCount
    edges {
      node {
        name
        type
        outlets { outlet articleCount claims { text } }
      }
    }
  }
  events(first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        label
        date
        place
        timeline(first: 10) { published article { outlet } claim { text certainty } }
      }
    }
  }
}
`,
  },
  ingest: {
    title: 'Ingest an article (needs an editor key)',
    query: `# Mutations need an API key with the editor role: set CLAIMGRAPH_API_KEYS="<key>:editor"
# when starting the server, and put {"Authorization": "Bearer <key>"} in the Headers tab.
mutation IngestArticle {
  ingestArticle(input: {
    text: "Iraq's foreign ministry said on Wednesday that the embassy compound had been secured."
    outlet: "Example Wire"
    published: "2020-01-01"
    title: "Embassy secured, ministry says"
  }) {
    created
    known
    failed
    items {
      status
      articleId
      error { code message }
      claims { id text kind certainty speaker { name } }
      links { type score basis toClaim { text } }
    }
  }
}
`,
  },
} as const;

export function graphiqlOptions(): GraphiQLOptions {
  const tabs = [EXAMPLES.traceClaim, EXAMPLES.embassyOrigins, EXAMPLES.deathTolls, EXAMPLES.explore, EXAMPLES.ingest];
  return {
    title: 'claimgraph',
    defaultQuery: EXAMPLES.traceClaim.query,
    defaultTabs: tabs.map((t) => ({ query: t.query })),
    // SSE is what the server speaks for subscriptions (claimAdded).
    subscriptionsProtocol: 'SSE',
    shouldPersistHeaders: false,
  };
}
