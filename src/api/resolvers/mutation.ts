import type { MutationResolvers } from '../generated/graphql';
import type { IngestItemModel } from '../mappers';
import type { Link } from '../../domain';
import { notFound, reviewId } from '../../domain';
import type { ApiContext } from '../context';
import { badInput, publicItemError } from '../errors';
import { isHttpUrl, toRawInput } from './ingestInput';
import { found } from './required';

/** More inputs than this in one call is a batch job: use the CLI (`claimgraph ingest`). */
const MAX_INPUTS = 1000;

async function ingestAll(ctx: ApiContext, inputs: Array<Parameters<typeof toRawInput>[0]>, batch: boolean): Promise<{ items: IngestItemModel[] }> {
  // Check every input before ingesting any, so a bad argument refuses the whole call.
  const raws = inputs.map((input, i) => toRawInput(input, batch ? i : null));
  const items: IngestItemModel[] = [];
  for (const [i, raw] of raws.entries()) {
    for (const r of await ctx.ingest.ingest(raw)) {
      const error = r.error ? publicItemError(r.error) : null;
      // What the caller sees masked, the operator reads in the log.
      if (r.error && error && error.message !== r.error.message) ctx.logger.error(`ingest: input ${i} record ${r.index}: ${r.error.code}: ${r.error.message}`);
      items.push({ ...r, input: i, error });
    }
  }
  ctx.loaders.clearAll();
  return { items };
}

function text(name: string, v: string, max: number): string {
  const s = v.replace(/\s+/g, ' ').trim();
  if (s === '') throw badInput(`${name} must not be empty`, { argument: name });
  if (s.length > max) throw badInput(`${name} must be at most ${max} characters`, { argument: name });
  return s;
}

function note(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v.trim() === '') return null;
  if (v.length > 2000) throw badInput('note must be at most 2000 characters', { argument: 'note' });
  return v.trim();
}

/** Both ends must exist: claims, or articles for `copies`. */
async function requireEnds(ctx: ApiContext, from: string, to: string, isArticle: boolean): Promise<void> {
  const what = isArticle ? 'article' : 'claim';
  const loader = isArticle ? ctx.loaders.article : ctx.loaders.claim;
  const [a, b] = await Promise.all([loader.load(from), loader.load(to)]);
  found(a, what, from);
  found(b, what, to);
}

export const Mutation: MutationResolvers = {
  ingestArticle: (_p, { input }, ctx) => ingestAll(ctx, [input], false),
  ingestArticles: (_p, { inputs }, ctx) => {
    if (inputs.length === 0) throw badInput('inputs must not be empty', { argument: 'inputs' });
    if (inputs.length > MAX_INPUTS) throw badInput(`at most ${MAX_INPUTS} inputs per call, got ${inputs.length}`, { argument: 'inputs' });
    return ingestAll(ctx, inputs, true);
  },
  linkClaims: async (_p, args, ctx) => {
    if (args.from === args.to) throw badInput('a link needs two different ends', { argument: 'to' });
    await requireEnds(ctx, args.from, args.to, args.type === 'copies');
    const n = note(args.note);
    const link: Link = {
      from: args.from,
      to: args.to,
      type: args.type,
      score: 1,
      basis: n ?? 'linked by an editor',
      slot: null,
      share: null,
      origin: 'editor',
      removed: false,
      note: n,
      createdAt: new Date().toISOString(),
    };
    await ctx.store.writeLinks([link]);
    ctx.loaders.clearAll();
    return link;
  },
  removeLink: async (_p, args, ctx) => {
    const n = note(args.note);
    const removed = await ctx.store.removeLink(args.from, args.to, args.type, n);
    if (!removed) {
      throw notFound('link', `${args.type} from ${args.from} to ${args.to}`);
    }
    ctx.loaders.clearAll();
    const links = await ctx.store.getLinks([args.from], { types: [args.type], includeRemoved: true });
    const tombstone = links.find((l) => l.from === args.from && l.to === args.to && l.type === args.type);
    // The store reported the removal; should it not echo the tombstone back, describe it ourselves.
    return (
      tombstone ?? {
        from: args.from, to: args.to, type: args.type, score: 1, basis: n ?? 'removed by an editor', slot: null, share: null,
        origin: 'editor', removed: true, note: n, createdAt: new Date().toISOString(),
      }
    );
  },
  mergeSources: async (_p, { ids }, ctx) => {
    const unique = [...new Set(ids.map((id) => id.trim()))];
    if (unique.length < 2) throw badInput('mergeSources needs at least two different source ids', { argument: 'ids' });
    if (unique.length > 100) throw badInput('mergeSources takes at most 100 ids', { argument: 'ids' });
    const survivor = await ctx.store.mergeSources(unique);
    ctx.loaders.clearAll();
    return survivor;
  },
  reviewClaim: async (_p, args, ctx) => {
    const rating = text('rating', args.rating, 200);
    const reviewer = text('reviewer', args.reviewer, 300);
    const url = args.url === null || args.url === undefined || args.url.trim() === '' ? null : args.url.trim();
    if (url !== null && (url.length > 2048 || !isHttpUrl(url))) throw badInput('url must be an http or https URL', { argument: 'url' });
    found(await ctx.loaders.claim.load(args.claimId), 'claim', args.claimId);
    const review = { id: reviewId(args.claimId, reviewer, url), claimId: args.claimId, rating, reviewer, url, createdAt: new Date().toISOString() };
    await ctx.store.writeReview(review);
    ctx.loaders.clearAll();
    return review;
  },
};
