/** Keys a front-matter block may set; any other key is ignored. */
export interface FrontMatter {
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

/** A front-matter block longer than this is not front matter but text that starts with "---". */
const MAX_LINES = 200;

const KEY_ALIASES: Record<string, keyof FrontMatter> = {
  url: 'url', link: 'url', canonical: 'url', source_url: 'url',
  outlet: 'outlet', publisher: 'outlet', site: 'outlet', site_name: 'outlet', source: 'outlet',
  published: 'published', date: 'published', published_at: 'published', pubdate: 'published', published_date: 'published',
  title: 'title', headline: 'title',
};

/**
 * Splits a leading `---` … `---` block of flat `key: value` lines from the text.
 * Deliberately not a YAML parser: the block is metadata written by scrapers, values
 * may contain colons and unbalanced quotes, and a malformed block must not lose the
 * article. Returns null when the text has no such block.
 */
export function splitFrontMatter(text: string): { meta: FrontMatter; rest: string } | null {
  if (!text.startsWith('---')) return null;
  const firstEnd = text.indexOf('\n');
  if (firstEnd === -1 || text.slice(0, firstEnd).trim() !== '---') return null;
  const meta: FrontMatter = { url: null, outlet: null, published: null, title: null };
  let pos = firstEnd + 1;
  for (let n = 0; n < MAX_LINES && pos <= text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    const trimmed = line.trim();
    if (trimmed === '---' || trimmed === '...') return { meta, rest: text.slice(Math.min(end + 1, text.length)) };
    const colon = line.indexOf(':');
    if (colon > 0 && !/^\s/.test(line)) {
      let key = KEY_ALIASES[line.slice(0, colon).trim().toLowerCase()];
      const value = unquote(line.slice(colon + 1).trim());
      // "source: https://…" (Obsidian's web clipper and its kin name the page's address so): the address, not the outlet.
      if (key === 'outlet' && value !== null && /^https?:\/\/\S+$/iu.test(value)) key = 'url';
      if (key && meta[key] === null) meta[key] = value;
    }
    if (end === text.length) break;
    pos = end + 1;
  }
  return null;
}

function unquote(v: string): string | null {
  let s = v;
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) {
    s = s.slice(1, -1);
    if (v[0] === '"') s = s.replace(/\\"/g, '"');
    else s = s.replace(/''/g, "'");
  }
  s = s.trim();
  if (s === '' || s === '~' || /^(null|none|unknown|n\/a)$/i.test(s)) return null;
  return s;
}
