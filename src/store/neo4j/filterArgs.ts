import { ARTICLE_NOTE_KINDS, CERTAINTIES, CLAIM_KINDS, ClaimgraphError, SOURCE_TYPES } from '../../domain';
import { checkDay, checkOneOf, checkText } from '../checks';

export { DEFAULT_TRAVERSAL_LIMIT, MAX_TRAVERSAL_DEPTH, checkDepth, checkLimit, checkLinkTypes } from '../checks';

/**
 * Argument checks for lists and traversals, on top of the checks both adapters share
 * (../checks), so every refusal is BAD_INPUT naming the field as in SQLite. An absent filter becomes '' (never null): Neo4j caches a plan
 * per parameter-type signature, so fixed types mean one plan per query file, not one per filter
 * combination. '' is free to mean "absent" because an empty filter value is refused.
 */

export function optDay(v: unknown, field: string): string {
  return v === undefined ? '' : checkDay(v, field);
}

export function optText(v: unknown, field: string): string {
  return v === undefined ? '' : checkText(v, field);
}

export function optLower(v: unknown, field: string): string {
  return optText(v, field).toLowerCase();
}

export function optOneOf<T extends string>(values: readonly T[], v: unknown, field: string): T | '' {
  return v === undefined ? '' : checkOneOf(values, v, field);
}

export const optKind = (v: unknown): string => optOneOf(CLAIM_KINDS, v, 'kind');
export const optCertainty = (v: unknown): string => optOneOf(CERTAINTIES, v, 'certainty');
export const optSourceType = (v: unknown): string => optOneOf(SOURCE_TYPES, v, 'type');
export const optNoteKind = (v: unknown): string => optOneOf(ARTICLE_NOTE_KINDS, v, 'noteKind');

export function checkIds(ids: unknown, what: string): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new ClaimgraphError('BAD_INPUT', `${what} must be a list of strings`);
  return ids as string[];
}
