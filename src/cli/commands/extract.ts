import { readFile, stat } from 'node:fs/promises';
import type { Command, CliIO } from '../io';
import { parseArgs } from '../args';
import { collectInputFiles } from '../collectInputFiles';
import { ClaimgraphError, isClaimgraphError, type Claim, type Quantity } from '../../domain';
import { parseInputDetailed } from '../../extract/parseInput';
import { extractArticle } from '../../extract/extractArticle';
import { toInterchange, type InterchangeArticle } from '../../extract/toInterchange';
import type { Extraction } from '../../extract/types';

/** Larger inputs are refused before reading (a guard for memory, far above any article). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage: claimgraph extract FILE|DIR|GLOB... [--json | --jsonl]

Extracts the claims of each article (text, Markdown with front matter, HTML, JSON,
JSON Lines) without storing anything.

  (default)  a readable summary per article: claims with kind, certainty, speaker,
             quantities, event, check-worthiness and a fact-check's rating
  --json     the interchange JSON of DESIGN.md: a pretty-printed JSON array with one
             {article, claims} object per article, in input order; a fact-check
             article also has "reviews" (its ratings of its checked claims)
  --jsonl    the same objects, one per line (JSON Lines)

A file that cannot be read or parsed is reported on stderr with its name; the other
files go on. Exit code 1 when any file or record failed, 2 for usage errors.`;

export const extractCommand: Command = {
  summary: 'extract claims from articles and print them (no store)',
  usage: USAGE,
  run: async (argv, io) => {
    const args = parseArgs(argv, { booleans: ['json', 'jsonl'] });
    if (args.positional.length === 0) throw new ClaimgraphError('BAD_INPUT', 'no input files (see claimgraph extract --help)');
    if (args.flags.json === 'true' && args.flags.jsonl === 'true') throw new ClaimgraphError('BAD_INPUT', '--json and --jsonl exclude each other');
    const mode: 'json' | 'jsonl' | 'text' = args.flags.json === 'true' ? 'json' : args.flags.jsonl === 'true' ? 'jsonl' : 'text';
    const collected = await collectInputFiles(args.positional, io.cwd);
    let failed = collected.problems.length;
    for (const p of collected.problems) io.err(`claimgraph extract: ${p.arg}: ${p.message}\n`);
    const out: InterchangeArticle[] = [];
    for (const f of collected.files) {
      let content: Buffer;
      try {
        const size = (await stat(f.path)).size;
        if (size > MAX_FILE_BYTES) throw new ClaimgraphError('BAD_INPUT', `${f.display}: ${size} bytes is over the limit of ${MAX_FILE_BYTES}`);
        content = await readFile(f.path);
      } catch (e) {
        failed++;
        io.err(`claimgraph extract: ${messageOf(e, f.display)}\n`);
        continue;
      }
      const parsed = parseInputDetailed({ file: f.display, content });
      for (const e of parsed.errors) {
        failed++;
        io.err(`claimgraph extract: ${e.message} [${e.code}]\n`);
      }
      for (const article of parsed.articles) {
        let x: Extraction;
        try {
          x = extractArticle(article);
        } catch (e) {
          failed++;
          io.err(`claimgraph extract: ${messageOf(e, f.display)}\n`);
          continue;
        }
        if (mode === 'jsonl') io.out(`${JSON.stringify(toInterchange(x))}\n`);
        else if (mode === 'json') out.push(toInterchange(x));
        else printSummary(x, io);
      }
    }
    if (mode === 'json') io.out(`${JSON.stringify(out, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  },
};

function messageOf(e: unknown, file: string): string {
  if (isClaimgraphError(e)) return `${e.message.includes(file) ? '' : `${file}: `}${e.message} [${e.code}]`;
  return `${file}: ${e instanceof Error ? e.message : String(e)}`;
}

function printSummary(x: Extraction, io: CliIO): void {
  const a = x.article;
  const meta = [a.outlet, a.published, a.byline ? `byline ${a.byline}` : null, a.credits.length ? `credits ${a.credits.join(', ')}` : null].filter(Boolean).join('; ');
  io.out(`== ${a.file ?? a.id}${a.title ? ` — ${a.title}` : ''}${meta ? ` (${meta})` : ''}\n`);
  io.out(`   ${x.claims.length} claims, ${x.events.length} events, ${x.sources.length} sources, ${x.entities.length} entities\n`);
  for (const n of a.notes) io.out(`   note (${n.kind.replace('_', ' ')}): ${n.text}\n`);
  // "late December" is a range: print it as one, not as its first day.
  const ends = new Map(x.events.map((e) => [e.id, e.dateEnd]));
  const ratings = new Map(x.verdicts.map((v) => [v.claimId, v.rating]));
  x.claims.forEach((c, i) => {
    io.out(`${String(i + 1).padStart(4)}. [${c.kind}${c.certainty !== 'asserted' ? `, ${c.certainty}` : ''}] ${speakerLine(c)}${c.text}\n`);
    const details: string[] = [];
    if (c.quantities.length) details.push(`quantities: ${c.quantities.map(quantityLine).join('; ')}`);
    const end = c.event ? ends.get(c.event.id) : null;
    if (c.event) details.push(`event: ${c.event.label} ${c.event.date ?? 'undated'}${end ? `..${end}` : ''}${c.event.place ? ` ${c.event.place}` : ''}`);
    if (c.credit) details.push(`credit: ${c.credit}`);
    const rating = ratings.get(c.id);
    if (rating !== undefined) details.push(`rated: ${rating}${a.outlet ? ` by ${a.outlet}` : ''}`);
    details.push(`worth ${c.checkworthiness.toFixed(2)}`);
    io.out(`        ${details.join(' | ')}\n`);
  });
  io.out('\n');
}

function speakerLine(c: Claim): string {
  if (!c.speaker) return '';
  const role = c.speaker.role ? ` (${c.speaker.role})` : '';
  const via = c.via ? ` via ${c.via.name}` : '';
  return `${c.speaker.name}${role}${via}${c.cue ? ` — ${c.cue}` : ''}: `;
}

function quantityLine(q: Quantity): string {
  const approx = q.qualifier === 'exact' ? '' : `${q.qualifier.replace('_', ' ')} `;
  return `"${q.text}" = ${approx}${q.value}${q.unit ? ` ${q.unit}` : ''}${q.subject ? ` ${q.subject}` : ''}${q.predicate ? ` (${q.predicate})` : ''}`;
}
