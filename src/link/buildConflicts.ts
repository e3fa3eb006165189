import type { GraphStore } from '../store/port';
import type { ConflictReport } from './reports';
import { ClaimgraphError } from '../domain/errors';

/** PLACEHOLDER until the linking issue lands. Returns null when the claim does not exist. */
export async function buildConflicts(_store: GraphStore, _claimId: string): Promise<ConflictReport | null> {
  throw new ClaimgraphError('BAD_INPUT', 'buildConflicts is not built yet');
}
