import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command, CliIO } from '../io';
import { parseArgs } from '../args';
import { loadConfig } from '../../config/config';
import { describeStore, type StoreConfig } from '../../config/storeUrl';
import { requireStoreFile } from '../requireStoreFile';
import { openStore as defaultOpenStore } from '../../compose/openStore';
import { ClaimgraphError, type Article, type Claim, type Event, type Link, type Source } from '../../domain';
import type { GraphStore } from '../../store/port';
import { articleFieldsToInterchange, claimToInterchange, reviewToInterchange } from '../../extract/toInterchange';

const USAGE = `Usage: claimgraph export --format json [--out FILE] [--store URL] [--include-removed] [--no-text]

Writes the whole graph as one interchange JSON document (DESIGN.md): every article with
its claims (and "reviews", fact-checkers' verdicts on them, where there are any), then the
sources, the events and the links. The store is read page by page,
so memory stays flat however large the graph is.

Options:
  --format json        the only format so far (default)
  --out FILE           write to FILE instead of standard output
  --store URL          sqlite:./data/claimgraph.db (default), bolt://host:7687
  --include-removed    also write links an editor removed (as tombstones, "removed": true)
  --no-text            leave out each article's cleaned text (claim offsets point into it)`;

const DEFAULT_PAGE = 200;

/**
 * The interchange shape of a stored article (DESIGN.md "Interchange JSON"), plus its content
 * hash and (unless --no-text) its cleaned text, which claim offsets point into. Claims are
 * written exactly as `claimgraph extract --json` writes them (src/extract/toInterchange).
 */
export function articleToInterchange(a: Article, withText: boolean): Record<string, unknown> {
  return {
    ...articleFieldsToInterchange(a),
    contentHash: a.contentHash,
    ...(withText ? { text: a.text } : {}),
  };
}

export function linkToInterchange(l: Link): Record<string, unknown> {
  return {
    from: l.from,
    to: l.to,
    type: l.type,
    score: l.score,
    basis: l.basis,
    slot: l.slot,
    share: l.share,
    origin: l.origin,
    ...(l.removed ? { removed: true } : {}),
    ...(l.note !== null ? { note: l.note } : {}),
    createdAt: l.createdAt,
  };
}

function sourceToInterchange(s: Source): Record<string, unknown> {
  return { id: s.id, name: s.name, type: s.type, role: s.role, aliases: s.aliases };
}

function eventToInterchange(e: Event): Record<string, unknown> {
  return { id: e.id, label: e.label, date: e.date, dateEnd: e.dateEnd, place: e.place, participants: e.participants };
}

