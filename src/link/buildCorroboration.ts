import type { GraphStore } from '../store/port';
import type { CorroborationReport } from './reports';
import { ClaimgraphError } from '../domain/errors';

/** PLACEHOLDER until the linking issue lands. Returns null when the claim does not exist. */
export async function buildCorroboration(_store: GraphStore, _claimId: string): Promise<CorroborationReport | null> {
  throw new ClaimgraphError('BAD_INPUT', 'buildCorroboration is not built yet');
}
