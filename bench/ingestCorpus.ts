import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../src/extract/parseInput';
import { FROZEN_EVENT_WORDS } from './frozenEventWords';
import { rng } from './synthetic';

/**
 * Synthetic news for the ingest benchmark, grown from real articles (the samples, the dev
 * corpus and the PolNeAR texts when ../shared is there) with systematic variations:
 *   - each "happening" (world) gets its own date (2000-2024), its own names for every
 *     capitalised word, its own figures (every number scaled) and its own wording (about
 *     half the longer content words swapped for others from the corpus vocabulary), so two
 *     happenings built on one base article share almost no text: non-copies;
 *   - some reports are a second outlet's own account of the same happening (same names,
 *     figures and day, other wording): the claims corroborate or differ, never copies;
 *   - a share of articles reprint an earlier one with light edits (a paragraph dropped,
 *     "An Associated Press reporter" -> "A reporter", a few words changed): copies.
 * Attribution cues, event words (a frozen list, so every build reads the same corpus) and
 * casualty verbs are never swapped, so that extraction still finds claims, speakers, events
 * and figures.
 */

export interface BenchArticle {
  index: number;
  kind: 'report' | 'same-happening' | 'copy';
  content: string;
}

const KEEP_CAPITALISED = new Set(
  'The A An In On At It He She They We I But And Or If As By For From With After Before When While This That These Those His Her Their Its Our Mr Mrs Ms Dr January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Associated Press AP Reuters AFP'.split(' '),
);
const SYLLABLES = ['ka', 'ri', 'mo', 'ta', 'le', 'na', 'so', 'vi', 'da', 'ru', 'ze', 'po', 'lan', 'mar', 'tek', 'sor', 'bel', 'dun', 'fa', 'gi', 'hu', 'jo', 'ke', 'lu', 'mi', 'ne', 'or', 'pa', 'qui', 'sa'];

function makeName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

function protectedWords(): Set<string> {
  const p = new Set<string>(FROZEN_EVENT_WORDS);
  for (const w of 'said says told according reported warned announced stated added claimed confirmed denied insisted explained described accused blamed quoted tweeted wrote statement officials official spokesman spokeswoman sources source reporter reporters witnesses witness least about nearly around approximately killed wounded injured people fighters soldiers troops protesters embassy militia strikes attack hundreds thousands dozens several'.split(' ')) p.add(w);
  return p;
}

interface Base {
  body: string;
  title: string | null;
}

export function loadBases(repoRoot: string, sharedDir: string): Base[] {
  const files: string[] = [];
  const add = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(path.join(dir, f));
  };
  add(path.join(repoRoot, 'examples'));
  add(path.join(sharedDir, 'corpus', 'dev'));
  add(path.join(sharedDir, 'polnear-dev', 'text'));
  const bases: Base[] = [];
  for (const f of files) {
    try {
      for (const p of parseInput({ file: f, content: readFileSync(f) })) if (p.body.length > 400) bases.push({ body: p.body, title: p.title });
    } catch {
      // A base that does not parse is simply not used.
    }
  }
  return bases;
}

interface World {
  base: number;
  date: string;
  yearShift: number;
  factor: number;
  names: Map<string, string>;
  seed: number;
}

export class CorpusGenerator {
  private readonly rand: () => number;
  private readonly vocab: string[];
  private readonly keep = protectedWords();
  private readonly worlds: World[] = [];
  private readonly made: string[] = [];
  private readonly outlets: string[];

  constructor(
    private readonly bases: Base[],
    private readonly opts: { seed: number; copyRate: number; sameHappeningRate: number },
  ) {
    this.rand = rng(opts.seed);
    const words = new Set<string>();
    for (const b of bases) for (const w of b.body.split(/[^a-z]+/)) if (w.length >= 4 && !this.keep.has(w)) words.add(w);
    this.vocab = [...words].sort();
    this.outlets = Array.from({ length: 300 }, () => `${makeName(this.rand)} ${['Times', 'Post', 'Herald', 'News', 'Daily', 'Tribune', 'Gazette', 'Observer'][Math.floor(this.rand() * 8)]}`);
  }

