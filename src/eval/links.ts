import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Article, Claim, Event, Link, LinkType } from '../domain';
import type { GraphStore } from '../store/port';
import { SqliteGraphStore } from '../store/sqlite/SqliteGraphStore';
import { IngestService } from '../app/IngestService';
import { buildCorroboration } from '../link/buildCorroboration';
import { buildProvenance } from '../link/buildProvenance';
import { buildConflicts } from '../link/buildConflicts';
import type { CorroborationReport } from '../link/reports';
import { quantitySlot, slotsMatch } from '../link/quantitySlot';

/**
 * Link evaluation (npm run eval): on the two seed articles against seeds.gold.json
 * (`links`, `different_figures`, `events`, `provenance`), and over the whole shared corpus
 * (seeds + dev) for what a fact-checker would look at: the wire-copy clusters, links that
 * cross from one story to another (INDEX.tsv), the differing death tolls of the
 * 2019-12-29 strikes, and the independent origins of "the strikes killed 25 fighters".
 */

export interface LinkEvalReport {
  lines: string[];
}

interface GoldClaim {
  id: string;
  anchor: string;
  event?: string;
}
interface Gold {
  articles: Array<{ file: string; claims: GoldClaim[] }>;
  links: Array<{ a: string; b: string; relation: LinkType; why?: string }>;
  different_figures: Array<{ claims: string[]; why?: string }>;
  provenance: Array<{ claim: string; origin: string }>;
}

export interface GoldLinkScore {
  recall: number;
  precision: number;
  found: Array<{ a: string; b: string; relation: string; hit: Link | null }>;
  /** Predicted links between gold-anchored claims, each judged. */
  judged: Array<{ link: Link; a: string; b: string; correct: boolean; why: string }>;
  provenance: Array<{ claim: string; expected: string; got: string | null; ok: boolean }>;
}

export interface CorpusFindings {
  articles: number;
  claims: number;
  links: Record<string, number>;
  clusters: Array<Array<{ article: Article; story: string }>>;
  copyLinks: Array<{ link: Link; from: Article; to: Article }>;
  /** Links whose two articles belong to different INDEX stories. */
  crossStory: Array<{ link: Link; fromStory: string; toStory: string; event: string | null; sameEvent: boolean; unrelated: boolean }>;
  /** different_figure links among claims about the 2019-12-29 strikes. */
  strikeFigures: Array<{ link: Link; a: Claim; b: Claim; aArticle: Article; bArticle: Article }>;
  independence: { claim: Claim; article: Article; report: CorroborationReport } | null;
  /** Report builder latency over every claim of the corpus (ms): p50 / p99 / max. */
  latency: Record<'provenance' | 'corroboration' | 'conflicts', { p50: number; p99: number; max: number }>;
  seconds: number;
}

export interface LinkEvalResult {
  gold: GoldLinkScore;
  corpus: CorpusFindings;
}

const fold = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function listTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?|jsonl?)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

async function ingestAll(store: GraphStore, files: string[]): Promise<Map<string, { articleId: string; claims: Claim[] }>> {
  const service = new IngestService(store);
  const out = new Map<string, { articleId: string; claims: Claim[] }>();
  for (const f of files) {
    const results = await service.ingest({ file: path.basename(f), content: readFileSync(f) });
    for (const r of results) {
      if (r.error) throw new Error(`${path.basename(f)}: ${r.error.message}`);
      if (r.articleId) out.set(path.basename(f), { articleId: r.articleId, claims: r.claims });
    }
  }
  return out;
}

/** Every link touching any of the ids, once. */
async function linksTouching(store: GraphStore, ids: string[]): Promise<Link[]> {
  const seen = new Map<string, Link>();
  for (let i = 0; i < ids.length; i += 200) {
    for (const l of await store.getLinks(ids.slice(i, i + 200))) seen.set(`${l.from}\u0000${l.to}\u0000${l.type}`, l);
  }
  return [...seen.values()];
}

