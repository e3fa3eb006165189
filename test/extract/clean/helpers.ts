import type { CleanArticle, ParsedArticle } from '../../../src/extract/types';
import { cleanArticle } from '../../../src/extract/clean/cleanArticle';

export function parsed(body: string, over: Partial<ParsedArticle> = {}): ParsedArticle {
  return { file: 'test.txt', url: null, outlet: null, published: null, title: null, format: 'text', body, ...over };
}

export function clean(body: string, over: Partial<ParsedArticle> = {}): CleanArticle {
  return cleanArticle(parsed(body, over));
}

/** The kept paragraphs, read back through their offsets (which also checks them). */
export function paragraphTexts(c: CleanArticle): string[] {
  return c.paragraphs.map((p) => c.text.slice(p.start, p.end));
}

/** Offsets index `text` exactly and paragraphs are joined by one blank line. */
export function expectConsistent(c: CleanArticle): void {
  const texts = paragraphTexts(c);
  if (texts.join('\n\n') !== c.text) throw new Error(`paragraph offsets do not rebuild the text of ${c.parsed.file}`);
  for (const t of texts) if (t.trim() !== t || t === '') throw new Error(`untrimmed or empty paragraph in ${c.parsed.file}: ${JSON.stringify(t)}`);
}