  next(index: number): BenchArticle {
    const r = this.rand();
    if (this.made.length > 0 && r < this.opts.copyRate) return this.copy(index);
    const reuse = this.worlds.length > 0 && r < this.opts.copyRate + this.opts.sameHappeningRate;
    const world = reuse ? this.worlds[this.worlds.length - 1 - Math.floor(this.rand() * Math.min(50, this.worlds.length))]! : this.newWorld();
    return this.report(index, world, reuse ? 'same-happening' : 'report');
  }

  private newWorld(): World {
    const day = Math.floor(this.rand() * 9000);
    const d = new Date(Date.UTC(2000, 0, 1) + day * 86400000);
    const w: World = {
      base: Math.floor(this.rand() * this.bases.length),
      date: d.toISOString().slice(0, 10),
      yearShift: d.getUTCFullYear() - 2019,
      factor: 0.5 + this.rand() * 1.1,
      names: new Map(),
      seed: Math.floor(this.rand() * 2 ** 31),
    };
    this.worlds.push(w);
    if (this.worlds.length > 5000) this.worlds.shift();
    return w;
  }

  private report(index: number, w: World, kind: BenchArticle['kind']): BenchArticle {
    const base = this.bases[w.base]!;
    const nameRand = rng(w.seed);
    const wordRand = rng(Math.floor(this.rand() * 2 ** 31));
    const sentenceStart = /(^|[.!?]["”’]?\s+|\n)$/;
    let out = '';
    let last = 0;
    const text = base.body;
    const re = /[A-Za-z][A-Za-z'’.-]*|\d[\d,.]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const tok = m[0];
      out += text.slice(last, m.index);
      last = m.index + tok.length;
      let rep = tok;
      if (/^\d/.test(tok)) {
        const n = Number(tok.replace(/,/g, ''));
        if (Number.isFinite(n)) {
          if (n >= 1990 && n <= 2030 && Number.isInteger(n)) rep = String(n + w.yearShift);
          else if (Number.isInteger(n) && n > 1) rep = String(Math.max(2, Math.round(n * w.factor)));
        }
      } else if (/^[A-Z]/.test(tok) && !KEEP_CAPITALISED.has(tok.replace(/[.’']+$/, '')) && !sentenceStart.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        let n = w.names.get(tok);
        if (!n) {
          n = makeName(nameRand);
          w.names.set(tok, n);
        }
        rep = n;
      } else if (tok.length >= 4 && /^[a-z]+$/.test(tok) && !this.keep.has(tok) && wordRand() < 0.7) {
        rep = this.vocab[Math.floor(wordRand() * this.vocab.length)] ?? tok;
      }
      out += rep;
    }
    out += text.slice(last);
    const outlet = this.outlets[Math.floor(this.rand() * this.outlets.length)]!;
    const content = this.frame(index, outlet, w.date, out);
    this.remember(content);
    return { index, kind, content };
  }

  private copy(index: number): BenchArticle {
    const from = this.made[this.made.length - 1 - Math.floor(this.rand() * Math.min(2000, this.made.length))]!;
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(from) ?? ['', '', from];
    const published = /published: (\S+)/.exec(front ?? '')?.[1] ?? '2019-12-31';
    const paras = (body ?? '').split('\n\n');
    if (paras.length > 3) paras.splice(1 + Math.floor(this.rand() * (paras.length - 2)), 1);
    let text = paras.join('\n\n').replace(/An Associated Press reporter/g, 'A reporter');
    const words = text.split(' ');
    for (let i = 0; i < 3; i++) {
      const k = Math.floor(this.rand() * words.length);
      if (words[k] && /^[a-z]{5,}$/.test(words[k]!)) words[k] = this.vocab[Math.floor(this.rand() * this.vocab.length)] ?? words[k]!;
    }
    text = words.join(' ');
    const outlet = this.outlets[Math.floor(this.rand() * this.outlets.length)]!;
    const content = this.frame(index, outlet, published, text);
    this.remember(content);
    return { index, kind: 'copy', content };
  }

  private frame(index: number, outlet: string, published: string, body: string): string {
    return `---\nurl: https://bench.example/${index}\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;
  }

  private remember(content: string): void {
    this.made.push(content);
    if (this.made.length > 2000) this.made.shift();
  }
}
