import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../domain';
import { extractArticle } from '../extract/extractArticle';
import { parseInput } from '../extract/parseInput';
import type { Extraction } from '../extract/types';
import { fold, readGold, type GoldClaim } from './gold';

/** A ratio with its counts, so the table can show "14/15". */
export interface Score {
  hit: number;
  total: number;
}

export interface SeedReport {
  articles: Array<{ file: string; claims: number; gold: number; publishedFromGold: boolean }>;
  recall: Score;
  precision: Score;
  speaker: Score;
  quantity: Score;
  date: Score;
  /** Dates judged right because a range given by the text ("last week") holds the gold day. */
  dateRanges: number;
  kind: Score;
  certainty: Score;
  quote: Score;
  mentions: Score;
  boilerplate: Score;
  byline: Score;
  misses: Array<{ file: string; claim: GoldClaim; why: string }>;
  unmatched: Array<{ file: string; claim: Claim }>;
}

export const SEED_TARGETS = { recall: 0.95, speaker: 0.9, quantity: 0.95, date: 0.9 } as const;

const score = (): Score => ({ hit: 0, total: 0 });

/**
 * Scores extraction against the hand-made gold file. A gold claim is found when a
 * predicted claim's sentence holds its anchor (case-insensitive, whitespace folded); of
 * several such claims the one whose text holds the anchor (else shares most words with
 * it) is judged. A predicted claim is right for precision when its sentence holds some
 * gold anchor and wrong when it holds none — the gold is not exhaustive, so the
 * unmatched claims are listed for reading. An article file without a publication date
 * gets the gold's `published` (the date is article metadata the sample file lacks).
 */
export function evaluateSeeds(sharedDir: string, fallbackDir: string | null): SeedReport {
  const gold = readGold(join(sharedDir, 'gold', 'seeds.gold.json'));
  const eventDate = new Map(gold.events.map((e) => [e.id, e.date]));
  const r: SeedReport = {
    articles: [],
    recall: score(),
    precision: score(),
    speaker: score(),
    quantity: score(),
    date: score(),
    dateRanges: 0,
    kind: score(),
    certainty: score(),
    quote: score(),
    mentions: score(),
    boilerplate: score(),
    byline: score(),
    misses: [],
    unmatched: [],
  };
  for (const g of gold.articles) {
    const path = [join(sharedDir, 'corpus', 'seeds', g.file), ...(fallbackDir ? [join(fallbackDir, g.file)] : [])].find((p) => existsSync(p));
    if (!path) throw new Error(`gold article ${g.file} not found under ${join(sharedDir, 'corpus', 'seeds')}`);
    const x = extractFile(path, g.published ?? null);
    r.articles.push({ file: g.file, claims: x.extraction.claims.length, gold: g.claims.length, publishedFromGold: x.publishedFromGold });
    const claims = x.extraction.claims;
    const anchors = g.claims.map((c) => fold(c.anchor));
    for (const gc of g.claims) {
      const best = bestMatch(claims, gc.anchor);
      r.recall.total++;
      if (!best) {
        r.misses.push({ file: g.file, claim: gc, why: 'no claim from the sentence holding the anchor' });
        continue;
      }
      r.recall.hit++;
      const check = (s: Score, ok: boolean, why: string): void => {
        s.total++;
        if (ok) s.hit++;
        else r.misses.push({ file: g.file, claim: gc, why });
      };
      if (gc.speaker !== undefined) check(r.speaker, speakerMatches(gc.speaker, best), `speaker ${best.speaker ? best.speaker.name : 'none'} (want ${gc.speaker})`);
      if (gc.kind !== undefined) check(r.kind, best.kind === gc.kind, `kind ${best.kind} (want ${gc.kind})`);
      if (gc.certainty !== undefined) check(r.certainty, best.certainty === gc.certainty, `certainty ${best.certainty} (want ${gc.certainty})`);
      if (gc.quantity !== undefined) {
        const q = gc.quantity;
        const sameSentence = claims.filter((c) => c.sentence === best.sentence);
        const ok = [best, ...sameSentence].some((c) => c.quantities.some((p) => p.value === q.value && p.qualifier === q.qualifier));
        check(r.quantity, ok, `quantities ${best.quantities.map((p) => `${p.qualifier}:${p.value}`).join(', ') || 'none'} (want ${q.qualifier}:${q.value})`);
      }
      if (gc.event !== undefined) {
        const want = eventDate.get(gc.event) ?? null;
        const ev = best.event ? x.extraction.events.find((e) => e.id === best.event!.id) : undefined;
        const got = best.event?.date ?? null;
        // A range the text gives ("last week") is right when it holds the day.
        const inRange = want !== null && got !== null && ev?.dateEnd != null && got <= want && want <= ev.dateEnd;
        if (inRange) r.dateRanges++;
        check(r.date, got === want || inRange, `event date ${got ?? 'none'}${ev?.dateEnd ? `..${ev.dateEnd}` : ''} (want ${want} for ${gc.event})`);
      }
      if (gc.quote !== undefined) check(r.quote, best.quote !== null && fold(best.quote).includes(fold(gc.quote)), `quote ${JSON.stringify(best.quote)} (want ${JSON.stringify(gc.quote)})`);
      if (gc.mentions !== undefined) {
        for (const m of gc.mentions) {
          r.mentions.total++;
          if (best.entities.some((e) => fold(e.name) === fold(m))) r.mentions.hit++;
          else r.misses.push({ file: g.file, claim: gc, why: `mention ${m} not among ${best.entities.map((e) => e.name).join(', ') || 'none'}` });
        }
      }
    }
    for (const c of claims) {
      r.precision.total++;
      const sentence = fold(c.sentence);
      if (anchors.some((a) => sentence.includes(a))) r.precision.hit++;
      else r.unmatched.push({ file: g.file, claim: c });
    }
    for (const nc of g.not_claims ?? []) {
      r.boilerplate.total++;
      const bad = claims.some((c) => fold(c.text).includes(fold(nc)) || fold(c.sentence) === fold(nc));
      if (!bad) r.boilerplate.hit++;
      else r.misses.push({ file: g.file, claim: { id: 'not_claim', anchor: nc }, why: 'boilerplate became a claim' });
    }
    if (g.byline !== undefined) {
      r.byline.total++;
      if (x.extraction.article.byline === g.byline) r.byline.hit++;
      else r.misses.push({ file: g.file, claim: { id: 'byline', anchor: g.byline }, why: `byline ${JSON.stringify(x.extraction.article.byline)}` });
    }
  }
  return r;
}

