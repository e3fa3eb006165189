import { readFile, stat } from 'node:fs/promises';
import type { Command, CliIO } from '../io';
import { parseArgs } from '../args';
import { loadConfig } from '../../config/config';
import { describeStore } from '../../config/storeUrl';
import { openStore as defaultOpenStore } from '../../compose/openStore';
import { IngestService, type IngestItemResult } from '../../app/IngestService';
import { ClaimgraphError, isClaimgraphError, type LinkType } from '../../domain';
import { INPUT_FORMATS } from '../../extract/types';
import type { GraphStore } from '../../store/port';
import type { StoreConfig } from '../../config/storeUrl';
import type { InputFormat, RawInput } from '../../extract/types';
import { collectInputFiles } from '../collectInputFiles';
import { createProgress } from '../progress';

const INPUT_FORMATS_LIST = INPUT_FORMATS.join(', ');

const USAGE = `Usage: claimgraph ingest PATH... [--store URL] [--format FORMAT] [--json]

Reads articles from files, folders (recursively: .txt .md .html .json .jsonl .xml .eml and kin) and
globs ("corpus/**/*.html"), extracts their claims, links them to what is stored and writes
them. Articles already stored are recognised by their content and left alone, so running
again after a failure resumes where it stopped.

Options:
  --store URL      sqlite:./data/claimgraph.db (default), sqlite::memory:, bolt://host:7687
  --format FORMAT  force the input format: ${INPUT_FORMATS_LIST}
  --json           print the summary as JSON on stdout

With several files, parsing and extraction run ahead in a worker thread while the main
thread links and writes in file order (CLAIMGRAPH_INGEST_WORKER=0 keeps it all in one thread).

Exit status: 0 when every file was read, 1 when any failed, 2 on bad arguments.`;

export interface IngestSummary {
  store: string;
  files: number;
  articles: { new: number; known: number; failed: number };
  claims: number;
  links: number;
  linksByType: Partial<Record<LinkType, number>>;
  failures: Array<{ file: string; index: number; code: string; message: string }>;
  seconds: number;
}

/** The command with its store opener injectable (tests pass a store that fails mid-run). */
export function makeIngestCommand(deps: { openStore?: (c: StoreConfig) => Promise<GraphStore> } = {}): Command {
  const open = deps.openStore ?? defaultOpenStore;
  return {
    summary: 'ingest articles from files, folders or globs into the graph',
    usage: USAGE,
    run: (argv, io) => runIngest(argv, io, open),
  };
}

export const ingestCommand: Command = makeIngestCommand();

