import { ClaimgraphError, isClaimgraphError } from '../domain';
import type { Extraction, RawInput } from '../extract/types';
import { parseInputDetailed } from '../extract/parseInput';
import { extractArticle } from '../extract/extractArticle';
import { copyFingerprint, DEFAULT_COPY_PARAMS, type CopyFingerprint } from '../link/copyFingerprint';

/** A failure as IngestItemResult reports it. */
export interface ItemError {
  code: string;
  message: string;
}

/** One record of an input after parse + extract: its extraction, or why it failed. */
export type PreparedRecord =
  | { index: number; extraction: Extraction; fingerprint: CopyFingerprint; error: null }
  | { index: number; extraction: null; fingerprint?: undefined; error: ItemError };

/**
 * One input parsed and extracted, ready to be linked and written. Plain data only, so that
 * it crosses from an extraction worker thread to the main thread unchanged.
 */
export interface PreparedInput {
  file: string | null;
  records: PreparedRecord[];
}

/**
 * The pure half of ingesting (no store): size check, parse, extract each record. Every
 * failure is kept with the index it is reported under, exactly as IngestService reports it.
 */
export function prepareInput(raw: RawInput, maxArticleBytes: number): PreparedInput {
  const size = typeof raw.content === 'string' ? Buffer.byteLength(raw.content) : raw.content.length;
  if (size > maxArticleBytes) {
    return { file: raw.file, records: [{ index: 0, extraction: null, error: itemError(new ClaimgraphError('BAD_INPUT', `${raw.file ?? 'input'}: ${size} bytes is over the limit of ${maxArticleBytes}`)) }] };
  }
  let parsed;
  try {
    parsed = parseInputDetailed(raw);
  } catch (e) {
    return { file: raw.file, records: [{ index: 0, extraction: null, error: itemError(e) }] };
  }
  // Every record keeps its own index: a bad JSON Lines line is reported as itself and
  // the good ones around it are still ingested.
  const records: PreparedRecord[] = [];
  for (const record of parsed.records) {
    if ('error' in record) {
      records.push({ index: record.index, extraction: null, error: itemError(record.error) });
      continue;
    }
    try {
      const extraction = extractArticle(record.article);
      // The article's copy fingerprint depends on its text alone: made here, it is made in
      // the extraction worker thread too, off the thread that links and writes.
      records.push({ index: record.index, extraction, fingerprint: copyFingerprint(extraction.article.text, DEFAULT_COPY_PARAMS), error: null });
    } catch (e) {
      records.push({ index: record.index, extraction: null, error: itemError(e) });
    }
  }
  return { file: raw.file, records };
}

export function itemError(e: unknown): ItemError {
  return isClaimgraphError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}
