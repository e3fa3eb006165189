import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../domain';
import { extractArticle } from '../extract/extractArticle';
import { decodeText } from '../extract/parse/decodeText';
import { repairMojibake } from '../extract/parse/repairMojibake';
import type { ParsedArticle } from '../extract/types';
import type { Score } from './evaluateSeeds';
import { fold } from './gold';

/** One attribution of the PolNeAR annotations (brat standoff). */
export interface GoldAttribution {
  source: string;
  cue: string;
  content: string;
}

export interface PolnearReport {
  articles: number;
  /** Attributions with a named or described source (bare pronouns left out). */
  attributions: number;
  /** Contents that became a claim (word overlap ≥ half of the content). */
  contentRecall: Score;
  /** Of those, claims credited to the right speaker (name or head word). */
  speakerAccuracy: Score;
  /** The speaker misses split: the claim has no speaker (mostly the outlet's own wording of it), or another one. */
  speakerMisses: { none: number; wrong: number };
  /** Attributed / quote claims whose text is (mostly) some annotated content. */
  attributedPrecision: Score;
  /** Of those whose content's source is a name or a description, the ones credited to that source: when a speaker is named, is it right. */
  creditedAccuracy: Score;
  /** A few misses for reading. */
  examples: Array<{ file: string; source: string; content: string; got: string }>;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'him', 'them', 'us', 'me', 'our', 'my', 'your', 'who', 'which', 'that', 'this', 'these', 'those', 'himself', 'herself', 'themselves']);
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'and', 'or', 'with', 'by', 'from', 'as', 'that', 'this', 'is', 'was', 'be', 'it', 's']);

/** Parses a brat .ann file into attributions (source, cue, content), discontinuous spans joined. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; text: string }>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/u)) {
    const cols = line.split('\t');
    if (/^T\d+$/u.test(cols[0] ?? '') && cols.length >= 3) {
      spans.set(cols[0]!, { type: (cols[1] ?? '').split(' ')[0]!, text: cols[2]! });
    } else if (/^E\d+$/u.test(cols[0] ?? '') && cols.length >= 2) {
      events.push(cols[1]!);
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const roles = new Map<string, string>();
    for (const part of e.split(/\s+/u)) {
      const [role, id] = part.split(':');
      if (role && id) roles.set(role, spans.get(id)?.text ?? '');
    }
    const source = roles.get('Source');
    const content = roles.get('Content');
    if (source && content) out.push({ source, cue: roles.get('Cue') ?? '', content });
  }
  return out;
}

function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP.has(w));
}

/** Share of `part`'s words that `whole` contains. */
function covered(part: string[], whole: Set<string>): number {
  if (part.length === 0) return 0;
  return part.filter((w) => whole.has(w)).length / part.length;
}

/** The source names the speaker: a capitalised name word or the head noun appears in the speaker's name or role. */
export function sourceMatches(source: string, c: Claim): boolean {
  if (!c.speaker) return false;
  const got = new Set(words(`${c.speaker.name} ${c.speaker.role ?? ''} ${c.via?.name ?? ''}`));
  const names = source
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length > 2 && !STOP.has(w.toLowerCase()))
    .map((w) => fold(w).replace(/['’]s$/u, ''));
  if (names.some((n) => got.has(n))) return true;
  const ws = words(source.replace(/\b(?:of|for|with|at|from|in)\b.*$/iu, ''));
  const head = ws[ws.length - 1];
  return head !== undefined && (got.has(head) || got.has(head.replace(/s$/u, '')) || got.has(`${head}s`));
}

/**
 * Speaker attribution on the PolNeAR dev split (text no rule here was written for): of
 * the attributions whose source is a name or a description, how many contents become
 * claims, and how many of those claims get the right speaker. One annotator per article
 * (the first file in name order).
 */
export function evaluatePolnear(dir: string): PolnearReport | null {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]+\.ann$/u, '');
    if (!firstAnn.has(name)) firstAnn.set(name, f);
  }
  const r: PolnearReport = {
    articles: 0,
    attributions: 0,
    contentRecall: { hit: 0, total: 0 },
    speakerAccuracy: { hit: 0, total: 0 },
    speakerMisses: { none: 0, wrong: 0 },
    attributedPrecision: { hit: 0, total: 0 },
    creditedAccuracy: { hit: 0, total: 0 },
    examples: [],
  };
  for (const [name, annFile] of [...firstAnn.entries()].sort()) {
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    // Decoded as every input is (mojibake such as "FranÃ\u0083Â§ois" undone), in the annotations too.
    const text = decodeText(readFileSync(textPath), textPath);
    const parsed: ParsedArticle = { file: `${name}.txt`, url: null, outlet: null, published: null, title: null, format: 'text', body: text };
    const claims = extractArticle(parsed).claims;
    const all = parseBrat(repairMojibake(readFileSync(join(annDir, annFile), 'utf8')));
    const gold = all.filter((a) => !PRONOUNS.has(fold(a.source)));
    r.articles++;
    const claimWords = claims.map((c) => ({ c, w: new Set(words(c.text)), list: words(c.text) }));
    for (const a of gold) {
      r.attributions++;
      const cw = words(a.content);
      if (cw.length === 0) continue;
      r.contentRecall.total++;
      let best: { c: Claim; cov: number } | null = null;
      for (const x of claimWords) {
        const cov = covered(cw, x.w);
        // Prefer the claim with a speaker when two cover the content equally.
        if (!best || cov > best.cov || (cov === best.cov && x.c.speaker && !best.c.speaker)) best = { c: x.c, cov };
      }
      if (!best || best.cov < 0.5) continue;
      r.contentRecall.hit++;
      r.speakerAccuracy.total++;
      if (sourceMatches(a.source, best.c)) r.speakerAccuracy.hit++;
      else {
        if (best.c.speaker) r.speakerMisses.wrong++;
        else r.speakerMisses.none++;
        if (r.examples.length < 40) r.examples.push({ file: name, source: a.source, content: a.content.slice(0, 90), got: best.c.speaker ? `${best.c.speaker.name} (${best.c.kind})` : `no speaker (${best.c.kind})` });
      }
    }
    const contents = all.map((a) => ({ a, words: new Set(words(a.content)) }));
    for (const x of claimWords) {
      if (x.c.kind !== 'attributed' && x.c.kind !== 'quote') continue;
      r.attributedPrecision.total++;
      let best: { a: GoldAttribution; cov: number } | null = null;
      for (const g of contents) {
        const cov = covered(x.list, g.words);
        if (!best || cov > best.cov) best = { a: g.a, cov };
      }
      if (!best || best.cov < 0.5) continue;
      r.attributedPrecision.hit++;
      if (PRONOUNS.has(fold(best.a.source))) continue;
      r.creditedAccuracy.total++;
      if (sourceMatches(best.a.source, x.c)) r.creditedAccuracy.hit++;
    }
  }
  return r;
}