async function runIngest(argv: string[], io: CliIO, open: (c: StoreConfig) => Promise<GraphStore>): Promise<number> {
  const args = parseArgs(argv, { values: ['store', 'format'], booleans: ['json'] });
  if (args.positional.length === 0) throw new ClaimgraphError('BAD_INPUT', 'name at least one file, folder or glob to ingest');
  const format = args.flags.format;
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format)) {
    throw new ClaimgraphError('BAD_INPUT', `--format must be one of ${INPUT_FORMATS_LIST}, got "${format}"`);
  }
  const config = loadConfig(io.env, { store: args.flags.store });
  const { files, problems } = await collectInputFiles(args.positional, io.cwd);
  const started = Date.now();
  const summary: IngestSummary = {
    store: describeStore(config.store),
    files: files.length,
    articles: { new: 0, known: 0, failed: 0 },
    claims: 0,
    links: 0,
    linksByType: {},
    failures: problems.map((p) => ({ file: p.arg, index: 0, code: 'BAD_INPUT', message: p.message })),
    seconds: 0,
  };
  summary.articles.failed += problems.length;

  if (files.length > 0) {
    const store = await open(config.store);
    try {
      const service = new IngestService(store, { maxArticleBytes: config.maxArticleBytes });
      let storeGone: string | null = null;
      const progress = createProgress(io, files.length, { label: 'ingest ' });
      // Files are linked and written in order; parsing and extraction run ahead in a worker thread.
      const { stoppedAt } = await service.ingestMany(files, {
        read: (f) => readInput(f.path, f.display, config.maxArticleBytes, format as InputFormat | undefined),
        readFailed: (f, e) => [readFailure(f.display, e)],
        done: async (f, results) => {
          record(summary, results);
          progress.tick(`${f.display}  new ${summary.articles.new} known ${summary.articles.known} failed ${summary.articles.failed}`);
          const lost = results.find((r) => r.error?.code === 'STORE_UNAVAILABLE');
          if (lost && !(await store.ping().catch(() => false))) {
            storeGone = `the store went away (${lost.error?.message ?? ''})`;
            return false;
          }
          return true;
        },
      }, { worker: io.env.CLAIMGRAPH_INGEST_WORKER === '0' ? false : undefined });
      for (const f of stoppedAt === null ? [] : files.slice(stoppedAt)) {
        record(summary, [{ file: f.display, index: 0, status: 'failed', articleId: null, title: null, claims: [], links: [], error: { code: 'STORE_UNAVAILABLE', message: `not attempted: ${storeGone ?? 'the store went away'}` } }]);
        progress.tick(f.display);
      }
      progress.done();
    } finally {
      await store.close().catch(() => undefined);
    }
  }
  summary.seconds = (Date.now() - started) / 1000;
  if (args.flags.json === 'true') io.out(`${JSON.stringify(summary, null, 2)}\n`);
  else io.out(formatSummary(summary));
  return summary.articles.failed > 0 ? 1 : 0;
}

/** One file's input; throws when it cannot be read or is over the size limit. */
async function readInput(file: string, display: string, maxBytes: number, format: InputFormat | undefined): Promise<RawInput> {
  // Refuse a huge file before reading it into memory; IngestService checks again for API input.
  const st = await stat(file);
  if (st.size > maxBytes) throw new ClaimgraphError('BAD_INPUT', `${display}: ${st.size} bytes is over the limit of ${maxBytes} (CLAIMGRAPH_MAX_ARTICLE_BYTES)`);
  const content = await readFile(file);
  return { file: display, content, ...(format ? { format } : {}) };
}

function readFailure(display: string, e: unknown): IngestItemResult {
  const error = isClaimgraphError(e) ? { code: e.code, message: e.message } : { code: 'IO', message: e instanceof Error ? e.message : String(e) };
  return { file: display, index: 0, status: 'failed', articleId: null, title: null, claims: [], links: [], error };
}

function record(s: IngestSummary, results: IngestItemResult[]): void {
  for (const r of results) {
    if (r.status === 'new') s.articles.new++;
    else if (r.status === 'known') s.articles.known++;
    else {
      s.articles.failed++;
      s.failures.push({ file: r.file ?? '-', index: r.index, code: r.error?.code ?? 'INTERNAL', message: r.error?.message ?? 'failed' });
    }
    s.claims += r.claims.length;
    s.links += r.links.length;
    for (const l of r.links) s.linksByType[l.type] = (s.linksByType[l.type] ?? 0) + 1;
  }
}

export function formatSummary(s: IngestSummary): string {
  const byType = Object.entries(s.linksByType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  const lines = [
    `Ingested ${s.files} file${s.files === 1 ? '' : 's'} into ${s.store} in ${s.seconds.toFixed(1)} s`,
    `  articles new       ${s.articles.new}`,
    `  already known      ${s.articles.known}`,
    `  failed             ${s.articles.failed}`,
    `  claims added       ${s.claims}`,
    `  links added        ${s.links}${byType ? ` (${byType})` : ''}`,
  ];
  if (s.failures.length > 0) {
    lines.push('Failed:');
    for (const f of s.failures) {
      // Parse errors already name the file.
      const where = `${f.file}${f.index > 0 ? ` #${f.index + 1}` : ''}`;
      lines.push(`  ${f.message.startsWith(f.file) ? f.message : `${where}: ${f.message}`} [${f.code}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}
