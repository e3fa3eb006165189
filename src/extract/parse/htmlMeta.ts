import { htmlTokens, decodeEntities } from './htmlTokens';
import { normaliseDate } from './normaliseDate';
import { siteOfTitle, TITLE_SEPARATORS } from './siteOfTitle';
import { archivedAddress } from './archivedAddress';

export interface HtmlMeta {
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  /** Author as the page declares it (meta author, JSON-LD author); not part of ParsedArticle. */
  author: string | null;
  /**
   * The article's text as its JSON-LD gives it (articleBody; a live blog's updates, each headline
   * before its text), paragraphs separated by a blank line; null when it gives none. Not part of
   * ParsedArticle: parseHtml reads it when the page shows little of it (a script-rendered page).
   */
  ldText: string | null;
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'blogposting', 'webpage', 'liveblogposting']);
const MAX_JSONLD_CHARS = 1_000_000;

/**
 * Article metadata from a page: og:/article:/twitter: meta tags, the canonical link,
 * JSON-LD (NewsArticle and kin, also inside @graph) and <title>. JSON-LD wins where it
 * speaks, since publishers fill it for search engines and it is the most precise.
 */
export function htmlMeta(html: string): HtmlMeta {
  const meta = new Map<string, string>();
  let titleTag: string | null = null;
  let canonical: string | null = null;
  let timeTag: string | null = null;
  let readerDomain: string | null = null;
  const jsonLd: string[] = [];
  let ldScript = false;

  for (const tok of htmlTokens(html)) {
    if (tok.type === 'open') {
      const a = tok.attrs;
      if (tok.name === 'meta') {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
        if (key && a.content !== undefined && !meta.has(key)) meta.set(key, a.content.trim());
      } else if (tok.name === 'link' && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) {
        canonical ??= a.href.trim();
      } else if (tok.name === 'a' && readerDomain === null && /\breader-domain\b/u.test(a.class ?? '') && /^https?:\/\//u.test(a.href ?? '')) {
        // Firefox's Reader View saved as a page: the link over the title is the article's address.
        readerDomain = a.href!;
      } else if (tok.name === 'time' && a.datetime && timeTag === null) {
        timeTag = a.datetime;
      } else if (tok.name === 'script') {
        ldScript = (a.type ?? '').toLowerCase().trim() === 'application/ld+json';
      }
    } else if (tok.type === 'raw') {
      if (tok.name === 'title' && titleTag === null) titleTag = squash(decodeEntities(tok.text));
      if (tok.name === 'script' && ldScript && tok.text.length < MAX_JSONLD_CHARS && jsonLd.length < 20) jsonLd.push(tok.text);
    }
  }

  const ld = findArticleLd(jsonLd);
  const own = canonical ?? meta.get('og:url') ?? str(ld?.url) ?? ldUrl(ld?.mainEntityOfPage) ?? savedPageAddress(html, readerDomain);
  // A web archive's capture: the original page's address, not the archive's.
  const url = archivedAddress(own, html) ?? own;
  const siteName = meta.get('og:site_name') ?? ldName(ld?.publisher) ?? meta.get('application-name') ?? siteOfTitle(titleTag, url, meta.get('twitter:site') ?? null);
  const title =
    str(ld?.headline) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? (titleTag ? stripSiteSuffix(titleTag, siteName).replace(PRINT_VIEW, '') : null);
  const published =
    firstDate([
      ld?.datePublished, meta.get('article:published_time'), meta.get('og:published_time'), meta.get('datepublished'),
      meta.get('pubdate'), meta.get('publishdate'), meta.get('publish-date'), meta.get('date'), meta.get('dc.date.issued'),
      meta.get('dc.date'), meta.get('dcterms.date'), meta.get('dcterms.issued'), meta.get('dcterms.created'), meta.get('dc.date.created'),
      meta.get('article.published'), meta.get('publication_date'), meta.get('sailthru.date'), meta.get('parsely-pub-date'), ld?.dateCreated, timeTag,
    ]);
  const author = ldName(ld?.author) ?? meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? null;
  return { title: nonEmpty(title), url: nonEmpty(url), published, outlet: nonEmpty(siteName), author: author && !/^https?:/i.test(author) ? nonEmpty(author) : null, ldText: ldText(ld) };
}

