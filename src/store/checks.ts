import { ClaimgraphError, LINK_TYPES, isOneOf, type LinkType } from '../domain';

/**
 * Argument checks both adapters share, so a refusal is the same BAD_INPUT (naming the field)
 * whichever store answers.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export const MAX_TRAVERSAL_DEPTH = 20;
export const DEFAULT_TRAVERSAL_LIMIT = 10_000;

export function checkDay(v: unknown, field: string): string {
  if (typeof v !== 'string' || !DAY.test(v)) {
    throw new ClaimgraphError('BAD_INPUT', `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`, { field });
  }
  return v;
}

export function checkText(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new ClaimgraphError('BAD_INPUT', `${field} must be a non-empty string`, { field });
  return v;
}

export function checkOneOf<T extends string>(values: readonly T[], v: unknown, field: string): T {
  if (!isOneOf(values, v)) throw new ClaimgraphError('BAD_INPUT', `${field} must be one of ${values.join('|')}`, { field });
  return v;
}

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
