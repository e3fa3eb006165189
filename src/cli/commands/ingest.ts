import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const ingestCommand: Command = {
  summary: 'ingest (not built yet)',
  usage: 'claimgraph ingest',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'ingest is not built yet');
  },
};
