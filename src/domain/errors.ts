/**
 * Every expected failure carries a code. The API maps it to `extensions.code`; the CLI
 * prints the message without a stack trace. Anything thrown without a code is unexpected
 * and gets masked.
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'STORE_UNAVAILABLE',
  'CONFIG',
  'CONFLICT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ClaimgraphError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the caller (file name, field), never secrets. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimgraphError';
    this.code = code;
    this.details = details;
  }
}

export function isClaimgraphError(e: unknown): e is ClaimgraphError {
  return e instanceof ClaimgraphError;
}

export const badInput = (message: string, details: Record<string, unknown> = {}): ClaimgraphError =>
  new ClaimgraphError('BAD_INPUT', message, details);

export const notFound = (what: string, id: string): ClaimgraphError =>
  new ClaimgraphError('NOT_FOUND', `${what} not found: ${id}`, { id });