function extractFile(path: string, goldPublished: string | null): { extraction: Extraction; publishedFromGold: boolean } {
  const [parsed] = parseInput({ file: path.split(/[\\/]/u).pop() ?? path, content: readFileSync(path) });
  if (!parsed) throw new Error(`${path}: no article`);
  let publishedFromGold = false;
  if (parsed.published === null && goldPublished) {
    parsed.published = goldPublished;
    publishedFromGold = true;
  }
  return { extraction: extractArticle(parsed), publishedFromGold };
}

/** The predicted claim a gold anchor is judged against (see evaluateSeeds). */
export function bestMatch(claims: readonly Claim[], anchor: string): Claim | null {
  const a = fold(anchor);
  const inSentence = claims.filter((c) => fold(c.sentence).includes(a));
  if (inSentence.length === 0) return null;
  // The most specific claim holding the anchor: a chant's quote rather than the sentence around it.
  const inText = inSentence.filter((c) => fold(c.text).includes(a)).sort((x, y) => x.text.length - y.text.length)[0];
  if (inText) return inText;
  const words = new Set(a.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  let best = inSentence[0]!;
  let bestOverlap = -1;
  for (const c of inSentence) {
    const cw = new Set(fold(c.text).split(/[^\p{L}\p{N}]+/u));
    const overlap = [...words].filter((w) => cw.has(w)).length;
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** A gold speaker matches the predicted name exactly (folded), or a one-word gold speaker is its head word. */
export function speakerMatches(want: string, c: Claim): boolean {
  if (!c.speaker) return false;
  const got = fold(c.speaker.name);
  const w = fold(want);
  // A one-word gold speaker ("crowd") is the head of the predicted description ("angry crowd"); names must be equal.
  return got === w || (!/\s/u.test(w) && got.split(' ').pop() === w);
}
