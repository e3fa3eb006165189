import { readFileSync } from 'node:fs';
import type { Certainty, ClaimKind, Qualifier } from '../domain';

/** The reference annotations of ../shared/gold/seeds.gold.json (fields left out are not judged). */
export interface GoldClaim {
  id: string;
  anchor: string;
  kind?: ClaimKind;
  certainty?: Certainty;
  speaker?: string;
  event?: string;
  quote?: string;
  quantity?: { value: number; qualifier: Qualifier; word?: string; subject?: string; predicate?: string; unit?: string };
  mentions?: string[];
  note?: string;
}

export interface GoldArticle {
  file: string;
  outlet?: string;
  published?: string;
  title_starts?: string;
  claims: GoldClaim[];
  not_claims?: string[];
  byline?: string;
}

export interface GoldEvent {
  id: string;
  what: string;
  date: string | null;
  place: string | null;
}

export interface Gold {
  articles: GoldArticle[];
  events: GoldEvent[];
}

export function readGold(path: string): Gold {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Gold>;
  if (!Array.isArray(raw.articles)) throw new Error(`${path}: no "articles" array`);
  return { articles: raw.articles, events: Array.isArray(raw.events) ? raw.events : [] };
}

/** Anchor comparison: case-insensitive, whitespace folded, curly quotes straightened. */
export function fold(s: string): string {
  return s.replace(/[’‘`]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}
