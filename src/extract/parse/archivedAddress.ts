/**
 * A page saved by a web archive (the Wayback Machine, archive.today) is the original page at
 * the archive's address: "https://web.archive.org/web/20191230101512/https://www.dailystar.com.lb/…",
 * "https://archive.ph/Ab12C". A fact-checker wants the original's address (whose page it was, and
 * which outlet's), which the capture keeps: inside the Wayback address, in the Wayback player's
 * script (`__wm.wombat("https://…", "20191230101512", …)`), or in archive.today's "Saved from"
 * header. The capture's own time is the archive's, never the page's publication date.
 */

/** A Wayback address: the capture time, an optional mode ("id_", "cs_"), then the original address. */
const WAYBACK = /^https?:\/\/(?:web\.|wayback\.)?archive\.org\/web\/\d{4,14}(?:[a-z]{2}_)?\/(.+)$/iu;
/** archive.today and its mirrors. */
const ARCHIVE_TODAY = /^https?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|md|fo)\//iu;
/** archive.today's long form: "https://archive.ph/2020.01.03-141255/https://…". */
const ARCHIVE_TODAY_LONG = /^https?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|md|fo)\/\d{4}\.\d{2}\.\d{2}-\d{6}\/(https?:\/\/.+)$/iu;
const WOMBAT = /__wm\.wombat\(\s*["'](https?:\/\/[^"'\s]{1,2000})["']/u;
/** archive.today's header: "Saved from" then the original's address, as a link and its text. */
const SAVED_FROM = /Saved from\s*(?:<[^<>]{0,400}>\s*){0,4}(https?:\/\/[^\s<>"']{1,2000})/iu;
/** Where in a page the archive's header and script stand. */
const HEAD_CHARS = 60_000;

/** Whether an address is a web archive's. */
export function isArchiveAddress(url: string | null): boolean {
  return url !== null && (WAYBACK.test(url) || ARCHIVE_TODAY.test(url));
}

/**
 * The original address of an archived page: from its address when the archive spells it there,
 * else from the capture's header or player script; null when the page is no capture or names
 * no original.
 */
export function archivedAddress(url: string | null, html: string): string | null {
  if (url !== null) {
    const inside = WAYBACK.exec(url)?.[1] ?? ARCHIVE_TODAY_LONG.exec(url)?.[1] ?? null;
    if (inside !== null) return withScheme(inside);
  }
  const head = html.slice(0, HEAD_CHARS);
  // (A page with an address of its own is no capture, whatever it links to.)
  const captured = url === null ? head.includes('web.archive.org') || /archive\.(?:today|ph|is)\b/iu.test(head) : isArchiveAddress(url);
  if (!captured) return null;
  const wombat = WOMBAT.exec(head)?.[1];
  if (wombat !== undefined) return wombat;
  const saved = SAVED_FROM.exec(head)?.[1];
  return saved !== undefined && !isArchiveAddress(saved) ? saved : null;
}

/** "https:/www.x.com/…" (an archive squeezes the double slash) and "www.x.com/…" made whole. */
function withScheme(u: string): string {
  const m = /^(https?):\/{1,2}(.*)$/iu.exec(u);
  if (m) return `${m[1]!.toLowerCase()}://${m[2]}`;
  return `http://${u}`;
}
