import { normaliseDate } from './normaliseDate';

/**
 * A newspaper's PDF copied out as text carries its pages' furniture between the lines of the
 * story: form feeds, a running head on every page ("THE DAILY LEDGER   Saturday, January 4,
 * 2020   7") and a foot ("Page 2 of 4"). They are taken out, a sentence cut by a page break is
 * joined again, and the running head's masthead and date are kept: on a cutting they are often
 * the only record of where and when it was printed.
 */
export interface PrintedPages {
  text: string;
  /** The paper's name as its running head prints it ("The Daily Ledger"); null when there is none. */
  masthead: string | null;
  /** The date from the running head, YYYY-MM-DD; null when there is none. */
  date: string | null;
  /** The site's address a page foot prints ("canberratimes.com.au"), as a home page URL; null when none. */
  home: string | null;
}

const PAGE_FOOT = /^\s*(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4})\s*$/iu;
const BARE_NUMBER = /^\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?\s*$/u;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_FIELD = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})$`, 'iu');
const ENDS_SENTENCE = /[.!?"”’)]$/u;

/**
 * A running head or foot: fields set apart by wide gaps, each a date, a page number ("13",
 * "Page 1 of 3"), the site's address or a short name (the masthead first, then a section), with a
 * date or a page number among them.
 */
function runningHead(line: string): { masthead: string | null; date: string | null; site: string | null } | null {
  if (line.length > 200 || !/\S\s{3,}\S/u.test(line)) return null;
  const fields = line.trim().split(/\s{3,}|\s+\|\s+/u);
  if (fields.length < 2 || fields.length > 5) return null;
  let date: string | null = null;
  let masthead: string | null = null;
  let site: string | null = null;
  let marked = false;
  for (const f of fields) {
    if (date === null && DATE_FIELD.test(f)) {
      date = normaliseDate(f.replace(/^[a-z]+day,?\s+/iu, ''));
      marked = true;
    } else if (/^\d{1,4}$/u.test(f) || PAGE_FOOT.test(f)) marked = true;
    else if (site === null && /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/iu.test(f)) site = f.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').replace(/\/$/u, '');
    else if (/^[\p{Lu}\d][\p{L}\d&.' -]{1,50}$/u.test(f) && f.split(/\s+/u).length <= 6) masthead ??= f;
    else return null;
  }
  return marked ? { masthead: masthead === null ? null : titleCase(masthead), date, site } : null;
}

/** "THE DAILY LEDGER" -> "The Daily Ledger"; a name already in mixed case stays as printed. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function printedPages(text: string): PrintedPages {
  const paged = text.includes('\f');
  const lines = text.replace(/\r\n?/gu, '\n').split(/\n|\f/u);
  // Without a form feed, a text is printed pages only when it has a running head or a "Page N of M" foot.
  const heads = lines.map(runningHead);
  const hasFoot = lines.some((l) => PAGE_FOOT.test(l));
  if (!paged && !hasFoot && heads.every((h) => h === null)) return { text, masthead: null, date: null, home: null };
  let masthead: string | null = null;
  let date: string | null = null;
  let site: string | null = null;
  const out: string[] = [];
  let cut = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = heads[i];
    const furniture = head !== null || PAGE_FOOT.test(line) || ((paged || hasFoot) && BARE_NUMBER.test(line));
    if (furniture) {
      if (head) {
        masthead ??= head.masthead;
        date ??= head.date;
        site ??= head.site;
      }
      cut = true;
      continue;
    }
    if (cut && line.trim() !== '') {
      // Across a page break: a sentence the last page left open carries on here.
      let k = out.length - 1;
      while (k >= 0 && out[k]!.trim() === '') k--;
      if (k >= 0 && !ENDS_SENTENCE.test(out[k]!.trimEnd()) && /^[\p{Ll}\d(]/u.test(line.trimStart())) out.length = k + 1;
      cut = false;
    }
    out.push(line);
  }
  return { text: out.join('\n'), masthead, date, home: site === null ? null : `https://${site}/` };
}
