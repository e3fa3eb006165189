import type { Claim } from '../../../src/domain';
import { extractArticle } from '../../../src/extract/extractArticle';
import type { Extraction, ParsedArticle } from '../../../src/extract/types';
import { parseInput } from '../../../src/extract/parseInput';

/** Extracts a plain-text article written in a test (paragraphs separated by blank lines). */
export function extractText(body: string, published: string | null = '2020-01-07', file = 'test.txt'): Extraction {
  const parsed: ParsedArticle = { file, url: null, outlet: null, published, title: null, format: 'text', body };
  return extractArticle(parsed);
}

/** Reads a file's content as `claimgraph extract` does (format by name and content) and extracts its first article. */
export function extractFile(file: string, content: string): Extraction {
  const [parsed] = parseInput({ file, content });
  if (!parsed) throw new Error(`${file}: no article`);
  return extractArticle(parsed);
}

/** The claims of a test article. */
export function claimsOf(body: string, published: string | null = '2020-01-07'): Claim[] {
  return extractText(body, published).claims;
}

/** The claim whose text holds `part` (the most specific one when several do). */
export function claimWith(claims: readonly Claim[], part: string): Claim {
  const found = claims.filter((c) => c.text.includes(part)).sort((a, b) => a.text.length - b.text.length)[0];
  if (!found) throw new Error(`no claim holds ${JSON.stringify(part)}; claims: ${claims.map((c) => JSON.stringify(c.text)).join(', ')}`);
  return found;
}
