import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../domain';
import { extractArticle } from '../extract/extractArticle';
import { parseInput } from '../extract/parseInput';

export interface DevArticle {
  file: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  credits: string[];
  claims: Claim[];
  events: Array<{ label: string; date: string | null; place: string | null }>;
  error: string | null;
}

/** Extracts every article of the dev corpus (for reading as a fact-checker would). */
export function evaluateDev(dir: string): DevArticle[] {
  const files = readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html?|json|jsonl)$/iu.test(f))
    .sort();
  const out: DevArticle[] = [];
  for (const f of files) {
    try {
      for (const p of parseInput({ file: f, content: readFileSync(join(dir, f)) })) {
        const x = extractArticle(p);
        out.push({
          file: f,
          outlet: x.article.outlet,
          published: x.article.published,
          title: x.article.title,
          credits: x.article.credits,
          claims: x.claims,
          events: x.events.map((e) => ({ label: e.label, date: e.date, place: e.place })),
          error: null,
        });
      }
    } catch (e) {
      out.push({ file: f, outlet: null, published: null, title: null, credits: [], claims: [], events: [], error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
