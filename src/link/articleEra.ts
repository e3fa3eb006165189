import { TENURES } from '../extract/entities/tenures';

/** The days an article can have been written in: from and to, inclusive (YYYY-MM-DD). */
export interface DateWindow {
  from: string;
  to: string;
}

const OPEN_END = '9999-12-31';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * One pattern per office holder: the title right before the name ("President Joe Biden",
 * "Prime Minister Mustafa al-Kadhimi"), not after "former", "ex-", "then-" or "late", which
 * speak of a term that is over, nor inside a longer title ("Vice President Joe Biden").
 */
const PATTERNS: Array<{ re: RegExp; spans: DateWindow[] }> = TENURES.map((t) => ({
  re: new RegExp(
    String.raw`(?<![Ff]ormer |[Ee]x-|[Tt]hen-|[Tt]hen |[Ll]ate |[Vv]ice |[Dd]eputy |[Aa]ssistant )\b(?:${t.titles.map(escape).join('|')}) (?:${[...t.names].sort((a, b) => b.length - a.length).map(escape).join('|')})\b`,
    'u',
  ),
  spans: t.spans.map(([from, to]) => ({ from, to: to ?? OPEN_END })),
}));

/**
 * When an article without a publication date was written, as far as the office holders it
 * names by their titles tell: "President Joe Biden" puts it between January 2021 and January
 * 2025, so its undated "strikes on Kataib Hezbollah" cannot be those of December 2019. The
 * terms of every holder named must meet; null when none is named or they do not meet.
 */
export function articleEra(text: string): DateWindow | null {
  let windows: DateWindow[] | null = null;
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const p of PATTERNS) {
    if (!p.re.test(head)) continue;
    windows = windows === null ? p.spans : intersect(windows, p.spans);
    if (windows.length === 0) return null;
  }
  if (windows === null || windows.length !== 1) return null;
  return windows[0]!;
}

function intersect(a: readonly DateWindow[], b: readonly DateWindow[]): DateWindow[] {
  const out: DateWindow[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = x.from > y.from ? x.from : y.from;
      const to = x.to < y.to ? x.to : y.to;
      if (from <= to) out.push({ from, to });
    }
  }
  return out;
}