/** Gold claim ids a stored claim stands for: its text carries the anchor, else its sentence does (when no claim's text does). */
function anchorMap(gold: Gold, claims: Claim[]): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  for (const a of gold.articles) {
    for (const g of a.claims) {
      const anchor = fold(g.anchor);
      let hits = claims.filter((c) => fold(c.text).includes(anchor));
      if (hits.length === 0) hits = claims.filter((c) => fold(c.sentence).includes(anchor));
      for (const c of hits) byClaim.set(c.id, [...(byClaim.get(c.id) ?? []), g.id]);
    }
  }
  return byClaim;
}

export async function scoreGoldLinks(sharedDir: string): Promise<GoldLinkScore> {
  const gold = JSON.parse(readFileSync(path.join(sharedDir, 'gold', 'seeds.gold.json'), 'utf8')) as Gold;
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  try {
    const ingested = await ingestAll(store, listTexts(path.join(sharedDir, 'corpus', 'seeds')));
    const claims = [...ingested.values()].flatMap((x) => x.claims);
    const goldOf = anchorMap(gold, claims);
    const claimsOf = (gid: string): string[] => [...goldOf.entries()].filter(([, g]) => g.includes(gid)).map(([cid]) => cid);
    const links = (await linksTouching(store, claims.map((c) => c.id))).filter((l) => l.type !== 'copies');
    const eventOf = new Map<string, string | undefined>();
    for (const a of gold.articles) for (const g of a.claims) eventOf.set(g.id, g.event);

    const found = gold.links.map((g) => {
      const as = new Set(claimsOf(g.a));
      const bs = new Set(claimsOf(g.b));
      const hit = links.find((l) => l.type === g.relation && ((as.has(l.from) && bs.has(l.to)) || (bs.has(l.from) && as.has(l.to)))) ?? null;
      return { a: g.a, b: g.b, relation: g.relation, hit };
    });

    const judged: GoldLinkScore['judged'] = [];
    for (const l of links) {
      const ga = goldOf.get(l.from);
      const gb = goldOf.get(l.to);
      if (!ga || !gb) continue;
      let verdict: { correct: boolean; why: string; a: string; b: string } | null = null;
      for (const a of ga) {
        for (const b of gb) {
          const v = judge(gold, eventOf, l.type, a, b);
          if (!verdict || (v.correct && !verdict.correct)) verdict = { ...v, a, b };
        }
      }
      if (verdict) judged.push({ link: l, ...verdict });
    }
    const correct = judged.filter((j) => j.correct).length;

    const provenance: GoldLinkScore['provenance'] = [];
    for (const p of gold.provenance) {
      const ids = claimsOf(p.claim);
      let got: string | null = null;
      for (const id of ids) {
        const report = await buildProvenance(store, id);
        got = report?.origin.source?.name ?? null;
        if (got === p.origin) break;
      }
      provenance.push({ claim: p.claim, expected: p.origin, got, ok: got === p.origin });
    }
    return {
      recall: found.filter((f) => f.hit).length / Math.max(1, found.length),
      precision: judged.length === 0 ? 1 : correct / judged.length,
      found,
      judged,
      provenance,
    };
  } finally {
    await store.close();
  }
}

/**
 * Whether a predicted link between two gold claims is right: corroborates / contradicts
 * must be a gold link; different_figure must join claims of one different_figures group
 * (or a gold different_figure link); same_event needs the same gold event.
 */
function judge(gold: Gold, eventOf: Map<string, string | undefined>, type: LinkType, a: string, b: string): { correct: boolean; why: string } {
  const g = gold.links.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
  if (type === 'corroborates' || type === 'contradicts') {
    return g && g.relation === type ? { correct: true, why: 'gold link' } : { correct: false, why: g ? `gold says ${g.relation}` : 'no such gold link' };
  }
  if (type === 'different_figure') {
    if (g && g.relation === type) return { correct: true, why: 'gold link' };
    const group = gold.different_figures.find((d) => d.claims.includes(a) && d.claims.includes(b));
    return group ? { correct: true, why: 'gold different_figures group' } : { correct: false, why: 'not a gold different figure' };
  }
  if (type === 'same_event') {
    if (g && g.relation === type) return { correct: true, why: 'gold link' };
    const ea = eventOf.get(a);
    const eb = eventOf.get(b);
    if (ea && eb) return ea === eb ? { correct: true, why: `both about ${ea}` } : { correct: false, why: `${ea} vs ${eb}` };
    return { correct: false, why: 'gold gives no event' };
  }
  return { correct: true, why: 'derived' };
}

