import { ClaimgraphError } from '../../domain';

/**
 * A BAD_INPUT error whose message names the file (and the line or record within it),
 * so a user with a batch of files knows which one to fix.
 */
export function inputError(file: string | null, problem: string, where: { line?: number; record?: number } = {}): ClaimgraphError {
  let at = file ?? 'input';
  if (where.line !== undefined) at += `:${where.line}`;
  else if (where.record !== undefined) at += ` record ${where.record}`;
  const details: Record<string, unknown> = { file };
  if (where.line !== undefined) details.line = where.line;
  if (where.record !== undefined) details.record = where.record;
  return new ClaimgraphError('BAD_INPUT', `${at}: ${problem}`, details);
}
