import { notFound } from '../../domain';

/**
 * A node another node points to must exist; when it does not, the store is inconsistent.
 * That is not the caller's fault, so it surfaces as a masked internal error (a plain Error).
 */
export function present<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw new Error(`dangling reference: ${what} ${id}`);
  return value;
}

/** For ids the caller gave: an unknown one is NOT_FOUND. */
export function found<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw notFound(what, id);
  return value;
}