/** A JSON-LD body's paragraphs, its own line breaks kept (entities decoded, tags dropped). */
function ldParagraphs(v: unknown): string[] {
  if (typeof v !== 'string') return [];
  return decodeEntities(v.replace(/<\/?(?:p|br|div|li|h[1-6])\b[^>]{0,500}>/giu, '\n').replace(/<[^>]{0,500}>/gu, ''))
    .split(/\n+/u)
    .map((p) => p.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .filter((p) => p !== '');
}

/** See HtmlMeta.ldText. A live blog's updates are given in the order the page lists them. */
function ldText(ld: Ld | null): string | null {
  if (ld === null) return null;
  const parts = ldParagraphs(ld.articleBody);
  const updates = ([] as unknown[]).concat(ld.liveBlogUpdate ?? []);
  for (const u of updates.slice(0, 2000)) {
    if (!u || typeof u !== 'object') continue;
    const update = u as Ld;
    const body = ldParagraphs(update.articleBody ?? update.text);
    if (body.length === 0) continue;
    const headline = str(update.headline);
    if (headline !== undefined && !body[0]!.startsWith(headline)) parts.push(headline);
    parts.push(...body);
  }
  return parts.length === 0 ? null : parts.join('\n\n');
}

type Ld = Record<string, unknown>;

function findArticleLd(scripts: string[]): Ld | null {
  let fallback: Ld | null = null;
  for (const src of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(src.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue; // a broken JSON-LD block is the publisher's problem, not the article's
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const node = queue[i];
      if (Array.isArray(node)) { queue.push(...node); continue; }
      if (!node || typeof node !== 'object') continue;
      const obj = node as Ld;
      if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
      const types = ([] as unknown[]).concat(obj['@type'] ?? []).map((t) => String(t).toLowerCase());
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        if (types.some((t) => t !== 'webpage')) return obj;
        fallback ??= obj;
      }
    }
  }
  return fallback;
}

function ldName(v: unknown): string | undefined {
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object') return str((v as Ld).name);
  return str(v);
}

function ldUrl(v: unknown): string | undefined {
  if (v && typeof v === 'object') return str((v as Ld)['@id']) ?? str((v as Ld).url);
  return str(v);
}

function firstDate(values: unknown[]): string | null {
  for (const v of values) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  return null;
}

/** "Print: Headline", "Print version - Headline": a print view's label before the headline. */
const PRINT_VIEW = /^(?:print(?:\s+(?:view|version|preview))?|printer[- ]friendly(?:\s+version)?)\s*[:|–—-]\s*/iu;

/** "Headline | Site" or "Headline - Site" -> "Headline"; "Headline | News | Site" -> "Headline" (a section before the site). */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const once = (t: string, maxWords: number): string => {
    for (const sep of TITLE_SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at <= 0) continue;
      const tail = t.slice(at + sep.length).trim();
      if ((siteName && tail.toLowerCase() === siteName.toLowerCase()) || tail.split(/\s+/).length <= maxWords) return t.slice(0, at).trim();
    }
    return t;
  };
  const first = once(title, 3);
  // Only after the site's name came off, and only a short section label ("News", "Middle East").
  return first !== title && siteName && title.toLowerCase().endsWith(siteName.toLowerCase()) && / \| /u.test(first) ? once(first, 2) : first;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? squash(decodeEntities(v)) : undefined);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/** A browser's print footer: the page's address, then "Page 1 of 3" (a page printed or saved as a PDF copy). */
const PRINT_FOOTER = />\s*(https?:\/\/[^\s<>"]{8,2000})(?:\s|&nbsp;|\u00a0)+Page \d{1,3} of \d{1,3}\s*</u;

/** The address a saved copy of a page keeps outside its metadata: a Reader View's link, a print footer. */
function savedPageAddress(html: string, readerDomain: string | null): string | null {
  if (readerDomain !== null) return readerDomain;
  return html.includes(' of ') ? (PRINT_FOOTER.exec(html)?.[1] ?? null) : null;
}
