import { CERTAINTIES, CLAIM_KINDS, ClaimgraphError, LINK_TYPES, SOURCE_TYPES, isOneOf, type LinkType } from '../../domain';

/** Argument checks for lists and traversals; every refusal is BAD_INPUT naming the field (same wording as the SQLite adapter). */

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export const MAX_TRAVERSAL_DEPTH = 20;
export const DEFAULT_TRAVERSAL_LIMIT = 10_000;

export function optDay(v: unknown, field: string): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !DAY.test(v)) {
    throw new ClaimgraphError('BAD_INPUT', `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`, { field });
  }
  return v;
}

export function optText(v: unknown, field: string): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || v.length === 0) throw new ClaimgraphError('BAD_INPUT', `${field} must be a non-empty string`, { field });
  return v;
}

export function optLower(v: unknown, field: string): string | null {
  return optText(v, field)?.toLowerCase() ?? null;
}

export function optOneOf<T extends string>(values: readonly T[], v: unknown, field: string): T | null {
  if (v === undefined) return null;
  if (!isOneOf(values, v)) throw new ClaimgraphError('BAD_INPUT', `${field} must be one of ${values.join('|')}`, { field });
  return v;
}

export const optKind = (v: unknown): string | null => optOneOf(CLAIM_KINDS, v, 'kind');
export const optCertainty = (v: unknown): string | null => optOneOf(CERTAINTIES, v, 'certainty');
export const optSourceType = (v: unknown): string | null => optOneOf(SOURCE_TYPES, v, 'type');

export function checkLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new ClaimgraphError('BAD_INPUT', `limit must be a positive integer, got ${String(limit)}`);
}

export function checkDepth(maxDepth: number): void {
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_TRAVERSAL_DEPTH) {
    throw new ClaimgraphError('BAD_INPUT', `maxDepth must be an integer from 0 to ${MAX_TRAVERSAL_DEPTH}, got ${String(maxDepth)}`);
  }
}

export function checkLinkTypes(types: unknown): LinkType[] {
  if (!Array.isArray(types) || types.some((t) => !isOneOf(LINK_TYPES, t))) {
    throw new ClaimgraphError('BAD_INPUT', `types must be a list of ${LINK_TYPES.join('|')}`);
  }
  return types as LinkType[];
}

export function checkIds(ids: unknown, what: string): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new ClaimgraphError('BAD_INPUT', `${what} must be a list of strings`);
  return ids as string[];
}
