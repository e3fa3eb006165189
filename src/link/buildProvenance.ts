import type { GraphStore } from '../store/port';
import type { ProvenanceReport } from './reports';
import { ClaimgraphError } from '../domain/errors';

/** PLACEHOLDER until the linking issue lands. Returns null when the claim does not exist. */
export async function buildProvenance(_store: GraphStore, _claimId: string): Promise<ProvenanceReport | null> {
  throw new ClaimgraphError('BAD_INPUT', 'buildProvenance is not built yet');
}
