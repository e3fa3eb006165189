import type { Article } from '../domain';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * When an article appeared, in ms, for ordering. A time with its offset is that instant
 * ("2020-01-08T04:41:00+03:30" is before "2020-01-08T03:50:00Z"); a bare day is taken as its end,
 * so a page dated only "8 January" never comes before one timed on that day (it may be later).
 */
export function publishedInstant(published: string | null): number | null {
  if (published === null) return null;
  const at = Date.parse(DAY_ONLY.test(published) ? `${published}T23:59:59Z` : published);
  return Number.isNaN(at) ? null : at;
}

/** Publication order; unknown (or unreadable) dates last, then by id for a stable order. */
export function byPublished(a: Article, b: Article): number {
  const x = publishedInstant(a.published);
  const y = publishedInstant(b.published);
  if (x === y) return a.id.localeCompare(b.id);
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y || a.id.localeCompare(b.id);
}