function readStories(sharedDir: string): Map<string, string> {
  const stories = new Map<string, string>();
  const index = path.join(sharedDir, 'corpus', 'dev', 'INDEX.tsv');
  if (existsSync(index)) {
    for (const line of readFileSync(index, 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t');
      if (cols[0] && cols[3]) stories.set(cols[0], cols[3].trim());
    }
  }
  // The seeds are both about the storming of the embassy.
  for (const f of listTexts(path.join(sharedDir, 'corpus', 'seeds'))) stories.set(path.basename(f), 'embassy-attack');
  return stories;
}

export function isUnrelatedStory(story: string): boolean {
  return story.startsWith('unrelated-') || story.startsWith('distractor-');
}

export async function analyseCorpus(sharedDir: string): Promise<CorpusFindings> {
  const started = Date.now();
  const stories = readStories(sharedDir);
  const files = [...listTexts(path.join(sharedDir, 'corpus', 'seeds')), ...listTexts(path.join(sharedDir, 'corpus', 'dev'))];
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  try {
    const ingested = await ingestAll(store, files);
    const storyOfArticle = new Map<string, string>();
    for (const [file, x] of ingested) storyOfArticle.set(x.articleId, stories.get(file) ?? 'unknown');
    const claims = [...ingested.values()].flatMap((x) => x.claims);
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const articleIds = [...ingested.values()].map((x) => x.articleId);
    const articles = new Map<string, Article>();
    (await store.getArticles(articleIds)).forEach((a) => a && articles.set(a.id, a));
    const links = await linksTouching(store, [...articleIds, ...claims.map((c) => c.id)]);
    const articleOf = (id: string): string => claimById.get(id)?.articleId ?? id;

    const counts: Record<string, number> = {};
    for (const l of links) counts[l.type] = (counts[l.type] ?? 0) + 1;

    // Copy clusters: connected components over `copies`.
    const copyLinks = links.filter((l) => l.type === 'copies');
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const r = find(p);
      parent.set(x, r);
      return r;
    };
    for (const l of copyLinks) parent.set(find(l.from), find(l.to));
    const comps = new Map<string, string[]>();
    for (const id of new Set(copyLinks.flatMap((l) => [l.from, l.to]))) comps.set(find(id), [...(comps.get(find(id)) ?? []), id]);
    const clusters = [...comps.values()].map((ids) =>
      ids
        .map((id) => ({ article: articles.get(id) as Article, story: storyOfArticle.get(id) ?? 'unknown' }))
        .filter((x) => x.article)
        .sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999')),
    );

    const events = new Map<string, Event>();
    const eventIds = [...new Set(claims.map((c) => c.event?.id).filter((e): e is string => !!e))];
    (await store.getEvents(eventIds)).forEach((e) => e && events.set(e.id, e));
    const storedClaims = new Map<string, Claim>();
    (await store.getClaims(claims.map((c) => c.id))).forEach((c) => c && storedClaims.set(c.id, c));
    const crossStory: CorpusFindings['crossStory'] = [];
    for (const l of links) {
      const fs = storyOfArticle.get(articleOf(l.from)) ?? 'unknown';
      const ts = storyOfArticle.get(articleOf(l.to)) ?? 'unknown';
      if (fs === ts) continue;
      const ev = storedClaims.get(l.from)?.event ?? null;
      const toEv = storedClaims.get(l.to)?.event ?? null;
      crossStory.push({
        link: l,
        fromStory: fs,
        toStory: ts,
        event: ev ? `${ev.label} ${ev.date ?? 'undated'}` : null,
        sameEvent: ev !== null && toEv !== null && ev.id === toEv.id,
        unrelated: isUnrelatedStory(fs) || isUnrelatedStory(ts),
      });
    }

    const strikeFigures: CorpusFindings['strikeFigures'] = [];
    for (const l of links) {
      if (l.type !== 'different_figure') continue;
      const a = storedClaims.get(l.from);
      const b = storedClaims.get(l.to);
      if (!a || !b) continue;
      const ea = a.event ? events.get(a.event.id) : undefined;
      if (!ea || ea.date?.slice(0, 10) !== '2019-12-29' || !/strike|bomb/i.test(ea.label)) continue;
      strikeFigures.push({ link: l, a, b, aArticle: articles.get(a.articleId) as Article, bArticle: articles.get(b.articleId) as Article });
    }

    // "The strikes killed 25 fighters": the claim in the PA Media seed.
    const target = claims.find((c) => /killed 25 fighters/i.test(c.text)) ?? claims.find((c) => /killed 25 fighters/i.test(c.sentence)) ?? null;
    let independence: CorpusFindings['independence'] = null;
    if (target) {
      const report = await buildCorroboration(store, target.id);
      if (report) independence = { claim: target, article: articles.get(target.articleId) as Article, report };
    }
    const builders = [['provenance', buildProvenance], ['corroboration', buildCorroboration], ['conflicts', buildConflicts]] as const;
    const timings = { provenance: [] as number[], corroboration: [] as number[], conflicts: [] as number[] };
    for (const c of claims) {
      for (const [name, build] of builders) {
        const t = performance.now();
        await build(store, c.id);
        timings[name].push(performance.now() - t);
      }
    }
    const stats = (xs: number[]): { p50: number; p99: number; max: number } => {
      const sorted = [...xs].sort((a, b) => a - b);
      const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
      return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
    };
    const latency = { provenance: stats(timings.provenance), corroboration: stats(timings.corroboration), conflicts: stats(timings.conflicts) };
    return { latency, articles: articleIds.length, claims: claims.length, links: counts, clusters, copyLinks: copyLinks.map((l) => ({ link: l, from: articles.get(l.from) as Article, to: articles.get(l.to) as Article })), crossStory, strikeFigures, independence, seconds: (Date.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

export async function runLinkEval(sharedDir: string): Promise<LinkEvalResult> {
  return { gold: await scoreGoldLinks(sharedDir), corpus: await analyseCorpus(sharedDir) };
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const outlet = (a: Article): string => `${a.outlet ?? a.file ?? a.id}${a.published ? ` ${a.published.slice(0, 10)}` : ' (undated)'}`;
const short = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatLinkEval(r: LinkEvalResult): string[] {
  const out: string[] = [];
  const g = r.gold;
  out.push('Links: seeds against seeds.gold.json');
  out.push(`  recall    ${pct(g.recall)} of ${g.found.length} gold links (target >= 80%)    ${g.recall >= 0.8 ? 'OK' : 'BELOW TARGET'}`);
  out.push(`  precision ${pct(g.precision)} of ${g.judged.length} predicted links between gold claims (target >= 90%)    ${g.precision >= 0.9 ? 'OK' : 'BELOW TARGET'}`);
  out.push('  gold link                                   relation       found');
  for (const f of g.found) out.push(`  ${`${f.a} ~ ${f.b}`.padEnd(43)} ${f.relation.padEnd(14)} ${f.hit ? `yes (${f.hit.score.toFixed(2)}: ${short(f.hit.basis, 60)})` : 'MISSED'}`);
  const wrong = g.judged.filter((j) => !j.correct);
  if (wrong.length > 0) {
    out.push('  predicted links the gold does not support:');
    for (const w of wrong) out.push(`    ${w.link.type.padEnd(16)} ${w.a} ~ ${w.b}: ${w.why}`);
  }
  out.push('  provenance origin (gold)                    expected            got');
  for (const p of g.provenance) out.push(`  ${p.claim.padEnd(43)} ${p.expected.padEnd(19)} ${p.got ?? '-'} ${p.ok ? 'OK' : 'WRONG'}`);

  const c = r.corpus;
  out.push('');
  out.push(`Links: corpus (seeds + dev), ${c.articles} articles, ${c.claims} claims, ingested in ${c.seconds.toFixed(1)} s`);
  out.push(`  links by type: ${Object.entries(c.links).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  out.push(`  wire-copy clusters: ${c.clusters.length}`);
  c.clusters.forEach((cl, i) => {
    out.push(`   ${i + 1}. ${cl.map((x) => `${outlet(x.article)}${x.article.credits.length > 0 ? ` [${x.article.credits.join(', ')}]` : ''}`).join('  |  ')}`);
  });
  for (const cl of c.copyLinks) out.push(`      ${short(outlet(cl.from), 40).padEnd(40)} copies ${short(outlet(cl.to), 40).padEnd(40)} share ${pct(cl.link.share ?? 0)}`);
  const bad = c.crossStory.filter((x) => x.unrelated);
  out.push(`  links between different stories: ${c.crossStory.length}; touching unrelated/distractor stories: ${bad.length} (must be 0)    ${bad.length === 0 ? 'OK' : 'WRONG'}`);
  for (const b of bad) out.push(`    WRONG ${b.link.type} ${b.fromStory} -> ${b.toStory}: ${short(b.link.basis, 90)}`);
  const byEvent = new Map<string, Map<string, number>>();
  for (const x of c.crossStory.filter((y) => !y.unrelated)) {
    const k = x.event ?? (x.link.type === 'copies' ? 'copied text' : 'no event');
    const m = byEvent.get(k) ?? new Map<string, number>();
    const pair = [x.fromStory, x.toStory].sort().join(' ~ ');
    m.set(pair, (m.get(pair) ?? 0) + 1);
    byEvent.set(k, m);
  }
  if (byEvent.size > 0) out.push('    the others join articles of related stories about the same happening (story of each article from INDEX.tsv):');
  for (const [ev, pairs] of byEvent) out.push(`    ${ev}: ${[...pairs.entries()].map(([p, n]) => `${p} (${n})`).join(', ')}`);
  out.push(`  different figures for the 2019-12-29 strikes: ${c.strikeFigures.length}`);
  for (const f of c.strikeFigures) {
    const fig = (cl: Claim): string => {
      const q = cl.quantities.find((x) => { const s = quantitySlot(x); return s !== null && f.link.slot !== null && slotsMatch(s.key, f.link.slot); });
      return q ? `${q.text} ${q.subject ?? ''}`.trim() : cl.quantities.map((x) => x.text).join('/');
    };
    out.push(`    ${(f.link.slot ?? '').padEnd(16)} ${fig(f.a).padEnd(30)} ${short(outlet(f.aArticle), 34).padEnd(34)} vs ${fig(f.b).padEnd(30)} ${short(outlet(f.bArticle), 34)}`);
  }
  out.push(
    `  report builders over all ${c.claims} claims (SQLite in memory, ms p50/p99/max): ${Object.entries(c.latency)
      .map(([k, v]) => `${k} ${v.p50.toFixed(1)}/${v.p99.toFixed(1)}/${v.max.toFixed(1)}`)
      .join(', ')}`,
  );
  if (c.independence) {
    const rep = c.independence.report;
    out.push(`  independent origins of "${short(c.independence.claim.text, 60)}" (${outlet(c.independence.article)}): ${rep.independentOrigins} origins, ${rep.supportingCount} supporting claims`);
    for (const grp of rep.groups) {
      out.push(`    ${grp.label} [${grp.kind}]: ${grp.members.map((m) => `${outlet(m.article)} "${short(m.claim.text, 40)}"`).join('; ')}`);
    }
  } else {
    out.push('  independent origins of "the strikes killed 25 fighters": claim not found');
  }
  return out;
}

/** The eval command's link section; null (the command says "skipped") when ../shared is absent. */
export async function evaluateLinks(opts: { sharedDir: string }): Promise<LinkEvalReport | null> {
  if (!existsSync(path.join(opts.sharedDir, 'gold', 'seeds.gold.json')) || !existsSync(path.join(opts.sharedDir, 'corpus', 'seeds'))) return null;
  return { lines: formatLinkEval(await runLinkEval(opts.sharedDir)) };
}
