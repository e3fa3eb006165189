import type { RawInput } from '../../extract/types';
import { formatFromContent } from '../../extract/parse/sniffFormat';
import type { IngestInput } from '../generated/graphql';
import { badInput } from '../errors';
import { isIsoDate, isIsoDateTime } from './scalars';

type Meta = { url?: string; outlet?: string; published?: string; title?: string };

/**
 * Turns an API ingest input into what IngestService reads. Metadata given as arguments is
 * carried in the input itself, in the form the parser already understands: a front-matter
 * block for text and Markdown (arguments win over a block already there), a JSON record
 * for HTML (record fields win over the page's meta tags). The article's identity is its
 * text, so this never changes which article it is.
 */
export function toRawInput(input: IngestInput, position: number | null): RawInput {
  const where = position === null ? 'input' : `inputs[${position}]`;
  const meta = metadata(input, where);
  const format = input.format ?? undefined;
  if (Object.keys(meta).length === 0) return { file: null, content: input.text, ...(format ? { format } : {}) };
  const effective = format ?? formatFromContent(input.text);
  switch (effective) {
    case 'text':
    case 'markdown':
      return { file: null, content: withFrontMatter(input.text, meta), format: effective };
    case 'html':
      return { file: null, content: JSON.stringify({ ...meta, html: input.text }), format: 'json' };
    case 'json':
    case 'jsonl':
    case 'xml':
    case 'email':
      throw badInput(`${where}: url, outlet, published and title apply to text, Markdown and HTML; JSON records, feeds and e-mails carry their own`, {
        argument: where,
      });
  }
}

function metadata(input: IngestInput, where: string): Meta {
  const meta: Meta = {};
  const line = (name: keyof Meta, v: string | null | undefined, max: number): void => {
    if (v === null || v === undefined) return;
    const s = v.replace(/\s+/g, ' ').trim();
    if (s === '') return;
    if (s.length > max) throw badInput(`${where}.${name} must be at most ${max} characters`, { argument: `${where}.${name}` });
    meta[name] = s;
  };
  line('url', input.url, 2048);
  line('outlet', input.outlet, 300);
  line('published', input.published, 64);
  line('title', input.title, 1000);
  if (meta.url !== undefined && !isHttpUrl(meta.url)) throw badInput(`${where}.url must be an http or https URL`, { argument: `${where}.url` });
  if (meta.published !== undefined && !isIsoDate(meta.published) && !isIsoDateTime(meta.published)) {
    throw badInput(`${where}.published must be a date YYYY-MM-DD or an ISO 8601 timestamp with a time zone`, { argument: `${where}.published` });
  }
  return meta;
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Front matter keeps the first value of a key, so ours go first inside any existing block. */
function withFrontMatter(text: string, meta: Meta): string {
  const lines = Object.entries(meta).map(([k, v]) => `${k}: "${String(v).replace(/"/g, '\\"')}"`);
  const existing = /^---[ \t]*\r?\n/.exec(text);
  if (existing) return `${existing[0]}${lines.join('\n')}\n${text.slice(existing[0].length)}`;
  return `---\n${lines.join('\n')}\n---\n${text}`;
}