/** Where the JSON goes: a file with backpressure, or the CLI's output. */
export interface Sink {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

export function fileSink(path: string): Sink {
  return streamSink(createWriteStream(path, { encoding: 'utf8' }), path);
}

/** A sink over a writable file stream (`path` names it in errors). */
export function streamSink(stream: WriteStream, path: string): Sink {
  let failed: Error | null = null;
  stream.on('error', (e) => {
    failed = e;
  });
  return {
    async write(text) {
      if (failed) throw new ClaimgraphError('BAD_INPUT', `cannot write ${path}: ${(failed as Error).message}`);
      // once() also rejects on 'error' and removes both its listeners either way; racing a
      // second once(stream, 'error') left one listener behind per wait.
      if (!stream.write(text)) await once(stream, 'drain').catch(() => undefined);
      if (failed) throw new ClaimgraphError('BAD_INPUT', `cannot write ${path}: ${(failed as Error).message}`);
    },
    async end() {
      stream.end();
      await once(stream, 'finish').catch(() => undefined);
      if (failed) throw new ClaimgraphError('BAD_INPUT', `cannot write ${path}: ${(failed as Error).message}`);
    },
  };
}

export function ioSink(io: CliIO): Sink {
  return {
    async write(text) {
      io.out(text);
      // Let the event loop flush a pipe (and notice a reader that went away) between pages.
      await new Promise<void>((r) => setImmediate(r));
    },
    async end() {},
  };
}

export interface ExportCounts {
  articles: number;
  claims: number;
  sources: number;
  events: number;
  links: number;
  reviews: number;
}

/** Streams the graph as interchange JSON into `sink`. */
export async function exportGraph(store: GraphStore, sink: Sink, opts: { includeRemoved: boolean; withText: boolean; stopped?: () => boolean; pageSize?: number }): Promise<ExportCounts> {
  const PAGE = opts.pageSize ?? DEFAULT_PAGE;
  const counts: ExportCounts = { articles: 0, claims: 0, sources: 0, events: 0, links: 0, reviews: 0 };
  const stopped = opts.stopped ?? (() => false);
  await sink.write(`{"format":"claimgraph-interchange","version":1,"store":${JSON.stringify(store.description)},\n"articles":[`);

  // Articles with their claims.
  let after: string | null = null;
  let first = true;
  do {
    const page = await store.listArticles({}, { first: PAGE, after });
    const claimLists = page.items.length > 0 ? await store.getClaimsByArticle(page.items.map((a) => a.id)) : [];
    // A claim's event reference as the event stands now: a later article may have narrowed its date or given it a place.
    const eventIds = [...new Set(claimLists.flat().flatMap((c) => (c.event ? [c.event.id] : [])))];
    const events = new Map((eventIds.length > 0 ? await store.getEvents(eventIds) : []).flatMap((e) => (e ? [[e.id, e] as const] : [])));
    const current = (c: Claim): Claim => {
      const e = c.event ? events.get(c.event.id) : undefined;
      return e && c.event ? { ...c, event: { ...c.event, date: e.date, place: e.place } } : c;
    };
    const dateEnd = (c: Claim): string | null => (c.event ? (events.get(c.event.id)?.dateEnd ?? null) : null);
    // Fact-checkers' verdicts on the page's claims (a fact-check article's own, and editors' through reviewClaim).
    const claimIds = claimLists.flat().map((c) => c.id);
    const reviewLists = claimIds.length > 0 ? await store.getReviewsByClaim(claimIds) : [];
    const reviewsOf = new Map(claimIds.map((id, k) => [id, reviewLists[k] ?? []]));
    let chunk = '';
    page.items.forEach((a, i) => {
      const claims = (claimLists[i] ?? []).map(current);
      const reviews = claims.flatMap((c) => reviewsOf.get(c.id) ?? []).map(reviewToInterchange);
      counts.reviews += reviews.length;
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify({ article: articleToInterchange(a, opts.withText), claims: claims.map((c) => claimToInterchange(c, dateEnd(c))), ...(reviews.length > 0 ? { reviews } : {}) })}`;
      first = false;
      counts.articles++;
      counts.claims += claims.length;
    });
    if (chunk) await sink.write(chunk);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null && !stopped());

  // Sources and events.
  await sink.write('\n],\n"sources":[');
  first = true;
  after = null;
  do {
    const page = await store.listSources({}, { first: PAGE, after });
    let chunk = '';
    for (const s of page.items) {
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify(sourceToInterchange(s))}`;
      first = false;
      counts.sources++;
    }
    if (chunk) await sink.write(chunk);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null && !stopped());
  await sink.write('\n],\n"events":[');
  first = true;
  after = null;
  do {
    const page = await store.listEvents({}, { first: PAGE, after });
    let chunk = '';
    for (const e of page.items) {
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify(eventToInterchange(e))}`;
      first = false;
      counts.events++;
    }
    if (chunk) await sink.write(chunk);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null && !stopped());

  // Links: a second pass over the articles; each link is written with the page holding its
  // `from` end (an article for copies, a claim otherwise), so it appears exactly once.
  await sink.write('\n],\n"links":[');
  first = true;
  after = null;
  do {
    const page = await store.listArticles({}, { first: PAGE, after });
    if (page.items.length > 0) {
      const claimLists = await store.getClaimsByArticle(page.items.map((a) => a.id));
      const ids = [...page.items.map((a) => a.id), ...claimLists.flat().map((c) => c.id)];
      const own = new Set(ids);
      const written = new Set<string>();
      let chunk = '';
      for (let i = 0; i < ids.length; i += 500) {
        const links = await store.getLinks(ids.slice(i, i + 500), { includeRemoved: opts.includeRemoved });
        for (const l of links) {
          const key = `${l.from}\u0000${l.to}\u0000${l.type}`;
          if (!own.has(l.from) || written.has(key)) continue;
          written.add(key);
          chunk += `${first ? '\n' : ',\n'}${JSON.stringify(linkToInterchange(l))}`;
          first = false;
          counts.links++;
        }
      }
      if (chunk) await sink.write(chunk);
    }
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null && !stopped());
  await sink.write(`\n],\n"counts":${JSON.stringify(counts)}}\n`);
  return counts;
}

export function makeExportCommand(deps: { openStore?: (c: StoreConfig) => Promise<GraphStore> } = {}): Command {
  const open = deps.openStore ?? defaultOpenStore;
  return {
    summary: 'write the whole graph as interchange JSON (articles, claims, sources, events, links)',
    usage: USAGE,
    run: async (argv, io) => {
      const args = parseArgs(argv, { values: ['format', 'out', 'store'], booleans: ['include-removed', 'no-text'] });
      if (args.positional.length > 0) throw new ClaimgraphError('BAD_INPUT', `export takes no file arguments (got "${args.positional[0]}"); use --out FILE`);
      const format = args.flags.format ?? 'json';
      if (format !== 'json') throw new ClaimgraphError('BAD_INPUT', `--format must be json, got "${format}"`);
      const config = loadConfig(io.env, { store: args.flags.store });
      requireStoreFile(config.store, io.cwd);
      const store = await open(config.store);
      let stopped = false;
      // A reader that goes away (`| head`) ends the export quietly instead of with EPIPE.
      const onPipeError = (e: NodeJS.ErrnoException): void => {
        if (e.code === 'EPIPE') stopped = true;
      };
      const toStdout = args.flags.out === undefined;
      if (toStdout) process.stdout.on('error', onPipeError);
      try {
        const sink = toStdout ? ioSink(io) : fileSink(args.flags.out as string);
        const counts = await exportGraph(store, sink, { includeRemoved: args.flags['include-removed'] === 'true', withText: args.flags['no-text'] !== 'true', stopped: () => stopped });
        await sink.end();
        if (!toStdout) {
          io.err(`exported ${counts.articles} articles, ${counts.claims} claims, ${counts.sources} sources, ${counts.events} events, ${counts.links} links, ${counts.reviews} reviews from ${describeStore(config.store)} to ${args.flags.out}\n`);
        }
        return 0;
      } finally {
        if (toStdout) process.stdout.off('error', onPipeError);
        await store.close().catch(() => undefined);
      }
    },
  };
}

export const exportCommand: Command = makeExportCommand();
