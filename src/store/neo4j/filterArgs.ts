import { CERTAINTIES, CLAIM_KINDS, ClaimgraphError, LINK_TYPES, SOURCE_TYPES, isOneOf, type LinkType } from '../../domain';

/**
 * Argument checks for lists and traversals; every refusal is BAD_INPUT naming the field (same
 * wording as the SQLite adapter). An absent filter becomes '' (never null): Neo4j caches a plan
 * per parameter-type signature, so fixed types mean one plan per query file, not one per filter
 * combination. '' is free to mean "absent" because an empty filter value is refused.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export const MAX_TRAVERSAL_DEPTH = 20;
export const DEFAULT_TRAVERSAL_LIMIT = 10_000;

export function optDay(v: unknown, field: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string' || !DAY.test(v)) {
    throw new ClaimgraphError('BAD_INPUT', `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`, { field });
  }
  return v;
}

export function optText(v: unknown, field: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string' || v.length === 0) throw new ClaimgraphError('BAD_INPUT', `${field} must be a non-empty string`, { field });
  return v;
}

export function optLower(v: unknown, field: string): string {
  return optText(v, field).toLowerCase();
}

export function optOneOf<T extends string>(values: readonly T[], v: unknown, field: string): T | '' {
  if (v === undefined) return '';
  if (!isOneOf(values, v)) throw new ClaimgraphError('BAD_INPUT', `${field} must be one of ${values.join('|')}`, { field });
  return v;
}

export const optKind = (v: unknown): string => optOneOf(CLAIM_KINDS, v, 'kind');
export const optCertainty = (v: unknown): string => optOneOf(CERTAINTIES, v, 'certainty');
export const optSourceType = (v: unknown): string => optOneOf(SOURCE_TYPES, v, 'type');

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
